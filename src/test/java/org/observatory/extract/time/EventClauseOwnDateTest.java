package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.record.TimeExpression;

/** Invented sentences: an event clause after "after"/"before" that states its own date is dated by it. */
class EventClauseOwnDateTest {

  /** Monday. */
  private static final LocalDate REF = LocalDate.of(2020, 2, 3);

  private static TimeExpression only(Texts t, String text) {
    List<TimeExpression> all = new Resolver(REF).resolve(t.annotation());
    return all.stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void twoDaysAfterAClauseWithItsOwnDateCountsFromThatDateNotFromAnEarlierMentionOfTheSameAct() {
    Texts t = new Texts()
        .sentence("The/DT minister/NN spoke/VBD/speak on/IN Monday/NNP last/JJ week/NN ./.")
        .timex("Monday", "DATE", "XXXX-WXX-1")
        .sentence("Two/CD days/NNS after/IN the/DT minister/NN spoke/VBD/speak on/IN Thursday/NNP ,/, troops/NNS "
            + "left/VBD/leave ./.")
        .timex("Two days", "DURATION", "P2D")
        .timex("Thursday", "DATE", "XXXX-WXX-4");
    TimeExpression e = only(t, "Two days");
    assertThat(e.value()).isEqualTo("2020-02-01");
    assertThat(e.derivation()).isEqualTo("event");
  }

  @Test
  void capitalisedHoursOpeningASentenceIsAnOffsetFromTheClauseThatFollows() {
    Texts t = new Texts()
        .sentence("Hours/NNS after/IN the/DT truce/NN expired/VBD/expire on/IN Saturday/NNP ,/, rebels/NNS "
            + "shelled/VBD/shell a/DT checkpoint/NN ./.")
        .timex("Saturday", "DATE", "XXXX-WXX-6");
    TimeExpression e = only(t, "Hours");
    assertThat(e.value()).isEqualTo("2020-02-01");
    assertThat(e.derivation()).isEqualTo("event");
  }
}
