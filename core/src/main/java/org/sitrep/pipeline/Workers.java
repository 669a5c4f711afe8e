package org.sitrep.pipeline;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A pool of worker threads whose jobs each get a time limit counted from when the job starts.
 * A job over its limit is interrupted (the stages check for it in their long loops) and
 * abandoned: its thread is replaced, so a page that ignores the interrupt slows the run by one
 * thread for as long as it runs, never stops it.
 */
final class Workers implements AutoCloseable {
  /** How a job ended: a value, over time, or an error it threw. */
  sealed interface Outcome<T> permits Done, TimedOut, Threw {}

  record Done<T>(T value) implements Outcome<T> {}

  /** The job was abandoned after its time limit, in {@code stage}. */
  record TimedOut<T>(String stage) implements Outcome<T> {}

  record Threw<T>(Throwable error, String stage) implements Outcome<T> {}

  /** What a job can tell about itself while it runs: the stage it is in. */
  static final class Tracker {
    private volatile String stage;

    Tracker(String stage) {
      this.stage = stage;
    }

    void stage(String s) {
      stage = s;
    }

    String stage() {
      return stage;
    }
  }

  /** A submitted job. */
  static final class Job<T> {
    private final FutureTask<T> task;
    private final Tracker tracker;
    private volatile long startedNanos;

    private Job(Callable<T> body, Tracker tracker) {
      this.tracker = tracker;
      this.task = new FutureTask<>(() -> {
        startedNanos = System.nanoTime();
        return body.call();
      });
    }
  }

  /** The most threads a run may leave behind on abandoned jobs before it stops replacing them. */
  private static final int MAX_ABANDONED = 64;

  private final ThreadPoolExecutor pool;
  private final long limitNanos;
  private int abandoned;

  Workers(int threads, Duration limit) {
    this.limitNanos = limit.toNanos();
    this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "sitrep-worker");
          t.setDaemon(true); // an abandoned job never keeps the JVM alive
          return t;
        });
  }

  /** Submits a job; it learns its stage from {@code tracker} when it is abandoned. */
  <T> Job<T> submit(Tracker tracker, Callable<T> body) {
    Job<T> j = new Job<>(body, tracker);
    pool.execute(j.task);
    return j;
  }

  /** Waits for a job: its value, or over time (then abandoned), or what it threw. */
  <T> Outcome<T> await(Job<T> job) throws InterruptedException {
    while (true) {
      long started = job.startedNanos;
      long wait = started == 0 ? limitNanos : started + limitNanos - System.nanoTime();
      try {
        if (wait <= 0 && !job.task.isDone()) {
          abandon(job);
          return new TimedOut<>(job.tracker.stage());
        }
        return new Done<>(job.task.get(Math.max(wait, 1), TimeUnit.NANOSECONDS));
      } catch (TimeoutException e) {
        // not started yet (queued behind others) or over its limit: look again
      } catch (CancellationException e) {
        return new TimedOut<>(job.tracker.stage());
      } catch (ExecutionException e) {
        return new Threw<>(e.getCause(), job.tracker.stage());
      }
    }
  }

  private void abandon(Job<?> job) {
    job.task.cancel(true);
    if (abandoned < MAX_ABANDONED) {
      abandoned++;
      // the abandoned thread may run on: give the pool one more so the others keep their pace
      pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
      pool.setCorePoolSize(pool.getCorePoolSize() + 1);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
