package org.observatory.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.observatory.core.PipelineException;

/**
 * Applies a function to every item of a batch on a fixed number of worker threads and hands each result to a sink on
 * the calling thread, in input order. At most {@code 2 × threads} items are in flight (started and not yet handed to
 * the sink), so memory stays flat however long the batch: a slow sink (the store) holds the workers back instead of
 * letting results pile up. With one thread, or one item, everything runs on the calling thread.
 *
 * <p>The function must report an item's expected failure in its result (as {@link AnalysisOutcome.Failed} does); an
 * exception or error it throws anyway is rethrown on the calling thread when that item's turn comes, after the
 * results before it were handed over, and the items after it are abandoned: the same as a serial loop. Stateless.
 */
final class OrderedBatch {

  private OrderedBatch() {}

  /**
   * @param threads worker threads, at least 1
   * @param work applied to each item, on a worker thread; must be thread-safe
   * @param sink given each item and its result, on the calling thread, in input order
   */
  static <T, R> void run(List<T> items, int threads, Function<? super T, ? extends R> work,
      BiConsumer<? super T, ? super R> sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    if (threads == 1 || items.size() <= 1) {
      for (T item : items) {
        sink.accept(item, work.apply(item));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, new DaemonThreads());
    try {
      Deque<Future<? extends R>> inFlight = new ArrayDeque<>();
      int window = 2 * threads;
      int next = 0;
      for (T item : items) {
        while (next < items.size() && inFlight.size() < window) {
          T t = items.get(next++);
          inFlight.addLast(pool.submit(() -> work.apply(t)));
        }
        sink.accept(item, await(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PipelineException("interrupted while waiting for an analysis", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new PipelineException("analysis failed: " + c, c);
    }
  }

  /** Daemon worker threads named {@code observatory-worker-N}, so a batch never keeps the JVM alive. */
  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "observatory-worker-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
