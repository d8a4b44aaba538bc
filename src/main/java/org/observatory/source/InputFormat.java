package org.observatory.source;

import java.util.Locale;
import org.observatory.core.ConfigException;

/** How an input is to be read; {@link #AUTO} decides per file by extension and content. */
public enum InputFormat {
  AUTO,
  TEXT,
  HTML,
  JSONL;

  /** Parses a command-line value ({@code auto}, {@code text}, {@code html}, {@code jsonl}), case-insensitively. */
  public static InputFormat parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ConfigException("unknown input format '" + value + "' (known: auto, text, html, jsonl)");
    }
  }
}
