package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.record.TimeExpression;

class FractionsTest {

  private static List<TimeExpression> times(Texts t) {
    return new Resolver(LocalDate.of(2021, 3, 1), false).resolve(t.annotation());
  }

  @Test
  void durationCutAtTheDenominatorOfAFractionTakesTheWholeAmount() {
    Texts t = new Texts().sentence("The/DT crossing/NN lasted/VBD/last 3/CD 1\\/2/CD hours/NNS ./.")
        .timex("2 hours", "DURATION", "PT2H");
    assertThat(times(t)).extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("3 1/2 hours", "PT3H30M"));
  }

  @Test
  void unitAndAHalfIsOneAndAHalfUnits() {
    Texts t = new Texts().sentence("The/DT talks/NNS took/VBD/take a/DT year/NN and/CC a/DT half/NN ./.")
        .timex("a year", "DURATION", "P1Y");
    assertThat(times(t)).extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a year and a half", "P1Y6M"));
  }

  @Test
  void fractionsThatGiveNoWholeSmallerUnitAreLeftAlone() {
    assertThat(Fractions.value(2, 1, 3, "", "W")).isEmpty();
    assertThat(Fractions.value(1, 1, 2, "", "D")).contains("P1DT12H");
    assertThat(Fractions.value(1, 1, 2, "T", "M")).contains("PT1M30S");
  }
}
