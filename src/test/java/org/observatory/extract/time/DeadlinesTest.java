package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.observatory.record.DateValue;

class DeadlinesTest {

  @Test
  void hoursCountedFromADayGiveAOneDayWindowForTheDeadline() {
    DateValue d = Deadlines.endOf(LocalDate.of(2019, 10, 22), "PT150H", "within 150 hours").orElseThrow();
    assertThat(d.earliest()).isEqualTo("2019-10-28T06:00");
    assertThat(d.latest()).isEqualTo("2019-10-29T06:00");
    assertThat(d.precision()).isEqualTo("approximate");
    assertThat(d.derivation()).isEqualTo("duration");
  }

  @Test
  void daysCountedFromADayGiveADay() {
    DateValue d = Deadlines.endOf(LocalDate.of(2019, 10, 17), "P5D", "five-day truce").orElseThrow();
    assertThat(d.value()).isEqualTo("2019-10-22");
    assertThat(d.precision()).isEqualTo("day");
  }

  @Test
  void vagueDurationsHaveNoEnd() {
    assertThat(Deadlines.endOf(LocalDate.of(2019, 10, 17), "PXD", null)).isEmpty();
  }
}
