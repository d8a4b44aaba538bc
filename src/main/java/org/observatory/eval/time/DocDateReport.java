package org.observatory.eval.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.observatory.record.Published;

/**
 * Result of {@link DocDateEval} for one lag window.
 *
 * @param half the corpus half scored (ALL, DEV, TEST)
 * @param lagDays the likely range's lag window in days
 * @param bound the bound ({@code earliest}..{@code latest}) over all files scored
 * @param likely the likely range over all files scored
 * @param boundEvidenced the bound over the files with year evidence (a stated year or a dated role)
 * @param likelyEvidenced the likely range over the files with year evidence
 * @param lags the true lag (days from the latest year-less day or month the text reports to the DCT) over the files
 *     with year evidence that report one: what {@code DocDateInference.LAG_DAYS} is fitted on (DEV half only)
 * @param rows one line per file: name, true DCT, bound, contained, likely range, contained, likely days, year
 *     evidence, true lag, best day, its precision
 * @param corpora the counts per corpus (parent directory), in reading order
 * @param levels the ceiling: files per evidence level ({@code DocDateInference.EvidenceLevel}, best first), with
 *     how many have a stated day close before the DCT and how many got a tight range holding it
 */
public record DocDateReport(String half, int lagDays, Score bound, Score likely, Score boundEvidenced,
    Score likelyEvidenced, Lags lags, List<String> rows, List<Corpus> corpora, List<Level> levels) {

  /** Widest range, in days, that meets the width target; a range this narrow holding the DCT is "tight". */
  public static final int TIGHT_DAYS = 31;

  /**
   * The files of one evidence level.
   *
   * @param name the level (day with its year, year-less day and year, year only, none)
   * @param files files at this level
   * @param nearDay files whose text states a day (with its year, or year-less placed in the year up to the DCT) at
   *     most {@link #TIGHT_DAYS} days before the true DCT: reads the DCT, so a ceiling for recency rules only
   * @param boundTight files whose bound is at most {@link #TIGHT_DAYS} days wide and holds the DCT
   * @param likelyTight files whose likely range covers at most {@link #TIGHT_DAYS} days and holds the DCT
   */
  public record Level(String name, int files, int nearDay, int boundTight, int likelyTight) {

    Level plus(Level o) {
      return new Level("all", files + o.files, nearDay + o.nearDay, boundTight + o.boundTight,
          likelyTight + o.likelyTight);
    }
  }

  /**
   * Counts for one kind of range over a set of files.
   *
   * @param files files in the set
   * @param ranged files given a range closed at both ends (the others count as not contained)
   * @param contained files whose range contains the true DCT
   * @param medianWidthDays median inclusive width of the ranges in days, NaN when none
   */
  public record Score(int files, int ranged, int contained, double medianWidthDays) {

    /** Share of all files whose range contains the DCT. */
    public double containedShare() {
      return files == 0 ? 0 : (double) contained / files;
    }

    /** Share of the ranged files whose range contains the DCT. */
    public double precision() {
      return ranged == 0 ? 0 : (double) contained / ranged;
    }
  }

  /**
   * Quantiles of the true lags (nearest rank).
   *
   * @param files files measured
   * @param p50 median lag in days, -1 when no file
   * @param p75 75th percentile in days, -1 when no file
   * @param p90 90th percentile in days, -1 when no file
   */
  public record Lags(int files, long p50, long p75, long p90) {

    static Lags of(List<Long> lags) {
      List<Long> s = lags.stream().sorted().toList();
      return new Lags(s.size(), rank(s, 0.5), rank(s, 0.75), rank(s, 0.9));
    }

    private static long rank(List<Long> sorted, double q) {
      return sorted.isEmpty() ? -1 : sorted.get((int) Math.ceil(q * sorted.size()) - 1);
    }
  }

  /** Counts of one corpus. */
  public record Corpus(String name, Score bound, Score likely) {}

  public DocDateReport {
    rows = List.copyOf(rows);
    corpora = List.copyOf(corpora);
    levels = List.copyOf(levels);
  }

  /** Number of files scored. */
  public int files() {
    return bound.files();
  }

  /** Share of all files whose bound contains the DCT. */
  public double containedShare() {
    return bound.containedShare();
  }

  public String render(boolean perFile) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "half %s  files %d  lag window %d days%n", half, files(), lagDays));
    b.append(line("all", "bound", bound)).append(line("all", "likely", likely));
    b.append(line("evidence", "bound", boundEvidenced)).append(line("evidence", "likely", likelyEvidenced));
    b.append(String.format(Locale.ROOT, "files with year evidence (a stated year or a dated role): %d (%.1f%%); "
        + "without any, no bounded range is possible%n", boundEvidenced.files(),
        files() == 0 ? 0 : 100.0 * boundEvidenced.files() / files()));
    b.append(String.format(Locale.ROOT, "true lag from the latest year-less day or month to the DCT (files with "
        + "evidence): %d files, median %d, 75th percentile %d, 90th percentile %d days%n", lags.files(), lags.p50(),
        lags.p75(), lags.p90()));
    corpora.forEach(c -> b.append(line(c.name(), "bound", c.bound())).append(line(c.name(), "likely", c.likely())));
    b.append(renderLevels());
    if (perFile) {
      b.append("\nfile\tdct\tearliest\tlatest\tcontained\tlikely from\tlikely to\tcontained\tlikely days"
          + "\tevidence\ttrue lag\tbest day\tprecision\n");
      rows.forEach(r -> b.append(r).append('\n'));
    }
    return b.toString();
  }

  /**
   * The ceiling block: per evidence level, the files, those with a stated day at most {@link #TIGHT_DAYS} days
   * before the DCT, and those whose bound or likely range is tight and holds the DCT; then what the targets need.
   */
  String renderLevels() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "ceiling: evidence level    files  stated day <=%d d before DCT  "
        + "bound <=%d d holding DCT  likely <=%d d holding DCT%n", TIGHT_DAYS, TIGHT_DAYS, TIGHT_DAYS));
    Level total = new Level("all", 0, 0, 0, 0);
    for (Level l : levels) {
      b.append(levelLine(l));
      total = total.plus(l);
    }
    b.append(levelLine(total));
    int ranged = bound.ranged();
    b.append(String.format(Locale.ROOT, "tight and holding the DCT: bound %d (%.1f%% of files, %.1f%% of ranged), "
        + "likely %d (%.1f%% of files, %.1f%% of ranged); both targets together (>= 90%% contained, median <= %d "
        + "days) need >= 40%% of ranged files (of all files if containment counts all)%n", total.boundTight(),
        pct(total.boundTight(), files()), pct(total.boundTight(), ranged), total.likelyTight(),
        pct(total.likelyTight(), files()), pct(total.likelyTight(), likely.ranged()), TIGHT_DAYS));
    return b.toString();
  }

  private String levelLine(Level l) {
    return String.format(Locale.ROOT, "  %-24s %5d  %5d (%5.1f%%)                 %5d (%5.1f%%)          "
        + "%5d (%5.1f%%)%n", l.name(), l.files(), l.nearDay(), pct(l.nearDay(), files()), l.boundTight(),
        pct(l.boundTight(), files()), l.likelyTight(), pct(l.likelyTight(), files()));
  }

  private static double pct(int n, int of) {
    return of == 0 ? 0 : 100.0 * n / of;
  }

  /** One summary line, for sweeps over lag windows. */
  public String summary() {
    return String.format(Locale.ROOT, "lag %3d  all likely %d/%d (%.1f%%) width %.0f  evidence likely %d/%d of %d "
        + "(%.1f%% of ranged) width %.0f", lagDays, likely.contained(), likely.files(), 100 * likely.containedShare(),
        likely.medianWidthDays(), likelyEvidenced.contained(), likelyEvidenced.ranged(), likelyEvidenced.files(),
        100 * likelyEvidenced.precision(), likelyEvidenced.medianWidthDays());
  }

  private static String line(String scope, String kind, Score s) {
    return String.format(Locale.ROOT, "%-9s %-6s files %3d  ranged %3d  contained %3d (%.1f%% of files, %.1f%% of "
        + "ranged)  median width %.0f days%n", scope, kind, s.files(), s.ranged(), s.contained(),
        100 * s.containedShare(), 100 * s.precision(), s.medianWidthDays());
  }

  static double median(List<Long> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Long> s = values.stream().sorted().toList();
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
  }

  /** Whether a range of {@code days} holding the DCT ({@code contained}) is tight. */
  static boolean tight(boolean contained, long days) {
    return contained && days <= TIGHT_DAYS;
  }

  /** Running counts of the bound and the likely range over a set of files. Not thread-safe. */
  static final class Tally {
    private int files;
    private int boundContained;
    private int likelyContained;
    private final List<Long> boundWidths = new ArrayList<>();
    private final List<Long> likelyWidths = new ArrayList<>();

    void add(LocalDate dct, Published p) {
      files++;
      if (p.earliest() != null && p.latest() != null) {
        boundWidths.add(width(p.earliest(), p.latest()));
        boundContained += contains(dct, p.earliest(), p.latest()) ? 1 : 0;
      }
      if (p.likely() != null) {
        likelyWidths.add(p.likely().days());
        likelyContained += p.likely().contains(dct.toString()) ? 1 : 0;
      }
    }

    Score bound() {
      return new Score(files, boundWidths.size(), boundContained, median(boundWidths));
    }

    Score likely() {
      return new Score(files, likelyWidths.size(), likelyContained, median(likelyWidths));
    }

    static boolean contains(LocalDate dct, String from, String to) {
      return from != null && to != null && !dct.isBefore(LocalDate.parse(from)) && !dct.isAfter(LocalDate.parse(to));
    }

    static long width(String from, String to) {
      return ChronoUnit.DAYS.between(LocalDate.parse(from), LocalDate.parse(to)) + 1;
    }
  }
}
