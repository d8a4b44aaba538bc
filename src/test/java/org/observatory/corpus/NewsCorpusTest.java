package org.observatory.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NewsCorpusTest {

  @Test
  void readsIsoAndUsMonthFirstDates() {
    assertThat(NewsCorpus.date("2019-04-10")).isEqualTo(LocalDate.of(2019, 4, 10));
    assertThat(NewsCorpus.date("4/5/2017")).isEqualTo(LocalDate.of(2017, 4, 5));
    assertThat(NewsCorpus.date("12/31/2016")).isEqualTo(LocalDate.of(2016, 12, 31));
  }

  @Test
  void anUnreadableDateIsNoDate() {
    assertThat(NewsCorpus.date("sometime")).isNull();
  }
}
