package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.observatory.record.TimeExpression;

/** Invented sentences: past clauses that the tense rules used to leave open. */
class PastClauseTest {

  /** A Thursday. */
  private static final LocalDate THURSDAY = LocalDate.of(2031, 5, 15);

  private static TimeExpression only(Texts t, LocalDate ref, String text) {
    return new Resolver(ref).resolve(t.annotation()).stream().filter(e -> e.text().equals(text)).findFirst()
        .orElseThrow();
  }

  @Test
  void aWeekdayInTheInfinitiveOfAPastImplicativeVerbIsPast() {
    Texts t = new Texts().sentence("Shelling/NN forced/VBD/force the/DT convoy/NN to/TO turn/VB/turn back/RB "
        + "late/RB on/IN Friday/NNP ./.").timex("Friday", "DATE", "2031-05-16");
    assertThat(only(t, THURSDAY, "Friday").value()).isEqualTo("2031-05-09");
  }

  @Test
  void aWeekdayInTheInfinitiveOfAPromiseStaysOpen() {
    Texts t = new Texts().sentence("The/DT minister/NN promised/VBD/promise to/TO visit/VB/visit on/IN "
        + "Friday/NNP ./.").timex("Friday", "DATE", "2031-05-16");
    assertThat(only(t, THURSDAY, "Friday").value()).isEqualTo("2031-05-16");
  }

  @Test
  void aPastTenseSeasonThatHasNotYetBegunIsLastYears() {
    Texts t = new Texts().sentence("The/DT siege/NN ended/VBD/end in/IN the/DT summer/NN ./.")
        .timex("the summer", "DATE", "2031-SU");
    assertThat(only(t, LocalDate.of(2031, 2, 1), "the summer").value()).isEqualTo("2030-SU");
  }

  @Test
  void aWeekdayRightBeforeTheDateItNamesTakesThatDate() {
    Texts t = new Texts().sentence("Reuters/NNP Saturday/NNP 26/CD July/NNP 2031/CD Rebels/NNS shelled/VBD/shell "
        + "the/DT town/NN ./.").timex("Saturday", "DATE", "2031-05-10").timex("26 July 2031", "DATE", "2031-07-26");
    TimeExpression e = only(t, THURSDAY, "Saturday");
    assertThat(e.value()).isEqualTo("2031-07-26");
    assertThat(e.anchor()).isEqualTo("26 July 2031");
  }

  @Test
  void aWeekdayBeforeAVerbTaggedAsABareParticipleIsPast() {
    Texts t = new Texts().sentence("On/IN Saturday/NNP two/CD gunmen/NNS killed/VBN/kill a/DT guard/NN ./.")
        .timex("Saturday", "DATE", "2031-05-17");
    assertThat(only(t, THURSDAY, "Saturday").value()).isEqualTo("2031-05-10");
  }

  @Test
  void aPassiveParticipleWithItsAgentDescribesANounSoTheModalGivesTheTense() {
    Texts t = new Texts().sentence("The/DT fund/NN will/MD/will buy/VB/buy bonds/NNS offered/VBN/offer by/IN "
        + "lenders/NNS until/IN May/NNP 30/CD ./.");
    org.observatory.nlp.Sentence s = t.annotation().sentences().get(0);
    int at = t.text().indexOf("May 30");
    assertThat(Tense.around(s, new org.observatory.core.Span(at, at + 6))).isEqualTo(Tense.FUTURE);
  }

  @Test
  void aWeekdayAfterDueToIsFutureEvenWhenTheVerbIsTaggedAsANoun() {
    Texts t = new Texts().sentence("The/DT envoy/NN is/VBZ/be due/JJ to/TO lunch/NN with/IN the/DT mayor/NN "
        + "on/IN Tuesday/NNP ./.").timex("Tuesday", "DATE", "2031-05-13");
    assertThat(only(t, THURSDAY, "Tuesday").value()).isEqualTo("2031-05-20");
  }

  @Test
  void aWeekdayThatLostItsApostropheBeforeANounIsThatDay() {
    Texts t = new Texts().sentence("Police/NNS gave/VBD/give no/DT details/NNS on/IN Tuesdays/NNPS blast/NN ./.");
    assertThat(only(t, THURSDAY, "Tuesday").value()).isEqualTo("2031-05-13");
  }

  @Test
  void aWeekdayInThePluralAfterOnIsNoDay() {
    Texts t = new Texts().sentence("The/DT market/NN opens/VBZ/open on/IN Tuesdays/NNPS and/CC Fridays/NNPS ./.");
    assertThat(new Resolver(THURSDAY).resolve(t.annotation())).isEmpty();
  }

  @Test
  void aWeekdayAfterAPresentTensePlanningVerbIsFuture() {
    Texts t = new Texts().sentence("The/DT mayor/NN plans/VBZ/plan a/DT rally/NN in/IN the/DT square/NN "
        + "Tuesday/NNP night/NN ./.").timex("Tuesday night", "TIME", "2031-05-13TNI");
    assertThat(only(t, THURSDAY, "Tuesday night").value()).isEqualTo("2031-05-20TNI");
  }
}
