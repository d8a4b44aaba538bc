package org.observatory.record;

/**
 * The document's publication date and how it is known.
 *
 * @param value best single date (ISO {@code YYYY-MM-DD}), null when not even a best guess exists (unknown, or an
 *     inferred range whose {@code precision} is {@code year}); inside {@code likely} when that is present
 * @param source {@code option} (given by the user), {@code input} (JSON Lines field), {@code meta} (HTML meta tag),
 *     {@code dateline}, {@code inferred} (from the text's own evidence) or {@code unknown}
 * @param earliest earliest possible date (ISO), null when unbounded: with {@code latest}, the bound the evidence
 *     allows
 * @param latest latest possible date (ISO), null when unbounded
 * @param method how the range was inferred (a sentence), null when the date was given
 * @param likely for an inferred date, the narrower range publication most likely falls in (shortly after the
 *     latest day the text reports), or null when the text gives no day to count from or the date was given.
 *     Added in session 3; JSON written before has no {@code likely} field and reads as null
 * @param precision what {@code value} rests on: {@link #DAY} when it is a day the evidence supports (a given date,
 *     or an inferred day picked by the days the text reports or by a likely range lying in one year), {@link #YEAR}
 *     when an inferred range rests on stated years, months or dated roles only, or its likely range has windows in
 *     several years (the day within the year is supported, the year is not), so no day inside it is more likely
 *     than another and {@code value} is null; null when unknown, and in JSON written before the field existed
 *     (docdate-r4), whose {@code value} reads as before
 */
public record Published(String value, String source, String earliest, String latest, String method, Likely likely,
    String precision) {

  /** {@link #precision()} of a day the evidence supports. */
  public static final String DAY = "day";

  /**
   * {@link #precision()} of an inferred range that rests on years only, or whose likely windows lie in several
   * years (no best day; {@code value} null).
   */
  public static final String YEAR = "year";

  /** A date with no stated precision (as written before the field existed). */
  public Published(String value, String source, String earliest, String latest, String method, Likely likely) {
    this(value, source, earliest, latest, method, likely, null);
  }

  /** A date without a likely range and with no stated precision (as written before those fields existed). */
  public Published(String value, String source, String earliest, String latest, String method) {
    this(value, source, earliest, latest, method, null);
  }

  /** A given date (source {@code option}, {@code input}, {@code meta}, {@code dateline}): one day, precision day. */
  public static Published given(String day, String source) {
    return new Published(day, source, day, day, null, null, DAY);
  }

  public static Published unknown() {
    return new Published(null, "unknown", null, null, "no date given and none inferable from the text");
  }

  /**
   * The likely publication range: inside the bound, and usually much narrower. When the text's year-less dates fit
   * several years, it is one window per year.
   *
   * @param earliest first day of the first window (ISO), never null
   * @param latest last day of the last window (ISO), never null
   * @param method how it was derived (a sentence), never null
   * @param windows the separate stretches of likely days in order, at least one; publication is likely in one of
   *     them
   */
  public record Likely(String earliest, String latest, String method, java.util.List<Window> windows) {

    public Likely {
      windows = windows == null ? java.util.List.of(new Window(earliest, latest)) : java.util.List.copyOf(windows);
    }

    /** Whether the ISO day {@code day} lies in one of the windows. */
    public boolean contains(String day) {
      return windows.stream().anyMatch(w -> w.earliest().compareTo(day) <= 0 && w.latest().compareTo(day) >= 0);
    }

    /** Days the windows cover, counting both ends. */
    public long days() {
      return windows.stream().mapToLong(w -> java.time.temporal.ChronoUnit.DAYS.between(
          java.time.LocalDate.parse(w.earliest()), java.time.LocalDate.parse(w.latest())) + 1).sum();
    }
  }

  /** One stretch of likely days, both ends inclusive (ISO). */
  public record Window(String earliest, String latest) {}
}
