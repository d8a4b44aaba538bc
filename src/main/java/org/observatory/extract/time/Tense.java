package org.observatory.extract.time;

import java.util.List;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/** Grammatical time of the clause around a time expression, guessed from part-of-speech tags. */
public enum Tense {
  PAST,
  PRESENT,
  FUTURE,
  UNKNOWN;

  private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo", "would", "'d");
  private static final Set<String> FUTURE_WORDS =
      Set.of("planned", "plans", "plan", "scheduled", "due", "expected", "set", "going", "intends", "upcoming");

  /**
   * The tense of the finite verb nearest to {@code target} in {@code sentence} (ties prefer the left side).
   * Perfect ("has withdrawn") counts as past, modal "will"/"would" and "due to"/"scheduled to" as future.
   */
  public static Tense around(Sentence sentence, Span target) {
    List<Token> tokens = sentence.tokens();
    int anchor = firstTokenAt(tokens, target);
    Tense best = UNKNOWN;
    int bestDistance = Integer.MAX_VALUE;
    for (Token t : tokens) {
      if (t.span().overlaps(target)) {
        continue;
      }
      Tense tense = of(tokens, t.index());
      if (tense == UNKNOWN) {
        continue;
      }
      int d = Math.abs(t.index() - anchor) * 2 + (t.index() > anchor ? 1 : 0);
      if (d < bestDistance) {
        bestDistance = d;
        best = tense;
      }
    }
    return best;
  }

  private static int firstTokenAt(List<Token> tokens, Span target) {
    for (Token t : tokens) {
      if (t.span().end() > target.start()) {
        return t.index();
      }
    }
    return tokens.isEmpty() ? 0 : tokens.size() - 1;
  }

  /** Tense signalled by token {@code i} alone (with a look at its neighbours), UNKNOWN for non-finite words. */
  static Tense of(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String w = t.text().toLowerCase();
    String pos = t.pos();
    if (pos.equals("MD")) {
      return FUTURE_MODALS.contains(w) ? FUTURE : PRESENT;
    }
    if (FUTURE_WORDS.contains(w) && i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("to")) {
      return FUTURE;
    }
    if (pos.equals("VBD")) {
      return PAST;
    }
    if (pos.equals("VBZ") || pos.equals("VBP")) {
      String lemma = t.lemma();
      if (lemma.equals("have") && i + 1 < tokens.size() && nextIsParticiple(tokens, i)) {
        return PAST;
      }
      return PRESENT;
    }
    return UNKNOWN;
  }

  private static boolean nextIsParticiple(List<Token> tokens, int i) {
    for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
      if (tokens.get(j).pos().equals("VBN")) {
        return true;
      }
    }
    return false;
  }
}
