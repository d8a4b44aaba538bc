package org.observatory.extract.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.observatory.record.DateValue;

class DeadlineMathTest {

  private static DateValue day(String v) {
    return new DateValue(v, "day", v, "explicit", null, null);
  }

  @Test
  void within150HoursOfASigningDayIsAnIntervalNotAFalseInstant() {
    DateValue d = DeadlineMath.shift(day("2019-10-22"), new Amount(150, ChronoUnit.HOURS), 1, "within 150 hours",
        "duration").orElseThrow();
    assertThat(d.value()).isEqualTo("2019-10-28T06:00/2019-10-29T06:00");
    assertThat(d.precision()).isEqualTo("approximate");
    assertThat(d.earliest()).isEqualTo("2019-10-28T06:00");
    assertThat(d.latest()).isEqualTo("2019-10-29T06:00");
  }

  @Test
  void twoDaysEarlierThanADayIsADay() {
    DateValue d = DeadlineMath.shift(day("2018-10-17"), new Amount(2, ChronoUnit.DAYS), -1, "two days earlier",
        "anchor").orElseThrow();
    assertThat(d.value()).isEqualTo("2018-10-15");
    assertThat(d.precision()).isEqualTo("day");
    assertThat(d.derivation()).isEqualTo("anchor");
  }

  @Test
  void aFiveDayTruceFromADayEndsFiveDaysLater() {
    DateValue d = DeadlineMath.shift(day("2019-10-17"), new Amount(5, ChronoUnit.DAYS), 1, "five-day", "duration")
        .orElseThrow();
    assertThat(d.value()).isEqualTo("2019-10-22");
  }

  @Test
  void monthsShiftAMonthToAMonth() {
    DateValue d = DeadlineMath.shift(new DateValue("2019-10", "month", null, "explicit", null, null),
        new Amount(2, ChronoUnit.MONTHS), 1, "two months later", "anchor").orElseThrow();
    assertThat(d.value()).isEqualTo("2019-12");
    assertThat(d.precision()).isEqualTo("month");
  }

  @Test
  void anUnresolvedAnchorGivesNothing() {
    assertThat(DeadlineMath.shift(DateValue.unresolved("Friday"), new Amount(2, ChronoUnit.DAYS), 1, "x", "anchor"))
        .isEmpty();
    assertThat(DeadlineMath.shift(null, new Amount(2, ChronoUnit.DAYS), 1, "x", "anchor")).isEmpty();
  }

  @Test
  void lengthsAreReadFromWordsAndFromTimexValues() {
    assertThat(Amount.fromText("five-day truce")).contains(new Amount(5, ChronoUnit.DAYS));
    assertThat(Amount.fromText("within 150 hours")).contains(new Amount(150, ChronoUnit.HOURS));
    assertThat(Amount.fromText("two days earlier")).contains(new Amount(2, ChronoUnit.DAYS));
    assertThat(Amount.fromText("a week-long ceasefire")).contains(new Amount(1, ChronoUnit.WEEKS));
    assertThat(Amount.fromIso("PT150H")).contains(new Amount(150, ChronoUnit.HOURS));
    assertThat(Amount.fromIso("PTXH")).isEmpty();
    assertThat(new Amount(5, ChronoUnit.DAYS).iso()).isEqualTo("P5D");
  }

  @Test
  void aWeekAnchorShiftedByAWeekCoversTheFollowingWeeksDays() {
    DateValue d = DeadlineMath.shift(new DateValue("2019-W43", "week", null, "explicit", null, null),
        new Amount(7, ChronoUnit.DAYS), 1, "a week later", "anchor").orElseThrow();
    assertThat(d.earliest()).isEqualTo("2019-10-28T00:00");
    assertThat(d.latest()).isEqualTo("2019-11-04T00:00");
  }

  @Test
  void anInstantAnchorStaysAnInstant() {
    DateValue d = DeadlineMath.shift(new DateValue("2019-10-22T14:00", "instant", null, "explicit", null, null),
        new Amount(150, ChronoUnit.HOURS), 1, "within 150 hours", "duration").orElseThrow();
    assertThat(d.value()).isEqualTo("2019-10-28T20:00");
    assertThat(d.precision()).isEqualTo("instant");
  }
}
