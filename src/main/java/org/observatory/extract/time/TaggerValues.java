package org.observatory.extract.time;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Post-normalisation of the tagger's own values to TimeML conventions and to the clause's tense. Stateless. */
final class TaggerValues {

  private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
  private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
  private static final Pattern WEEKEND = Pattern.compile("\\d{4}-W\\d{2}-WE");
  private static final Pattern RELATIVE_WORD =
      Pattern.compile("(?i).*\\b(last|next|this|ago|later|earlier|previous|coming|past|before|after"
          + "|today|tonight|tomorrow|yesterday)\\b.*");

  private TaggerValues() {}

  private static final Pattern COUNTED = Pattern.compile("P(\\d+)(Q|DE|CE)");

  /**
   * Decades as three digits ({@code 199X} is {@code 199}), centuries as two; counted quarters, decades and
   * centuries as months and years, as TimeBank writes them ({@code P3Q} is {@code P9M}, {@code P2DE} is
   * {@code P20Y}); a four-digit "count" is a stated year ("the 1988 quarter"), not a count, and is left alone.
   */
  static String normalise(String value) {
    if (value == null) {
      return null;
    }
    Matcher counted = COUNTED.matcher(value);
    if (counted.matches() && counted.group(1).length() <= 2) {
      int n = Integer.parseInt(counted.group(1));
      return switch (counted.group(2)) {
        case "Q" -> "P" + 3 * n + "M";
        case "DE" -> "P" + 10 * n + "Y";
        default -> "P" + 100 * n + "Y";
      };
    }
    if (DECADE.matcher(value).matches()) {
      return value.substring(0, 3);
    }
    if (CENTURY.matcher(value).matches()) {
      return value.substring(0, 2);
    }
    return value.matches(".*T\\d{2}:\\d{2}[+-]\\d{4}") ? value.substring(0, value.length() - 5) : value;
  }

  private static final Pattern STATED = Pattern.compile("(?:.* )?(\\d+) (hour|day|week|month|year)s?");
  private static final Pattern SIMPLE_DURATION = Pattern.compile("PT?(\\d+)([HDWMY])");
  private static final Map<String, Integer> HOURS = Map.of("H", 1, "D", 24, "W", 168);
  private static final Map<String, Integer> MONTHS = Map.of("M", 1, "Y", 12);

  /**
   * A duration in the unit the text states: "72 hours" is {@code PT72H}, not the tagger's {@code P3D}; "18 months"
   * is {@code P18M}, not {@code P1Y6M}-like rewrites. Only a tagger value of the same length in another unit is
   * replaced.
   */
  static String statedUnit(String text, String value) {
    Matcher t = STATED.matcher(TimeLexicon.normalise(text));
    Matcher v = value == null ? null : SIMPLE_DURATION.matcher(value);
    if (!t.matches() || v == null || !v.matches()) {
      return value;
    }
    int n = Integer.parseInt(t.group(1));
    String unit = t.group(2);
    String code = switch (unit) {
      case "hour" -> "H";
      case "day" -> "D";
      case "week" -> "W";
      case "month" -> value.startsWith("PT") ? "" : "M";
      default -> "Y";
    };
    String vCode = value.startsWith("PT") && v.group(2).equals("M") ? "" : v.group(2);
    long stated = length(n, code);
    long given = length(Long.parseLong(v.group(1)), vCode);
    if (code.equals(vCode) || stated < 0 || stated != given) {
      return value;
    }
    return Calendar.duration(n, unit).orElse(value);
  }

  /** Length in hours (H, D, W) or months (M, Y) as a negative-free comparable number; -1 when not comparable. */
  private static long length(long n, String code) {
    if (HOURS.containsKey(code)) {
      return n * HOURS.get(code);
    }
    if (MONTHS.containsKey(code)) {
      return 1_000_000L + n * MONTHS.get(code);
    }
    return -1;
  }

  /** Spring, summer and autumn values; winter straddles two years and is left as the tagger gave it. */
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA)");
  private static final Map<String, Integer> SEASON_START = Map.of("SP", 3, "SU", 6, "FA", 9);

  /**
   * A holiday or weekend the tagger put on the wrong side of the document date: a past-tense "Thanksgiving Day"
   * after the document date moves back a year, a past-tense "the weekend" back a week, a past-tense "the autumn"
   * that starts after the document date back a year. Expressions with their own
   * direction word (last, next, ago, ...) are left alone.
   */
  static String byTense(String value, String text, LocalDate ref, Tense tense) {
    if (value == null || tense != Tense.PAST || RELATIVE_WORD.matcher(text).matches()) {
      return value;
    }
    if (WEEKEND.matcher(value).matches()) {
      Optional<LocalDate[]> r = TimexValues.range(value.substring(0, 8));
      if (r.isPresent() && r.get()[0].plusDays(5).isAfter(ref)) {
        return TimexValues.week(r.get()[0].minusWeeks(1)) + "-WE";
      }
      return value;
    }
    Matcher season = SEASON.matcher(value);
    if (season.matches() && !text.matches(".*\\d.*")) {
      int year = Integer.parseInt(season.group(1));
      LocalDate start = LocalDate.of(year, SEASON_START.get(season.group(2)), 1);
      return start.isAfter(ref) ? String.format("%04d-%s", year - 1, season.group(2)) : value;
    }
    Optional<LocalDate> day = TimexValues.day(value);
    if (day.isPresent() && value.length() == 10 && day.get().isAfter(ref) && !text.matches(".*\\d.*")) {
      return day.get().minusYears(1).toString();
    }
    return value;
  }
}
