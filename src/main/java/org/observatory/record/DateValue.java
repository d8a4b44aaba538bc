package org.observatory.record;

/**
 * A resolved date as events, quotes, agreements and deadlines carry it.
 *
 * @param value ISO value (day {@code 2020-02-02}, month {@code 2019-10}, instant {@code 2019-10-29T00:00}); null
 *     when unresolved
 * @param precision instant, day, week, month, year, approximate or unresolved
 * @param text the expression it came from, or null
 * @param derivation explicit, document-date, anchor, event, duration, inferred or unresolved
 * @param earliest earliest ISO value the text allows, null when the value is exact or unknown
 * @param latest latest ISO value the text allows, null when the value is exact or unknown
 */
public record DateValue(String value, String precision, String text, String derivation, String earliest,
    String latest) {

  public static DateValue unresolved(String text) {
    return new DateValue(null, "unresolved", text, "unresolved", null, null);
  }
}
