package org.sitrep.stream;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.flink.api.common.JobExecutionResult;
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
  public record Result(int pages, int parallelism, int trials, double rate1, double rateN,
      int cores, double load) {
    /** A report line per parallelism and the speed-up. */
    public String report() {
      return String.format(Locale.ROOT, "per-document stages, %d pages per run, best of %d runs,"
          + " %d cores, load average %.1f before:%n"
          + "  parallelism 1: %.1f pages/s%n  parallelism %d: %.1f pages/s%n  speed-up: %.2fx",
          pages, trials, cores, load, rate1, parallelism, rateN, rateN / rate1);
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
    double one = 0;
    double many = 0;
    for (int t = 0; t < trials; t++) {
      one = Math.max(one, rate(pages, 1));
      many = Math.max(many, rate(pages, n));
    }
    return new Result(pages.size(), n, trials, one, many,
        Runtime.getRuntime().availableProcessors(), load);
  }

  private static double rate(List<PageMessage> pages, int parallelism) throws Exception {
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(parallelism, new Configuration());
    DataStream<PageMessage> in = env.fromData(pages, TypeInformation.of(PageMessage.class));
    in.rebalance()
        .process(new ReadStage()).setParallelism(parallelism)
        .map(Bench::ownAnchor).setParallelism(parallelism)
        .process(new CodeStage()).setParallelism(parallelism)
        .sinkTo(new DiscardingSink<>()).setParallelism(parallelism);
    JobExecutionResult r = env.execute("sitrep stream bench p=" + parallelism);
    return pages.size() * 1000.0 / r.getNetRuntime();
  }

  private static DocMessage ownAnchor(DocMessage d) {
    RecordCodec.setAnchor(d, d.published == null ? null
        : DateResolver.Anchor.published(LocalDate.parse(d.published)));
    return d;
  }
}
