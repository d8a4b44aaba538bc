package org.observatory.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.observatory.record.Published;

/**
 * The publication-lag model behind the likely range: news is published shortly after the latest day it reports.
 * The days that count are year-less dates ("Oct. 19", "January 25", "August 5 last year") and months ("in
 * October", "last November", "late December", up to their last day) in clauses that are not future tense, placed
 * in the year up to the candidate publication day. By newsroom convention a date is written without its year when
 * it falls in the current year or the last months, while a date written with its year ("April 6, 1994") is
 * usually older and only bounds publication from below (in {@link DocDateInference}). A candidate day is likely
 * when it breaks no more constraints than the best day, places the fewest year-less dates before a day written with
 * its year ({@link #orderBreaks}), and lies at most the lag window after its latest reported day. Year-less dates
 * fit every year, so the likely days may form one window per candidate year; with more than the allowed number of
 * windows the text does not support a likely range. Stateless and thread-safe.
 */
final class PublicationLag {

  /** The likely windows (each {from, to}, inclusive, in order) and the parameters that produced them. */
  record Windows(List<LocalDate[]> stretches, int lagDays) {

    boolean contains(LocalDate d) {
      return stretches.stream().anyMatch(s -> !d.isBefore(s[0]) && !d.isAfter(s[1]));
    }

    LocalDate first() {
      return stretches.get(0)[0];
    }

    LocalDate last() {
      return stretches.get(stretches.size() - 1)[1];
    }

    /**
     * The calendar years the windows begin in, when there are several windows and they begin in different years:
     * the text's year-less dates fit each of those years and nothing picks one, so no day inside is a supported
     * best day. 1 for a single window (even one crossing a new year) or windows all in one year.
     */
    long years() {
      return stretches.size() < 2 ? 1 : stretches.stream().map(s -> s[0].getYear()).distinct().count();
    }

    /** These windows cut to begin on or after {@code from}; empty when none reaches it. */
    Optional<Windows> from(LocalDate from) {
      List<LocalDate[]> kept = new ArrayList<>();
      for (LocalDate[] s : stretches) {
        if (!s[1].isBefore(from)) {
          kept.add(new LocalDate[] {s[0].isBefore(from) ? from : s[0], s[1]});
        }
      }
      return kept.isEmpty() ? Optional.empty() : Optional.of(new Windows(kept, lagDays));
    }

    Published.Likely published() {
      List<Published.Window> ws = stretches.stream()
          .map(s -> new Published.Window(s[0].toString(), s[1].toString())).toList();
      return new Published.Likely(ws.get(0).earliest(), ws.get(ws.size() - 1).latest(), String.format(
          "publication-lag model: at most %d days after the latest year-less date or month the text reports in "
              + "the past or present tense, among the days breaking the fewest constraints%s", lagDays,
          ws.size() > 1 ? "; " + ws.size() + " windows, one per year the year-less dates fit" : ""), ws);
    }
  }

  private PublicationLag() {}

  /**
   * The likely windows over the scored days, or empty when no best day has a reported day at most {@code lagDays}
   * before it, or when the likely days form more than {@code maxWindows} separate windows.
   *
   * @param first the day {@code cost[0]} scores
   * @param cost each day's cost: violations times {@code violation} plus recency
   * @param minCost the least of {@code cost}
   */
  static Optional<Windows> likely(LocalDate first, long[] cost, long minCost, long violation,
      DocDateInference.Evidence e, int lagDays, int maxWindows) {
    long minUnits = minCost / violation;
    Optional<Windows> dated = afterDateline(first, cost, violation, minUnits, e);
    if (dated.isPresent()) {
      return dated;
    }
    List<LocalDate> days = new ArrayList<>();
    int fewestBreaks = Integer.MAX_VALUE;
    for (int i = 0; i < cost.length; i++) {
      LocalDate d = first.plusDays(i);
      if (cost[i] / violation == minUnits && lag(d, e).filter(l -> l <= lagDays).isPresent()) {
        int breaks = orderBreaks(d, e);
        if (breaks < fewestBreaks) {
          days.clear();
          fewestBreaks = breaks;
        }
        if (breaks == fewestBreaks) {
          days.add(d);
        }
      }
    }
    List<LocalDate[]> stretches = new ArrayList<>();
    for (LocalDate d : days) {
      LocalDate[] last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
      if (last != null && last[1].plusDays(1).equals(d)) {
        last[1] = d;
      } else {
        stretches.add(new LocalDate[] {d, d});
      }
    }
    if (stretches.isEmpty() || stretches.size() > maxWindows) {
      return Optional.empty();
    }
    return Optional.of(new Windows(stretches, lagDays));
  }

