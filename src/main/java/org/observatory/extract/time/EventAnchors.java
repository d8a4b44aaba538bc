package org.observatory.extract.time;

import java.util.List;
import java.util.Optional;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * Dates of event clauses: "two days after President X said ..." is anchored to the clause "X said", whose date is
 * found where the same actor does the same thing with a date ("X said on Friday"). Stateless.
 */
final class EventAnchors {

  private EventAnchors() {}

  /** An event clause: its text (from the first word after after/before up to its verb), verb lemma and actor. */
  record Clause(String text, String verbLemma, String actor, int sentence) {}

  /** The clause introduced by the "after"/"before" that follows {@code span}, if it has a verb. */
  static Optional<Clause> clauseAfter(Sentence s, Span span) {
    List<Token> tokens = s.tokens();
    int i = 0;
    while (i < tokens.size() && tokens.get(i).span().start() < span.end()) {
      i++;
    }
    if (i >= tokens.size() || !tokens.get(i).text().toLowerCase().matches("after|before")) {
      return Optional.empty();
    }
    String actor = null;
    for (int j = i + 1; j < Math.min(tokens.size(), i + 12); j++) {
      Token t = tokens.get(j);
      if (t.isProperNoun()) {
        actor = t.text();
      }
      if (t.isVerb() && !t.pos().equals("MD")) {
        if (actor == null) {
          return Optional.empty();
        }
        return Optional.of(new Clause(textOf(tokens, i + 1, j), t.lemma(), actor, s.index()));
      }
      if (t.text().matches("[,;.]")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String textOf(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k <= to; k++) {
      b.append(k == from ? "" : " ").append(tokens.get(k).text());
    }
    return b.toString();
  }

  /**
   * A day-precision date of the same actor doing the same thing in another sentence: a sentence that holds a
   * token equal to the clause's actor, a token with the clause's verb lemma, and a resolved day.
   */
  static Optional<Resolver.Resolved> dateOf(Clause c, Annotation a, List<Resolver.Resolved> resolved) {
    for (Resolver.Resolved r : resolved) {
      if (r.sentence() == c.sentence() || TimexValues.day(r.time().value()).isEmpty()
          || r.time().derivation().equals("unresolved")) {
        continue;
      }
      Sentence s = a.sentences().get(r.sentence());
      boolean actor = s.tokens().stream().anyMatch(t -> t.text().equals(c.actor()));
      boolean verb = s.tokens().stream().anyMatch(t -> t.isVerb() && t.lemma().equals(c.verbLemma()));
      if (actor && verb) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
