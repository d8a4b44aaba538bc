package org.observatory.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.TimexMention;

/**
 * A unit of time made an adjective with "-long": "a weeks-long siege", "days-long clashes", "a year-long war". TimeML
 * annotates the adjective alone as a DURATION: of an unspecified number of units when the unit is plural
 * ({@code PXW}, {@code PXD}, {@code PXM}, {@code PXY}, {@code PTXH}, {@code PTXM}; "decades-long" is {@code PXY} as
 * in TimeBank), of one unit when singular ({@code P1D}; "decade-long" {@code P10Y}). Taggers read the plural as
 * one unit counted by the article ("a weeks" {@code P1W}) or leave it out; their mentions overlapping the adjective
 * are replaced. A counted form ("a 10-day truce", "a two-week-long trip") is left to the tagger. Stateless.
 */
final class DurationAdjectives {

  private static final Pattern ADJECTIVE = Pattern.compile(
      "(?<![\\w\\-\u2010\u2011])(minute|hour|day|week|month|year|decade)(s?)[\\-\u2010\u2011]long(?![\\w\\-])");
  private static final Map<String, String> VAGUE = Map.of("minute", "PTXM", "hour", "PTXH", "day", "PXD",
      "week", "PXW", "month", "PXM", "year", "PXY", "decade", "PXY");
  private static final Map<String, String> ONE = Map.of("minute", "PT1M", "hour", "PT1H", "day", "P1D",
      "week", "P1W", "month", "P1M", "year", "P1Y", "decade", "P10Y");

  private DurationAdjectives() {}

  /** The duration adjectives of every sentence of {@code a}, in text order. */
  static List<TimexMention> of(Annotation a) {
    List<TimexMention> out = new ArrayList<>();
    for (int i = 0; i < a.sentences().size(); i++) {
      Sentence s = a.sentences().get(i);
      String text = LexicalCandidates.sentenceText(s, true);
      String original = LexicalCandidates.sentenceText(s, false);
      Matcher m = ADJECTIVE.matcher(text);
      while (m.find()) {
        String value = (m.group(2).isEmpty() ? ONE : VAGUE).get(m.group(1));
        Span span = new Span(s.span().start() + m.start(), s.span().start() + m.end());
        out.add(new TimexMention(span, original.substring(m.start(), m.end()), "DURATION", value, i));
      }
    }
    return out;
  }
}
