package org.observatory.extract.agreement;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.extract.discourse.Dates;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;
import org.observatory.record.DateValue;
import org.observatory.record.TimeExpression;

/**
 * The end of an agreement placed relative to a dated act: "The announcement was made hours before a five-day truce
 * was due to expire" puts the truce's expiry a few hours after the announcement. The clause must have the
 * agreement as the subject of an ending verb (expire, lapse, end, run out; "was due/set to expire"), introduced by
 * "before" or "after" with an offset ("hours", "two days", "a few minutes"). The act's date is a dated expression
 * of the same sentence outside that clause or, when the sentence has none and opens with a definite reference
 * ("The announcement", "This", "It"), the one day-precision date of the sentence before. A counted offset
 * ("two days") shifts by that much; a bare plural ("hours", "days") allows anything up to one unit of the next size
 * (a day for hours, an hour for minutes, a week for days, a month for weeks). Stateless and thread-safe.
 */
final class ExpiryAnchor {

  static final String RULE = "expiry-relative-to-dated-act";

  private static final Set<String> ENDING = Set.of("expire", "lapse", "end", "run");
  private static final Set<String> LINKING =
      Set.of("be", "was", "is", "were", "are", "due", "set", "scheduled", "to", "had", "has", "would", "will",
          "going", "expected", "supposed", "about");
  private static final Set<String> ATTACHED = Set.of("between", "of", "in", "with", "on", "for", "among");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  private static final Set<String> ANAPHORS = Set.of("the", "this", "that", "it");
  private static final Map<String, ChronoUnit> UNITS = Map.of("minute", ChronoUnit.MINUTES, "hour",
      ChronoUnit.HOURS, "day", ChronoUnit.DAYS, "week", ChronoUnit.WEEKS);
  private static final Map<ChronoUnit, ChronoUnit> NEXT = Map.of(ChronoUnit.MINUTES, ChronoUnit.HOURS,
      ChronoUnit.HOURS, ChronoUnit.DAYS, ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.WEEKS, ChronoUnit.MONTHS);
  private static final int MAX_GAP = 8;

  private ExpiryAnchor() {}

  /**
   * The expiry the sentence gives for the agreement mentioned at {@code mention}, or empty.
   *
   * @param text the document text the spans index
   * @param previous the sentence before, or null for the first sentence
   * @param times the document's time expressions
   */
  static Optional<DateValue> expiry(String text, Sentence s, Span mention, Sentence previous,
      List<TimeExpression> times) {
    List<Token> tk = s.tokens();
    List<Token> named = s.tokensIn(mention);
    if (named.isEmpty()) {
      return Optional.empty();
    }
    int first = named.get(0).index();
    int last = named.get(named.size() - 1).index();
    if (!endsAfter(tk, last)) {
      return Optional.empty();
    }
    int prep = prepositionBefore(tk, first);
    if (prep < 1) {
      return Optional.empty();
    }
    Optional<Offset> offset = offsetBefore(tk, prep);
    if (offset.isEmpty()) {
      return Optional.empty();
    }
    Span clause = new Span(tk.get(prep).span().start(), tk.get(last).span().end());
    Optional<TimeExpression> act = actDate(s, clause, previous, times);
    int sign = tk.get(prep).text().equalsIgnoreCase("before") ? 1 : -1;
    Offset o = offset.get();
    return act.flatMap(t -> DeadlineMath.interval(t.value()).map(iv -> {
      LocalDateTime from = iv[0].plus(sign > 0 ? o.min : -o.max, o.unit);
      LocalDateTime to = iv[1].plus(sign > 0 ? o.max : -o.min, o.unit);
      String said = text.substring(tk.get(o.firstToken).span().start(), tk.get(endingVerb(tk, last)).span().end())
          + ", from \"" + t.text() + "\"";
      return DeadlineMath.describe(from, to, said, "event");
    }));
  }

  /** An offset of {@code min..max} units: exact for "two days" (2..2), vague for "hours" (0..24 hours). */
  private record Offset(long min, long max, ChronoUnit unit, int firstToken) {}

  /** True when an ending verb follows the mention, with only auxiliaries and "due to" words between. */
  private static boolean endsAfter(List<Token> tk, int last) {
    return endingVerb(tk, last) > last;
  }

