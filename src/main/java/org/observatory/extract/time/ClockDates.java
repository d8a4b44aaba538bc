package org.observatory.extract.time;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;
import org.observatory.record.TimeExpression;

/**
 * A clock time and the day right after it, split by the tagger at a time zone or a comma ("5 p.m. EST, Nov. 6",
 * "9 a.m. EST Tuesday"), are one TIMEX3 in TimeML: the day's value with the clock ({@code 1989-11-06T17:00}).
 * Stateless.
 */
final class ClockDates {

  private static final Pattern CLOCK_TEXT = Pattern.compile("(?i)(?:at |by |until |till )?(?:\\d{1,2}(?::\\d\\d)?"
      + " ?[ap]\\.?m\\.?|noon|midnight)");
  private static final Pattern CLOCK_VALUE = Pattern.compile(".*T(\\d{2}(?::\\d{2})?)(?:[+-]\\d{4})?");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** What may stand between the clock and the day: a time-zone abbreviation, a comma, "on". */
  private static final Set<String> GAP = Set.of(",", "on", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
      "gmt", "utc", "bst", "cet", "cest");

  private ClockDates() {}

  /** The joined expression when {@code clock} is a bare clock time and {@code day} a day right after it. */
  static Optional<TimeExpression> join(TimeExpression clock, TimeExpression day, Sentence s) {
    Matcher v = clock.value() == null ? null : CLOCK_VALUE.matcher(clock.value());
    if (v == null || !v.matches() || !CLOCK_TEXT.matcher(clock.text().trim()).matches() || day.value() == null
        || !DAY.matcher(day.value()).matches() || day.start() < clock.end() || !onlyGapWords(clock, day, s)) {
      return Optional.empty();
    }
    String value = day.value() + "T" + v.group(1);
    String text = clock.text() + between(clock, day, s) + day.text();
    return Optional.of(new TimeExpression(text, clock.start(), day.end(), "TIME", value, "instant",
        day.derivation(), day.anchor(), Provenance.of(Resolver.STAGE, "clock-on-day",
            new Span(clock.start(), day.end()))));
  }

  private static boolean onlyGapWords(TimeExpression clock, TimeExpression day, Sentence s) {
    for (Token t : s.tokens()) {
      if (t.span().start() >= clock.end() && t.span().end() <= day.start()
          && !GAP.contains(t.text().toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return day.start() - clock.end() <= 8;
  }

  /** The text between the two expressions, rebuilt from the tokens (single spaces where the text has gaps). */
  private static String between(TimeExpression clock, TimeExpression day, Sentence s) {
    char[] c = " ".repeat(day.start() - clock.end()).toCharArray();
    for (Token t : s.tokens()) {
      int from = t.span().start() - clock.end();
      if (from >= 0 && t.span().end() <= day.start()) {
        t.text().getChars(0, Math.min(t.text().length(), c.length - from), c, from);
      }
    }
    return new String(c);
  }
}
