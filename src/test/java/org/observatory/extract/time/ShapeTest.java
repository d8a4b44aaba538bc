package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Month;
import org.junit.jupiter.api.Test;

class ShapeTest {

  @Test
  void yearlessDateFollowedByLastYearShiftsTheYearBack() {
    assertThat(Shape.parse("August 5", "last year")).isEqualTo(new Shape.MonthDay(Month.AUGUST, 5, -1));
  }

  @Test
  void aPartOfTheDayBeforeOrAfterIsADayOffsetCarryingThatPart() {
    assertThat(Shape.parse("the night before", "")).isEqualTo(new Shape.Offset(1, "day", -1, null, "NI"));
    assertThat(Shape.parse("the evening after", "")).isEqualTo(new Shape.Offset(1, "day", 1, null, "EV"));
    assertThat(Shape.parse("the day after", "")).isEqualTo(new Shape.Offset(1, "day", 1, null, null));
  }

  @Test
  void dateWithItsYearIsExplicit() {
    assertThat(Shape.parse("October 17 2018", "")).isInstanceOf(Shape.Explicit.class);
  }

  @Test
  void numberWordsAndTheFollowingDirectionMakeAnOffset() {
    assertThat(Shape.parse("twenty four hours", "earlier")).isEqualTo(new Shape.Offset(24, "hour", -1, null));
    assertThat(Shape.parse("two days", "after")).isEqualTo(new Shape.Offset(2, "day", 1, "after"));
  }

  @Test
  void bareDurationWithoutDirectionIsNotAnOffset() {
    assertThat(Shape.parse("five days", "of")).isInstanceOf(Shape.Other.class);
  }

  @Test
  void weekdayWithPartOfDayKeepsThePart() {
    assertThat(Shape.parse("Friday night", "")).isEqualTo(new Shape.Weekday(DayOfWeek.FRIDAY, "", "NI"));
  }

  @Test
  void agoAndLastAreDeicticAtTheUnitsGranularity() {
    assertThat(Shape.parse("three weeks ago", "")).isEqualTo(new Shape.Deictic(-3, "week"));
    assertThat(Shape.parse("the latest quarter", "")).isEqualTo(new Shape.Deictic(-1, "quarter"));
  }

  @Test
  void yearEndedIsADurationOfOneYear() {
    assertThat(Shape.parse("the fiscal year", "ended")).isEqualTo(new Shape.Stretch(1, "year"));
  }

  @Test
  void vaguePluralsAreDurationsOfUnspecifiedLength() {
    assertThat(Shape.parse("recent years", "")).isEqualTo(new Shape.Vague("PXY"));
    assertThat(Shape.parse("recent quarters", "")).isEqualTo(new Shape.Vague("PXM"));
    assertThat(Shape.parse("the past few weeks", "")).isEqualTo(new Shape.Vague("PXW"));
    assertThat(Shape.parse("the coming months", "")).isEqualTo(new Shape.Vague("PXM"));
  }

  @Test
  void agesAreNotTime() {
    assertThat(Shape.parse("52-year-old", "")).isInstanceOf(Shape.NotTime.class);
  }

  @Test
  void weekdayWithAClockTimeTakesTheClockAsItsPartOfDay() {
    assertThat(Shape.parse("9 a.m. Tuesday", "")).isEqualTo(new Shape.Weekday(DayOfWeek.TUESDAY, "", "09:00"));
    assertThat(Shape.parse("noon Saturday", "")).isEqualTo(new Shape.Weekday(DayOfWeek.SATURDAY, "", "12:00"));
    assertThat(Shape.parse("Tuesday at 9:30 p.m.", "")).isEqualTo(new Shape.Weekday(DayOfWeek.TUESDAY, "", "21:30"));
  }

  @Test
  void thePrecedingWeekdayIsCountedFromAnEarlierDate() {
    assertThat(Shape.parse("the preceding Friday", "")).isEqualTo(new Shape.Weekday(DayOfWeek.FRIDAY, "the previous", null));
    assertThat(Shape.parse("the following Monday", "")).isEqualTo(new Shape.Weekday(DayOfWeek.MONDAY, "the following", null));
  }

  @Test
  void capitalisedMayIsAMonthButLowerCaseMarchIsTheNoun() {
    assertThat(Shape.parse("May", "")).isEqualTo(new Shape.MonthOnly(Month.MAY, ""));
    assertThat(Shape.parse("this march", "")).isInstanceOf(Shape.NotTime.class);
    assertThat(Shape.parse("March", "")).isEqualTo(new Shape.MonthOnly(Month.MARCH, ""));
  }
}
