package org.sitrep.text;

import java.util.concurrent.CancellationException;

/**
 * Lets a stage's long loops stop when the driver abandons a page over its time limit: the
 * driver interrupts the page's thread, and {@link #check} (called once per sentence, match or
 * token run) ends the work with a {@link CancellationException}. Stages stay free of any notion
 * of time; a thread nobody interrupts never stops here.
 */
public final class Interruption {
  private Interruption() {}

  /** Throws when the current thread was interrupted (the flag stays set for the driver). */
  public static void check() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("interrupted: the page was abandoned");
    }
  }
}
