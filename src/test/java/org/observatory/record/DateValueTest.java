package org.observatory.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateValueTest {

  private static final Published INFERRED =
      new Published("2019-01-25", "inferred", "2019-01-25", "2020-02-24", "test");

  @Test
  void aPastEventDatedByAnInferredRangeIsBoundedByTheRangesLatestDayNotItsBestGuess() {
    DateValue d = DateValue.documentDate(INFERRED, false);
    assertThat(d.value()).isEqualTo("2019-01-25");
    assertThat(d.derivation()).isEqualTo("document-date");
    assertThat(d.precision()).isEqualTo("approximate");
    assertThat(d.earliest()).isNull();
    assertThat(d.latest()).isEqualTo("2020-02-24");
  }

  @Test
  void aPlannedEventDatedByAnInferredRangeStartsNoEarlierThanTheRangesFirstDay() {
    DateValue d = DateValue.documentDate(INFERRED, true);
    assertThat(d.earliest()).isEqualTo("2019-01-25");
    assertThat(d.latest()).isNull();
  }

  @Test
  void aGivenPublicationDateBoundsTheEventByThatDay() {
    DateValue d = DateValue.documentDate(new Published("2020-02-03", "option", "2020-02-03", "2020-02-03", null),
        false);
    assertThat(d.latest()).isEqualTo("2020-02-03");
    assertThat(d.value()).isEqualTo("2020-02-03");
  }

  @Test
  void anUnknownPublicationDateLeavesTheEventUnresolved() {
    assertThat(DateValue.documentDate(Published.unknown(), false).derivation()).isEqualTo("unresolved");
    assertThat(DateValue.documentDate(null, true).value()).isNull();
  }

  @Test
  void anOpenSideOfAnInferredRangeStaysOpen() {
    Published open = new Published("2019-05-01", "inferred", null, "2019-06-01", "test");
    assertThat(DateValue.documentDate(open, true).earliest()).isNull();
  }

  @Test
  void aPastEventDatedByARangeWithNoBestDayGetsTheBoundAndNoDay() {
    Published years = new Published(null, "inferred", "2010-01-01", "2015-12-31", "m", null, Published.YEAR);
    DateValue past = DateValue.documentDate(years, false);
    assertThat(past.value()).isNull();
    assertThat(past.precision()).isEqualTo("approximate");
    assertThat(past.derivation()).isEqualTo("document-date");
    assertThat(past.latest()).isEqualTo("2015-12-31");
    assertThat(past.earliest()).isNull();
    assertThat(DateValue.documentDate(years, true).earliest()).isEqualTo("2010-01-01");
  }
}
