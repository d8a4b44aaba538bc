package org.observatory.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.TimexMention;
import org.observatory.nlp.Token;

/**
 * Time expressions made of one general word that the taggers leave out and TimeML annotates:
 * <ul>
 *   <li>a bare plural unit ("for years", "within weeks", "follows months of talks", "over the years"): a duration of
 *       unspecified length ({@code PXY}, {@code PXM}, {@code PXW}, {@code PXD}, {@code PTXH}). Only where no number,
 *       quantifier, adjective or noun comes before it ("two years", "recent years", "heady days", "school days"
 *       are not bare; a noun may when after/before/later/earlier follows: "closed the roads hours after the
 *       blast") and it is not "of" a quantity ("hundreds of years", "a matter of days").</li>
 *   <li>the adverb "soon" in a clause that is not in the past ("will soon begin", "may soon seek"):
 *       {@code FUTURE_REF}. Not "as soon as", not "soon after", not in a past narrative ("was soon released").</li>
 * </ul>
 * Stateless.
 */
final class BareCandidates {

  private static final Map<String, String> PLURALS = Map.of("years", "PXY", "months", "PXM", "weeks", "PXW",
      "days", "PXD", "hours", "PTXH");
  /** Part-of-speech tags that may stand right before a bare plural unit: prepositions, verbs, adverbs. */
  private static final Set<String> OPEN_BEFORE = Set.of("IN", "TO", "RB", "VB", "VBD", "VBZ", "VBP", "VBN", "VBG",
      ",", "``", "''", ":");
  private static final Set<String> QUANTIFIERS = Set.of("few", "several", "many", "some", "couple", "recent",
      "coming", "past", "last", "next", "those", "these", "all", "first", "final", "early", "late", "of", "in-between",
      "more", "most", "no", "ten", "hundreds", "dozens", "thousands");

  private BareCandidates() {}

  /** Candidates of sentence {@code i}, in text order. */
  static List<TimexMention> of(Sentence s, int i) {
    List<TimexMention> out = new ArrayList<>();
    List<Token> tokens = s.tokens();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      String w = t.text();
      String unit = w.toLowerCase(Locale.ROOT);
      if (PLURALS.containsKey(unit) && t.pos().equals("NNS")) {
        int end = k;
        bare(tokens, k).ifPresent(start -> out.add(new TimexMention(new Span(start.span().start(), t.span().end()),
            text(tokens, start.index(), end), "DURATION", PLURALS.get(unit), i)));
      } else if (w.toLowerCase(Locale.ROOT).equals("soon") && soonIsFuture(s, tokens, k)) {
        out.add(new TimexMention(t.span(), w, "DATE", "FUTURE_REF", i));
      }
    }
    return out;
  }

  /** The first token of a bare plural at {@code k} ("the" included when a preposition comes before it). */
  private static java.util.Optional<Token> bare(List<Token> tokens, int k) {
    int first = k;
    if (k > 0 && tokens.get(k - 1).text().equalsIgnoreCase("the")) {
      first = k - 1;
      if (first == 0 || !tokens.get(first - 1).pos().equals("IN")) {
        return java.util.Optional.empty();
      }
    }
    if (first == 0) {
      return java.util.Optional.of(tokens.get(first));
    }
    Token before = tokens.get(first - 1);
    String b = before.text().toLowerCase(Locale.ROOT);
    boolean open = OPEN_BEFORE.contains(before.pos()) || first == k && relative(tokens, k)
        && (before.pos().startsWith("NN") || before.pos().equals("PRP"));
    if (QUANTIFIERS.contains(b) || !open || b.endsWith("-")) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(tokens.get(first));
  }

  /**
   * Whether the plural at {@code k} is followed by after/before/later/earlier: "closed the roads hours after the
   * blast" counts from an event, so it is bare though an object noun comes before it.
   */
  private static boolean relative(List<Token> tokens, int k) {
    return k + 1 < tokens.size()
        && tokens.get(k + 1).text().toLowerCase(Locale.ROOT).matches("after|before|later|earlier");
  }

  private static boolean soonIsFuture(Sentence s, List<Token> tokens, int k) {
    String before = k > 0 ? tokens.get(k - 1).text().toLowerCase(Locale.ROOT) : "";
    String after = k + 1 < tokens.size() ? tokens.get(k + 1).text().toLowerCase(Locale.ROOT) : "";
    if (before.equals("as") || before.equals("how") || before.equals("too")
        || after.matches("as|after|afterwards?|thereafter|enough|than")) {
      return false;
    }
    return Tense.governing(s, tokens.get(k).span()) != Tense.PAST;
  }

  private static String text(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder(tokens.get(from).text());
    for (int j = from + 1; j <= to; j++) {
      int gap = tokens.get(j).span().start() - tokens.get(j - 1).span().end();
      b.append(" ".repeat(Math.max(0, gap))).append(tokens.get(j).text());
    }
    return b.toString();
  }

  /** The candidates of every sentence of {@code a}. */
  static List<TimexMention> of(Annotation a) {
    List<TimexMention> out = new ArrayList<>();
    for (int i = 0; i < a.sentences().size(); i++) {
      out.addAll(of(a.sentences().get(i), i));
    }
    return out;
  }
}
