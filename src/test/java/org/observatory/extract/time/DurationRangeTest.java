package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.observatory.record.TimeExpression;

/**
 * Seen on real news (Guardian sample): "within four to six weeks" came out as two expressions, "four" and "six
 * weeks". TimeML annotates a range of one unit as one duration valued at its lower end ("two to three weeks" is
 * {@code P2W} in TimeBank). The sentences here are invented.
 */
class DurationRangeTest {

  private static final LocalDate REF = LocalDate.of(2031, 5, 14);

  @Test
  void aNumberToADurationIsOneDurationValuedAtItsLowerEnd() {
    Texts t = new Texts().sentence("Repairs/NNS will/MD take/VB two/CD to/TO three/CD days/NNS ./.")
        .timex("two", "DURATION", "P2D").timex("three days", "DURATION", "P3D");
    assertThat(new Resolver(REF).resolve(t.annotation())).extracting(TimeExpression::text, TimeExpression::type,
        TimeExpression::value).containsExactly(tuple("two to three days", "DURATION", "P2D"));
  }

  @Test
  void aRangeWhoseLowerEndTheTaggerMissedIsWidened() {
    Texts t = new Texts().sentence("The/DT wells/NNS dry/VBP up/RP within/IN 8-10/CD weeks/NNS ./.")
        .timex("10 weeks", "DURATION", "P10W");
    Texts u = new Texts().sentence("Aid/NN arrives/VBZ/arrive in/IN four/CD to/TO six/CD months/NNS ./.")
        .timex("six months", "DURATION", "P6M");
    assertThat(new Resolver(REF).resolve(u.annotation())).extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("four to six months", "P4M"));
    assertThat(new Resolver(REF).resolve(t.annotation())).extracting(TimeExpression::text).doesNotContain("8");
  }

  @Test
  void twoDatesJoinedByToStayTwoExpressions() {
    Texts t = new Texts().sentence("The/DT fair/NN runs/VBZ/run from/IN 2029/CD to/TO 2031/CD ./.")
        .timex("2029", "DATE", "2029").timex("2031", "DATE", "2031");
    assertThat(new Resolver(REF).resolve(t.annotation())).extracting(TimeExpression::text)
        .containsExactly("2029", "2031");
  }

  @Test
  void theEndsOfABetweenRangeStayTwoExpressions() {
    Texts t = new Texts().sentence("Patients/NNS wait/VBP between/IN three/CD to/TO five/CD days/NNS ./.")
        .timex("three", "DURATION", "P3D").timex("five days", "DURATION", "P5D");
    assertThat(new Resolver(REF).resolve(t.annotation())).extracting(TimeExpression::text)
        .containsExactly("three", "five days");
  }
}
