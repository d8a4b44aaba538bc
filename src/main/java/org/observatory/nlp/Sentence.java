package org.observatory.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.observatory.core.Span;

/**
 * One sentence with its tokens and dependency edges. Immutable.
 *
 * @param index 0-based position in the document
 * @param span UTF-16 offsets of the sentence in the document text
 * @param tokens tokens in order; {@code tokens.get(i).index() == i}
 * @param dependencies edges of the (enhanced++ when available) dependency graph; empty when parsing was off
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {

  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  /** Edges whose governor is {@code tokenIndex}. */
  public List<Dependency> children(int tokenIndex) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == tokenIndex) {
        out.add(d);
      }
    }
    return out;
  }

  /** Edges whose dependent is {@code tokenIndex} (more than one in an enhanced graph). */
  public List<Dependency> parents(int tokenIndex) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.dependent() == tokenIndex) {
        out.add(d);
      }
    }
    return out;
  }

  /** Index of the root token, if the sentence was parsed. */
  public Optional<Integer> root() {
    return dependencies.stream().filter(Dependency::isRoot).map(Dependency::dependent).findFirst();
  }

  /** Tokens whose span overlaps {@code span}, in order. */
  public List<Token> tokensIn(Span target) {
    return tokens.stream().filter(t -> t.span().overlaps(target)).toList();
  }
}
