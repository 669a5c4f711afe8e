package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.pipeline.Benchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep bench}: throughput, heap and start-up of the pipeline on a corpus. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures throughput on pages held in memory: pages/s and MB/s (medians of the timed runs,",
      "after warm-up runs) of ingest, of mention finding (MB/s of body text in UTF-8, and",
      "million characters/s) and of the whole",
      "pipeline (ingest, mentions, time, events), peak heap, the knowledge load time, and the",
      "time from JVM start to the first page through the whole pipeline; then story linking of",
      "500, 1,000 and 2,000 documents (time, and the heap the linked stories hold).",
      "The corpus is the given pages repeated up to --min-pages. Each run also times a baseline",
      "(a bare jsoup parse and text flattening of the same pages), run by run in turn, so the",
      "ratio between the two holds on a noisy shared machine. Nothing is written to disk.",
      "Example: sitrep bench ../shared/bench/zyte/html --min-pages 1000",
    })
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "<page or folder>", description = "Pages to measure on.")
  List<String> inputs;

  @Option(names = "--min-pages", defaultValue = "1000", description = "Corpus size (default: ${DEFAULT-VALUE}).")
  int minPages;

  @Option(names = "--warmup", defaultValue = "4", description = "Untimed rounds first, at least"
      + " (default: ${DEFAULT-VALUE}); more while a workload still speeds up (the JIT at work).")
  int warmup;

  @Option(names = "--max-warmup", defaultValue = "16", description = "Untimed rounds at most"
      + " (default: ${DEFAULT-VALUE}); --max-warmup at or below --warmup makes it exactly --warmup.")
  int maxWarmup;

  @Option(names = "--runs", defaultValue = "5", description = "Timed runs (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = {"-t", "--threads"}, description = "Worker threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (runs < 1 || warmup < 0 || threads < 1 || minPages < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--runs, --threads and --min-pages must be at least 1, --warmup at least 0");
    }
    List<Benchmark.Page> pages = Benchmark.load(inputs);
    if (pages.isEmpty()) {
      err.println("sitrep: no pages found in " + inputs);
      return Main.SOME_FAILED;
    }
    Benchmark.Report r = Benchmark.run(pages, minPages, warmup, maxWarmup, runs, threads,
        err::println);
    out.printf(Locale.ROOT, "corpus: %d distinct pages repeated to %d, %d threads, max heap %d MB%n",
        r.distinctPages(), r.figures().get(0).pages(), threads,
        Runtime.getRuntime().maxMemory() >> 20);
    out.printf(Locale.ROOT, "first result: %d ms after JVM start (%d pages failed to read)%n",
        r.firstResultMillis(), r.failures());
    out.printf(Locale.ROOT, "knowledge load: %d ms (gazetteer and actor catalogue)%n",
        r.knowledgeMillis());
    out.printf(Locale.ROOT, "warm-up: %d untimed rounds (at least %d, then until no workload ran"
        + " over %.0f%% faster than the round before and the JIT compiler was near idle, at most"
        + " %d)%n", r.warmupRounds(), warmup, (Benchmark.SETTLED - 1) * 100,
        Math.max(warmup, maxWarmup));
    for (Benchmark.Figures f : r.figures()) {
      out.printf(Locale.ROOT, "%-30s median %8.0f pages/s %7.1f MB/s  peak heap %4d MB  runs %s%n",
          f.workload(), f.medianPagesPerSecond(), f.medianMbPerSecond(), f.peakHeapBytes() >> 20,
          java.util.Arrays.stream(f.pagesPerSecond()).mapToObj(x -> String.format(Locale.ROOT,
              "%.0f", x)).toList());
    }
    out.println("per CPU second of the worker threads (what a busy shared machine does not"
        + " distort; JIT and GC threads not counted):");
    for (Benchmark.Figures f : r.figures()) {
      out.printf(Locale.ROOT, "%-30s median %8.0f pages per CPU second%n", f.workload(),
          f.medianPagesPerCpuSecond());
    }
    Benchmark.Figures m = r.figures().get(2);
    int cores = Math.min(threads, Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, "mention matching per core: %.1f MB/s of body text (UTF-8), %.1f M"
        + " characters/s (%d threads on %d cores; the target is 20 MB/s per core)%n",
        m.medianMbPerSecond() / cores, m.medianMegaCharsPerSecond() / cores, threads,
        Runtime.getRuntime().availableProcessors());
    // the wall-clock figure above counts the time other programs, the collector and the JIT take
    // from the workers; per CPU second of a worker is per core whatever the machine's load
    out.printf(Locale.ROOT, "mention matching per CPU second of a worker thread: %.1f MB of body"
        + " text (UTF-8; the same measure on a busy machine)%n",
        m.medianPagesPerCpuSecond() * m.bytes() / Math.max(1, m.pages()) / 1e6);
    for (Benchmark.Linking l : r.linking()) {
      out.printf(Locale.ROOT, "story linking of %5d documents: median %.2f s, heap held %d MB%n",
          l.documents(), l.medianSeconds(), l.heapBytes() >> 20);
    }
    Benchmark.Figures a = r.figures().get(0);
    Benchmark.Figures b = r.figures().get(1);
    out.printf(Locale.ROOT, "ratio: sitrep ingest runs at %.2fx the baseline's page rate; the"
        + " whole pipeline at %.2fx%n", a.medianPagesPerSecond() / b.medianPagesPerSecond(),
        r.figures().get(3).medianPagesPerSecond() / b.medianPagesPerSecond());
    out.flush();
    return Main.OK;
  }
}
