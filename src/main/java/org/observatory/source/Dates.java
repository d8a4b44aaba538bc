package org.observatory.source;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as inputs state them: ISO dates and date-times (the calendar date as written, ignoring the zone),
 * and written dates with English month names ({@code 3 February 2020}, {@code Feb. 3, 2020}), optionally preceded
 * by a weekday that must agree with the date; numeric dates day-first with dots or dashes ({@code 24.08.2013}),
 * and with slashes only when one reading is impossible ({@code 8/24/2013}). Stateless and thread-safe.
 */
final class Dates {

  static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
      + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  static final String WEEKDAY = "(Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?"
      + "|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)";
  private static final String WD = "(?:" + WEEKDAY + "\\.?,?\\s+)?";
  private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ]\\d{2}:\\d{2}.*$)");
  /** Day before month: {@code Wed 05 Apr 2017}, {@code 3 February, 2020}. Groups: weekday, day, month, year. */
  static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "^" + WD + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\.?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  /** Month before day: {@code Feb. 3, 2020}. Groups: weekday, month, day, year. */
  static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "^" + WD + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

  /** Day-first numeric date with dots or dashes ({@code 24.08.2013}, {@code 05-09-2013}). */
  private static final Pattern NUMERIC_DAY_FIRST =
      Pattern.compile("^(\\d{1,2})([.-])(\\d{1,2})\\2(\\d{4})(?!\\d)");
  /** Numeric date with slashes; read only when one order is impossible ({@code 24/08/2013}, {@code 8/24/2013}). */
  private static final Pattern NUMERIC_SLASHED = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");

  private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("mon", DayOfWeek.MONDAY, "tue",
      DayOfWeek.TUESDAY, "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat",
      DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);
  private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
      "nov", "dec"};

  private Dates() {}

  /** An ISO date or date-time ({@code 2020-02-03}, {@code 2020-02-03T10:00:00+03:30}) as its calendar date. */
  static Optional<LocalDate> parseIso(String value) {
    Matcher m = ISO.matcher(value.strip());
    return m.matches() ? of(m.group(1), month(m.group(2)), m.group(3), null) : Optional.empty();
  }

  /** An ISO value or a written date filling the whole of {@code value}. */
  static Optional<LocalDate> parseAny(String value) {
    String s = value.strip();
    Optional<LocalDate> iso = parseIso(s);
    if (iso.isPresent()) {
      return iso;
    }
    return writtenAt(s).filter(w -> w.length() >= s.replaceAll("[\\s.,]+$", "").length()).map(Written::date);
  }

  /**
   * A written date at the start of {@code s}.
   *
   * @param date the date
   * @param length how many characters of {@code s} it covers
   */
  record Written(LocalDate date, int length) {}

  static Optional<Written> writtenAt(String s) {
    Matcher m = DAY_MONTH_YEAR.matcher(s);
    if (m.find()) {
      return of(m.group(4), monthOf(m.group(3)), m.group(2), m.group(1)).map(d -> new Written(d, m.end()));
    }
    Matcher n = MONTH_DAY_YEAR.matcher(s);
    if (n.find()) {
      return of(n.group(4), monthOf(n.group(2)), n.group(3), n.group(1)).map(d -> new Written(d, n.end()));
    }
    return numericAt(s);
  }

  /** A numeric date at the start of {@code s}: day-first with dots or dashes, or unambiguous with slashes. */
  static Optional<Written> numericAt(String s) {
    Matcher m = NUMERIC_DAY_FIRST.matcher(s);
    if (m.find()) {
      return of(m.group(4), month(m.group(3)), m.group(1), null).map(d -> new Written(d, m.end()));
    }
    Matcher n = NUMERIC_SLASHED.matcher(s);
    if (!n.find()) {
      return Optional.empty();
    }
    int a = month(n.group(1));
    int b = month(n.group(2));
    if (a > 12 && b <= 12) {
      return of(n.group(3), b, n.group(1), null).map(d -> new Written(d, n.end()));
    }
    if (b > 12 && a <= 12) {
      return of(n.group(3), a, n.group(2), null).map(d -> new Written(d, n.end()));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> of(String year, int month, String day, String weekday) {
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
      boolean plausible = d.getYear() >= 1900 && d.getYear() <= 2200;
      boolean agrees = weekday == null || WEEKDAYS.get(key(weekday)) == d.getDayOfWeek();
      return plausible && agrees ? Optional.of(d) : Optional.empty();
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static int month(String digits) {
    return Integer.parseInt(digits);
  }

  private static int monthOf(String name) {
    String k = key(name);
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].equals(k)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static String key(String name) {
    return name.substring(0, 3).toLowerCase(Locale.ROOT);
  }
}
