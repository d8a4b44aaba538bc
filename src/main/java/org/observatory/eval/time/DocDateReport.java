package org.observatory.eval.time;

import java.util.List;
import java.util.Locale;

/**
 * Result of {@link DocDateEval}.
 *
 * @param files number of files
 * @param contained files whose inferred range contains the true DCT
 * @param unknown files for which no range could be inferred (counted as not contained)
 * @param medianWidthDays median width of the inferred ranges in days (inclusive), over files with a range
 * @param rows one line per file: name, true DCT, range, contained
 */
public record DocDateReport(int files, int contained, int unknown, double medianWidthDays, List<String> rows) {

  public DocDateReport {
    rows = List.copyOf(rows);
  }

  public double containedShare() {
    return files == 0 ? 0 : (double) contained / files;
  }

  public String render(boolean perFile) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "files %d  contained %d (%.1f%%)  no range %d  median width %.0f days%n",
        files, contained, 100 * containedShare(), unknown, medianWidthDays));
    int ranged = files - unknown;
    b.append(String.format(Locale.ROOT, "of the %d files with a range: %.1f%% contain the DCT%n", ranged,
        ranged == 0 ? 0 : 100.0 * contained / ranged));
    if (perFile) {
      b.append("\nfile\tdct\tearliest\tlatest\tcontained\n");
      rows.forEach(r -> b.append(r).append('\n'));
    }
    return b.toString();
  }
}
