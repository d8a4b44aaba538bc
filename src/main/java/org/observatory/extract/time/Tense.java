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
  /** Verbs whose present tense looks ahead ("plans a speech Tuesday night"). */
  private static final Set<String> PLANNING_VERBS = Set.of("plan", "schedule", "intend");
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
      Tense tense = bareParticiple(tokens, t.index()) ? PAST : of(tokens, t.index());
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

  private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", "``", "''", "\"", "--", "-LRB-", "(");
  private static final Set<String> BE_HAVE = Set.of("be", "have");
  private static final int REACH = 12;

  /**
   * The tense of the verb that governs {@code target}: the nearest verb to its left in the same clause (no comma,
   * colon, quote or dash in between, at most twelve words away). A past participle without an auxiliary ("the terms,
   * announced Friday") is past; with one, the auxiliary decides ("will be announced" is future). An infinitive
   * ("agreed to acquire ... in January") is future after a planning word ("planning to drive ... on Monday") or a
   * form of be ("is to resume trading Tuesday"), and
   * otherwise unknown, so a past reporting verb does not push its complement into the past. Without a verb on the
   * left in the clause, falls back to {@link #around}.
   */
  public static Tense governing(Sentence sentence, Span target) {
    List<Token> tokens = sentence.tokens();
    int first = firstTokenAt(tokens, target);
    for (int i = first - 1; i >= 0 && i >= first - REACH; i--) {
      Token t = tokens.get(i);
      if (placeComma(tokens, i)) {
        continue;
      }
      if (BOUNDARIES.contains(t.text()) || t.pos().equals(",") || t.pos().equals(":")) {
        break;
      }
      if (!t.span().overlaps(target) && !t.isVerb() && of(tokens, i) == FUTURE) {
        return FUTURE;
      }
      if (t.span().overlaps(target) || !t.isVerb()) {
        continue;
      }
      Tense g = ofVerbGroup(tokens, i);
      if (g != null) {
        return g;
      }
    }
    return around(sentence, target);
  }

  /**
   * Tense of the verb group ending at token {@code i} (a verb or modal); null for a gerund or bare verb that says
   * nothing, so the caller looks further left ("is to resume trading in Paris Tuesday").
   */
  private static Tense ofVerbGroup(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    Tense own = of(tokens, i);
    if (own != UNKNOWN) {
      return own;
    }
    int aux = auxiliaryBefore(tokens, i);
    if (aux >= 0) {
      Tense a = of(tokens, aux);
      if (a == PRESENT && t.pos().equals("VBN") && tokens.get(aux).lemma().equals("have")) {
        return PAST;
      }
      return a == UNKNOWN ? ofVerbGroup(tokens, aux) : a;
    }
    if (t.pos().equals("VB") && i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("to")) {
      return i > 1 && planning(tokens.get(i - 2)) ? FUTURE : implicative(tokens, i - 2);
    }
    return t.pos().equals("VBN") ? PAST : null;
  }

  /**
   * A past participle with no auxiliary or "to" before it ("On Wednesday gunmen killed three", which the tagger
   * may read as a participle; "five killed on Friday"): past. Not when its agent follows ("shares tendered by
   * shareholders through Nov. 17"): a passive participle describing a noun tells nothing of when.
   */
  private static boolean bareParticiple(List<Token> tokens, int i) {
    boolean infinitive = i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("to");
    boolean agent = i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("by");
    return tokens.get(i).pos().equals("VBN") && !infinitive && !agent && auxiliaryBefore(tokens, i) < 0;
  }

  /** A comma inside a place name ("Peoria, Ill., bank"): between two proper nouns, or closing "X, Y,". */
  private static boolean placeComma(List<Token> tokens, int i) {
    if (!tokens.get(i).text().equals(",") || i == 0 || !proper(tokens.get(i - 1))) {
      return false;
    }
    boolean between = i + 1 < tokens.size() && proper(tokens.get(i + 1));
    boolean closing = i >= 3 && tokens.get(i - 2).text().equals(",") && proper(tokens.get(i - 3));
    return between || closing;
  }

  private static boolean proper(Token t) {
    return t.pos().startsWith("NNP");
  }

  /** The auxiliary (a form of be/have or a modal) right before verb {@code i}, skipping adverbs; -1 if none. */
  private static int auxiliaryBefore(List<Token> tokens, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
      Token t = tokens.get(j);
      if (t.pos().startsWith("RB")) {
        continue;
      }
      boolean aux = t.pos().equals("MD") || (t.isVerb() && BE_HAVE.contains(t.lemma()));
      return aux ? j : -1;
    }
    return -1;
  }

  /**
   * Verbs whose infinitive complement happened when they did: "forced the army to pull back", "managed to escape",
   * "tried to flee".
   */
  private static final Set<String> IMPLICATIVE = Set.of("force", "compel", "oblige", "manage", "attempt", "try",
      "begin", "start", "continue", "fail");

  /**
   * PAST when the nearest verb left of an infinitive (at most three words before its "to") is a past-tense
   * implicative verb ("forced the army to pull back late on Friday"), else UNKNOWN.
   */
  private static Tense implicative(List<Token> tokens, int from) {
    for (int j = from; j >= 0 && j >= from - 3; j--) {
      Token v = tokens.get(j);
      if (v.isVerb()) {
        return IMPLICATIVE.contains(v.lemma()) && v.pos().equals("VBD") ? PAST : UNKNOWN;
      }
    }
    return UNKNOWN;
  }

  private static boolean planning(Token t) {
    return FUTURE_WORDS.contains(t.text().toLowerCase()) || t.lemma().equals("be") || t.lemma().equals("plan")
        || t.lemma().equals("expect") || t.lemma().equals("intend") || t.lemma().equals("schedule");
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
      if (PLANNING_VERBS.contains(lemma)) {
        return FUTURE;
      }
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
