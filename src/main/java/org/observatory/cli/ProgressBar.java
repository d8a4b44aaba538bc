package org.observatory.cli;

import java.io.PrintWriter;
import org.observatory.service.ProgressListener;

/** A one-line progress bar on standard error, redrawn in place; silent when disabled. */
final class ProgressBar implements ProgressListener {

  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final boolean enabled;
  private final long started = System.nanoTime();

  ProgressBar(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  @Override
  public void progress(int done, int total, String origin) {
    if (!enabled || total == 0) {
      return;
    }
    int filled = (int) ((long) WIDTH * done / total);
    double secs = (System.nanoTime() - started) / 1e9;
    double eta = done == 0 ? 0 : secs / done * (total - done);
    err.printf("\r[%s%s] %d/%d  %.0fs elapsed, ~%.0fs left  ", "#".repeat(filled), ".".repeat(WIDTH - filled), done,
        total, secs, eta);
    err.flush();
  }

  void finish() {
    if (enabled) {
      err.println();
      err.flush();
    }
  }
}
