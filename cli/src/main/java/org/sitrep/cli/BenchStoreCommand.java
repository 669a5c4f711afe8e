package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.server.StoreBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep bench-store}: the workbench at scale. */
@Command(
    name = "bench-store",
    mixinStandardHelpOptions = true,
    description = {
      "Builds (or grows) a store in --db from the given pages repeated as distinct documents",
      "until it holds --events events, printing each chunk's ingest rate against the store's",
      "size; then serves it on a free port of 127.0.0.1 and times event searches with facets and",
      "story reads over HTTP (p50/p99), and the heap the server holds.",
      "Example: sitrep bench-store ../shared/dev-pages ../shared/bench/zyte/html --db /tmp/big",
    })
final class BenchStoreCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "<page or folder>", description = "Pages to repeat.")
  List<String> inputs;

  @Option(names = "--db", required = true, paramLabel = "<dir>", description = "Store folder.")
  Path db;

  @Option(names = "--events", defaultValue = "100000", description = "Events to reach (default: ${DEFAULT-VALUE}).")
  long events;

  @Option(names = "--chunk", defaultValue = "2000", description = "Pages per timed chunk (default: ${DEFAULT-VALUE}).")
  int chunk;

  @Option(names = "--batch", defaultValue = "500", description = "Pages per committed batch (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--queries", defaultValue = "500", description = "Timed queries of each kind (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--pipeline-every", defaultValue = "4", description = "Before every Nth chunk"
      + " (the first included), time the pipeline alone on its pages, nothing stored, for"
      + " comparison; 0: never (default: ${DEFAULT-VALUE}).")
  int aloneEvery;

  @Option(names = {"-t", "--threads"}, description = "Worker threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (chunk < 1 || batch < 1 || queries < 1 || threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--chunk, --batch, --queries"
          + " and --threads must be at least 1");
    }
    StoreBench.Report r = StoreBench.run(inputs, db, events, chunk, batch, threads, queries,
        aloneEvery, s -> {
          err.println("sitrep: " + s);
          err.flush();
        });
    out.printf(Locale.ROOT, "store: %,d documents, %,d events, %,d stories (%.1f MB on disk);"
        + " a new ingest into it starts in %.2f s (restoring the story links)%n", r.documents(),
        r.events(), r.stories(), size(db) / 1e6, r.restoreSeconds());
    out.println("ingest per chunk: CPU ms a page = the process, every thread (of which the"
        + " pipeline on the workers, the store's own work; the rest is the JVM's: GC, JIT);"
        + " 'alone' = the pipeline on the same pages just before, nothing stored");
    for (StoreBench.Chunk c : r.chunks()) {
      out.printf(Locale.ROOT, "ingest: %,9d events before  %5d pages  %6.0f pages/s  %5.1f ms"
          + " CPU a page (pipeline %4.1f, store %4.1f)  load %4.1f", c.eventsBefore(), c.pages(),
          c.pagesPerSecond(), c.cpuMsPerPage(), c.pipelineCpuMs(), c.storeCpuMs(),
          c.loadAverage());
      if (!Double.isNaN(c.alonePagesPerSecond())) {
        out.printf(Locale.ROOT, "  | alone %6.0f pages/s  %5.1f ms CPU a page",
            c.alonePagesPerSecond(), c.aloneCpuMsPerPage());
      }
      out.println();
    }
    out.printf(Locale.ROOT, "search (GET /api/events, facets): p50 %.1f ms  p99 %.1f ms  max %.1f"
        + " ms (%d queries)%n", StoreBench.quantile(r.searchMillis(), 0.5),
        StoreBench.quantile(r.searchMillis(), 0.99), r.searchMillis()[r.searchMillis().length - 1],
        r.searchMillis().length);
    out.printf(Locale.ROOT, "story (GET /api/stories/{id}): p50 %.1f ms  p99 %.1f ms  max %.1f ms%n",
        StoreBench.quantile(r.storyMillis(), 0.5), StoreBench.quantile(r.storyMillis(), 0.99),
        r.storyMillis()[r.storyMillis().length - 1]);
    out.printf(Locale.ROOT, "server CPU time per request (its Server-Timing header: the request thread's own"
        + " CPU time, without waiting for a core): search p50 %.1f ms p99 %.1f ms; story p50 %.1f ms"
        + " p99 %.1f ms%n", StoreBench.quantile(r.searchCpu(), 0.5),
        StoreBench.quantile(r.searchCpu(), 0.99), StoreBench.quantile(r.storyCpu(), 0.5),
        StoreBench.quantile(r.storyCpu(), 0.99));
    out.printf(Locale.ROOT, "machine load average at the end: %.1f on %d cores%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, "serve heap: %d MB held after GC, peak %d MB during the queries"
        + " (max heap %d MB)%n", r.heapAfterGc() >> 20, r.heapPeak() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    out.flush();
    return Main.OK;
  }

  private static long size(Path dir) throws java.io.IOException {
    try (var w = Files.walk(dir)) {
      return w.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
