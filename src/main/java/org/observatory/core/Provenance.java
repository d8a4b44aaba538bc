package org.observatory.core;

import java.util.Objects;

/**
 * Where a stored value came from: the pipeline stage, the rule or model inside it, and the text that supports it.
 *
 * @param stage name of the stage that produced the value, never null
 * @param rule the rule, pattern or model within that stage, never null
 * @param evidence the span of {@code document.text} the value rests on; null only for values with no textual
 *     evidence (for example a date given on the command line)
 */
public record Provenance(String stage, String rule, Span evidence) {

  public Provenance {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(rule, "rule");
  }

  public static Provenance of(String stage, String rule, Span evidence) {
    return new Provenance(stage, rule, evidence);
  }
}
