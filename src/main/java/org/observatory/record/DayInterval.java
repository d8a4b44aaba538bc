package org.observatory.record;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a date value allows, both ends inclusive. A day or instant gives that day; a month, ISO week, quarter,
 * year or decade gives its first and last day; explicit {@code earliest}/{@code latest} bounds of a
 * {@link DateValue} take precedence over its value. Immutable.
 *
 * @param first first possible day, or null when unbounded below
 * @param last last possible day, or null when unbounded above
 */
public record DayInterval(LocalDate first, LocalDate last) {

  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?$");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})(-WE)?$");
  private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  private static final Pattern DECADE = Pattern.compile("^(\\d{3})X?$");

  /** The interval of {@code date}; empty when it names no day at all (null, unresolved, {@code XXXX-W05}). */
  public static Optional<DayInterval> of(DateValue date) {
    if (date == null) {
      return Optional.empty();
    }
    Optional<DayInterval> fromValue = span(date.value());
    LocalDate lower = span(date.earliest()).map(DayInterval::first)
        .orElse(fromValue.map(DayInterval::first).orElse(null));
    LocalDate upper = span(date.latest()).map(DayInterval::last)
        .orElse(fromValue.map(DayInterval::last).orElse(null));
    return lower == null && upper == null ? Optional.empty() : Optional.of(new DayInterval(lower, upper));
  }

  /** The first and last day a single ISO/TIMEX value covers; empty for null, blank or unparsable values. */
  public static Optional<DayInterval> span(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(parse(value.strip()));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** True when both ends are known. */
  public boolean bounded() {
    return first != null && last != null;
  }

  /** Number of days covered (1 for a single day); {@link Long#MAX_VALUE} when unbounded. */
  public long days() {
    return bounded() ? ChronoUnit.DAYS.between(first, last) + 1 : Long.MAX_VALUE;
  }

  /** True when the two intervals share at least one day (an unbounded end reaches everything on its side). */
  public boolean overlaps(DayInterval other) {
    boolean startsBeforeOtherEnds = first == null || other.last == null || !first.isAfter(other.last);
    boolean otherStartsBeforeThisEnds = other.first == null || last == null || !other.first.isAfter(last);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  private static DayInterval parse(String v) {
    Matcher m;
    if ((m = DAY.matcher(v)).matches()) {
      LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
      return new DayInterval(d, d);
    }
    if ((m = MONTH.matcher(v)).matches()) {
      YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
      return new DayInterval(ym.atDay(1), ym.atEndOfMonth());
    }
    if ((m = WEEK.matcher(v)).matches()) {
      LocalDate monday = LocalDate.of(num(m, 1), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
          .with(DayOfWeek.MONDAY);
      return m.group(3) == null ? new DayInterval(monday, monday.plusDays(6))
          : new DayInterval(monday.plusDays(5), monday.plusDays(6));
    }
    if ((m = QUARTER.matcher(v)).matches()) {
      LocalDate first = LocalDate.of(num(m, 1), 3 * num(m, 2) - 2, 1);
      return new DayInterval(first, first.plusMonths(3).minusDays(1));
    }
    if ((m = YEAR.matcher(v)).matches()) {
      return new DayInterval(LocalDate.of(num(m, 1), 1, 1), LocalDate.of(num(m, 1), 12, 31));
    }
    if ((m = DECADE.matcher(v)).matches()) {
      int start = num(m, 1) * 10;
      return new DayInterval(LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31));
    }
    return null;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
