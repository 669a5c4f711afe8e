package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.sitrep.pipeline.Analyzer;

/**
 * Prints progress to stderr: each failure as one line, and a running "pages done, rate,
 * failures" line at most twice a second.
 */
final class ProgressLine implements Analyzer.Progress {
  private final PrintWriter err;
  private final boolean quiet;
  private final long t0 = System.nanoTime();
  private long last;
  private boolean shown;

  ProgressLine(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public void page(int done, int total, int failures, long bytes, String input, String failure) {
    if (failure != null) {
      clear();
      err.println("sitrep: failed: " + input + ": " + failure);
    }
    long now = System.nanoTime();
    if (!quiet && (now - last > 500_000_000L || done == total)) {
      last = now;
      double s = Math.max(1e-9, (now - t0) / 1e9);
      err.printf(Locale.ROOT, "\ranalyzed %d/%d pages, %.0f pages/s, %.1f MB/s, %d failed ",
          done, total, done / s, bytes / 1e6 / s, failures);
      err.flush();
      shown = true;
    }
  }

  void finish(Analyzer.Summary s) {
    clear();
  }

  private void clear() {
    if (shown) {
      err.println();
      shown = false;
    }
  }
}
