package org.observatory.eval.time;

import java.util.List;
import java.util.Locale;

/**
 * Result of {@link DocDateEval}.
 *
 * @param files number of files
 * @param contained files whose inferred range contains the true DCT
 * @param unknown files for which no bounded range could be inferred (counted as not contained)
 * @param medianWidthDays median width of the inferred ranges in days (inclusive), over files with a range
 * @param evidenced files in which the inference finds year evidence (a stated year, or a named person's dated
 *     office); it cannot bound the publication date of the others
 * @param rows one line per file: name, true DCT, range, contained
 * @param corpora the same counts per corpus (parent directory), in reading order
 */
public record DocDateReport(int files, int contained, int unknown, double medianWidthDays, int evidenced,
    List<String> rows,
    List<Corpus> corpora) {

  /** Counts of one corpus; fields as in the report. */
  public record Corpus(String name, int files, int contained, int unknown, double medianWidthDays) {}

  public DocDateReport {
    rows = List.copyOf(rows);
    corpora = List.copyOf(corpora);
  }

  public double containedShare() {
    return files == 0 ? 0 : (double) contained / files;
  }

  public String render(boolean perFile) {
    StringBuilder b = new StringBuilder();
    b.append(line("all", files, contained, unknown, medianWidthDays));
    int ranged = files - unknown;
    b.append(String.format(Locale.ROOT, "of the %d files with a range: %.1f%% contain the DCT%n", ranged,
        ranged == 0 ? 0 : 100.0 * contained / ranged));
    b.append(String.format(Locale.ROOT, "files in which the inference finds year evidence (a stated year or a dated role): "
        + "%d (%.1f%%); without any, no bounded range is possible%n", evidenced,
        files == 0 ? 0 : 100.0 * evidenced / files));
    corpora.forEach(c -> b.append(line(c.name(), c.files(), c.contained(), c.unknown(), c.medianWidthDays())));
    if (perFile) {
      b.append("\nfile\tdct\tearliest\tlatest\tcontained\n");
      rows.forEach(r -> b.append(r).append('\n'));
    }
    return b.toString();
  }

  private static String line(String name, int files, int contained, int unknown, double median) {
    return String.format(Locale.ROOT, "%-9s files %d  contained %d (%.1f%%)  no range %d  median width %.0f days%n",
        name, files, contained, files == 0 ? 0 : 100.0 * contained / files, unknown, median);
  }
}
