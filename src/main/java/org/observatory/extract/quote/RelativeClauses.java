package org.observatory.extract.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import org.observatory.core.Span;
import org.observatory.nlp.Dependency;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * The relative clauses of a sentence ("the coalition, which launched its campaign last September, said"): a date
 * inside one dates what the clause tells, not the speech. Stateless.
 */
final class RelativeClauses {

  private RelativeClauses() {}

  /**
   * The offsets each {@code acl:relcl} subtree covers (from its first to its last token) that does not hold token
   * {@code keep} (the speech verb); empty when the sentence has no parse.
   */
  static List<Span> without(Sentence sentence, int keep) {
    List<Span> out = new ArrayList<>();
    for (Dependency d : sentence.dependencies()) {
      if (!d.relation().equals("acl:relcl")) {
        continue;
      }
      BitSet sub = subtree(sentence, d.dependent());
      if (keep >= 0 && sub.get(keep)) {
        continue;
      }
      Token first = sentence.tokens().get(sub.nextSetBit(0));
      Token last = sentence.tokens().get(sub.length() - 1);
      out.add(new Span(first.span().start(), last.span().end()));
    }
    return out;
  }

  private static BitSet subtree(Sentence sentence, int top) {
    BitSet seen = new BitSet();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(top);
    while (!todo.isEmpty()) {
      int t = todo.pop();
      if (t < 0 || t >= sentence.tokens().size() || seen.get(t)) {
        continue;
      }
      seen.set(t);
      for (Dependency c : sentence.children(t)) {
        todo.push(c.dependent());
      }
    }
    return seen;
  }
}
