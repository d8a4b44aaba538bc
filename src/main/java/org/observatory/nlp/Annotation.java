package org.observatory.nlp;

import java.util.List;
import java.util.Optional;
import org.observatory.core.Span;

/**
 * Everything the annotator produced for one text. Immutable; offsets point into the annotated text.
 *
 * @param sentences sentences in order
 * @param entities named-entity mentions in text order
 * @param timexes SUTime's TIMEX3 expressions in text order (empty when SUTime was off)
 */
public record Annotation(List<Sentence> sentences, List<EntityMention> entities, List<TimexMention> timexes) {

  public Annotation {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    timexes = List.copyOf(timexes);
  }

  /** The sentence whose span contains {@code offset}. */
  public Optional<Sentence> sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The sentence that overlaps {@code span} first. */
  public Optional<Sentence> sentenceOf(Span span) {
    return sentences.stream().filter(s -> s.span().overlaps(span)).findFirst();
  }
}
