package org.observatory.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import org.observatory.core.PipelineException;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.TimexMention;

/**
 * HeidelTime 2.2.1 as a candidate tagger (see {@link HeidelTimeEngine}): with a document date it runs HeidelTime's
 * {@code news} rules, without one its {@code narratives} rules (relative expressions anchored to dates in the text,
 * never to the clock).
 *
 * <p>Thread-safe without a global lock: a bounded pool of engines, one per concurrently tagging thread. The first
 * engine is built by the constructor (so missing resources fail there); more are built lazily, one for each thread
 * that finds every existing engine busy, up to {@code maxEngines}; past that, callers wait for an engine to come back.
 * An engine's output depends only on its input (its counters and CAS are reset per document), so which engine tags a
 * document never changes the result.
 */
final class HeidelTimeTagger {

  /** Engines built at most by {@link #HeidelTimeTagger()}: one per processor, at least two. */
  static final int DEFAULT_MAX_ENGINES = Math.max(2, Runtime.getRuntime().availableProcessors());

  private final BlockingDeque<HeidelTimeEngine> idle = new LinkedBlockingDeque<>();
  private final Semaphore unbuilt;
  private final int maxEngines;

  /** A pool of at most {@link #DEFAULT_MAX_ENGINES} engines. */
  HeidelTimeTagger() {
    this(DEFAULT_MAX_ENGINES);
  }

  /**
   * @param maxEngines engines built at most (each holds a CAS and two engines' per-document state, a few MB)
   * @throws PipelineException when HeidelTime cannot be initialised
   */
  HeidelTimeTagger(int maxEngines) {
    if (maxEngines < 1) {
      throw new IllegalArgumentException("maxEngines must be at least 1, not " + maxEngines);
    }
    this.maxEngines = maxEngines;
    this.unbuilt = new Semaphore(maxEngines - 1);
    idle.push(HeidelTimeEngine.create());
  }

  /** Engines built at most. */
  int maxEngines() {
    return maxEngines;
  }

  /** Engines built so far (1 to {@link #maxEngines}). */
  int engines() {
    return maxEngines - unbuilt.availablePermits();
  }

  /**
   * HeidelTime's TIMEX3 expressions over {@code text}, as mentions in our sentence numbering, sorted by span.
   *
   * @param documentDate the document date, or null
   * @throws PipelineException when HeidelTime fails, or the thread is interrupted while waiting for an engine
   */
  List<TimexMention> tag(String text, Annotation annotation, LocalDate documentDate) {
    HeidelTimeEngine engine = borrow();
    try {
      return engine.tag(text, annotation, documentDate);
    } finally {
      idle.push(engine);
    }
  }

  private HeidelTimeEngine borrow() {
    HeidelTimeEngine e = idle.pollFirst();
    if (e != null) {
      return e;
    }
    if (unbuilt.tryAcquire()) {
      try {
        return HeidelTimeEngine.create();
      } catch (RuntimeException ex) {
        unbuilt.release();
        throw ex;
      }
    }
    try {
      return idle.takeFirst();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new PipelineException("interrupted while waiting for a HeidelTime engine", ex);
    }
  }
}
