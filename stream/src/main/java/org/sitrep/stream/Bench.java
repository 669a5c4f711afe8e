package org.sitrep.stream;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.sitrep.pipeline.Inputs;
import org.sitrep.time.DateResolver;

/**
 * {@code sitrep stream --bench}: pages/s of the job's per-document part (read, mentions, then
 * code with the page's own date as anchor) in a Flink MiniCluster at parallelism 1 and N, after
 * a warm-up run. The pages are in memory, the sink discards: no Kafka, no story state.
 */
public final class Bench {
  /** Measured rates. */
  public record Result(int pages, int parallelism, int trials, Run one, Run many, int cores,
      double load) {
    /** A report line per parallelism and the speed-up. */
    public String report() {
      return String.format(Locale.ROOT, "per-document stages, %d pages per run, best of %d runs,"
          + " %d cores, load average %.1f before:%n"
          + "  parallelism 1: %s%n  parallelism %d: %s%n  speed-up: %.2fx (wall clock)",
          pages, trials, cores, load, one, parallelism, many, many.rate() / one.rate());
    }
  }

  /**
   * One timed run: pages/s while the pages flowed (first to last out of the chain), and the CPU
   * time the task threads spent (so pages per CPU-second, and how many cores' worth the job got
   * while the pages flowed, on a shared machine; the threads' start and finish count too).
   */
  public record Run(double rate, double cpuSeconds, double wallSeconds, int pages) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.1f pages/s, %.1f pages per CPU-second, %.2f cores"
          + " busy", rate, pages / cpuSeconds, cpuSeconds / wallSeconds);
    }
  }

  /* CPU time of the task threads (every operator of a chain runs in its subtask's thread), and
   * when the first and the last document came out of the chain: the rate counts the time the
   * pages flowed, not deploying and finishing the job, which are the same at any parallelism. */
  static final LongAdder CPU_NANOS = new LongAdder();
  static final AtomicLong FIRST = new AtomicLong(Long.MAX_VALUE);
  static final AtomicLong LAST = new AtomicLong();

  /** Passes documents on; adds its thread's CPU time from open to close to {@link #CPU_NANOS}. */
  static final class CpuMeter extends RichMapFunction<DocMessage, DocMessage> {
    private static final long serialVersionUID = 1L;
    private transient long start;

    @Override
    public void open(OpenContext context) {
      start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @Override
    public DocMessage map(DocMessage d) {
      long now = System.nanoTime();
      FIRST.accumulateAndGet(now, Math::min);
      LAST.accumulateAndGet(now, Math::max);
      return d;
    }

    @Override
    public void close() {
      CPU_NANOS.add(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start);
    }
  }

  private Bench() {}

  /** Measures {@code inputs} fed {@code repeat} times at parallelism 1 and {@code n}. */
  public static Result run(List<String> inputs, int n, int repeat, int trials)
      throws Exception {
    List<PageMessage> pages = new ArrayList<>();
    long seq = 0;
    for (int r = 0; r < repeat; r++) {
      for (Inputs.Page p : Inputs.expand(inputs).pages()) {
        pages.add(new PageMessage(p.input() + "#" + r, null, 0, seq++,
            Files.readAllBytes(p.path())));
      }
    }
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no pages found in " + inputs);
    }
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Shared.stages(); // the knowledge loads once per JVM, not inside the measurement
    rate(pages, n); // warm-up
    // alternate, keep each one's best: on a shared machine the slow runs measure the neighbours
    Run one = null;
    Run many = null;
    for (int t = 0; t < trials; t++) {
      Run a = rate(pages, 1);
      one = one == null || a.rate() > one.rate() ? a : one;
      Run b = rate(pages, n);
      many = many == null || b.rate() > many.rate() ? b : many;
    }
    return new Result(pages.size(), n, trials, one, many,
        Runtime.getRuntime().availableProcessors(), load);
  }

  private static Run rate(List<PageMessage> pages, int parallelism) throws Exception {
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(parallelism, new Configuration());
    DataStream<PageMessage> in = env.fromData(pages, TypeInformation.of(PageMessage.class));
    in.rebalance()
        .process(new ReadStage()).setParallelism(parallelism)
        .map(Bench::ownAnchor).setParallelism(parallelism)
        .process(new CodeStage()).setParallelism(parallelism)
        .map(new CpuMeter()).setParallelism(parallelism)
        .sinkTo(new DiscardingSink<>()).setParallelism(parallelism);
    CPU_NANOS.reset();
    FIRST.set(Long.MAX_VALUE);
    LAST.set(0);
    env.execute("sitrep stream bench p=" + parallelism);
    double flowing = (LAST.get() - FIRST.get()) / 1e9;
    return new Run((pages.size() - 1) / flowing, CPU_NANOS.sum() / 1e9, flowing, pages.size());
  }

  private static DocMessage ownAnchor(DocMessage d) {
    RecordCodec.setAnchor(d, d.published == null ? null
        : DateResolver.Anchor.published(LocalDate.parse(d.published)));
    return d;
  }
}