  private static int endingVerb(List<Token> tk, int last) {
    int from = afterAttachedPhrase(tk, last + 1);
    for (int i = from; i < tk.size() && i <= from + 5; i++) {
      Token t = tk.get(i);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (t.isVerb() && ENDING.contains(lemma)) {
        boolean runOut = !lemma.equals("run")
            || i + 1 < tk.size() && tk.get(i + 1).text().equalsIgnoreCase("out");
        return runOut ? i : -1;
      }
      if (!LINKING.contains(lemma) && !LINKING.contains(t.text().toLowerCase(Locale.ROOT))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The first token after a prepositional phrase attached to the mention ("truce [between the army and the rebels] was
   * due to expire"): a phrase of at most {@value #MAX_GAP} tokens opened by a preposition and closed by the first
   * finite verb or modal (a participle such as "Kurdish-led" stays inside the phrase). {@code at} itself when no such
   * phrase starts there.
   */
  private static int afterAttachedPhrase(List<Token> tk, int at) {
    if (at >= tk.size() || !ATTACHED.contains(tk.get(at).text().toLowerCase(Locale.ROOT))) {
      return at;
    }
    for (int i = at + 1; i < tk.size() && i <= at + MAX_GAP; i++) {
      if (FINITE.contains(tk.get(i).pos())) {
        return i;
      }
    }
    return at;
  }

  /**
   * The "before"/"after" that opens the clause: the nearest one left of the mention with only the mention's
   * modifiers between (determiners, adjectives, names, participles like "US-brokered", numbers, hyphens).
   */
  private static int prepositionBefore(List<Token> tk, int first) {
    for (int i = first - 1; i >= 0 && i >= first - MAX_GAP; i--) {
      Token t = tk.get(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (w.equals("before") || w.equals("after")) {
        return i;
      }
      String pos = t.pos();
      boolean modifier = pos.startsWith("DT") || pos.startsWith("JJ") || pos.startsWith("NNP") || pos.equals("VBN")
          || pos.equals("CD") || pos.equals("HYPH") || pos.equals("POS") || pos.startsWith("PRP$");
      if (!modifier) {
        return -1;
      }
    }
    return -1;
  }

  /** "hours", "just hours", "a few hours", "two days", "48 hours" right before the preposition. */
  private static Optional<Offset> offsetBefore(List<Token> tk, int prep) {
    Token unitToken = tk.get(prep - 1);
    String lemma = unitToken.lemma().toLowerCase(Locale.ROOT);
    ChronoUnit unit = UNITS.get(lemma);
    if (unit == null || !unitToken.isNoun()) {
      return Optional.empty();
    }
    int firstToken = prep - 1;
    Optional<Amount> counted = Optional.empty();
    if (prep >= 2) {
      String before = tk.get(prep - 2).text();
      counted = Amount.fromText(before + " " + unitToken.text());
      if (counted.isPresent()) {
        firstToken = prep - 2;
      }
    }
    if (counted.isPresent()) {
      long n = counted.get().count();
      return Optional.of(new Offset(n, n, unit, firstToken));
    }
    boolean plural = !unitToken.text().equalsIgnoreCase(lemma);
    if (!plural) {
      return Optional.empty();
    }
    long perNext = NEXT.get(unit).getDuration().dividedBy(unit.getDuration());
    return Optional.of(new Offset(0, perNext, unit, firstToken));
  }

  /**
   * The act's date: a resolved expression of the sentence outside the clause, else the previous sentence's only
   * day-precision date when this sentence opens with a definite reference.
   */
  private static Optional<TimeExpression> actDate(Sentence s, Span clause, Sentence previous,
      List<TimeExpression> times) {
    List<TimeExpression> own = Dates.in(times, s.span()).stream()
        .filter(t -> !clause.overlaps(new Span(t.start(), t.end()))).filter(TimeExpression::hasCalendarValue).toList();
    if (!own.isEmpty()) {
      return own.size() == 1 ? Optional.of(own.get(0)) : Optional.empty();
    }
    String opening = s.tokens().get(0).text().toLowerCase(Locale.ROOT);
    if (previous == null || !ANAPHORS.contains(opening)) {
      return Optional.empty();
    }
    List<TimeExpression> before = Dates.in(times, previous.span()).stream().filter(TimeExpression::hasCalendarValue)
        .filter(t -> "day".equals(t.precision()) || t.value().length() == 10).toList();
    return before.stream().map(TimeExpression::value).distinct().count() == 1
        ? Optional.of(before.get(0)) : Optional.empty();
  }
}
