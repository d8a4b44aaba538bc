package org.observatory.extract.time;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.observatory.record.DateValue;

/**
 * Duration arithmetic for deadlines and truces: an anchor day plus a TIMEX3 duration ({@code PT150H}, {@code P5D})
 * gives the interval the end can fall in, with the precision the anchor allows. Stateless.
 */
public final class Deadlines {

  private Deadlines() {}

  /**
   * The end of {@code duration} counted from {@code anchorDay} (a day known only to the day: it may have started at
   * any hour). For hour and minute durations the end is an interval of one day, reported as
   * {@code earliest}/{@code latest} date-times, {@code value} the day of the earliest end and precision
   * {@code approximate}; for day or longer durations it is a day, precision {@code day}.
   *
   * @param anchorDay the day the count starts, never null
   * @param duration ISO-8601 / TIMEX3 duration such as {@code PT150H}, {@code P5D}, {@code P2W}
   * @param text the expression, for the result's {@code text}; may be null
   * @return empty when {@code duration} is not a fixed-length duration (e.g. {@code PXY})
   */
  public static Optional<DateValue> endOf(LocalDate anchorDay, String duration, String text) {
    if (duration == null || duration.contains("X")) {
      return Optional.empty();
    }
    try {
      if (duration.startsWith("PT")) {
        Duration d = Duration.parse(duration);
        LocalDateTime earliest = anchorDay.atStartOfDay().plus(d);
        LocalDateTime latest = anchorDay.plusDays(1).atStartOfDay().plus(d);
        return Optional.of(new DateValue(earliest.toLocalDate().toString(), "approximate", text, "duration",
            earliest.toString(), latest.toString()));
      }
      Period p = Period.parse(duration);
      LocalDate end = anchorDay.plus(p);
      return Optional.of(new DateValue(end.toString(), "day", text, "duration", null, null));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
