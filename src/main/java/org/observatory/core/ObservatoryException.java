package org.observatory.core;

/**
 * Root of every error Observatory reports on purpose. Each subclass maps to one exit code (CLI) and one HTTP status
 * (REST), in one place each. The message is a single line meant for the user.
 */
public abstract class ObservatoryException extends RuntimeException {

  protected ObservatoryException(String message) {
    super(message);
  }

  protected ObservatoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
