package org.observatory.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.observatory.core.ObservatoryException;
import org.observatory.source.ReadResult;
import org.observatory.store.Store;
import org.observatory.store.StoreResult;

/**
 * Stores each outcome of an ingest batch as it comes (one transaction per document), counts what happened and tells
 * the progress listener. Used by one thread, the one running the batch; not thread-safe.
 */
final class IngestTally {

  private final int total;
  private final ProgressListener progress;
  private final List<AnalysisOutcome.Failed> failures = new ArrayList<>();
  private int stored;
  private int unchanged;
  private int events;
  private int done;

  IngestTally(int total, ProgressListener progress) {
    this.total = total;
    this.progress = progress;
  }

  /**
   * @param outcome the item's analysis, or empty when the store already held the document (not analysed)
   */
  void add(Store store, ReadResult item, Optional<AnalysisOutcome> outcome) {
    if (outcome.isEmpty()) {
      unchanged++;
    } else if (outcome.get() instanceof AnalysisOutcome.Failed f) {
      failures.add(f);
    } else {
      put(store, (AnalysisOutcome.Analysed) outcome.get());
    }
    progress.progress(++done, total, item.origin());
  }

  private void put(Store store, AnalysisOutcome.Analysed a) {
    try {
      StoreResult r = store.put(a.result().record());
      if (r.status() == StoreResult.Status.STORED) {
        stored++;
        events += r.events();
      } else {
        unchanged++;
      }
    } catch (ObservatoryException e) {
      failures.add(new AnalysisOutcome.Failed(a.origin(), e));
    }
  }

  IngestSummary summary() {
    return new IngestSummary(stored, unchanged, events, failures);
  }
}
