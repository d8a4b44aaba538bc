package org.observatory.record;

/**
 * A resolved date as events, quotes, agreements and deadlines carry it.
 *
 * @param value ISO value (day {@code 2020-02-02}, month {@code 2019-10}, instant {@code 2019-10-29T00:00}); null
 *     when unresolved, and for a document date with no best day (precision approximate, only the bound given)
 * @param precision instant, day, week, month, year, approximate or unresolved
 * @param text the expression it came from, or null
 * @param derivation explicit, document-date, anchor, event, duration, inferred or unresolved
 * @param earliest earliest ISO value the text allows, null when the value is exact or unknown
 * @param latest latest ISO value the text allows, null when the value is exact or unknown
 */
public record DateValue(String value, String precision, String text, String derivation, String earliest,
    String latest) {

  /**
   * The date a time expression gives to what it dates (an event, a quotation's speech, a signing, a deadline): its
   * value and precision, with the derivation {@link #derivationFrom(TimeExpression)} names. Unresolved (the
   * expression's text kept) when it has no calendar value ({@link TimeExpression#hasCalendarValue()}).
   *
   * @param t the expression, never null
   */
  public static DateValue of(TimeExpression t) {
    if (!t.hasCalendarValue()) {
      return unresolved(t.text());
    }
    return new DateValue(t.value(), t.precision(), t.text(), derivationFrom(t), null, null);
  }

  /**
   * How something dated by expression {@code t} got its date: {@code explicit} when the expression is a full
   * date written out ("October 17 2018"), else {@code anchor} — dated by that expression, which may itself have
   * been resolved against the document date, another expression or an event (see its own derivation).
   */
  public static String derivationFrom(TimeExpression t) {
    return "explicit".equals(t.derivation()) ? "explicit" : "anchor";
  }

  public static DateValue unresolved(String text) {
    return new DateValue(null, "unresolved", text, "unresolved", null, null);
  }

  /**
   * The date of something the text does not date, taken from the publication date: precision {@code approximate},
   * derivation {@code document-date}, value the publication day (the best day of an inferred range). The bound
   * is the publication range's far end: something that happened lies on or before the latest possible
   * publication day, something planned, conditional or due ({@code mayFollow}) on or after the earliest. A bound
   * the range leaves open stays null. Unresolved when the publication date is unknown. When the range has no best
   * day (precision {@link Published#YEAR}), the value is null too and only the bound is given.
   *
   * @param published the publication date, may be null (= unknown)
   */
  public static DateValue documentDate(Published published, boolean mayFollow) {
    if (published == null || published.value() == null && !Published.YEAR.equals(published.precision())) {
      return unresolved(null);
    }
    String value = published.value();
    boolean inferred = "inferred".equals(published.source());
    if (value == null) {
      return new DateValue(null, "approximate", null, "document-date", mayFollow ? published.earliest() : null,
          mayFollow ? null : published.latest());
    }
    String earliest = inferred ? published.earliest() : value;
    String latest = inferred ? published.latest() : value;
    return new DateValue(value, "approximate", null, "document-date", mayFollow ? earliest : null,
        mayFollow ? null : latest);
  }
}
