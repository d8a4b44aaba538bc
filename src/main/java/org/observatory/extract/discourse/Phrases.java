package org.observatory.extract.discourse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.observatory.core.Span;
import org.observatory.nlp.Dependency;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/** Spans of phrases read off a sentence's dependency graph. Stateless and thread-safe. */
public final class Phrases {

  /** Relations that stay inside a name-like noun phrase ("Syria's Ministry of Foreign Affairs and Expatriates"). */
  private static final Set<String> NAME_RELATIONS = Set.of("det", "amod", "compound", "nmod:poss", "case", "flat",
      "nummod", "nmod:of", "nmod", "conj", "cc", "punct", "obl", "advmod", "compound:prt", "det:predet");

  /** Relations never followed because they point back up or out of the phrase in enhanced graphs. */
  private static final Set<String> BACK_RELATIONS = Set.of("ref", "nsubj:xsubj", "root");

  private Phrases() {}

  /** The token whose span contains {@code offset}, if any. */
  public static Optional<Token> tokenAt(Sentence s, int offset) {
    return s.tokens().stream().filter(t -> t.span().contains(offset)).findFirst();
  }

  /** Index of the first token starting at or after {@code offset}, or the token count. */
  public static int firstTokenFrom(Sentence s, int offset) {
    for (Token t : s.tokens()) {
      if (t.span().start() >= offset) {
        return t.index();
      }
    }
    return s.tokens().size();
  }

  /** First child of {@code head} whose relation satisfies {@code relation}, as a token index. */
  public static Optional<Integer> child(Sentence s, int head, Predicate<String> relation) {
    return s.children(head).stream().filter(d -> relation.test(d.relation())).map(Dependency::dependent)
        .findFirst();
  }

  /** All children of {@code head} whose relation satisfies {@code relation}, as token indices in text order. */
  public static List<Integer> children(Sentence s, int head, Predicate<String> relation) {
    return s.children(head).stream().filter(d -> relation.test(d.relation())).map(Dependency::dependent)
        .distinct().sorted().toList();
  }

  /** Span of a name-like noun phrase headed by {@code head}: modifiers, "of" complements and conjuncts. */
  public static Span namePhrase(Sentence s, int head) {
    return spanOf(s, collect(s, head, d -> NAME_RELATIONS.contains(d.relation())
        || d.relation().startsWith("nmod:") && !d.relation().equals("nmod:tmod")
        || d.relation().startsWith("conj")));
  }

  /** Span of a short noun phrase: the head with its left modifiers only ("Takfiri groups", "YPG militants"). */
  public static Span corePhrase(Sentence s, int head) {
    Set<Integer> keep = new HashSet<>();
    keep.add(head);
    for (int i = head - 1; i >= 0; i--) {
      Token t = s.tokens().get(i);
      boolean modifier = t.isNoun() || t.pos().equals("JJ") || t.pos().equals("HYPH") || t.pos().equals("VBN")
          || t.pos().equals("CD") || t.pos().equals("POS");
      if (!modifier) {
        break;
      }
      keep.add(i);
    }
    return spanOf(s, keep);
  }

  /** {@link #corePhrase} with a determiner or possessive pronoun right before it ("the official"). */
  public static Span determinedPhrase(Sentence s, int head) {
    Span core = corePhrase(s, head);
    int first = firstTokenFrom(s, core.start());
    if (first > 0) {
      Token before = s.tokens().get(first - 1);
      if (before.pos().equals("DT") || before.pos().equals("PRP$") || before.pos().equals("CD")) {
        return new Span(before.span().start(), core.end());
      }
    }
    return core;
  }

  /** Span of the whole subtree under {@code head} (no back edges), e.g. "reliable sources requesting anonymity". */
  public static Span subtree(Sentence s, int head) {
    return spanOf(s, collect(s, head, d -> !BACK_RELATIONS.contains(d.relation())
        && !d.relation().startsWith("punct")));
  }

  /** Token indices reachable from {@code head} along edges accepted by {@code follow}, head included. */
  public static Set<Integer> collect(Sentence s, int head, Predicate<Dependency> follow) {
    Set<Integer> seen = new HashSet<>();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(head);
    while (!todo.isEmpty()) {
      int t = todo.pop();
      if (!seen.add(t)) {
        continue;
      }
      for (Dependency d : s.children(t)) {
        if (!BACK_RELATIONS.contains(d.relation()) && follow.test(d) && d.dependent() != head) {
          todo.push(d.dependent());
        }
      }
    }
    return seen;
  }

  /** Smallest span covering the tokens, trimmed of leading and trailing punctuation tokens. */
  public static Span spanOf(Sentence s, Set<Integer> tokens) {
    int lo = tokens.stream().min(Integer::compare).orElseThrow();
    int hi = tokens.stream().max(Integer::compare).orElseThrow();
    while (lo < hi && isPunct(s.tokens().get(lo))) {
      lo++;
    }
    while (hi > lo && isPunct(s.tokens().get(hi))) {
      hi--;
    }
    return new Span(s.tokens().get(lo).span().start(), s.tokens().get(hi).span().end());
  }

  /** Span of the tokens {@code from..to} inclusive. */
  public static Span tokens(Sentence s, int from, int to) {
    return new Span(s.tokens().get(from).span().start(), s.tokens().get(to).span().end());
  }

  public static boolean isPunct(Token t) {
    return t.pos().equals(",") || t.pos().equals(".") || t.pos().equals(":") || t.pos().equals("``")
        || t.pos().equals("''") || t.pos().equals("-LRB-") || t.pos().equals("-RRB-") || t.pos().equals("HYPH");
  }
}
