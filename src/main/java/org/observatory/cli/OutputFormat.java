package org.observatory.cli;

import java.util.Locale;
import org.observatory.core.ConfigException;

/** How a command prints its results. */
enum OutputFormat {
  TEXT, JSON, JSONL, TABLE;

  static OutputFormat parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("unknown output format '" + value + "' (known: text, table, json, jsonl)");
    }
  }
}
