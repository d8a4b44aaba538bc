package org.observatory.record;

import org.observatory.core.Provenance;

/**
 * A normalised time expression.
 *
 * @param start UTF-16 offset, inclusive
 * @param end UTF-16 offset, exclusive
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value ({@code 2020-02-02}, {@code 2019-10}, {@code PT150H}, {@code XXXX-WXX-7} when it
 *     could not be anchored), null when none could be given
 * @param precision instant, day, week, month, year, decade, approximate, or unresolved
 * @param derivation explicit, document-date, anchor, event, inferred, or unresolved
 * @param anchor text of the expression or event it was resolved against, null for explicit values
 * @param provenance stage, rule and evidence
 * @param earliest for an interval (a duration counted from an anchor, "within 150 hours" of a signing): the
 *     earliest ISO date or date-time it covers; null when the expression is not such an interval
 * @param latest the latest ISO date or date-time such an interval covers (the deadline), null otherwise
 */
public record TimeExpression(String text, int start, int end, String type, String value, String precision,
    String derivation, String anchor, Provenance provenance, String earliest, String latest) {

  /** An expression that is not an interval ({@code earliest} and {@code latest} null). */
  public TimeExpression(String text, int start, int end, String type, String value, String precision,
      String derivation, String anchor, Provenance provenance) {
    this(text, start, end, type, value, precision, derivation, anchor, provenance, null, null);
  }

  /**
   * True when this is a DATE or TIME with a calendar value: a value starting with a digit and no {@code X}
   * placeholder ({@code 2020-02-02}, {@code 2019-10}), as opposed to an unanchored {@code XXXX-WXX-7}, a reference
   * such as {@code PRESENT_REF}, a duration or a set.
   */
  public boolean hasCalendarValue() {
    return ("DATE".equals(type) || "TIME".equals(type)) && value != null && !value.isBlank() && !value.contains("X")
        && Character.isDigit(value.charAt(0));
  }
}
