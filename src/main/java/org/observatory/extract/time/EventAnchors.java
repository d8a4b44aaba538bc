package org.observatory.extract.time;

import java.util.List;
import java.util.Optional;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * Dates of event clauses: "two days after President X said ..." is anchored to the clause "X said", whose date is
 * found where the same actor does the same thing with a date ("X said on Friday"). The actor is the clause's last
 * proper noun, else its definite common noun ("after the commander spoke"); verbs of speaking count as the same
 * act. Stateless.
 */
final class EventAnchors {

  private static final java.util.Set<String> SPEAKING = java.util.Set.of("say", "speak", "tell", "announce",
      "state", "declare", "add");

  private EventAnchors() {}

  /**
   * An event clause: its text (from the first word after after/before up to its verb), verb lemma and actor, and
   * its extent in the sentence (up to the first comma, semicolon or full stop after the verb).
   */
  record Clause(String text, String verbLemma, String actor, int sentence, Span extent) {}

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
    String definite = null;
    for (int j = i + 1; j < Math.min(tokens.size(), i + 12); j++) {
      Token t = tokens.get(j);
      if (t.isProperNoun()) {
        actor = t.text();
      } else if (t.isNoun() && tokens.get(j - 1).text().equalsIgnoreCase("the")) {
        definite = t.text();
      }
      if (t.isVerb() && !t.pos().equals("MD")) {
        String who = actor != null ? actor : definite;
        if (who == null) {
          return Optional.empty();
        }
        Span extent = new Span(tokens.get(i + 1).span().start(), tokens.get(clauseEnd(tokens, j)).span().end());
        return Optional.of(new Clause(textOf(tokens, i + 1, j), t.lemma(), who, s.index(), extent));
      }
      if (t.text().matches("[,;.]")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The last token of the clause whose verb is at {@code verb}: before the next comma, semicolon or stop. */
  private static int clauseEnd(List<Token> tokens, int verb) {
    int k = verb;
    while (k + 1 < tokens.size() && !tokens.get(k + 1).text().matches("[,;.:]")) {
      k++;
    }
    return k;
  }

  /** The same lemma, or two verbs of speaking ("the commander spoke" is dated by "the commander said on Friday"). */
  private static boolean sameAct(String a, String b) {
    String x = a.toLowerCase(java.util.Locale.ROOT);
    String y = b.toLowerCase(java.util.Locale.ROOT);
    return x.equals(y) || SPEAKING.contains(x) && SPEAKING.contains(y);
  }

  /** A resolved day outside quotation marks (a quoted "tomorrow" dates what was said, not the saying). */
  private static boolean usable(Resolver.Resolved r, List<Quotes.Quote> quotes) {
    return r.isDay() && Quotes.around(quotes, r.mention().span()).isEmpty();
  }

  private static String textOf(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k <= to; k++) {
      b.append(k == from ? "" : " ").append(tokens.get(k).text());
    }
    return b.toString();
  }

  /**
   * A day-precision date of the event clause: its own ("hours after the truce expired on Saturday"), else the same
   * actor doing the same thing in another sentence: a sentence that holds a token equal to the clause's actor, a
   * token with the clause's verb lemma, and a resolved day outside quotation marks (a quoted "tomorrow" dates what
   * was said, not the saying).
   */
  static Optional<Resolver.Resolved> dateOf(Clause c, Annotation a, List<Quotes.Quote> quotes,
      List<Resolver.Resolved> resolved) {
    Optional<Resolver.Resolved> own = resolved.stream()
        .filter(r -> r.sentence() == c.sentence() && c.extent().contains(r.mention().span()) && usable(r, quotes))
        .findFirst();
    if (own.isPresent()) {
      return own;
    }
    for (Resolver.Resolved r : resolved) {
      if (r.sentence() == c.sentence() || !usable(r, quotes)) {
        continue;
      }
      Sentence s = a.sentences().get(r.sentence());
      boolean actor = s.tokens().stream().anyMatch(t -> t.text().equalsIgnoreCase(c.actor()));
      boolean verb = s.tokens().stream().anyMatch(t -> t.isVerb() && sameAct(t.lemma(), c.verbLemma()));
      if (actor && verb) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
