package org.observatory.extract.quote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.extract.discourse.Phrases;
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
      Set<Integer> sub = Phrases.collect(sentence, d.dependent(), e -> true);
      if (keep >= 0 && sub.contains(keep)) {
        continue;
      }
      Token first = sentence.tokens().get(Collections.min(sub));
      Token last = sentence.tokens().get(Collections.max(sub));
      out.add(new Span(first.span().start(), last.span().end()));
    }
    return out;
  }
}
