package org.observatory.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateValueTest {

  private static final Published INFERRED =
      new Published("2019-01-25", "inferred", "2019-01-25", "2020-02-24", "test");

  private static TimeExpression expression(String text, String type, String value, String derivation) {
    return new TimeExpression(text, 0, text.length(), type, value, "day", derivation, null, null);
  }

  @Test
  void aDateTakenFromAYearLessDayIsAnchoredOnThatExpressionNotOnTheDocumentDate() {
    DateValue d = DateValue.of(expression("October 22", "DATE", "2019-10-22", "document-date"));
    assertThat(d.value()).isEqualTo("2019-10-22");
    assertThat(d.text()).isEqualTo("October 22");
    assertThat(d.derivation()).isEqualTo("anchor");
  }

  @Test
  void aDateTakenFromAFullWrittenDateIsExplicit() {
    assertThat(DateValue.of(expression("October 17 2018", "DATE", "2018-10-17", "explicit")).derivation())
        .isEqualTo("explicit");
  }

  @Test
  void anExpressionWithoutACalendarValueGivesAnUnresolvedDateThatKeepsItsText() {
    DateValue d = DateValue.of(expression("Sunday", "DATE", "XXXX-WXX-7", "unresolved"));
    assertThat(d.value()).isNull();
    assertThat(d.derivation()).isEqualTo("unresolved");
    assertThat(d.text()).isEqualTo("Sunday");
    assertThat(DateValue.of(expression("five days", "DURATION", "P5D", "explicit")).precision())
        .isEqualTo("unresolved");
  }

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
