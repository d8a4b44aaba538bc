package org.observatory.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** Calendar choices relative to a reference day, steered by tense. Stateless. */
final class Calendar {

  private Calendar() {}

  /** The weekday nearest {@code ref}: preceding (or same day) in past tense, following in future, else nearest. */
  static LocalDate weekday(LocalDate ref, DayOfWeek day, String modifier, Tense tense) {
    LocalDate prev = ref.with(TemporalAdjusters.previousOrSame(day));
    LocalDate next = ref.with(TemporalAdjusters.nextOrSame(day));
    switch (modifier) {
      case "last", "past" -> {
        return ref.with(TemporalAdjusters.previous(day));
      }
      case "next", "coming" -> {
        return ref.with(TemporalAdjusters.next(day));
      }
      default -> {
        return chooseByTense(ref, prev, next, tense);
      }
    }
  }

  /** The year-less day nearest {@code ref} in the direction the tense points to; a year word fixes the year. */
  static LocalDate monthDay(LocalDate ref, Month month, int day, Integer yearShift, Tense tense) {
    if (yearShift != null) {
      return at(ref.getYear() + yearShift, month, day);
    }
    LocalDate prev = at(ref.getYear(), month, day);
    if (prev.isAfter(ref)) {
      prev = at(ref.getYear() - 1, month, day);
    }
    LocalDate next = at(ref.getYear(), month, day);
    if (next.isBefore(ref)) {
      next = at(ref.getYear() + 1, month, day);
    }
    return nearestBiased(ref, prev, next, tense);
  }

  /** The year-less month nearest {@code ref}'s month, by modifier and tense. */
  static YearMonth month(LocalDate ref, Month month, String modifier, Tense tense) {
    YearMonth now = YearMonth.from(ref);
    YearMonth prev = YearMonth.of(ref.getYear(), month);
    if (prev.isAfter(now) || (modifier.equals("last") && prev.equals(now))) {
      prev = prev.minusYears(1);
    }
    YearMonth next = YearMonth.of(ref.getYear(), month);
    if (next.isBefore(now) || (modifier.equals("next") && next.equals(now))) {
      next = next.plusYears(1);
    }
    if (modifier.equals("last")) {
      return prev;
    }
    if (modifier.equals("next")) {
      return next;
    }
    if (modifier.equals("this")) {
      return YearMonth.of(ref.getYear(), month);
    }
    LocalDate chosen = chooseByTense(ref, prev.atDay(15), next.atDay(15), tense);
    return YearMonth.from(chosen);
  }

  /**
   * Like {@link #chooseByTense} but tense only biases: the occurrence on the tense's side wins unless the other one
   * is more than twice as close. Year-less dates and months are usually the nearest occurrence.
   */
  static LocalDate nearestBiased(LocalDate ref, LocalDate prev, LocalDate next, Tense tense) {
    long back = ChronoUnit.DAYS.between(prev, ref);
    long ahead = ChronoUnit.DAYS.between(ref, next);
    return switch (tense) {
      case PAST -> ahead * 2 < back ? next : prev;
      case FUTURE -> back * 2 < ahead ? prev : next;
      default -> back <= ahead ? prev : next;
    };
  }

  /** {@code anchor} moved by {@code amount} units, kept to the day ("a year earlier" than a day is a day). */
  static Optional<String> shiftDay(LocalDate anchor, int amount, String unit) {
    return switch (unit) {
      case "minute", "hour" -> Optional.of(anchor.plusDays(amount / 24L).toString());
      case "day" -> Optional.of(anchor.plusDays(amount).toString());
      case "week" -> Optional.of(anchor.plusWeeks(amount).toString());
      case "fortnight" -> Optional.of(anchor.plusWeeks(2L * amount).toString());
      case "month" -> Optional.of(anchor.plusMonths(amount).toString());
      case "quarter" -> Optional.of(anchor.plusMonths(3L * amount).toString());
      case "year" -> Optional.of(anchor.plusYears(amount).toString());
      case "decade" -> Optional.of(anchor.plusYears(10L * amount).toString());
      default -> Optional.empty();
    };
  }

  /** TIMEX3 duration of {@code amount} units ({@code P2Q}, {@code PT150H}); X for a vague amount. */
  static Optional<String> duration(Integer amount, String unit) {
    String n = amount == null ? "X" : amount.toString();
    return switch (unit) {
      case "minute" -> Optional.of("PT" + n + "M");
      case "hour" -> Optional.of("PT" + n + "H");
      case "day" -> Optional.of("P" + n + "D");
      case "week" -> Optional.of("P" + n + "W");
      case "fortnight" -> Optional.of(amount == null ? "PXW" : "P" + 2 * amount + "W");
      case "month" -> Optional.of("P" + n + "M");
      case "quarter" -> Optional.of(amount == null ? "PXM" : "P" + 3 * amount + "M");
      case "year" -> Optional.of("P" + n + "Y");
      case "decade" -> Optional.of(amount == null ? "PXDE" : "P" + 10 * amount + "Y");
      case "century" -> Optional.of(amount == null ? "PXCE" : "P" + 100 * amount + "Y");
      default -> Optional.empty();
    };
  }

  private static LocalDate chooseByTense(LocalDate ref, LocalDate prev, LocalDate next, Tense tense) {
    return switch (tense) {
      case PAST -> prev;
      case FUTURE -> next;
      default -> ChronoUnit.DAYS.between(prev, ref) <= ChronoUnit.DAYS.between(ref, next) ? prev : next;
    };
  }

  /** {@code month}/{@code day} in {@code year}, 29 February clamped to the 28th in common years. */
  static LocalDate at(int year, Month month, int day) {
    YearMonth ym = YearMonth.of(year, month);
    return ym.atDay(Math.min(day, ym.lengthOfMonth()));
  }

  /**
   * {@code anchor} moved by {@code amount} {@code unit}s, as a TIMEX3 value of the unit's granularity (day,
   * ISO week, month, quarter, year, decade); hours and minutes give the anchor's day. Empty for unknown units.
   */
  static Optional<String> shift(LocalDate anchor, int amount, String unit) {
    return switch (unit) {
      case "day" -> Optional.of(anchor.plusDays(amount).toString());
      case "week" -> Optional.of(TimexValues.week(anchor.plusWeeks(amount)));
      case "fortnight" -> Optional.of(TimexValues.week(anchor.plusWeeks(2L * amount)));
      case "month" -> Optional.of(YearMonth.from(anchor).plusMonths(amount).toString());
      case "quarter" -> {
        YearMonth m = YearMonth.from(anchor).plusMonths(3L * amount);
        yield Optional.of(m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1));
      }
      case "year" -> Optional.of(String.format("%04d", anchor.getYear() + amount));
      case "decade" -> Optional.of(String.format("%03d", (anchor.getYear() + 10 * amount) / 10));
      default -> Optional.empty();
    };
  }
}
