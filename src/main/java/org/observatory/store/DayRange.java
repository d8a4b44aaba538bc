package org.observatory.store;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.record.DateValue;

/**
 * The days a date value allows, as ISO {@code YYYY-MM-DD} bounds (inclusive) for range queries. A day or instant
 * gives that day; a month, ISO week, quarter, year or decade gives its first and last day; explicit
 * {@code earliest}/{@code latest} bounds take precedence over the value. Stateless.
 *
 * @param earliest first possible day, or null when unbounded below
 * @param latest last possible day, or null when unbounded above
 */
record DayRange(String earliest, String latest) {

  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?$");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
  private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  private static final Pattern DECADE = Pattern.compile("^(\\d{3})X?$");

  /** The range of {@code date}; empty when it names no day at all (unresolved, or a value like {@code XXXX-W05}). */
  static Optional<DayRange> of(DateValue date) {
    if (date == null) {
      return Optional.empty();
    }
    Optional<DayRange> fromValue = span(date.value());
    String lower = span(date.earliest()).map(DayRange::earliest)
        .orElse(fromValue.map(DayRange::earliest).orElse(null));
    String upper = span(date.latest()).map(DayRange::latest)
        .orElse(fromValue.map(DayRange::latest).orElse(null));
    return lower == null && upper == null ? Optional.empty() : Optional.of(new DayRange(lower, upper));
  }

  /** The first and last day a single ISO/TIMEX value covers. */
  static Optional<DayRange> span(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(parse(value.strip()));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static DayRange parse(String v) {
    Matcher m;
    if ((m = DAY.matcher(v)).matches()) {
      LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
      return of(d, d);
    }
    if ((m = MONTH.matcher(v)).matches()) {
      YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
      return of(ym.atDay(1), ym.atEndOfMonth());
    }
    if ((m = WEEK.matcher(v)).matches()) {
      LocalDate monday = LocalDate.of(num(m, 1), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
          .with(DayOfWeek.MONDAY);
      return of(monday, monday.plusDays(6));
    }
    if ((m = QUARTER.matcher(v)).matches()) {
      LocalDate first = LocalDate.of(num(m, 1), 3 * num(m, 2) - 2, 1);
      return of(first, first.plusMonths(3).minusDays(1));
    }
    if ((m = YEAR.matcher(v)).matches()) {
      return of(LocalDate.of(num(m, 1), 1, 1), LocalDate.of(num(m, 1), 12, 31));
    }
    if ((m = DECADE.matcher(v)).matches()) {
      int start = num(m, 1) * 10;
      return of(LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31));
    }
    return null;
  }

  private static DayRange of(LocalDate first, LocalDate last) {
    return new DayRange(first.toString(), last.toString());
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
