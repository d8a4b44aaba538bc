package org.observatory.nlp;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to annotate.
 *
 * @param text the text, never null
 * @param referenceDate date that relative time expressions are resolved against by the annotator's own tagger;
 *     null when unknown (then no expression is resolved against the machine's clock)
 */
public record AnnotationRequest(String text, LocalDate referenceDate) {
  public AnnotationRequest {
    Objects.requireNonNull(text, "text");
  }
}
