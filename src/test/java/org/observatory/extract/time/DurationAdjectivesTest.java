package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.record.TimeExpression;

class DurationAdjectivesTest {

  private static final LocalDate REF = LocalDate.of(2021, 6, 14);

  private static List<TimeExpression> times(Texts t) {
    return new Resolver(REF, false).resolve(t.annotation());
  }

  @Test
  void aPluralUnitAdjectiveIsAVagueDurationSpanningTheAdjectiveOnly() {
    Texts t = new Texts().sentence("Farmers/NNS ended/VBD/end a/DT weeks-long/JJ blockade/NN of/IN the/DT port/NN ./.")
        .timex("a weeks", "DURATION", "P1W");
    assertThat(times(t)).extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
        .containsExactly(tuple("weeks-long", "DURATION", "PXW"));
  }

  @Test
  void everyPluralUnitAdjectiveTakesItsOwnVagueValue() {
    Texts t = new Texts().sentence("After/IN hours-long/JJ talks/NNS and/CC days-long/JJ strikes/NNS ,/, "
        + "the/DT months-long/JJ dispute/NN ended/VBD/end a/DT years-long/JJ feud/NN and/CC a/DT decades-long/JJ "
        + "rivalry/NN ./.");
    assertThat(times(t)).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
        tuple("hours-long", "PTXH"), tuple("days-long", "PXD"), tuple("months-long", "PXM"),
        tuple("years-long", "PXY"), tuple("decades-long", "PXY"));
  }

  @Test
  void aSingularUnitAdjectiveIsOneUnit() {
    Texts t = new Texts().sentence("The/DT valley/NN suffered/VBD/suffer a/DT year-long/JJ drought/NN after/IN "
        + "a/DT decade-long/JJ boom/NN ./.")
        .timex("a year", "DURATION", "P1Y");
    assertThat(times(t)).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
        tuple("year-long", "P1Y"), tuple("decade-long", "P10Y"));
  }

  @Test
  void countedAdjectivesKeepTheTaggersNumber() {
    Texts t = new Texts().sentence("Both/DT sides/NNS signed/VBD/sign a/DT 10-day/JJ truce/NN before/IN a/DT "
        + "two-week-long/JJ tour/NN ./.")
        .timex("10-day", "DURATION", "P10D").timex("two-week-long", "DURATION", "P2W");
    assertThat(times(t)).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
        tuple("10-day", "P10D"), tuple("two-week-long", "P2W"));
  }
}
