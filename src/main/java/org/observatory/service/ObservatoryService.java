package org.observatory.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.observatory.bench.BatchBenchmark;
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
   * Reads and analyses every input on one thread, handing each item's outcome to {@code sink} in input order; see
   * {@link #analyze(List, InputFormat, LocalDate, int, Consumer)}.
   */
  public void analyze(List<String> inputs, InputFormat format, LocalDate date, Consumer<AnalysisOutcome> sink) {
    analyze(inputs, format, date, 1, sink);
  }

  /**
   * Reads and analyses every input on {@code threads} worker threads, handing each item's outcome to {@code sink} on
   * the calling thread in input order (so the output is the same for any number of threads). A bad item yields a
   * {@link AnalysisOutcome.Failed} and the batch goes on; a pipeline that cannot be loaded (missing reference data)
   * throws, once, before any document is analysed.
   *
   * @param threads worker threads, at least 1 ({@link Parallelism#defaultThreads()} uses every core the heap allows)
   */
  public void analyze(List<String> inputs, InputFormat format, LocalDate date, int threads,
      Consumer<AnalysisOutcome> sink) {
    List<ReadResult> items = read(inputs, format);
    loadIfNeeded(items);
    OrderedBatch.run(items, threads, item -> analyze(item, date), (item, outcome) -> sink.accept(outcome));
  }

  /**
   * Analyses documents already read, on {@code threads} worker threads, handing each outcome to {@code sink} on the
   * calling thread in input order; a failing document yields a {@link AnalysisOutcome.Failed} and the others go on.
   *
   * @param date when not null, overrides every document's own date
   * @param threads worker threads, at least 1
   */
  public void analyzeDocuments(List<Document> documents, LocalDate date, int threads,
      Consumer<AnalysisOutcome> sink) {
    if (!documents.isEmpty()) {
      pipeline();
    }
    OrderedBatch.run(documents, threads, d -> analyze(new ReadResult.Success(d), date),
        (d, outcome) -> sink.accept(outcome));
  }

  /** Loads the pipeline on the calling thread when some item will need it, so a load failure throws once. */
  private void loadIfNeeded(List<ReadResult> items) {
    if (items.stream().anyMatch(ReadResult.Success.class::isInstance)) {
      pipeline();
    }
  }

  private AnalysisOutcome analyze(ReadResult item, LocalDate date) {
    if (item instanceof ReadResult.Failure f) {
      return new AnalysisOutcome.Failed(f.origin(), f.error());
    }
    Document d = ((ReadResult.Success) item).document();
    try {
      return new AnalysisOutcome.Analysed(d.origin(), analyze(d, date));
    } catch (ObservatoryException e) {
      return new AnalysisOutcome.Failed(d.origin(), e);
    }
  }

  /** {@link #ingest(List, InputFormat, LocalDate, Path, int, ProgressListener)} on one thread. */
  public IngestSummary ingest(List<String> inputs, InputFormat format, LocalDate date, Path db,
      ProgressListener progress) {
    return ingest(inputs, format, date, db, 1, progress);
  }

  /**
   * Reads, analyses and stores every input, one transaction per document; documents already stored (same id)
   * are left unchanged and not analysed. A bad item is reported in the summary and the batch goes on. Documents are
   * analysed on {@code threads} worker threads; storing, and {@code progress}, happen on the calling thread in input
   * order, so the store ends up the same for any number of threads. (Two items of one batch with the same id may
   * both be analysed when they are in flight together; the store keeps the first, as with one thread.)
   *
   * @param threads worker threads, at least 1
   */
  public IngestSummary ingest(List<String> inputs, InputFormat format, LocalDate date, Path db, int threads,
      ProgressListener progress) {
    List<ReadResult> items = read(inputs, format);
    IngestTally tally = new IngestTally(items.size(), progress);
    try (Store store = Store.open(db)) {
      if (items.stream().anyMatch(i -> i instanceof ReadResult.Success s && !store.contains(s.document().id()))) {
        pipeline();
      }
      OrderedBatch.run(items, threads,
          item -> item instanceof ReadResult.Success s && store.contains(s.document().id())
              ? Optional.<AnalysisOutcome>empty() : Optional.of(analyze(item, date)),
          (item, outcome) -> tally.add(store, item, outcome));
    }
    return tally.summary();
  }

  /** Up to {@code limit} dated news articles from the shared corpora, for benchmarks. */
  public List<Document> benchmarkCorpus(int limit) {
    return NewsCorpus.load(config.dataDir(), limit);
  }

  /**
   * Throughput of the batch path ({@link #analyzeDocuments}) on up to {@code documents} articles of the shared news
   * corpora, after a warm-up batch of {@code warmup} of them on the same threads; loads the pipeline first.
   */
  public BatchBenchmark.Report benchmarkBatch(int documents, int warmup, int threads) {
    List<Document> docs = benchmarkCorpus(documents);
    pipeline();
    return new BatchBenchmark().run((batch, t) -> {
      int[] failed = {0};
      analyzeDocuments(batch, null, t, o -> failed[0] += o instanceof AnalysisOutcome.Failed ? 1 : 0);
      return failed[0];
    }, docs, warmup, threads);
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
