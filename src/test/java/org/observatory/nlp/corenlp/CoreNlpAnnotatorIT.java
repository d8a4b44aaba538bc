package org.observatory.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;
import org.observatory.testing.Annotators;

class CoreNlpAnnotatorIT {

  private static final String TEXT = "Turkey sent a convoy to Idlib on Sunday.\n\nErdogan said on Friday that “we will act”.";

  @Test
  void tokenOffsetsPointAtTheTokenTextInTheOriginalString() {
    Annotation a = Annotators.full().annotate(new AnnotationRequest(TEXT, LocalDate.of(2020, 2, 3)));
    assertThat(a.sentences()).hasSize(2);
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        assertThat(t.span().of(TEXT)).isEqualTo(t.text());
      }
      assertThat(s.dependencies()).anyMatch(d -> d.isRoot());
    }
  }

  @Test
  void sutimeResolvesWeekdaysAgainstTheReferenceDate() {
    Annotation a = Annotators.full().annotate(new AnnotationRequest(TEXT, LocalDate.of(2020, 2, 3)));
    assertThat(a.timexes()).extracting(t -> t.text() + "=" + t.value())
        .contains("Sunday=2020-02-02", "Friday=2020-01-31");
  }

  @Test
  void namedEntitiesCarryFineGrainedTypes() {
    Annotation a = Annotators.full().annotate(new AnnotationRequest(TEXT, null));
    assertThat(a.entities()).extracting(e -> e.text() + "/" + e.type()).contains("Turkey/COUNTRY", "Erdogan/PERSON");
  }
}
