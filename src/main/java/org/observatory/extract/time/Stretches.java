package org.observatory.extract.time;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.observatory.core.Provenance;
import org.observatory.nlp.Sentence;
import org.observatory.record.DateValue;
import org.observatory.record.TimeExpression;

/**
 * Stretches of time that news counts from the report: "(in/over/for) the past four days", "the last few weeks",
 * "in recent weeks" end on the document date; "within a month" (an order or demand, not told in the past) and "in
 * 48 hours" (told in the future) start on it, as do "(over) the next 60 days", "in the coming weeks" when not told in the past ({@code latest}
 * null when the length is vague). Such a duration keeps its value ({@code P4D}) and gains {@code earliest}/{@code latest}: the days it
 * covers, both inclusive, {@code earliest} null when the length is vague ({@code PXD}). Derivation
 * {@code document-date}. A stretch the resolver already bounded, or any other expression, is returned unchanged.
 * Stateless.
 */
final class Stretches {

  private static final Pattern LOOKING_BACK = Pattern.compile(
      "(?:(?:over|in|for|during) )?(?:the )?(?:past|last) .+|(?:in )?recent .+");

  private static final Pattern LOOKING_AHEAD = Pattern.compile(
      "(?:(?:over|in|for|during|within) )?the (?:next|coming) .+");

  private Stretches() {}

  /**
   * @param ref the document date, or null (then nothing is bounded)
   * @param previous the word before the expression, lower case
   */
  static TimeExpression bound(TimeExpression t, Sentence s, String previous, LocalDate ref) {
    if (ref == null || !"DURATION".equals(t.type()) || t.value() == null || t.earliest() != null
        || t.latest() != null) {
      return t;
    }
    String text = TimeLexicon.normalise(t.text());
    if (LOOKING_BACK.matcher(text).matches()) {
      String earliest = lengthOf(t.value()).map(p -> ref.minus(p).toString()).orElse(null);
      return bounded(t, earliest, ref.toString(), "stretch-to-document-date");
    }
    Tense tense = Tense.governing(s, new org.observatory.core.Span(t.start(), t.end()));
    if (LOOKING_AHEAD.matcher(text).matches() && tense != Tense.PAST) {
      String latest = t.value().contains("X") ? null : Deadlines.endOf(ref, t.value(), t.text())
          .map(e -> e.latest() != null ? e.latest() : e.value()).orElse(null);
      return bounded(t, ref.toString(), latest, "stretch-from-document-date");
    }
    if (previous.equals("within") && tense != Tense.PAST || previous.equals("in") && tense == Tense.FUTURE) {
      Optional<DateValue> end = Deadlines.endOf(ref, t.value(), t.text());
      if (end.isPresent()) {
        String latest = end.get().latest() != null ? end.get().latest() : end.get().value();
        return bounded(t, ref.toString(), latest, "within-from-document-date");
      }
    }
    return t;
  }

  /** A fixed calendar length ({@code P4D}, {@code P3Y}, {@code P2W}); empty for vague and clock durations. */
  private static Optional<Period> lengthOf(String value) {
    if (value.contains("X") || value.startsWith("PT")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Period.parse(value));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static TimeExpression bounded(TimeExpression t, String earliest, String latest, String rule) {
    return new TimeExpression(t.text(), t.start(), t.end(), t.type(), t.value(), t.precision(), "document-date",
        Resolver.DOC_ANCHOR, Provenance.of(Resolver.STAGE, rule, t.provenance().evidence()), earliest, latest);
  }
}
