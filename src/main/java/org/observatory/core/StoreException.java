package org.observatory.core;

/** The embedded store could not be opened, read or written; no partial write is left behind. */
public final class StoreException extends ObservatoryException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
