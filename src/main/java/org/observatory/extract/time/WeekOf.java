package org.observatory.extract.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.nlp.Sentence;
import org.observatory.record.TimeExpression;

/**
 * "the week of March 6": the ISO week holding the stated day ({@code 2000-W10}), one expression in TimeML. The
 * tagger's mention of the day is widened over "the week of". Stateless.
 */
final class WeekOf {

  private static final Pattern BEFORE = Pattern.compile("(?i)\\bthe week of $");

  private WeekOf() {}

  /** The widened expression when {@code t} is a resolved day right after "the week of". */
  static Optional<TimeExpression> widen(TimeExpression t, Sentence s) {
    Optional<LocalDate> day = TimexValues.day(t.value());
    String text = LexicalCandidates.sentenceText(s, false);
    int from = t.start() - s.span().start();
    if (day.isEmpty() || t.value().length() != 10 || from < 0 || from > text.length()) {
      return Optional.empty();
    }
    Matcher m = BEFORE.matcher(text.substring(Math.max(0, from - 12), from));
    if (!m.find()) {
      return Optional.empty();
    }
    int start = s.span().start() + Math.max(0, from - 12) + m.start();
    String value = TimexValues.week(day.get());
    return Optional.of(new TimeExpression(text.substring(start - s.span().start(), from) + t.text(), start, t.end(),
        "DATE", value, "week", t.derivation(), t.anchor(),
        Provenance.of(Resolver.STAGE, "week-of-day", new Span(start, t.end()))));
  }
}
