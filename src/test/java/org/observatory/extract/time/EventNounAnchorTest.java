package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.record.TimeExpression;

class EventNounAnchorTest {

  /** Monday. */
  private static final LocalDate REF = LocalDate.of(2020, 2, 3);

  private static TimeExpression only(Texts t, String text) {
    List<TimeExpression> all = new Resolver(REF).resolve(t.annotation());
    return all.stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void hoursAfterTheBlastIsTheDayOnWhichTheBombExploded() {
    Texts t = new Texts()
        .sentence("A/DT car/NN bomb/NN exploded/VBD/explode on/IN Sunday/NNP near/IN the/DT depot/NN ./.")
        .sentence("Police/NNS sealed/VBD/seal the/DT roads/NNS hours/NNS after/IN the/DT blast/NN ./.")
        .timex("Sunday", "DATE", "XXXX-WXX-7");
    TimeExpression e = only(t, "hours");
    assertThat(e.type()).isEqualTo("DATE");
    assertThat(e.value()).isEqualTo("2020-02-02");
    assertThat(e.precision()).isEqualTo("day");
    assertThat(e.derivation()).isEqualTo("event");
    assertThat(e.anchor()).isEqualTo("the blast");
  }

  @Test
  void twoDaysAfterTheAttackCountsFromTheDatedAssault() {
    Texts t = new Texts()
        .sentence("Gunmen/NNS launched/VBD/launch an/DT assault/NN on/IN the/DT barracks/NN on/IN Wednesday/NNP ./.")
        .timex("Wednesday", "DATE", "XXXX-WXX-3")
        .sentence("Two/CD days/NNS after/IN the/DT attack/NN ,/, the/DT mayor/NN toured/VBD/tour the/DT site/NN ./.")
        .timex("Two days", "DURATION", "P2D");
    TimeExpression e = only(t, "Two days");
    assertThat(e.value()).isEqualTo("2020-01-31");
    assertThat(e.derivation()).isEqualTo("event");
  }

  @Test
  void aDayBeforeTheVoteCountsBackFromAPossessiveDate() {
    Texts t = new Texts()
        .sentence("Tuesday/NNP 's/POS referendum/NN drew/VBD/draw few/JJ voters/NNS ./.")
        .timex("Tuesday", "DATE", "XXXX-WXX-2")
        .sentence("A/DT day/NN before/IN the/DT vote/NN ,/, crowds/NNS marched/VBD/march ./.")
        .timex("A day", "DURATION", "P1D");
    TimeExpression e = only(t, "A day");
    assertThat(e.value()).isEqualTo("2020-01-27");
    assertThat(e.anchor()).isEqualTo("the vote");
  }

  @Test
  void anEventNounNoSentenceDatesKeepsItsDurationAndIsNotGivenTheDocumentDate() {
    Texts t = new Texts()
        .sentence("An/DT explosion/NN shook/VBD/shake the/DT harbour/NN ./.")
        .sentence("Two/CD days/NNS after/IN the/DT blast/NN ,/, ferries/NNS sailed/VBD/sail again/RB ./.")
        .timex("Two days", "DURATION", "P2D");
    TimeExpression e = only(t, "Two days");
    assertThat(e.type()).isEqualTo("DURATION");
    assertThat(e.value()).isEqualTo("P2D");
    assertThat(e.derivation()).isNotEqualTo("event");
  }

  @Test
  void aDateBeyondACommaOrOfAnotherKindOfEventDoesNotDateTheNoun() {
    Texts t = new Texts()
        .sentence("The/DT summit/NN ended/VBD/end ,/, and/CC on/IN Friday/NNP the/DT rain/NN began/VBD/begin ./.")
        .timex("Friday", "DATE", "XXXX-WXX-5")
        .sentence("Two/CD days/NNS after/IN the/DT meeting/NN ,/, a/DT dinner/NN on/IN Sunday/NNP followed/VBD/follow ./.")
        .timex("Two days", "DURATION", "P2D").timex("Sunday", "DATE", "XXXX-WXX-7");
    assertThat(only(t, "Two days").value()).isEqualTo("P2D");
  }

  @Test
  void anOffsetThatWouldPutAPastClauseAfterTheReportIsNotTakenFromTheEvent() {
    Texts t = new Texts()
        .sentence("Rockets/NNS struck/VBD/strike the/DT port/NN in/IN an/DT attack/NN on/IN Saturday/NNP ./.")
        .timex("Saturday", "DATE", "XXXX-WXX-6")
        .sentence("Three/CD days/NNS after/IN the/DT assault/NN ,/, cranes/NNS resumed/VBD/resume work/NN ./.")
        .timex("Three days", "DURATION", "P3D");
    assertThat(only(t, "Three days").value()).isEqualTo("P3D");
  }

  @Test
  void theLexiconPutsSynonymsInOneClassAndLeavesOtherNounsOut() {
    var classes = EventNouns.parse(List.of("# comment", "blast explosion bombing", "vote election"));
    assertThat(classes.get("explosion")).isEqualTo(classes.get("blast"));
    assertThat(classes.get("election")).isNotEqualTo(classes.get("blast"));
    assertThat(classes).doesNotContainKey("dinner");
  }
}
