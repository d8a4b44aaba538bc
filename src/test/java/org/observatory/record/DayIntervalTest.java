package org.observatory.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayIntervalTest {

  @Test
  void anIsoWeekCoversMondayToSunday() {
    assertThat(DayInterval.span("2019-W12")).contains(
        new DayInterval(LocalDate.of(2019, 3, 18), LocalDate.of(2019, 3, 24)));
  }

  @Test
  void aWeekendCoversSaturdayAndSundayOfItsWeek() {
    assertThat(DayInterval.span("2019-W12-WE")).contains(
        new DayInterval(LocalDate.of(2019, 3, 23), LocalDate.of(2019, 3, 24)));
  }

  @Test
  void referencesWithoutADayNameNoInterval() {
    assertThat(DayInterval.span("PRESENT_REF")).isEmpty();
    assertThat(DayInterval.span("XXXX-WXX-7")).isEmpty();
  }
}
