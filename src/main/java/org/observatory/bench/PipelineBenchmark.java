package org.observatory.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.observatory.document.Document;
import org.observatory.pipeline.Pipeline;
import org.observatory.pipeline.PipelineResult;
import org.observatory.pipeline.StageTiming;

/** Runs the pipeline over documents after a warm-up and reports mean milliseconds per document for each stage. */
public final class PipelineBenchmark {

  /**
   * One benchmark run.
   *
   * @param documents documents measured (after warm-up)
   * @param characters their total length in UTF-16 code units
   * @param stageMillis mean milliseconds per document for each stage, in pipeline order
   * @param totalMillis mean milliseconds per document, all stages
   */
  public record Report(int documents, long characters, Map<String, Double> stageMillis, double totalMillis) {

    public String render() {
      StringBuilder s = new StringBuilder();
      s.append(String.format("pipeline: %d documents, %.0f characters each on average%n", documents,
          documents == 0 ? 0.0 : (double) characters / documents));
      s.append(String.format("%-14s %12s %8s%n", "stage", "ms/document", "share"));
      stageMillis.forEach((stage, ms) -> s.append(String.format("%-14s %12.1f %7.1f%%%n", stage, ms,
          totalMillis == 0 ? 0 : 100 * ms / totalMillis)));
      s.append(String.format("%-14s %12.1f %7.1f%%%n", "total", totalMillis, 100.0));
      s.append(String.format("throughput: %.2f documents/second on one thread%n",
          totalMillis == 0 ? 0 : 1000 / totalMillis));
      return s.toString();
    }
  }

  public Report run(Pipeline pipeline, List<Document> documents, int warmup) {
    for (int i = 0; i < Math.min(warmup, documents.size()); i++) {
      pipeline.run(documents.get(i));
    }
    Map<String, Double> sums = new LinkedHashMap<>();
    long chars = 0;
    for (Document d : documents) {
      PipelineResult r = pipeline.run(d);
      chars += d.text().length();
      for (StageTiming t : r.timings()) {
        sums.merge(t.stage(), t.millis(), Double::sum);
      }
    }
    int n = documents.size();
    Map<String, Double> means = new LinkedHashMap<>();
    sums.forEach((k, v) -> means.put(k, v / Math.max(1, n)));
    double total = means.values().stream().mapToDouble(Double::doubleValue).sum();
    return new Report(n, chars, means, total);
  }
}
