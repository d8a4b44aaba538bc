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
 * Stateless.
 */
final class Candidates {

  private static final Set<String> PARTS = Set.of("morning", "afternoon", "evening", "night");
  private static final Pattern RATE_UNIT = Pattern.compile("(?:a|an|per) (?:minute|hour|day|week|month|year)");

  private Candidates() {}

  static List<TimexMention> of(Annotation a) {
    List<TimexMention> in = LexicalCandidates.add(a.timexes(), a);
    List<TimexMention> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      TimexMention m = in.get(i);
      if (rateUnit(m, a) || comparedUnit(m, a) || genericToday(m, a) || TimeWordIdioms.isName(m, a)
          || TimeWordIdioms.isCount(m, a) || TimeWordIdioms.isAge(m, a)) {
        continue;
      }
      if (i + 1 < in.size() && joins(m, in.get(i + 1))) {
        TimexMention n = in.get(i + 1);
        String gap = " ".repeat(n.span().start() - m.span().end());
        out.add(new TimexMention(new Span(m.span().start(), n.span().end()), m.text() + gap + n.text(), "TIME",
            m.value(), m.sentence()));
        i++;
      } else {
        Sentence s = a.sentences().get(m.sentence());
        String text = LexicalCandidates.sentenceText(s, false);
        out.add(withPartOfDay(Fractions.widen(TimeWordIdioms.someDay(m, a), s, text), a));
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

  private static boolean joins(TimexMention m, TimexMention n) {
    int gap = n.span().start() - m.span().end();
    return m.sentence() == n.sentence() && gap >= 0 && gap <= 1 && PARTS.contains(n.text().toLowerCase())
        && m.type().equals("DATE");
  }
}
