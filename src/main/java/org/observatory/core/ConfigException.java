package org.observatory.core;

/** Configuration or a command-line option is invalid (unknown key, bad value, impossible combination). */
public final class ConfigException extends ObservatoryException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
