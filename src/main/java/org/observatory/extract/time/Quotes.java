package org.observatory.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * Quoted passages and their speech time: words inside quotation marks are relative to when they were said, so
 * "tomorrow" in “We will act tomorrow,” he said on Friday is Saturday. The speech time is the first dated expression
 * in the clause right after the closing mark, in the same sentence, or, for a quotation whose attribution goes on
 * with the same speaker ("he added"), that of the quotation just before. Stateless.
 */
final class Quotes {

  private static final Set<String> OPEN = Set.of("“", "``", "\"", "‘‘");
  private static final Set<String> CLOSE = Set.of("”", "''", "\"", "’’");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i");
  private static final Set<String> SAYING = Set.of("add", "continue", "say", "explain", "insist", "warn", "tell",
      "stress", "note");
  private static final int CONTINUATION_SENTENCES = 2;

  private Quotes() {}

  /** One quotation: the span between its marks and the offset right after the closing mark. */
  record Quote(Span span, int closeEnd, int closeSentence) {}

  static List<Quote> of(Annotation a) {
    List<Quote> out = new ArrayList<>();
    int open = -1;
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        if (open < 0 && OPEN.contains(t.text())) {
          open = t.span().end();
        } else if (open >= 0 && CLOSE.contains(t.text())) {
          out.add(new Quote(new Span(open, t.span().start()), t.span().end(), s.index()));
          open = -1;
        }
      }
    }
    return out;
  }

  /** The quotation holding {@code span}, if any. */
  static Optional<Quote> around(List<Quote> quotes, Span span) {
    return quotes.stream().filter(q -> q.span().contains(span)).findFirst();
  }

  /**
   * The speech time: the first resolved day after the closing mark, in the closing mark's sentence; when there is
   * none and the attribution goes on with the same speaker ("…,” he added; “…,” she continued), the speech time of
   * the quotation just before, if it closed at most {@value #CONTINUATION_SENTENCES} sentences earlier.
   */
  static Optional<Resolver.Resolved> speechTime(List<Quote> quotes, Quote q, List<Resolver.Resolved> resolved,
      Annotation a) {
    Optional<Resolver.Resolved> own = ownSpeechTime(q, resolved);
    int i = quotes.indexOf(q);
    if (own.isPresent() || i <= 0 || !continuesSpeaker(q, a)) {
      return own;
    }
    Quote before = quotes.get(i - 1);
    return q.closeSentence() - before.closeSentence() <= CONTINUATION_SENTENCES
        ? ownSpeechTime(before, resolved) : Optional.empty();
  }

  /**
   * True when the words after the closing mark are a pronoun and a verb of saying ("he added", "she said") or a
   * verb of going on without a new speaker ("added Smith" is not: a name may be a new speaker).
   */
  private static boolean continuesSpeaker(Quote q, Annotation a) {
    List<Token> after = a.sentences().get(q.closeSentence()).tokens().stream()
        .filter(t -> t.span().start() >= q.closeEnd() && !t.text().equals(",")).limit(2).toList();
    if (after.size() < 2) {
      return false;
    }
    String first = after.get(0).text().toLowerCase(Locale.ROOT);
    String verb = after.get(1).lemma().toLowerCase(Locale.ROOT);
    return PRONOUNS.contains(first) && SAYING.contains(verb);
  }

  private static Optional<Resolver.Resolved> ownSpeechTime(Quote q, List<Resolver.Resolved> resolved) {
    return resolved.stream()
        .filter(r -> r.sentence() == q.closeSentence() && r.time().start() >= q.closeEnd())
        .filter(r -> TimexValues.day(r.time().value()).isPresent() && r.time().value().length() == 10)
        .filter(r -> !r.time().derivation().equals("unresolved"))
        .findFirst();
  }
}
