package org.observatory.eval.merge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.observatory.merge.EventClusterer;
import org.observatory.merge.Member;
import org.observatory.merge.MergedEvent;
import org.observatory.merge.Report;
import org.observatory.record.AnalysisRecord;
import org.observatory.record.Event;
import org.observatory.store.EventQuery;
import org.observatory.store.Store;

/**
 * Stores a synthetic corpus one document at a time (merging as it goes), times it, and scores the merged events
 * against the corpus's known identities by pairs of reports (precision: merged pairs that are one real event;
 * recall: same-event pairs that were merged). The identities follow the scorer's own assumptions, so the
 * accuracy figures check the machinery, not the quality on real news. Not thread-safe (one run at a time).
 */
public final class MergeBenchmark {

  /**
   * What one run measured.
   *
   * @param documents documents stored
   * @param events events stored
   * @param merged merged events in the store afterwards
   * @param putMillis wall time of all puts, in ms
   * @param batchMillis wall time of clustering all events at once with {@link EventClusterer}, in ms
   * @param pairPrecision merged report pairs that are one real event / merged report pairs
   * @param pairRecall merged report pairs that are one real event / report pairs that are one real event
   * @param batchAgrees whether the store's incremental result equals clustering everything at once
   */
  public record Result(int documents, int events, int merged, long putMillis, long batchMillis,
      double pairPrecision, double pairRecall, boolean batchAgrees) {

    public String render() {
      return String.format("documents %d, events %d, merged events %d%n"
          + "store.put with merging: %d ms total, %.2f ms per document%n"
          + "batch clustering of all events: %d ms%n"
          + "pairs: precision %.3f, recall %.3f (synthetic identities)%n"
          + "incremental store result equals batch clustering: %s%n",
          documents, events, merged, putMillis, (double) putMillis / documents, batchMillis, pairPrecision,
          pairRecall, batchAgrees);
    }
  }

  /** Runs with {@code documents} documents of {@code eventsPerDocument} events, in a fresh store under {@code dir}. */
  public Result run(Path dir, int documents, int eventsPerDocument, long seed) {
    SyntheticReports corpus = new SyntheticReports(seed, Math.max(1, documents * eventsPerDocument / 3), 40, 90);
    Map<String, Integer> truth = new HashMap<>();
    List<Report> reports = new ArrayList<>();
    List<AnalysisRecord> records = new ArrayList<>();
    for (int n = 0; n < documents; n++) {
      List<Integer> truthOf = new ArrayList<>();
      AnalysisRecord r = corpus.document(n, eventsPerDocument, truthOf);
      records.add(r);
      for (int i = 0; i < r.events().size(); i++) {
        Event e = r.events().get(i);
        truth.put(e.id(), truthOf.get(i));
        reports.add(new Report(r.document().id(), r.document().outlet(), null, e));
      }
    }
    Path file = fresh(dir);
    try (Store store = Store.open(file)) {
      long t0 = System.nanoTime();
      records.forEach(store::put);
      long putMillis = (System.nanoTime() - t0) / 1_000_000;
      List<MergedEvent> merged = store.mergedEvents(EventQuery.all());
      long t1 = System.nanoTime();
      List<MergedEvent> batch = new EventClusterer().cluster(reports);
      long batchMillis = (System.nanoTime() - t1) / 1_000_000;
      double[] pr = pairs(merged, truth);
      List<MergedEvent> sorted = merged.stream().sorted(Comparator.comparing(MergedEvent::id)).toList();
      return new Result(documents, reports.size(), merged.size(), putMillis, batchMillis, pr[0], pr[1],
          sorted.equals(batch));
    }
  }

  private static double[] pairs(List<MergedEvent> merged, Map<String, Integer> truth) {
    long mergedPairs = 0;
    long correct = 0;
    for (MergedEvent m : merged) {
      List<Member> ms = m.members();
      for (int i = 0; i < ms.size(); i++) {
        for (int j = i + 1; j < ms.size(); j++) {
          mergedPairs++;
          if (truth.get(ms.get(i).eventId()).equals(truth.get(ms.get(j).eventId()))) {
            correct++;
          }
        }
      }
    }
    Map<Integer, Long> perTruth = new HashMap<>();
    truth.values().forEach(t -> perTruth.merge(t, 1L, Long::sum));
    long truePairs = perTruth.values().stream().mapToLong(c -> c * (c - 1) / 2).sum();
    return new double[] {mergedPairs == 0 ? 1 : (double) correct / mergedPairs,
        truePairs == 0 ? 1 : (double) correct / truePairs};
  }

  private static Path fresh(Path dir) {
    try {
      Files.createDirectories(dir);
      Path file = Files.createTempFile(dir, "merge-bench", ".db");
      Files.delete(file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a store under " + dir, e);
    }
  }
}
