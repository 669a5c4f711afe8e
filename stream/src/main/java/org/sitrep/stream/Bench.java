package org.sitrep.stream;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import javax.management.JMException;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.connector.source.lib.NumberSequenceSource;
import org.apache.flink.api.connector.source.lib.util.IteratorSourceEnumerator;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.sitrep.pipeline.Inputs;
import org.sitrep.time.DateResolver;

/**
 * {@code sitrep stream --bench}: pages/s of the job's per-document part (read, mentions, then
 * code with the page's own date as anchor) in a Flink MiniCluster at parallelism 1 and N, runs
 * alternating after warm-up runs until the JIT compiler is done. The pages are in memory, the sink discards: no Kafka, no
 * story state.
 */
public final class Bench {
  /** Measured runs, in the order they ran (parallelism 1 and N alternating). */
  public record Result(int pages, int parallelism, List<Run> one, List<Run> many, int cores,
      int warmups) {
    /** Median pages/s of parallelism N over that of parallelism 1. */
    public double speedUp() {
      return median(many, Run::rate) / median(one, Run::rate);
    }

    /** A line per run, then the medians and the speed-up. */
    public String report() {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
          "per-document stages, %d pages per run, %d cores, after %d warm-up pairs of runs;"
          + " runs in order:%n", pages, cores, warmups));
      for (int i = 0; i < one.size(); i++) {
        b.append(String.format(Locale.ROOT, "  p1 %s%n  p%d %s%n", one.get(i), parallelism,
            many.get(i)));
      }
      b.append(String.format(Locale.ROOT, "median parallelism 1: %.1f pages/s, %.2f task cores"
          + " busy%nmedian parallelism %d: %.1f pages/s, %.2f task cores busy%n"
          + "speed-up: %.2fx (medians; run pairs %s)", median(one, Run::rate),
          median(one, Run::cores), parallelism, median(many, Run::rate),
          median(many, Run::cores), speedUp(), pairs()));
      return b.toString();
    }

    private String pairs() {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < one.size(); i++) {
        b.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2fx",
            many.get(i).rate() / one.get(i).rate()));
      }
      return b.toString();
    }
  }

  /**
   * One timed run: pages/s while the pages flowed (first to last document out of the chain);
   * the CPU time of the task threads (pages per CPU-second, and how many cores' worth the
   * tasks got while the pages flowed: their start and finish count too), of the whole JVM
   * (the tasks, garbage collection, the JIT compiler, Flink's own threads) over the same
   * time, the time of the garbage collectors and of the JIT compiler over the whole run, and
   * the load average before the run.
   */
  public record Run(double rate, double cpuSeconds, double wallSeconds, int pages,
      List<Long> perSubtask, double tailSeconds, double jvmCpuSeconds, double gcSeconds,
      double jitSeconds, double load) {
    /** Task threads' CPU time over the time the pages flowed. */
    public double cores() {
      return cpuSeconds / wallSeconds;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%6.1f pages/s in %.1f s (subtasks %s pages, the"
          + " first done %.2f s before the last), %.0f pages per task CPU-second, cores busy:"
          + " tasks %.2f, JVM %.2f; GC %.2f s, JIT %.2f s; load %.1f", rate, wallSeconds,
          perSubtask.stream().map(String::valueOf).collect(Collectors.joining("/")),
          tailSeconds, pages / cpuSeconds, cores(), jvmCpuSeconds / wallSeconds, gcSeconds,
          jitSeconds, load);
    }
  }

  /* CPU time of the task threads (source, read, code: one chain, one thread per subtask),
   * and when the first and the last document came out of the chain, with the JVM's CPU time
   * then: the rate counts the time the pages flowed, not deploying and finishing the job,
   * which are the same at any parallelism. */
  static final LongAdder CPU_NANOS = new LongAdder();
  static final AtomicLong FIRST = new AtomicLong(Long.MAX_VALUE);
  static final AtomicLong LAST = new AtomicLong();
  static final AtomicLong JVM_FIRST = new AtomicLong();
  static final AtomicLong JVM_LAST = new AtomicLong();
  private static final ObjectName OS = os();
  /** Per subtask, at its close: the documents it passed and when the last came out. */
  static final Queue<long[]> SUBTASKS = new ConcurrentLinkedQueue<>();

  /**
   * Passes documents on; adds its thread's CPU time from open to close to {@link #CPU_NANOS},
   * and its count and last document's time to {@link #SUBTASKS}.
   */
  static final class CpuMeter extends RichMapFunction<DocMessage, DocMessage> {
    private static final long serialVersionUID = 1L;
    private transient long start;
    private transient long count;
    private transient long last;

    @Override
    public void open(OpenContext context) {
      start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @Override
    public DocMessage map(DocMessage d) {
      long now = System.nanoTime();
      count++;
      last = now;
      long jvm = jvmCpuNanos();
      if (FIRST.compareAndSet(Long.MAX_VALUE, now)) {
        JVM_FIRST.set(jvm);
      }
      LAST.accumulateAndGet(now, Math::max);
      JVM_LAST.accumulateAndGet(jvm, Math::max);
      return d;
    }

    @Override
    public void close() {
      CPU_NANOS.add(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start);
      SUBTASKS.add(new long[] {count, last});
    }
  }

  /**
   * The page numbers 0 … n-1 in {@code splits} ranges, which the readers take one at a time
   * as they finish the last (Flink's {@link NumberSequenceSource} makes one range per reader,
   * so a reader that falls behind leaves the other idle at the end).
   */
  static final class PageNumbers extends NumberSequenceSource {
    private static final long serialVersionUID = 1L;
    private final int splits;

    PageNumbers(long n, int splits) {
      super(0, n - 1);
      this.splits = splits;
    }

    @Override
    public SplitEnumerator<NumberSequenceSplit, Collection<NumberSequenceSplit>> createEnumerator(
        SplitEnumeratorContext<NumberSequenceSplit> context) {
      return new IteratorSourceEnumerator<>(context, splitNumberRange(getFrom(), getTo(),
          splits));
    }
  }

  /** Page number i: the (i mod size)-th page, named for its round (a copy of the original). */
  static final class PageAt extends RichMapFunction<Long, PageMessage> {
    private static final long serialVersionUID = 1L;
    private final String[] names;
    private final byte[][] bytes;

    PageAt(String[] names, byte[][] bytes) {
      this.names = names;
      this.bytes = bytes;
    }

    @Override
    public PageMessage map(Long i) {
      int k = (int) (i % names.length);
      return new PageMessage(names[k] + "#" + i / names.length, null, 0, i, bytes[k]);
    }
  }

  /** At most this many warm-up pairs of runs (parallelism N, then 1). */
  static final int MAX_WARMUP = 6;

  private Bench() {}

  /**
   * Measures {@code inputs} fed {@code repeat} times at parallelism 1 and {@code n}, {@code
   * trials} runs of each, alternating, after warm-up pairs of runs until the JIT compiler is
   * done; the readers take the pages {@code splitPages} at a time.
   */
  public static Result run(List<String> inputs, int n, int repeat, int trials, int splitPages)
      throws Exception {
    List<String> names = new ArrayList<>();
    List<byte[]> bytes = new ArrayList<>();
    for (Inputs.Page p : Inputs.expand(inputs).pages()) {
      names.add(p.input());
      bytes.add(Files.readAllBytes(p.path()));
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no pages found in " + inputs);
    }
    PageAt pages = new PageAt(names.toArray(new String[0]), bytes.toArray(new byte[0][]));
    int count = names.size() * repeat;
    Shared.stages(); // the knowledge loads once per JVM, not inside the measurement
    // One MiniCluster with N slots for every run, as a task manager runs the job: a cluster per
    // run would load Flink's RPC system (Pekko, Scala) in a fresh class loader each time, and
    // the JIT compiler would compile it all again while the next run's pages flow.
    MiniClusterConfiguration config = new MiniClusterConfiguration.Builder()
        .setConfiguration(new Configuration()).setNumTaskManagers(1)
        .setNumSlotsPerTaskManager(n).build();
    try (MiniCluster cluster = new MiniCluster(config)) {
      cluster.start();
      // warm-up: pairs of runs until the JIT compiler is done with the stages (its time under
      // 5% of a pair's), at most MAX_WARMUP pairs: while it compiles, it takes a core's share
      // from the tasks, more of it at parallelism N than at 1
      int w = 0;
      while (w++ < MAX_WARMUP) {
        long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long start = System.nanoTime();
        rate(cluster, pages, count, n, splitPages);
        rate(cluster, pages, count, 1, splitPages);
        long pairMillis = (System.nanoTime() - start) / 1_000_000;
        if (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit
            < pairMillis / 20) {
          break;
        }
      }
      List<Run> one = new ArrayList<>();
      List<Run> many = new ArrayList<>();
      for (int t = 0; t < trials; t++) {
        one.add(rate(cluster, pages, count, 1, splitPages));
        many.add(rate(cluster, pages, count, n, splitPages));
      }
      return new Result(count, n, one, many, Runtime.getRuntime().availableProcessors(),
          Math.min(w, MAX_WARMUP));
    }
  }

  private static Run rate(MiniCluster cluster, PageAt pages, int count, int parallelism,
      int splitPages) throws Exception {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    StreamExecutionEnvironment env = new StreamExecutionEnvironment();
    env.setParallelism(parallelism);
    // one chain per subtask, as in the job (source and read chained): no records between threads
    env.fromSource(new PageNumbers(count, Math.max(1, count / splitPages)),
            WatermarkStrategy.noWatermarks(), "page numbers")
        .map(pages)
        .process(new ReadStage())
        .map(Bench::ownAnchor)
        .process(new CodeStage())
        .map(new CpuMeter())
        .sinkTo(new DiscardingSink<>());
    CPU_NANOS.reset();
    FIRST.set(Long.MAX_VALUE);
    LAST.set(0);
    JVM_LAST.set(0);
    SUBTASKS.clear();
    long gc = gcMillis();
    long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    StreamGraph graph = env.getStreamGraph();
    graph.setJobName("sitrep stream bench p=" + parallelism);
    cluster.executeJobBlocking(graph.getJobGraph());
    double flowing = (LAST.get() - FIRST.get()) / 1e9;
    List<Long> perSubtask = SUBTASKS.stream().map(c -> c[0]).sorted().toList();
    long firstDone = SUBTASKS.stream().filter(c -> c[0] > 0).mapToLong(c -> c[1]).min()
        .orElse(LAST.get());
    if (perSubtask.stream().mapToLong(Long::longValue).sum() != count) {
      throw new IllegalStateException("the bench passed " + perSubtask + " pages, not " + count);
    }
    return new Run((count - 1) / flowing, CPU_NANOS.sum() / 1e9, flowing, count, perSubtask,
        (LAST.get() - firstDone) / 1e9,
        (JVM_LAST.get() - JVM_FIRST.get()) / 1e9, (gcMillis() - gc) / 1e3,
        (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit) / 1e3, load);
  }

  private static DocMessage ownAnchor(DocMessage d) {
    RecordCodec.setAnchor(d, d.published == null ? null
        : DateResolver.Anchor.published(LocalDate.parse(d.published)));
    return d;
  }

  /** The JVM's CPU time (all its threads), or 0 where the platform does not say. */
  static long jvmCpuNanos() {
    try {
      Object v = ManagementFactory.getPlatformMBeanServer().getAttribute(OS, "ProcessCpuTime");
      return v instanceof Long l ? l : 0;
    } catch (JMException e) {
      return 0;
    }
  }

  private static ObjectName os() {
    try {
      return new ObjectName(ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME);
    } catch (MalformedObjectNameException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, b.getCollectionTime());
    }
    return sum;
  }

  static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> f) {
    double[] v = runs.stream().mapToDouble(f).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
