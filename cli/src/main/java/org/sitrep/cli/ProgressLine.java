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

  /* On a terminal the line rewrites itself; in a log it is a new line every five seconds. */
  private final boolean terminal = System.console() != null;

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
    long every = terminal ? 500_000_000L : 5_000_000_000L;
    if (!quiet && (now - last > every || done == total) && (terminal || done == total
        || last != 0)) {
      last = now;
      double s = Math.max(1e-9, (now - t0) / 1e9);
      String line = String.format(Locale.ROOT, "analyzed %d/%d pages, %.0f pages/s, %.1f MB/s,"
          + " %d failed", done, total, done / s, bytes / 1e6 / s, failures);
      if (terminal) {
        err.print("\r" + line + " ");
        shown = true;
      } else {
        err.println(line);
      }
      err.flush();
    } else if (last == 0) {
      last = now;
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
