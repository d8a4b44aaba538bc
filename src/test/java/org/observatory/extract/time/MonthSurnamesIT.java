package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.record.TimeExpression;
import org.observatory.testing.Annotators;

/**
 * Month surnames on CoreNLP's own tokens and tags: the annotator tags "Theresa May" a person but a later bare "May"
 * a date, which {@link MonthSurnames} undoes. Seen on real news (Guardian sample): "David Cameron, May's
 * predecessor" was dated May. The sentences here are invented.
 */
class MonthSurnamesIT {

  private static final LocalDate REF = LocalDate.of(2017, 6, 1);

  private static List<String> times(String text) {
    return new Resolver(REF, false).resolve(Annotators.full().annotate(new AnnotationRequest(text, REF))).stream()
        .map(TimeExpression::text).toList();
  }

  @Test
  void thePossessiveAndTheBareSurnameAreNoMonthOnceTheresaMayIsNamed() {
    String text = "Theresa May met the president in London. John Major, May's predecessor, did not agree. "
        + "A meeting between Trump and May followed. Talks with May resumed in May.";
    assertThat(times(text)).containsExactly("May");
  }

  @Test
  void withoutAPersonNamedMayThePossessiveStaysAMonth() {
    String text = "Officials met the president in London. May's figures were bad, and talks resumed on 5 May.";
    assertThat(times(text)).containsExactly("May", "5 May");
  }
}
