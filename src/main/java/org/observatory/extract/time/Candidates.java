package org.observatory.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.TimexMention;
import org.observatory.nlp.Token;

/**
 * The tagger's mentions as candidates: a day followed by a part of the day ("Thursday" + "night") becomes one
 * expression, as TimeML annotates it; a duration cut at a fraction is widened ({@link Fractions}). The unit of a
 * rate after a quantity ("four flights a week", "$2 million a year", "24 hours a day") is dropped: it divides a
 * quantity and names no time. Names and idioms that contain a time word are dropped too ({@link TimeWordIdioms}).
 * A duration adjective ("a weeks-long siege") and a day named by its numbers ("9/11") replace what the tagger made
 * of them ({@link DurationAdjectives}, {@link NamedDays}).
 * Stateless.
 */
final class Candidates {

  private static final Set<String> PARTS = Set.of("morning", "afternoon", "evening", "night");
  private static final Pattern RATE_UNIT = Pattern.compile("(?:a|an|per) (?:minute|hour|day|week|month|year)");

  private static final Pattern RANGE_GAP = Pattern.compile(" ?(?:to|-|\u2013|\u2014) ?");
  private static final Pattern RANGE_LOW = Pattern.compile("(?<![\\w.,])(\\d+|" + TimeLexicon.NUMBER.substring(1,
      TimeLexicon.NUMBER.indexOf(")(?:")) + ") ?(?:to|-|\u2013|\u2014) ?$");
  private static final Pattern RANGE_HIGH = Pattern.compile(TimeLexicon.NUMBER + " " + TimeLexicon.UNIT + "s?");

  private Candidates() {}

  /** {@code tagged} with {@code found} in place of the mentions overlapping them, in text order. */
  static List<TimexMention> replacing(List<TimexMention> tagged, List<TimexMention> found) {
    if (found.isEmpty()) {
      return tagged;
    }
    List<TimexMention> out = new ArrayList<>(found);
    for (TimexMention t : tagged) {
      if (found.stream().noneMatch(f -> f.span().overlaps(t.span()))) {
        out.add(t);
      }
    }
    out.sort(java.util.Comparator.comparingInt(t -> t.span().start()));
    return out;
  }

