package org.observatory.extract.time;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.observatory.core.Resources;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * Dates of event nouns: "two days after the attack", "hours after the blast", "a day before the vote". The
 * after/before is followed by a definite noun phrase ("the", a possessive, "this"/"that") with no verb of its own,
 * whose head is an event noun of the bundled lexicon {@code event-nouns.txt} (general vocabulary, one class of
 * words for the same kind of event per line). Its date is that of the nearest mention of a word of the same class,
 * in the same sentence or an earlier one, that a day-precision date stands next to in its own clause ("a car bomb
 * exploded on Sunday", "the blast on Sunday", "Sunday's blast"): at most {@link #NEAR} tokens apart with no
 * comma, semicolon, colon or quotation mark between them. Stateless; the lexicon is loaded once.
 */
final class EventNouns {

  /** Most tokens between an event word and the date that dates it. */
  static final int NEAR = 6;

  private static final String RESOURCE = "event-nouns.txt";

  private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "its", "their", "his", "her");

  private static final Set<String> BREAKS = Set.of(",", ";", ":", "``", "''", "\"", "-LRB-", "-RRB-", "(", ")");

  /** The noun phrase after after/before: its text, the class of its head and its sentence. */
  record Phrase(String text, int kind, Span span, int sentence) {}

  private EventNouns() {}

  private static final class Holder {
    static final Map<String, Integer> CLASSES = parse(Resources.lines(EventNouns.class, RESOURCE));
  }

  static Map<String, Integer> parse(List<String> lines) {
    Map<String, Integer> classes = new HashMap<>();
    int kind = 0;
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      for (String w : l.split("\\s+")) {
        classes.putIfAbsent(w.toLowerCase(Locale.ROOT), kind);
      }
      kind++;
    }
    return Map.copyOf(classes);
  }

  /** The class of an event word's lemma, or empty when the lexicon does not list it. */
  static Optional<Integer> kindOf(Token t) {
    return Optional.ofNullable(Holder.CLASSES.get(t.lemma().toLowerCase(Locale.ROOT)));
  }

  /**
   * The definite event noun phrase right after the "after"/"before" that follows {@code span}: determiner (or a
   * possessive "X's"), optional modifiers, and a listed event noun as its head, followed by punctuation, a
   * preposition, a conjunction or the end of the sentence (not by a verb: "after the blast killed nine" is a
   * clause, see {@link EventAnchors}).
   */
  static Optional<Phrase> after(Sentence s, Span span) {
    List<Token> tokens = s.tokens();
    int i = 0;
    while (i < tokens.size() && tokens.get(i).span().start() < span.end()) {
      i++;
    }
    if (i + 2 >= tokens.size() || !tokens.get(i).text().toLowerCase(Locale.ROOT).matches("after|before")) {
      return Optional.empty();
    }
    int first = i + 1;
    int j = first;
    boolean definite = DETERMINERS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))
        || tokens.get(j).pos().equals("PRP$");
    if (!definite && j + 1 < tokens.size() && tokens.get(j + 1).pos().equals("POS")) {
      definite = true;
      j++;
    }
    if (!definite) {
      return Optional.empty();
    }
    j++;
    int head = -1;
    while (j < tokens.size() && (tokens.get(j).isNoun() || tokens.get(j).pos().startsWith("JJ")
        || tokens.get(j).pos().equals("POS") || tokens.get(j).pos().equals("HYPH"))) {
      head = tokens.get(j).isNoun() && !tokens.get(j).isProperNoun() ? j : head;
      j++;
    }
    if (head < 0 || head != j - 1 || j < tokens.size() && tokens.get(j).isVerb()) {
      return Optional.empty();
    }
    Token h = tokens.get(head);
    Span np = new Span(tokens.get(first).span().start(), h.span().end());
    String text = String.join(" ", tokens.subList(first, head + 1).stream().map(Token::text).toList());
    return kindOf(h).map(k -> new Phrase(text, k, np, s.index()));
  }

  /**
   * The day-precision expression dating the nearest mention of the phrase's kind of event: mentions in the
   * phrase's sentence first (the phrase itself included: "after Sunday's blast", "after the blast on Sunday"),
   * then sentence by sentence backwards. Empty when no mention is dated.
   */
  static Optional<Resolver.Resolved> dateOf(Phrase p, Annotation a, List<Quotes.Quote> quotes,
      List<Resolver.Resolved> resolved) {
    for (int si = p.sentence(); si >= 0; si--) {
      Sentence s = a.sentences().get(si);
      List<Token> tokens = s.tokens();
      for (int k = tokens.size() - 1; k >= 0; k--) {
        Token t = tokens.get(k);
        boolean later = si == p.sentence() && t.span().start() >= p.span().end();
        boolean word = (t.isNoun() || t.isVerb()) && kindOf(t).filter(x -> x == p.kind()).isPresent();
        if (!later && word) {
          Optional<Resolver.Resolved> d = datedNear(s, k, resolved, quotes);
          if (d.isPresent()) {
            return d;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A resolved day in sentence {@code s} within {@link #NEAR} tokens of token {@code k}, no break between. */
  private static Optional<Resolver.Resolved> datedNear(Sentence s, int k, List<Resolver.Resolved> resolved,
      List<Quotes.Quote> quotes) {
    List<Token> tokens = s.tokens();
    Resolver.Resolved best = null;
    int bestGap = Integer.MAX_VALUE;
    for (Resolver.Resolved r : resolved) {
      if (r.sentence() != s.index() || !r.isDay() || Quotes.around(quotes, r.mention().span()).isPresent()) {
        continue;
      }
      Span span = r.mention().span();
      Span word = tokens.get(k).span();
      int from = Math.min(word.end(), span.end());
      int to = Math.max(word.start(), span.start());
      List<Token> between = tokens.stream()
          .filter(t -> t.span().start() >= from && t.span().end() <= to).toList();
      boolean broken = between.stream().anyMatch(t -> BREAKS.contains(t.text()) || BREAKS.contains(t.pos()));
      if (!broken && between.size() <= NEAR && between.size() < bestGap) {
        best = r;
        bestGap = between.size();
      }
    }
    return Optional.ofNullable(best);
  }
}
