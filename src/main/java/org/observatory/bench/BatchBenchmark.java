package org.observatory.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.observatory.document.Document;

/**
 * Throughput of the batch path: documents per second when a batch is analysed on a given number of worker threads,
 * wall-clock, after a warm-up batch on the same threads. Also reports the heap: live after loading (after a full
 * collection) and the highest heap left after any collection during the measured batch, whose growth from one to
 * more threads estimates what a worker needs. Not thread-safe (one run at a time).
 */
public final class BatchBenchmark {

  private static final long MB = 1024 * 1024;

  /** The batch path under test: analyses documents on {@code threads} threads, returns how many failed. */
  @FunctionalInterface
  public interface Batch {
    int analyze(List<Document> documents, int threads);
  }

  /**
   * One run.
   *
   * @param documents documents measured (after the warm-up)
   * @param characters their total length in UTF-16 code units
   * @param threads worker threads
   * @param failed documents whose analysis failed (counted in the throughput)
   * @param seconds wall-clock seconds for the measured batch
   * @param cpuSeconds CPU seconds the whole process used during the measured batch (all threads, GC included)
   * @param heapMaxMb the JVM's maximum heap, MB
   * @param liveAfterLoadMb heap in use after the warm-up and a full collection, MB
   * @param peakAfterGcMb highest heap in use right after any collection during the measured batch, MB
   */
  public record Report(int documents, long characters, int threads, int failed, double seconds, double cpuSeconds,
      long heapMaxMb,
      long liveAfterLoadMb, long peakAfterGcMb) {

    public double documentsPerSecond() {
      return seconds == 0 ? 0 : documents / seconds;
    }

    public String render() {
      return String.format("batch: %d documents (%.0f characters each on average), %d thread(s), %d failed%n"
              + "wall clock: %.1f s; throughput: %.3f documents/second%n"
              + "process CPU: %.1f s (%.2f processors busy on average)%n"
              + "heap: max %d MB; live after load %d MB; highest after a collection during the batch %d MB%n",
          documents, documents == 0 ? 0.0 : (double) characters / documents, threads, failed, seconds,
          documentsPerSecond(), cpuSeconds, seconds == 0 ? 0 : cpuSeconds / seconds, heapMaxMb, liveAfterLoadMb, peakAfterGcMb);
    }
  }

  /**
   * @param warmup leading documents run first as their own batch on the same threads, unmeasured (they load models
   *     and build per-thread resources); they are measured again in the batch
   */
  public Report run(Batch batch, List<Document> documents, int warmup, int threads) {
    batch.analyze(documents.subList(0, Math.min(warmup, documents.size())), threads);
    System.gc();
    long live = used();
    AtomicLong peak = new AtomicLong(live);
    List<Runnable> detach = watch(peak);
    long t0 = System.nanoTime();
    long cpu0 = cpuNanos();
    int failed;
    try {
      failed = batch.analyze(documents, threads);
    } finally {
      detach.forEach(Runnable::run);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (cpuNanos() - cpu0) / 1e9;
    long chars = documents.stream().mapToLong(d -> d.text().length()).sum();
    return new Report(documents.size(), chars, threads, failed, seconds, cpuSeconds, Runtime.getRuntime().maxMemory() / MB,
        live / MB, peak.get() / MB);
  }

  private static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Keeps {@code peak} at the highest heap use seen after a collection; returns how to stop watching. */
  private static List<Runnable> watch(AtomicLong peak) {
    List<Runnable> detach = new ArrayList<>();
    Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    NotificationListener listener = (Notification n, Object handback) -> {
      if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
        GarbageCollectionNotificationInfo info =
            GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
            .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
        peak.accumulateAndGet(after, Math::max);
      }
    };
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        detach.add(() -> {
          try {
            emitter.removeNotificationListener(listener);
          } catch (ListenerNotFoundException e) {
            // already gone: nothing to detach
          }
        });
      }
    }
    return detach;
  }
}
