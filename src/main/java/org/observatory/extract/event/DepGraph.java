package org.observatory.extract.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.nlp.Dependency;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/** Read-only navigation over one sentence's dependency edges. Immutable. */
final class DepGraph {

  private static final Set<String> PHRASE_RELS = Set.of("compound", "flat", "amod", "nummod", "nmod:poss", "det");

  private final Sentence sentence;

  DepGraph(Sentence sentence) {
    this.sentence = sentence;
  }

  Sentence sentence() {
    return sentence;
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  String lemma(int i) {
    return token(i).lemma().toLowerCase(Locale.ROOT);
  }

  /** Dependents of {@code i} whose relation equals one of {@code rels} or starts with {@code rel + ":"}. */
  List<Integer> children(int i, String... rels) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : sentence.children(i)) {
      if (d.dependent() != i && matches(d.relation(), rels)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** Dependents of {@code i} with their relation. */
  List<Dependency> edges(int i) {
    return sentence.children(i);
  }

  Optional<Integer> child(int i, String... rels) {
    List<Integer> c = children(i, rels);
    return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
  }

  /** The first (basic) governing edge of {@code i}, if any. */
  Optional<Dependency> head(int i) {
    for (Dependency d : sentence.parents(i)) {
      if (!d.isRoot() && !d.relation().equals("ref") && d.governor() != i) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  static boolean matches(String relation, String... rels) {
    for (String r : rels) {
      if (relation.equals(r) || relation.startsWith(r + ":")) {
        return true;
      }
    }
    return false;
  }

  /** The lemma of the first {@code case} or {@code mark} dependent, lower-cased, or "". */
  String marker(int i) {
    for (int c : children(i, "case", "mark")) {
      return lemma(c);
    }
    return "";
  }

  /** Tokens of the subtree under {@code i}, following edges other than {@code excluded} relations. */
  BitSet subtree(int i, Set<String> excluded) {
    BitSet seen = new BitSet();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(i);
    seen.set(i);
    while (!todo.isEmpty()) {
      int t = todo.pop();
      for (Dependency d : sentence.children(t)) {
        int c = d.dependent();
        if (!seen.get(c) && !excluded.contains(d.baseRelation()) && !d.relation().equals("ref")) {
          seen.set(c);
          todo.push(c);
        }
      }
    }
    return seen;
  }

  /** Span of the compact noun phrase headed by {@code i} (head plus compounds, flat names, adjectives). */
  Span phrase(int i) {
    int lo = i;
    int hi = i;
    Deque<Integer> todo = new ArrayDeque<>(List.of(i));
    while (!todo.isEmpty()) {
      int t = todo.pop();
      for (Dependency d : sentence.children(t)) {
        if (PHRASE_RELS.contains(d.relation()) && Math.abs(d.dependent() - i) <= 6 && d.dependent() != t) {
          lo = Math.min(lo, d.dependent());
          hi = Math.max(hi, d.dependent());
          if (!d.relation().equals("det")) {
            todo.push(d.dependent());
          }
        }
      }
    }
    return new Span(token(lo).span().start(), token(hi).span().end());
  }

  /** Span from the first to the last token set in {@code tokens}. */
  Span span(BitSet tokens) {
    int first = tokens.nextSetBit(0);
    int last = tokens.length() - 1;
    return new Span(token(first).span().start(), token(last).span().end());
  }

  /** Index of the token containing {@code offset}, or -1. */
  int tokenAt(int offset) {
    for (Token t : sentence.tokens()) {
      if (t.span().start() <= offset && offset < t.span().end()) {
        return t.index();
      }
    }
    return -1;
  }

  /** The head token among the tokens overlapping {@code span}: the one whose governor lies outside it. */
  int headOf(Span span) {
    List<Token> inside = sentence.tokensIn(span);
    for (Token t : inside) {
      Optional<Dependency> h = head(t.index());
      if (h.isEmpty() || !span.overlaps(token(h.get().governor()).span())) {
        return t.index();
      }
    }
    return inside.isEmpty() ? -1 : inside.get(inside.size() - 1).index();
  }

  int size() {
    return sentence.tokens().size();
  }
}
