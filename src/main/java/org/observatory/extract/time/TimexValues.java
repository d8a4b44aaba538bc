package org.observatory.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Optional;
import org.observatory.record.DayInterval;
import java.util.regex.Pattern;

/** Helpers over TIMEX3 value strings. Stateless. */
public final class TimexValues {

  private TimexValues() {}

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DAY_PART = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T(MO|AF|EV|NI|DT)");
  private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}(:\\d{2}){0,2}.*");
  private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}(-WE)?");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern SEASON = Pattern.compile("\\d{4}-(Q[1-4]|H[12]|SP|SU|FA|WI)");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern DECADE = Pattern.compile("\\d{3}");

  /** instant, day, week, month, year, decade, approximate or unresolved, from the value's shape. */
  public static String precision(String value) {
    if (value == null || value.contains("X")) {
      return "unresolved";
    }
    if (DAY.matcher(value).matches() || DAY_PART.matcher(value).matches()) {
      return "day";
    }
    if (INSTANT.matcher(value).matches()) {
      return "instant";
    }
    if (WEEK.matcher(value).matches()) {
      return "week";
    }
    if (MONTH.matcher(value).matches()) {
      return "month";
    }
    if (YEAR.matcher(value).matches()) {
      return "year";
    }
    if (DECADE.matcher(value).matches()) {
      return "decade";
    }
    return SEASON.matcher(value).matches() ? "month" : "approximate";
  }

  /** True when the value names a calendar point or period without placeholders (not a duration or REF). */
  public static boolean isCalendar(String value) {
    String p = precision(value);
    return !p.equals("unresolved") && !p.equals("approximate");
  }

  /** The day of a day- or instant-precision value. */
  public static Optional<LocalDate> day(String value) {
    if (value == null || value.length() < 10 || !DAY.matcher(value.substring(0, 10)).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The month of a value of month precision or finer. */
  public static Optional<YearMonth> month(String value) {
    if (value == null || value.length() < 7 || !MONTH.matcher(value.substring(0, 7)).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(YearMonth.parse(value.substring(0, 7)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * First and last day covered by a calendar value (day, instant, week, weekend, month, quarter, year, decade);
   * empty for durations, references and values with placeholders. The one parser is {@link DayInterval#span}.
   */
  public static Optional<LocalDate[]> range(String value) {
    return DayInterval.span(value).filter(DayInterval::bounded).map(i -> new LocalDate[] {i.first(), i.last()});
  }

  /** ISO week value of a day ({@code 2018-W41}). */
  public static String week(LocalDate d) {
    return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
