package org.observatory.core;

/** The pipeline is mis-assembled (a stage needs what no earlier stage adds) or a stage failed on a document. */
public final class PipelineException extends ObservatoryException {
  public PipelineException(String message) {
    super(message);
  }

  public PipelineException(String message, Throwable cause) {
    super(message, cause);
  }
}
