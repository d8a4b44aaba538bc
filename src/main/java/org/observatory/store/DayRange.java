package org.observatory.store;

import java.time.LocalDate;
import java.util.Optional;
import org.observatory.record.DayInterval;
import org.observatory.record.DateValue;

/**
 * The days a date value allows, as ISO {@code YYYY-MM-DD} bounds (inclusive) for range queries; the column form of
 * {@link DayInterval} (which defines the rules: a day or instant gives that day; a month, ISO week, quarter, year
 * or decade its first and last day; explicit {@code earliest}/{@code latest} bounds take precedence). Stateless.
 *
 * @param earliest first possible day, or null when unbounded below
 * @param latest last possible day, or null when unbounded above
 */
record DayRange(String earliest, String latest) {

  /** The range of {@code date}; empty when it names no day at all (unresolved, or a value like {@code XXXX-W05}). */
  static Optional<DayRange> of(DateValue date) {
    return DayInterval.of(date).map(DayRange::of);
  }

  /** The first and last day a single ISO/TIMEX value covers. */
  static Optional<DayRange> span(String value) {
    return DayInterval.span(value).map(DayRange::of);
  }

  static DayRange of(DayInterval interval) {
    return new DayRange(iso(interval.first()), iso(interval.last()));
  }

  private static String iso(LocalDate day) {
    return day == null ? null : day.toString();
  }
}
