package org.observatory.service;

import org.observatory.core.ObservatoryException;
import org.observatory.pipeline.PipelineResult;

/** The outcome of one input item: analysed, or failed with one user-facing error. */
public sealed interface AnalysisOutcome permits AnalysisOutcome.Analysed, AnalysisOutcome.Failed {

  /** The item: a path, {@code -}, or {@code path:line}. */
  String origin();

  record Analysed(String origin, PipelineResult result) implements AnalysisOutcome {}

  record Failed(String origin, ObservatoryException error) implements AnalysisOutcome {}
}