  static List<TimexMention> of(Annotation a) {
    List<TimexMention> in = LexicalCandidates.add(
        replacing(replacing(a.timexes(), DurationAdjectives.of(a)), NamedDays.of(a)), a);
    List<TimexMention> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      TimexMention m = in.get(i);
      if (rateUnit(m, a) || comparedUnit(m, a) || genericToday(m, a) || TimeWordIdioms.isName(m, a)
          || TimeWordIdioms.isCount(m, a) || TimeWordIdioms.isAge(m, a)) {
        continue;
      }
      if (i + 1 < in.size() && range(m, in.get(i + 1), a).isPresent()) {
        out.add(range(m, in.get(i + 1), a).orElseThrow());
        i++;
      } else if (i + 1 < in.size() && joins(m, in.get(i + 1))) {
        TimexMention n = in.get(i + 1);
        String gap = " ".repeat(n.span().start() - m.span().end());
        out.add(new TimexMention(new Span(m.span().start(), n.span().end()), m.text() + gap + n.text(), "TIME",
            m.value(), m.sentence()));
        i++;
      } else {
        Sentence s = a.sentences().get(m.sentence());
        String text = LexicalCandidates.sentenceText(s, false);
        out.add(withPartOfDay(Fractions.widen(TimeWordIdioms.someDay(widenedRange(m, a), a), s, text), a));
      }
    }
    return out;
  }

  /** "Thursday" followed by an untagged "night" is widened to "Thursday night". */
  private static TimexMention withPartOfDay(TimexMention m, Annotation a) {
    if (!(Shape.parse(m.text(), "") instanceof Shape.Weekday w) || w.partOfDay() != null) {
      return m;
    }
    for (Token t : a.sentences().get(m.sentence()).tokens()) {
      int gap = t.span().start() - m.span().end();
      if (gap >= 0 && gap <= 1 && PARTS.contains(t.text().toLowerCase())) {
        return new TimexMention(new Span(m.span().start(), t.span().end()), m.text() + " ".repeat(gap) + t.text(),
            "TIME", m.value(), m.sentence());
      }
    }
    return m;
  }

  /**
   * "today's youth", "today's personal computers": "today's" before a plural noun means the present age in general,
   * not the day, and TimeML leaves it out ("today's meeting" stays).
   */
  private static boolean genericToday(TimexMention m, Annotation a) {
    if (!m.text().equalsIgnoreCase("today")) {
      return false;
    }
    List<Token> tokens = a.sentences().get(m.sentence()).tokens();
    int k = 0;
    while (k < tokens.size() && tokens.get(k).span().start() < m.span().end()) {
      k++;
    }
    if (k >= tokens.size() || !tokens.get(k).text().equals("'s")) {
      return false;
    }
    for (int j = k + 1; j < tokens.size(); j++) {
      String pos = tokens.get(j).pos();
      if (!pos.startsWith("JJ") && !pos.equals("NN")) {
        return pos.equals("NNS");
      }
    }
    return false;
  }

  /**
   * "The quarter" in "The quarter-to-quarter comparison" is a kind of comparison, not a period; in "the quarter a
   * year ago" the period is the one a year back, which "a year ago" carries alone.
   */
  private static boolean comparedUnit(TimexMention m, Annotation a) {
    Sentence s = a.sentences().get(m.sentence());
    int to = m.span().end() - s.span().start();
    String text = LexicalCandidates.sentenceText(s, true);
    if (to > text.length()) {
      return false;
    }
    String after = text.substring(to);
    return after.startsWith("-to-") || (TimeLexicon.normalise(m.text()).matches("the (?:quarter|period)")
        && after.matches("^ (?:a|one) year (?:ago|earlier)\\b.*"));
  }

  /** "a week" right after a quantity (a number or a noun: "four flights a week"), as in a rate. */
  private static boolean rateUnit(TimexMention m, Annotation a) {
    if (!RATE_UNIT.matcher(TimeLexicon.normalise(m.text())).matches()) {
      return false;
    }
    Token before = null;
    for (Token t : a.sentences().get(m.sentence()).tokens()) {
      if (t.span().end() <= m.span().start()) {
        before = t;
      }
    }
    return before != null && (before.pos().equals("CD") || before.pos().startsWith("NN"));
  }

  /**
   * "four to six weeks", "two-three days": a bare number, then "to" or a dash, then a duration of that unit are one
   * duration, as TimeML annotates them; its value is the lower end ("two to three weeks" is {@code P2W} in TimeBank,
   * with mod EQUAL_OR_MORE). After "between" the two ends stay two expressions, as TimeML marks the ends of a
   * between-range. Empty when the two mentions do not form such a range.
   */
  static java.util.Optional<TimexMention> range(TimexMention m, TimexMention n, Annotation a) {
    String low = TimeLexicon.normalise(m.text());
    java.util.regex.Matcher high = RANGE_HIGH.matcher(TimeLexicon.normalise(n.text()));
    if (m.sentence() != n.sentence() || !low.matches("\\d+|" + TimeLexicon.NUMBER) || !high.matches()
        || n.value() == null || !n.value().startsWith("P")) {
      return java.util.Optional.empty();
    }
    Sentence s = a.sentences().get(m.sentence());
    String text = LexicalCandidates.sentenceText(s, true);
    int from = m.span().end() - s.span().start();
    int to = n.span().start() - s.span().start();
    java.util.OptionalInt lo = TimeLexicon.number(low.split(" ")[0], low.contains(" ") ? low.split(" ")[1] : null);
    int start = m.span().start() - s.span().start();
    if (from < 0 || to > text.length() || from > to || !RANGE_GAP.matcher(text.substring(from, to)).matches()
        || lo.isEmpty() || text.substring(0, start).matches("(?s).*\\bbetween $")) {
      return java.util.Optional.empty();
    }
    String value = n.value().replaceFirst("^(PT?)[\\dX.]+", "$1" + lo.getAsInt());
    String original = LexicalCandidates.sentenceText(s, false).substring(m.span().start() - s.span().start(), to)
        + n.text();
    return java.util.Optional.of(new TimexMention(new Span(m.span().start(), n.span().end()), original, "DURATION",
        value, m.sentence()));
  }

  /** "four to six weeks" where only "six weeks" was tagged: widened to the whole range, valued as {@link #range}. */
  private static TimexMention widenedRange(TimexMention n, Annotation a) {
    Sentence s = a.sentences().get(n.sentence());
    int to = n.span().start() - s.span().start();
    String text = LexicalCandidates.sentenceText(s, true);
    if (to < 0 || to > text.length()) {
      return n;
    }
    java.util.regex.Matcher low = RANGE_LOW.matcher(text.substring(0, to));
    if (!low.find()) {
      return n;
    }
    int start = s.span().start() + low.start(1);
    TimexMention m = new TimexMention(new Span(start, s.span().start() + low.end(1)),
        LexicalCandidates.sentenceText(s, false).substring(low.start(1), low.end(1)), "DURATION", null, n.sentence());
    return range(m, n, a).orElse(n);
  }

  private static boolean joins(TimexMention m, TimexMention n) {
    int gap = n.span().start() - m.span().end();
    return m.sentence() == n.sentence() && gap >= 0 && gap <= 1 && PARTS.contains(n.text().toLowerCase())
        && m.type().equals("DATE");
  }
}
