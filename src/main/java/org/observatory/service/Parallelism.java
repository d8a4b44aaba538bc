package org.observatory.service;

import org.observatory.core.ConfigException;

/**
 * How many worker threads a batch uses: by default one per processor, but no more than the heap holds. The loaded
 * standard pipeline and each worker's working set were measured with {@code ./observatory bench --threads N}
 * (docs/quality-time.md, section "time-threads"). Stateless.
 */
public final class Parallelism {

  private static final long MB = 1024 * 1024;

  /**
   * Heap the loaded standard pipeline holds (CoreNLP with parser and NER, HeidelTime, gazetteer, dictionaries): 1,442
   * to 1,451 MB live after loading and a full collection in six bench runs, rounded up.
   */
  static final long PIPELINE_HEAP_MB = 1500;

  /**
   * Heap one worker needs while analysing a news article: the heap left after a collection rose at most 225 MB above
   * the loaded pipeline during a 40-article batch on one or two threads (about 200 MB for the first worker, 20 to 25
   * MB more for the second); doubled as a margin for long articles and the collector's headroom.
   */
  static final long WORKER_HEAP_MB = 400;

  private Parallelism() {}

  /** One thread per processor, capped by what this JVM's maximum heap allows, at least 1. */
  public static int defaultThreads() {
    return fit(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / MB);
  }

  /** {@code requested} when given (at least 1), else {@link #defaultThreads()}. */
  public static int threads(Integer requested) {
    if (requested == null) {
      return defaultThreads();
    }
    if (requested < 1) {
      throw new ConfigException("--threads must be at least 1, not " + requested);
    }
    return requested;
  }

  /**
   * @param processors available processors
   * @param maxHeapMb the JVM's maximum heap in MB
   * @return {@code processors}, capped so that the pipeline and every worker fit in the heap, at least 1
   */
  static int fit(int processors, long maxHeapMb) {
    long room = (maxHeapMb - PIPELINE_HEAP_MB) / WORKER_HEAP_MB;
    return (int) Math.max(1, Math.min(processors, room));
  }
}
