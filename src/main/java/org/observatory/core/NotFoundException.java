package org.observatory.core;

/** A requested stored object (document, event) does not exist. */
public final class NotFoundException extends ObservatoryException {
  public NotFoundException(String message) {
    super(message);
  }
}
