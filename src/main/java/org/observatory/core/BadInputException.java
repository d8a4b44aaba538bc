package org.observatory.core;

/** An input the user gave cannot be read as a document: empty, binary, too large, not UTF-8, missing, no text. */
public final class BadInputException extends ObservatoryException {

  private final String input;

  public BadInputException(String input, String reason) {
    super(input + ": " + reason);
    this.input = input;
  }

  public BadInputException(String input, String reason, Throwable cause) {
    super(input + ": " + reason, cause);
    this.input = input;
  }

  /** The path, URL or line reference the user gave, as given. */
  public String input() {
    return input;
  }
}
