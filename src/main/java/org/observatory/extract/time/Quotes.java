package org.observatory.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * Quoted passages and their speech time: words inside quotation marks are relative to when they were said, so
 * "tomorrow" in “We will act tomorrow,” he said on Friday is Saturday. The speech time is the first dated expression
 * in the clause right after the closing mark, in the same sentence. Stateless.
 */
final class Quotes {

  private static final Set<String> OPEN = Set.of("“", "``", "\"", "‘‘");
  private static final Set<String> CLOSE = Set.of("”", "''", "\"", "’’");

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

  /** The speech time: the first resolved day after the closing mark, in the closing mark's sentence. */
  static Optional<Resolver.Resolved> speechTime(Quote q, List<Resolver.Resolved> resolved) {
    return resolved.stream()
        .filter(r -> r.sentence() == q.closeSentence() && r.time().start() >= q.closeEnd())
        .filter(r -> TimexValues.day(r.time().value()).isPresent() && r.time().value().length() == 10)
        .filter(r -> !r.time().derivation().equals("unresolved"))
        .findFirst();
  }
}
