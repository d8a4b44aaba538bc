package org.observatory.eval.time;

import java.util.List;
import java.util.Locale;

/**
 * Result of {@link TimeEval}: overall and per-file counts, error lines and the time stage's cost.
 *
 * @param overall summed counts
 * @param files per-file counts, in file order
 * @param errors miss / extra / wrong-value lines (empty unless requested)
 * @param stageMsPerDocument mean wall-clock milliseconds of the time stage alone per document
 * @param annotateMsPerDocument mean milliseconds of the CoreNLP annotation per document (for scale)
 * @param stageCpuMsPerDocument mean CPU milliseconds of the evaluating thread in the time stage per document (less
 *     sensitive than wall-clock time to other processes on a shared machine)
 */
public record TimeEvalReport(Counts overall, List<FileScore> files, List<String> errors, double stageMsPerDocument,
    double annotateMsPerDocument, double stageCpuMsPerDocument) {

  /** Counts of one file. */
  public record FileScore(String file, Counts counts) {}

  public TimeEvalReport {
    files = List.copyOf(files);
    errors = List.copyOf(errors);
  }

  /** Plain-text rendering: the overall table, then one line per file, then the errors if any. */
  public String render(boolean perFile) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "files %d  gold %d  system %d%n", files.size(), overall.gold(),
        overall.system()));
    b.append(String.format(Locale.ROOT, "strict  P %.3f R %.3f F1 %.3f%n", overall.strictPrecision(),
        overall.strictRecall(), overall.strictF1()));
    b.append(String.format(Locale.ROOT, "relaxed P %.3f R %.3f F1 %.3f%n", overall.relaxedPrecision(),
        overall.relaxedRecall(), overall.relaxedF1()));
    b.append(String.format(Locale.ROOT, "type   accuracy %.3f  F1 %.3f%n", overall.typeAccuracy(), overall.typeF1()));
    b.append(String.format(Locale.ROOT, "value  accuracy %.3f  F1 %.3f%n", overall.valueAccuracy(),
        overall.valueF1()));
    b.append(String.format(Locale.ROOT, "time stage %.2f ms/document (CoreNLP annotate %.0f ms/document)%n",
        stageMsPerDocument, annotateMsPerDocument));
    b.append(String.format(Locale.ROOT, "time stage CPU %.2f ms/document%n", stageCpuMsPerDocument));
    if (perFile) {
      b.append(String.format("%nfile\tgold\tsystem\tstrictF1\trelaxedF1\ttypeAcc\tvalueF1%n"));
      for (FileScore f : files) {
        Counts c = f.counts();
        b.append(String.format(Locale.ROOT, "%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f%n", f.file(), c.gold(), c.system(),
            c.strictF1(), c.relaxedF1(), c.typeAccuracy(), c.valueF1()));
      }
    }
    if (!errors.isEmpty()) {
      b.append(String.format("%nerrors (%d)%n", errors.size()));
      errors.forEach(e -> b.append(e).append('\n'));
    }
    return b.toString();
  }
}
