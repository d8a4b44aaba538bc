package org.observatory.extract.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.core.Span;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.TimexMention;

/**
 * Durations with a fraction that taggers cut short: "5 1/2 hours" (tagged as "2 hours", the fraction's
 * denominator) and "a minute and a half" (tagged as "a minute"). The mention is widened to the whole amount and its
 * value carries the fraction in the next smaller unit ({@code PT5H30M}, {@code PT1M30S}, {@code P2Y6M}). Only
 * fractions that give whole smaller units are repaired. Stateless.
 */
final class Fractions {

  private static final Pattern WHOLE_AND_FRACTION = Pattern.compile("(\\d+)[ \\u00a0](\\d)/$");
  private static final Pattern AND_A_HALF = Pattern.compile("^ and a half\\b");
  private static final Pattern DURATION = Pattern.compile("P(T?)(\\d+)([YMWDHS])");

  private Fractions() {}

  /** The mention widened over its fraction, or itself. {@code sentenceText} is the sentence's original text. */
  static TimexMention widen(TimexMention m, Sentence s, String sentenceText) {
    Matcher d = m.value() == null ? null : DURATION.matcher(m.value());
    if (d == null || !d.matches()) {
      return m;
    }
    int from = m.span().start() - s.span().start();
    int to = m.span().end() - s.span().start();
    if (from < 0 || to > sentenceText.length()) {
      return m;
    }
    Matcher before = WHOLE_AND_FRACTION.matcher(sentenceText.substring(0, from));
    if (before.find() && m.text().startsWith(d.group(2))) {
      int whole = Integer.parseInt(before.group(1));
      int num = Integer.parseInt(before.group(2));
      int den = Integer.parseInt(d.group(2));
      return value(whole, num, den, d.group(1), d.group(3)).map(v -> new TimexMention(
          new Span(s.span().start() + before.start(), m.span().end()),
          sentenceText.substring(before.start(), to), m.type(), v, m.sentence())).orElse(m);
    }
    Matcher after = AND_A_HALF.matcher(sentenceText.substring(to));
    if (after.find()) {
      int end = to + after.end();
      return value(Integer.parseInt(d.group(2)), 1, 2, d.group(1), d.group(3)).map(v -> new TimexMention(
          new Span(m.span().start(), s.span().start() + end), sentenceText.substring(from, end), m.type(), v,
          m.sentence())).orElse(m);
    }
    return m;
  }

  /** {@code whole + num/den} units as a TIMEX3 duration, the fraction in the next smaller unit; empty if not whole. */
  static Optional<String> value(int whole, int num, int den, String t, String unit) {
    if (den == 0 || num >= den) {
      return Optional.empty();
    }
    boolean time = !t.isEmpty();
    int per;
    String small;
    String prefix = "P";
    switch (unit) {
      case "Y" -> { per = 12; small = "M"; }
      case "D" -> { per = 24; small = "H"; prefix = "P" + whole + "DT"; }
      case "H" -> { per = 60; small = "M"; }
      case "M" -> { per = time ? 60 : 0; small = "S"; }
      default -> { return Optional.empty(); }
    }
    if (per == 0 || per * num % den != 0) {
      return Optional.empty();
    }
    int part = per * num / den;
    if (unit.equals("D")) {
      return Optional.of(prefix + part + small);
    }
    return Optional.of("P" + t + whole + unit + part + small);
  }
}
