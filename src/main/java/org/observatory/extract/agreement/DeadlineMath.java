package org.observatory.extract.agreement;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.observatory.record.DateValue;
import org.observatory.record.DayInterval;

/**
 * Date arithmetic that keeps precision honest. An anchor is read as the interval it allows (a day is
 * {@code [00:00, next 00:00)}, a month its days, a year its months); the amount shifts both ends; the result is
 * stated at the precision the shifted interval supports:
 * <ul>
 *   <li>an interval that is exactly one calendar day, month or year: that value, precision day/month/year;</li>
 *   <li>a single instant: {@code 2019-10-28T06:00}, precision instant;</li>
 *   <li>anything else (a day anchor shifted by 150 hours): value {@code earliest/latest} as an ISO-8601 interval
 *       ({@code 2019-10-28T06:00/2019-10-29T06:00}), precision {@code approximate}, with {@code earliest} and
 *       {@code latest} set; {@code latest} is exclusive.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class DeadlineMath {

  private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?");

  private DeadlineMath() {}

  /**
   * The interval an ISO value allows, end exclusive: an instant ({@code 2019-10-22T14:00}) is itself; any calendar
   * value (day, month, ISO week, quarter, year) covers its {@link DayInterval} from the first day's midnight to
   * the midnight after its last day; an ISO interval of two instants ({@code 2019-10-22T00:00/2019-10-24T00:00},
   * as {@link #describe} writes approximate values) is its two ends. Empty when the value is none of these.
   */
  static Optional<LocalDateTime[]> interval(String value) {
    if (value == null) {
      return Optional.empty();
    }
    int slash = value.indexOf('/');
    if (slash > 0) {
      Optional<LocalDateTime[]> a = interval(value.substring(0, slash));
      Optional<LocalDateTime[]> b = interval(value.substring(slash + 1));
      return a.isPresent() && b.isPresent() && a.get()[0].equals(a.get()[1]) && b.get()[0].equals(b.get()[1])
          ? Optional.of(new LocalDateTime[] {a.get()[0], b.get()[0]}) : Optional.empty();
    }
    if (INSTANT.matcher(value).matches()) {
      try {
        LocalDateTime t = LocalDateTime.parse(value);
        return Optional.of(new LocalDateTime[] {t, t});
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return DayInterval.span(value).filter(DayInterval::bounded)
        .map(d -> new LocalDateTime[] {d.first().atStartOfDay(), d.last().plusDays(1).atStartOfDay()});
  }

  /**
   * {@code anchor} shifted by {@code sign * amount}; empty when the anchor has no calendar value.
   *
   * @param sign {@code +1} for "within"/"later", {@code -1} for "earlier"/"before"
   * @param text the expression the result stands for
   * @param derivation how it was derived ({@code anchor}, {@code duration})
   */
  public static Optional<DateValue> shift(DateValue anchor, Amount amount, int sign, String text,
      String derivation) {
    if (anchor == null) {
      return Optional.empty();
    }
    return interval(anchor.value()).map(iv -> {
      LocalDateTime from = iv[0].plus(sign * amount.count(), amount.unit());
      LocalDateTime to = iv[1].plus(sign * amount.count(), amount.unit());
      return describe(from, to, text, derivation);
    });
  }

  static DateValue describe(LocalDateTime from, LocalDateTime to, String text, String derivation) {
    if (from.equals(to)) {
      return new DateValue(from.toString(), "instant", text, derivation, null, null);
    }
    boolean midnight = from.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
        && to.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    if (midnight && from.toLocalDate().plusDays(1).equals(to.toLocalDate())) {
      return new DateValue(from.toLocalDate().toString(), "day", text, derivation, null, null);
    }
    if (midnight && from.getDayOfMonth() == 1 && from.toLocalDate().plusMonths(1).equals(to.toLocalDate())) {
      return new DateValue(YearMonth.from(from).toString(), "month", text, derivation, null, null);
    }
    if (midnight && from.getDayOfYear() == 1 && from.toLocalDate().plusYears(1).equals(to.toLocalDate())) {
      return new DateValue(Integer.toString(from.getYear()), "year", text, derivation, null, null);
    }
    String a = from.toString();
    String b = to.toString();
    return new DateValue(a + "/" + b, "approximate", text, derivation, a, b);
  }
}
