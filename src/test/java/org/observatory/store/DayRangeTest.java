package org.observatory.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.observatory.record.DateValue;

class DayRangeTest {

  @Test
  void dayAndInstantCoverTheirDay() {
    assertThat(DayRange.span("2020-02-02")).contains(new DayRange("2020-02-02", "2020-02-02"));
    assertThat(DayRange.span("2019-10-29T00:00")).contains(new DayRange("2019-10-29", "2019-10-29"));
  }

  @Test
  void coarserValuesCoverTheirWholePeriod() {
    assertThat(DayRange.span("2020-02")).contains(new DayRange("2020-02-01", "2020-02-29"));
    assertThat(DayRange.span("2019")).contains(new DayRange("2019-01-01", "2019-12-31"));
    assertThat(DayRange.span("2020-W06")).contains(new DayRange("2020-02-03", "2020-02-09"));
    assertThat(DayRange.span("2019-Q4")).contains(new DayRange("2019-10-01", "2019-12-31"));
    assertThat(DayRange.span("201")).contains(new DayRange("2010-01-01", "2019-12-31"));
  }

  @Test
  void explicitBoundsWinOverTheValue() {
    DateValue v = new DateValue("2019-10-28", "approximate", null, "duration", "2019-10-28T18:00", "2019-10-29T06:00");
    assertThat(DayRange.of(v)).contains(new DayRange("2019-10-28", "2019-10-29"));
  }

  @Test
  void unresolvedAndUnanchoredValuesHaveNoRange() {
    assertThat(DayRange.of(DateValue.unresolved("on Sunday"))).isEmpty();
    assertThat(DayRange.span("XXXX-WXX-7")).isEmpty();
    assertThat(DayRange.span("2019-13")).isEmpty();
  }
}
