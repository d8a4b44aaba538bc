package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.observatory.record.TimeExpression;

/** Invented sentences: "a day later", "ten months later" anchored to a date a few sentences back. */
class LaterOffsetTest {

  private static final LocalDate REF = LocalDate.of(2031, 5, 14);

  private static TimeExpression only(Texts t, String text) {
    return new Resolver(REF).resolve(t.annotation()).stream().filter(e -> e.text().equals(text)).findFirst()
        .orElseThrow();
  }

  @Test
  void aDayLaterTakesTheDayStatedTwoSentencesBefore() {
    Texts t = new Texts()
        .sentence("Gunmen/NNS stormed/VBD/storm the/DT depot/NN on/IN March/NNP 3/CD ./.")
        .sentence("The/DT governor/NN called/VBD/call it/PRP a/DT crime/NN ./.")
        .sentence("A/DT day/NN later/RB police/NNS arrested/VBD/arrest two/CD men/NNS ./.")
        .timex("March 3", "DATE", "2031-03-03").timex("A day", "DATE", "2031-05-15");
    TimeExpression e = only(t, "A day");
    assertThat(e.value()).isEqualTo("2031-03-04");
    assertThat(e.derivation()).isEqualTo("anchor");
    assertThat(e.anchor()).isEqualTo("March 3");
  }

  @Test
  void monthsLaterTakesAMonthStatedBefore() {
    Texts t = new Texts()
        .sentence("She/PRP left/VBD/leave home/NN in/IN June/NNP 2030/CD ./.")
        .sentence("Eight/CD months/NNS later/RB ,/, she/PRP is/VBZ/be back/RB ./.")
        .timex("June 2030", "DATE", "2030-06").timex("Eight months later", "DATE", "2032-01");
    assertThat(only(t, "Eight months later").value()).isEqualTo("2031-02");
  }

  @Test
  void aPastEventIsNeverDatedLaterThanTheReportByALaterOffset() {
    Texts t = new Texts()
        .sentence("Two/CD weeks/NNS later/RB ,/, the/DT envoy/NN resigned/VBD/resign ./.")
        .timex("Two weeks later", "DATE", "2031-W22");
    TimeExpression e = only(t, "Two weeks later");
    assertThat(e.value()).isNull();
    assertThat(e.derivation()).isEqualTo("unresolved");
  }

  @Test
  void earlierInTheDayIsTheDayOfTheDateBefore() {
    Texts t = new Texts()
        .sentence("A/DT shell/NN hit/VBD/hit the/DT market/NN on/IN Monday/NNP ./.")
        .sentence("Earlier/RBR in/IN the/DT day/NN ,/, a/DT car/NN bomb/NN exploded/VBD/explode ./.")
        .timex("Monday", "DATE", "2031-05-12");
    TimeExpression e = only(t, "Earlier in the day");
    assertThat(e.value()).isEqualTo("2031-05-12");
    assertThat(e.anchor()).isEqualTo("Monday");
  }

  @Test
  void aPastDayLaterReachesFurtherBackWhenTheReportCannotBeItsAnchor() {
    Texts t = new Texts().sentence("Gunmen/NNS stormed/VBD/storm the/DT depot/NN on/IN March/NNP 3/CD ./.");
    for (int i = 0; i < 5; i++) {
      t.sentence("Officials/NNS condemned/VBD/condemn it/PRP ./.");
    }
    t.sentence("A/DT day/NN later/RB police/NNS arrested/VBD/arrest two/CD men/NNS ./.")
        .timex("March 3", "DATE", "2031-03-03").timex("A day", "DATE", "2031-05-15");
    assertThat(only(t, "A day").value()).isEqualTo("2031-03-04");
  }

  @Test
  void aPresentClauseMonthsLaterReachesBackForItsMonth() {
    Texts t = new Texts().sentence("She/PRP left/VBD/leave home/NN in/IN June/NNP 2030/CD ./.");
    for (int i = 0; i < 4; i++) {
      t.sentence("Her/PRP$ father/NN worried/VBD/worry ./.");
    }
    t.sentence("Eight/CD months/NNS later/RB ,/, she/PRP is/VBZ/be back/RB ./.")
        .timex("June 2030", "DATE", "2030-06").timex("Eight months later", "DATE", "2032-01");
    assertThat(only(t, "Eight months later").value()).isEqualTo("2031-02");
  }

  @Test
  void hoursLaterIsTheDayOfTheDateBeforeAndDawnIsItsMorning() {
    Texts t = new Texts()
        .sentence("Jets/NNS struck/VBD/strike the/DT bridge/NN on/IN Monday/NNP ./.")
        .sentence("Hours/NNS later/RB ,/, gunmen/NNS attacked/VBD/attack at/IN dawn/NN ./.")
        .timex("Monday", "DATE", "2031-05-12");
    assertThat(only(t, "Hours later").value()).isEqualTo("2031-05-12");
    assertThat(only(t, "dawn").value()).isEqualTo("2031-05-12TMO");
  }

  @Test
  void theNightBeforeWithNoObjectIsTheNightOfTheDayBeforeTheDateStatedBefore() {
    Texts t = new Texts()
        .sentence("Rebels/NNS took/VBD/take the/DT ridge/NN on/IN March/NNP 3/CD ./.")
        .sentence("Jets/NNS had/VBD/have bombed/VBN/bomb it/PRP the/DT night/NN before/RB ,/, a/DT medic/NN said/VBD/say ./.")
        .timex("March 3", "DATE", "2031-03-03");
    Texts u = new Texts()
        .sentence("Rebels/NNS took/VBD/take the/DT ridge/NN on/IN March/NNP 3/CD ./.")
        .sentence("The/DT day/NN after/IN ,/, talks/NNS began/VBD/begin ./.")
        .timex("March 3", "DATE", "2031-03-03");
    assertThat(only(t, "the night before").value()).isEqualTo("2031-03-02TNI");
    assertThat(only(t, "the night before").type()).isEqualTo("TIME");
    assertThat(only(u, "The day after").value()).isEqualTo("2031-03-04");
  }

  @Test
  void theNightAfterAnAnchoredDayIsTheNightOfTheNextDayOfDayPrecision() {
    Texts t = new Texts()
        .sentence("Floodwater/NN reached/VBD/reach the/DT mill/NN on/IN May/NNP 2/CD ./.")
        .sentence("Volunteers/NNS arrived/VBD/arrive the/DT night/NN after/RB ./.")
        .timex("May 2", "DATE", "2031-05-02");
    TimeExpression e = only(t, "the night after");
    assertThat(e.value()).isEqualTo("2031-05-03TNI");
    assertThat(e.type()).isEqualTo("TIME");
    assertThat(e.precision()).isEqualTo("day");
    assertThat(e.derivation()).isEqualTo("anchor");
    assertThat(e.anchor()).isEqualTo("May 2");
  }

  @Test
  void theDayBeforeAnEventIsNotTakenWhole() {
    Texts t = new Texts()
        .sentence("Rebels/NNS left/VBD/leave on/IN March/NNP 3/CD ,/, the/DT day/NN before/IN the/DT vote/NN ./.")
        .timex("March 3", "DATE", "2031-03-03");
    assertThat(new Resolver(REF).resolve(t.annotation())).extracting(TimeExpression::text)
        .containsExactly("March 3");
  }
}
