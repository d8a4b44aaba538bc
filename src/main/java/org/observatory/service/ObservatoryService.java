package org.observatory.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.observatory.corpus.NewsCorpus;
import org.observatory.config.Config;
import org.observatory.core.Lazy;
import org.observatory.core.NotFoundException;
import org.observatory.core.ObservatoryException;
import org.observatory.core.PipelineException;
import org.observatory.document.Document;
import org.observatory.merge.MergedEvent;
import org.observatory.pipeline.Pipeline;
import org.observatory.pipeline.PipelineResult;
import org.observatory.source.DocumentReader;
import org.observatory.source.InputFormat;
import org.observatory.source.ReadResult;
import org.observatory.store.EventQuery;
import org.observatory.store.Store;
import org.observatory.store.StoreResult;
import org.observatory.store.StoredEvent;

/**
 * The one service the CLI, the REST API and the web view call. The pipeline (CoreNLP, gazetteer, dictionaries) is
 * loaded once, on first use, and shared. Thread-safe.
 */
public final class ObservatoryService {

  private final Config config;
  private final Lazy<Pipeline> pipeline;
  private final DocumentReader reader;

  public ObservatoryService(Config config) {
    this(config, () -> Pipelines.standard(config));
  }

  /** A service around a pipeline supplier (tests pass one sharing a per-JVM annotator). */
  public ObservatoryService(Config config, Supplier<Pipeline> pipeline) {
    this.config = config;
    this.pipeline = new Lazy<>(pipeline);
    this.reader = new DocumentReader();
  }

  public Config config() {
    return config;
  }

  /** The pipeline, loading it on first call. */
  public Pipeline pipeline() {
    return pipeline.get();
  }

  /** Reads every input (paths, directories, {@code -}) into documents or per-item failures, in input order. */
  public List<ReadResult> read(List<String> inputs, InputFormat format) {
    List<ReadResult> out = new ArrayList<>();
    for (String input : inputs) {
      out.addAll(reader.read(input, format, config));
    }
    return out;
  }

  /** Analyses one document; {@code date}, when not null, overrides the document's own date. */
  public PipelineResult analyze(Document document, LocalDate date) {
    Document d = date == null ? document : document.withPublished(date, "option");
    try {
      return pipeline().run(d);
    } catch (ObservatoryException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new PipelineException(d.origin() + ": analysis failed: " + e, e);
    }
  }

  /**
   * Reads and analyses every input, handing each item's outcome to {@code sink} in input order. A bad item
   * yields a {@link AnalysisOutcome.Failed} and the batch goes on; a pipeline that cannot be loaded (missing
   * reference data) throws, once, before any document is analysed.
   */
  public void analyze(List<String> inputs, InputFormat format, LocalDate date, Consumer<AnalysisOutcome> sink) {
    for (ReadResult item : read(inputs, format)) {
      sink.accept(analyze(item, date));
    }
  }

  private AnalysisOutcome analyze(ReadResult item, LocalDate date) {
    if (item instanceof ReadResult.Failure f) {
      return new AnalysisOutcome.Failed(f.origin(), f.error());
    }
    Document d = ((ReadResult.Success) item).document();
    pipeline(); // a pipeline that cannot load fails the whole batch once, not each document
    try {
      return new AnalysisOutcome.Analysed(d.origin(), analyze(d, date));
    } catch (ObservatoryException e) {
      return new AnalysisOutcome.Failed(d.origin(), e);
    }
  }

  /**
   * Reads, analyses and stores every input, one transaction per document; documents already stored (same id)
   * are left unchanged. A bad item is reported in the summary and the batch goes on.
   */
  public IngestSummary ingest(List<String> inputs, InputFormat format, LocalDate date, Path db,
      ProgressListener progress) {
    List<ReadResult> items = read(inputs, format);
    int stored = 0;
    int unchanged = 0;
    int events = 0;
    List<AnalysisOutcome.Failed> failures = new ArrayList<>();
    try (Store store = Store.open(db)) {
      int done = 0;
      for (ReadResult item : items) {
        AnalysisOutcome outcome = item instanceof ReadResult.Success s && store.contains(s.document().id())
            ? null : analyze(item, date);
        if (outcome == null) {
          unchanged++;
        } else if (outcome instanceof AnalysisOutcome.Failed f) {
          failures.add(f);
        } else {
          AnalysisOutcome.Analysed a = (AnalysisOutcome.Analysed) outcome;
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
        progress.progress(++done, items.size(), item.origin());
      }
    }
    return new IngestSummary(stored, unchanged, events, failures);
  }

  /** Up to {@code limit} dated news articles from the shared corpora, for benchmarks. */
  public List<Document> benchmarkCorpus(int limit) {
    return NewsCorpus.load(config.dataDir(), limit);
  }

  /** Stored events matching {@code query}, sorted by date then id. */
  public List<StoredEvent> events(Path db, EventQuery query) {
    try (Store store = existing(db)) {
      return store.events(query);
    }
  }

  /**
   * Merged events (one per real-world event, with every stored report of it) having a member that matches
   * {@code query}, sorted by date then id; see {@code docs/merging.md}.
   *
   * @throws NotFoundException when there is no store at {@code db}
   */
  public List<MergedEvent> mergedEvents(Path db, EventQuery query) {
    try (Store store = existing(db)) {
      return store.mergedEvents(query);
    }
  }

  private static Store existing(Path db) {
    if (!Files.exists(db)) {
      throw new NotFoundException("no store at " + db + " (run 'observatory ingest' first, or give --db)");
    }
    return Store.open(db);
  }
}