  /**
   * The best days at most {@link DocDateInference#DATELINE_DAYS} after the text's latest dateline (a day written
   * with its year in its first sentence, see {@link DocDateInference.Fixed#dateline()}), as one window; empty when
   * the text has no dateline or no best day lies in that stretch. A news report's dateline is its publication day
   * or a day or two before, so it outranks the year-less dates and their order.
   */
  static Optional<Windows> afterDateline(LocalDate first, long[] cost, long violation, long minUnits,
      DocDateInference.Evidence e) {
    Optional<LocalDate> dateline = e.fixed().stream().filter(DocDateInference.Fixed::dateline)
        .map(DocDateInference.Fixed::from).max(LocalDate::compareTo);
    if (dateline.isEmpty()) {
      return Optional.empty();
    }
    LocalDate from = null;
    LocalDate to = null;
    for (int i = 0; i < cost.length; i++) {
      LocalDate d = first.plusDays(i);
      long since = ChronoUnit.DAYS.between(dateline.get(), d);
      if (cost[i] / violation == minUnits && since >= 0 && since <= DocDateInference.DATELINE_DAYS) {
        from = from == null ? d : from;
        to = d;
      }
    }
    return from == null ? Optional.empty()
        : Optional.of(new Windows(List.<LocalDate[]>of(new LocalDate[] {from, to}), DocDateInference.DATELINE_DAYS));
  }

  /**
   * How many of the text's past or present year-less dates, placed as for publication on {@code d}, fall on or
   * before the latest day- or month-precise date the text writes with its year in a clause that is not future
   * tense: by the same convention, a year-less date is more recent than a day written with its year (a bare year,
   * "1989 earnings", is often the current one and does not count) ("were to pull out by
   * October 17 2018 ... On October 9, Turkish forces launched" places October 9 after 2018).
   */
  static int orderBreaks(LocalDate d, DocDateInference.Evidence e) {
    LocalDate stated = null;
    for (DocDateInference.Fixed f : e.fixed()) {
      boolean precise = f.dayLevel() || f.to().isBefore(f.from().plusMonths(1));
      if (f.tense() != Tense.FUTURE && precise && (stated == null || f.to().isAfter(stated))) {
        stated = f.to();
      }
    }
    if (stated == null) {
      return 0;
    }
    int breaks = 0;
    for (DocDateInference.Yearless y : e.yearless()) {
      if (y.tense() != Tense.FUTURE && y.shift() == null
          && !y.placedFor(d).isAfter(stated)) {
        breaks++;
      }
    }
    return breaks;
  }

  /** Days from the latest day the text reports up to {@code d} to {@code d}; empty when it reports none. */
  static Optional<Long> lag(LocalDate d, DocDateInference.Evidence e) {
    return latestReported(d, e).map(r -> ChronoUnit.DAYS.between(r, d));
  }

  /**
   * The latest year-less day on or before {@code d} that the text reports as past or present; a year-less month
   * ("in October", "last November") counts up to its last day, or {@code d} when that is earlier.
   */
  static Optional<LocalDate> latestReported(LocalDate d, DocDateInference.Evidence e) {
    LocalDate best = null;
    for (DocDateInference.YearlessMonth m : e.months()) {
      if (m.tense() == Tense.FUTURE) {
        continue;
      }
      YearMonth ym = Calendar.month(d, m.month(), m.modifier(), Tense.PAST);
      if (!ym.atDay(1).isAfter(d)) {
        LocalDate r = ym.atEndOfMonth().isAfter(d) ? d : ym.atEndOfMonth();
        best = best == null || r.isAfter(best) ? r : best;
      }
    }
    for (DocDateInference.Yearless y : e.yearless()) {
      if (y.tense() == Tense.FUTURE) {
        continue;
      }
      LocalDate occ = y.placedFor(d);
      if (!occ.isAfter(d)) {
        best = best == null || occ.isAfter(best) ? occ : best;
      }
    }
    return Optional.ofNullable(best);
  }
}
