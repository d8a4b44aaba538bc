package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.observatory.record.TimeExpression;

/** Invented sentences: stretches counted from the report are bounded by the document date. */
class StretchesTest {

  private static final LocalDate REF = LocalDate.of(2031, 5, 14);

  private static TimeExpression only(Texts t, String text) {
    return new Resolver(REF).resolve(t.annotation()).stream().filter(e -> e.text().equals(text)).findFirst()
        .orElseThrow();
  }

  @Test
  void thePastThreeDaysEndOnTheDocumentDate() {
    Texts t = new Texts().sentence("Jets/NNS have/VBP/have hit/VBN/hit five/CD bridges/NNS in/IN the/DT past/JJ "
        + "three/CD days/NNS ./.").timex("the past three days", "DURATION", "P3D");
    TimeExpression e = only(t, "the past three days");
    assertThat(e.value()).isEqualTo("P3D");
    assertThat(e.earliest()).isEqualTo("2031-05-11");
    assertThat(e.latest()).isEqualTo("2031-05-14");
  }

  @Test
  void theLastFewWeeksHaveOnlyAnUpperBound() {
    Texts t = new Texts().sentence("Hundreds/NNS fled/VBD/flee the/DT valley/NN in/IN the/DT last/JJ few/JJ "
        + "weeks/NNS ./.").timex("the last few weeks", "DURATION", "PXW");
    TimeExpression e = only(t, "the last few weeks");
    assertThat(e.earliest()).isNull();
    assertThat(e.latest()).isEqualTo("2031-05-14");
  }

  @Test
  void anOrderToLeaveWithinAMonthEndsAMonthAfterTheReport() {
    Texts t = new Texts().sentence("The/DT council/NN ordered/VBD/order the/DT unit/NN to/TO leave/VB within/IN "
        + "a/DT month/NN ./.").timex("a month", "DURATION", "P1M");
    TimeExpression e = only(t, "a month");
    assertThat(e.earliest()).isEqualTo("2031-05-14");
    assertThat(e.latest()).isEqualTo("2031-06-14");
  }

  @Test
  void aPastWithinIsNotCountedFromTheReport() {
    Texts t = new Texts().sentence("The/DT unit/NN left/VBD/leave within/IN a/DT month/NN ./.")
        .timex("a month", "DURATION", "P1M");
    assertThat(only(t, "a month").latest()).isNull();
  }

  @Test
  void aStretchTaggedWithItsPrepositionIsBoundedToo() {
    Texts t = new Texts().sentence("Thousands/NNS have/VBP/have fled/VBN/flee over/IN the/DT last/JJ two/CD "
        + "years/NNS ./.").timex("over the last two years", "DURATION", "P2Y");
    TimeExpression e = only(t, "over the last two years");
    assertThat(e.earliest()).isEqualTo("2029-05-14");
    assertThat(e.latest()).isEqualTo("2031-05-14");
  }

  @Test
  void aFutureInTwoDaysStartsOnTheReport() {
    Texts t = new Texts().sentence("The/DT ceasefire/NN will/MD end/VB/end in/IN two/CD days/NNS ./.")
        .timex("two days", "DURATION", "P2D");
    TimeExpression e = only(t, "two days");
    assertThat(e.earliest()).isEqualTo("2031-05-14");
    assertThat(e.latest()).isEqualTo("2031-05-16");
  }

  @Test
  void aPastInTwoDaysIsNotCountedFromTheReport() {
    Texts t = new Texts().sentence("The/DT town/NN fell/VBD/fall in/IN two/CD days/NNS ./.")
        .timex("two days", "DURATION", "P2D");
    assertThat(only(t, "two days").latest()).isNull();
  }

  @Test
  void theNextThirtyDaysStartOnTheDocumentDate() {
    Texts t = new Texts().sentence("Some/DT 9000/CD people/NNS could/MD leave/VB/leave over/IN the/DT next/JJ "
        + "30/CD days/NNS ./.").timex("the next 30 days", "DURATION", "P30D");
    TimeExpression e = only(t, "the next 30 days");
    assertThat(e.value()).isEqualTo("P30D");
    assertThat(e.earliest()).isEqualTo("2031-05-14");
    assertThat(e.latest()).isEqualTo("2031-06-13");
  }

  @Test
  void theNextFewMonthsHaveOnlyALowerBound() {
    Texts t = new Texts().sentence("Troops/NNS will/MD withdraw/VB/withdraw in/IN the/DT next/JJ few/JJ "
        + "months/NNS ./.").timex("the next few months", "DURATION", "PXM");
    TimeExpression e = only(t, "the next few months");
    assertThat(e.earliest()).isEqualTo("2031-05-14");
    assertThat(e.latest()).isNull();
  }
}
