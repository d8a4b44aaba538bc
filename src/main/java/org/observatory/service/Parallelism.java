package org.observatory.service;

import org.observatory.core.ConfigException;

/**
 * How many worker threads a batch uses: by default one per processor, but no more than the heap holds. The loaded
 * standard pipeline and each worker's working set were measured with {@code ./observatory bench --threads N}
 * (docs/quality-time.md, section "time-threads"). Stateless.
 */
public final class Parallelism {

  private static final long MB = 1024 * 1024;

  /** Heap the loaded standard pipeline holds (CoreNLP with parser and NER, gazetteer, dictionaries), measured. */
  static final long PIPELINE_HEAP_MB = 2600;

  /** Heap one more worker needs while analysing a news article, measured, with a margin. */
  static final long WORKER_HEAP_MB = 700;

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
