package org.observatory.core;

/** Reference data (gazetteer, dictionaries, models, evaluation corpora) needed for a task is absent or unreadable. */
public final class DataMissingException extends ObservatoryException {
  public DataMissingException(String message) {
    super(message);
  }

  public DataMissingException(String message, Throwable cause) {
    super(message, cause);
  }
}
