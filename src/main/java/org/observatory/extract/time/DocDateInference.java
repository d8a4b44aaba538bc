package org.observatory.extract.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.TimexMention;
import org.observatory.record.Published;

/**
 * Infers a document's publication date from its own text when none is given: every candidate day is scored by
 * the constraints the text puts on it (a date in a past-tense clause lies before publication, one in a
 * future-tense clause after it; a year-less past date such as "January 25" lies within the year before; "August 5
 * last year" lies in the previous calendar year) and by recency (reports are published soon after the latest day
 * they mention). The result is the range of best days. Never reads the clock. Stateless and thread-safe.
 */
public final class DocDateInference {

  /** Days after the latest mentioned day that still count as plausible publication dates. */
  public static final int WINDOW_DAYS = 30;

  /** Years after the latest stated past year that publication may still fall in. */
  public static final int FOLLOWING_YEARS = 2;

  private static final int VIOLATION = 100_000;

  /** A date stated with its year: the days it covers, whether to the day, and the clause's tense. */
  record Fixed(LocalDate from, LocalDate to, boolean dayLevel, Tense tense) {}

  /** A year-less day ("January 25"), the year word's shift ("last year" = -1) or null, and the tense. */
  record Yearless(java.time.Month month, int day, Integer shift, Tense tense) {}

  private DocDateInference() {}

  /** The inferred publication range, or {@link Published#unknown()} when the text states no year at all. */
  public static Published infer(Annotation annotation) {
    List<Fixed> fixed = new ArrayList<>();
    List<Yearless> yearless = new ArrayList<>();
    collect(annotation, fixed, yearless);
    Optional<int[]> years = candidateYears(fixed);
    if (years.isEmpty()) {
      return Published.unknown();
    }
    return best(fixed, yearless, years.get()[0], years.get()[1]);
  }

  private static void collect(Annotation a, List<Fixed> fixed, List<Yearless> yearless) {
    for (TimexMention m : a.timexes()) {
      Sentence s = a.sentences().get(m.sentence());
      Shape shape = Resolver.shapeOf(m, s);
      Tense tense = Tense.around(s, m.span());
      if (shape instanceof Shape.MonthDay d) {
        yearless.add(new Yearless(d.month(), d.day(), d.yearShift(), tense));
      } else if (shape instanceof Shape.Explicit && (m.type().equals("DATE") || m.type().equals("TIME"))) {
        String p = TimexValues.precision(m.value());
        if (!p.equals("decade")) {
          TimexValues.range(m.value()).ifPresent(r -> fixed.add(
              new Fixed(r[0], r[1], p.equals("day") || p.equals("instant"), tense)));
        }
      }
    }
  }

  /**
   * Years publication may fall in: from the latest year stated in a past-tense clause (else in any clause that is
   * not future) to two years after it. The text rarely says how long after its latest past date it was written,
   * so the range stays that wide unless recency and tense constraints narrow it.
   */
  private static Optional<int[]> candidateYears(List<Fixed> fixed) {
    Optional<Integer> past = fixed.stream().filter(f -> f.tense() == Tense.PAST)
        .map(f -> f.from().getYear()).max(Integer::compare);
    Optional<Integer> any = fixed.stream().filter(f -> f.tense() != Tense.FUTURE)
        .map(f -> f.from().getYear()).max(Integer::compare);
    return past.or(() -> any).map(y -> new int[] {y, y + FOLLOWING_YEARS});
  }

  private static Published best(List<Fixed> fixed, List<Yearless> yearless, int fromYear, int toYear) {
    LocalDate first = LocalDate.of(fromYear, 1, 1);
    LocalDate last = LocalDate.of(toYear, 12, 31);
    int n = (int) ChronoUnit.DAYS.between(first, last) + 1;
    long[] cost = new long[n];
    long min = Long.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      cost[i] = cost(first.plusDays(i), fixed, yearless);
      min = Math.min(min, cost[i]);
    }
    LocalDate earliest = null;
    LocalDate latest = null;
    LocalDate value = null;
    for (int i = 0; i < n; i++) {
      if (cost[i] / VIOLATION == min / VIOLATION && cost[i] % VIOLATION <= min % VIOLATION + WINDOW_DAYS) {
        LocalDate d = first.plusDays(i);
        earliest = earliest == null ? d : earliest;
        latest = d;
        value = cost[i] == min ? d : value;
      }
    }
    String method = String.format("inferred from %d dated and %d year-less expressions in the text "
        + "(tense constraints, latest mentioned day, %d-day window)%s", fixed.size(), yearless.size(), WINDOW_DAYS,
        min >= VIOLATION ? "; some constraints conflict" : "");
    return new Published(value.toString(), "inferred", earliest.toString(), latest.toString(), method);
  }

  /**
   * Violations (times {@link #VIOLATION}) plus days since the latest mentioned day, where "latest" is taken within
   * a year of {@code d} (a year-less date is placed in the year before {@code d} at most), so each candidate year
   * is judged by its own recency.
   */
  static long cost(LocalDate d, List<Fixed> fixed, List<Yearless> yearless) {
    long violations = 0;
    long recency = Long.MAX_VALUE;
    boolean anyDay = false;
    for (Fixed f : fixed) {
      if (f.tense() == Tense.PAST && d.isBefore(f.from()) || f.tense() == Tense.FUTURE && d.isAfter(f.to())) {
        violations++;
      }
      if (f.dayLevel() && f.tense() != Tense.FUTURE && !d.isBefore(f.from())) {
        anyDay = true;
        recency = Math.min(recency, ChronoUnit.DAYS.between(f.from(), d));
      }
    }
    for (Yearless y : yearless) {
      if (y.tense() == Tense.FUTURE) {
        continue;
      }
      LocalDate occ = y.shift() != null ? Calendar.at(d.getYear() + y.shift(), y.month(), y.day())
          : Calendar.monthDay(d, y.month(), y.day(), null, Tense.PAST);
      if (occ.isAfter(d)) {
        violations += y.tense() == Tense.PAST ? 1 : 0;
        continue;
      }
      if (y.shift() == null || y.shift() == 0) {
        anyDay = true;
        recency = Math.min(recency, ChronoUnit.DAYS.between(occ, d));
      }
    }
    return violations * VIOLATION + (anyDay ? Math.min(recency, VIOLATION - 1) : 0);
  }
}
