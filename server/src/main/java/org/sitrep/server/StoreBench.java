package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.pipeline.Inputs;
import org.sitrep.pipeline.Stages;
import org.sitrep.store.Ingester;
import org.sitrep.store.Store;
import org.sitrep.time.DateResolver;

/**
 * Measures the workbench at scale: builds (or grows) a store from pages repeated as distinct
 * documents (a marker appended to each copy's bytes) until it holds {@code targetEvents}, timing
 * each chunk's ingest rate against the store's size; then serves it on a free port of 127.0.0.1
 * and times event searches (with facets) and story reads over HTTP, and the heap the server holds.
 */
public final class StoreBench {
  /**
   * One chunk of ingest: store size before it, pages added and their rate, the process's CPU
   * time a page and its parts (the pipeline on the workers; the store: stored columns, story
   * links, database, index, story records); and, when measured, the pipeline alone on the same
   * pages just before (its rate and CPU time a page, NaN when not run).
   */
  public record Chunk(long eventsBefore, int pages, double pagesPerSecond, double cpuMsPerPage,
      double pipelineCpuMs, double storeCpuMs, double loadAverage, double alonePagesPerSecond,
      double aloneCpuMsPerPage) {}

  /** What was measured. */
  public record Report(List<Chunk> chunks, long documents, long events, long stories,
      double restoreSeconds, double[] searchMillis, double[] storyMillis, double[] searchCpu,
      double[] storyCpu, long heapAfterGc, long heapPeak) {}

  private StoreBench() {}

  /** Runs the bench; {@code log} hears progress. */
  public static Report run(List<String> inputs, Path db, long targetEvents, int chunkPages,
      int batch, int threads, int queries, int aloneEvery, Consumer<String> log)
      throws IOException, InterruptedException {
    List<byte[]> pages = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Inputs.Page p : Inputs.expand(inputs).pages()) {
      pages.add(Files.readAllBytes(p.path()));
      names.add(p.input());
    }
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no pages in " + inputs);
    }
    List<Chunk> chunks = new ArrayList<>();
    double restore = 0;
    try (Store store = Store.open(db)) {
      if (store.counts().get("events") >= targetEvents) {
        log.accept("the store holds " + store.counts() + " already: no ingest");
      }
      Knowledge k = Knowledge.defaults();
      Stages stages = new Stages(k, 16L << 20);
      Ingester in = store.counts().get("events") >= targetEvents ? null
          : new Ingester(store, k, threads, 16L << 20, batch);
      restore = in == null ? 0 : in.restoreNanos() / 1e9;
      long copy = store.counts().get("documents") / pages.size();
      while (store.counts().get("events") < targetEvents) {
        List<Ingester.Source> chunk = new ArrayList<>();
        while (chunk.size() < chunkPages) {
          long c = copy++;
          for (int i = 0; i < pages.size() && chunk.size() < chunkPages + pages.size(); i++) {
            byte[] b = pages.get(i);
            String name = names.get(i);
            chunk.add(new Ingester.Source("copy" + c + "/" + name, () -> distinct(b, name, c)));
          }
        }
        long before = store.counts().get("events");
        double[] alone = {Double.NaN, Double.NaN};
        if (aloneEvery > 0 && chunks.size() % aloneEvery == 0) {
          alone = pipelineAlone(chunk, stages, threads);
        }
        Map<String, Double> cpu0 = in.cpuSeconds();
        long t0 = System.nanoTime();
        long c0 = processCpu();
        Ingester.Summary s = in.ingestSources(chunk, Ingester.Progress.NONE);
        double secs = (System.nanoTime() - t0) / 1e9;
        int n = Math.max(1, s.added());
        double cpu = (processCpu() - c0) / 1e6 / n;
        Map<String, Double> cpu1 = in.cpuSeconds();
        double pipeline = 0;
        double own = 0;
        for (Map.Entry<String, Double> e : cpu1.entrySet()) {
          double d = (e.getValue() - cpu0.getOrDefault(e.getKey(), 0.0)) * 1e3 / n;
          if (e.getKey().equals("pipeline")) {
            pipeline += d;
          } else {
            own += d;
          }
        }
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            .getSystemLoadAverage();
        chunks.add(new Chunk(before, s.added(), s.added() / secs, cpu, pipeline, own, load,
            alone[0], alone[1]));
        log.accept(String.format(java.util.Locale.ROOT,
            "ingest: %,d events in store before, %d pages added (%d skipped) at %.0f pages/s,"
            + " %.1f ms CPU a page (pipeline %.1f, store %.1f), load %.1f; pipeline alone: %.0f"
            + " pages/s, %.1f ms CPU a page", before, s.added(), s.skipped(), s.added() / secs,
            cpu, pipeline, own, load, alone[0], alone[1]) + "; wall s " + in.seconds()
            + "; CPU s " + in.cpuSeconds());
      }
      if (in != null) { // what the next ingest into this store pays at start
        long t0 = System.nanoTime();
        Ingester again = new Ingester(store, k, threads, 16L << 20, batch);
        restore = (System.nanoTime() - t0) / 1e9;
        log.accept(String.format(java.util.Locale.ROOT, "a new ingest into the store of %,d"
            + " events starts in %.2f s (restoring the story links: %.2f s)",
            store.counts().get("events"), restore, again.restoreNanos() / 1e9));
      }
    }
    System.gc();
    Thread.sleep(200);
    resetPeaks();
    long[] heap = new long[2];
    double[] search;
    double[] story;
    double[] searchCpu;
    double[] storyCpu;
    long docs;
    long events;
    long stories;
    try (Store store = Store.open(db)) {
      docs = store.counts().get("documents");
      events = store.counts().get("events");
      stories = store.counts().get("stories");
      Token t = Token.loadOrCreate(db, x -> { });
      try (Server server = Server.start(store, t, new Server.Options("127.0.0.1", 0,
          Clock.systemUTC()))) {
        String base = "http://127.0.0.1:" + server.port();
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        JsonNode list = json.readTree(get(http, base + "/api/stories?limit=500"));
        List<String> storyIds = new ArrayList<>();
        list.path("stories").forEach(s -> storyIds.add(s.path("story_id").asText()));
        String[] words = {"Douma", "army", "attack", "killed", "Idlib", "agreement", "withdrew",
          "shelling", "Russian", "rebels", "الجيش", "قصف", "Aleppo", "ceasefire", "SANA"};
        String[] filters = {"", "&type=ASSAULT", "&modality=denied", "&from=2018&to=2019",
          "&review=unreviewed", "&type=AGREE&from=2017"};
        Random r = new Random(14);
        for (int i = 0; i < 20; i++) { // warm-up
          get(http, base + "/api/events?q=" + enc(words[i % words.length]));
          get(http, base + "/api/stories/" + enc(storyIds.get(i % storyIds.size())));
        }
        search = new double[queries];
        story = new double[queries];
        searchCpu = new double[queries];
        storyCpu = new double[queries];
        for (int i = 0; i < queries; i++) {
          String q = r.nextInt(4) == 0 ? "" : "q=" + enc(words[r.nextInt(words.length)]);
          String url = base + "/api/events?" + q + filters[r.nextInt(filters.length)];
          long t0 = System.nanoTime();
          searchCpu[i] = cpu(getResponse(http, url));
          search[i] = (System.nanoTime() - t0) / 1e6;
          String sid = storyIds.get(r.nextInt(storyIds.size()));
          t0 = System.nanoTime();
          storyCpu[i] = cpu(getResponse(http, base + "/api/stories/" + enc(sid)));
          story[i] = (System.nanoTime() - t0) / 1e6;
        }
        heap[1] = peakHeap();
        System.gc();
        Thread.sleep(200);
        heap[0] = usedHeap();
      }
    }
    Arrays.sort(search);
    Arrays.sort(story);
    Arrays.sort(searchCpu);
    Arrays.sort(storyCpu);
    return new Report(chunks, docs, events, stories, restore, search, story, searchCpu, storyCpu,
        heap[0], heap[1]);
  }

  /*
   * The pipeline alone on a chunk's pages, as the ingest runs it (read and mentions, time
   * anchors over the pages, events) on the same number of workers, nothing stored: its pages/s
   * and the process's CPU time a page.
   */
  static double[] pipelineAlone(List<Ingester.Source> chunk, Stages stages, int threads)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long t0 = System.nanoTime();
      long c0 = processCpu();
      List<Future<Stages.Page>> read = new ArrayList<>();
      for (Ingester.Source src : chunk) {
        read.add(pool.submit(() -> stages.read(src.bytes().get(), src.input())));
      }
      List<Stages.Page> pages = new ArrayList<>();
      for (Future<Stages.Page> f : read) {
        pages.add(get(f));
      }
      Map<String, DateResolver.Anchor> anchors = Stages.anchors(pages);
      List<Future<?>> coded = new ArrayList<>();
      for (Stages.Page p : pages) {
        if (p.document() != null) {
          coded.add(pool.submit(() -> stages.code(p, anchors.get(p.document().docId()))));
        }
      }
      for (Future<?> f : coded) {
        get(f);
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      return new double[] {chunk.size() / secs, (processCpu() - c0) / 1e6 / chunk.size()};
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T get(Future<T> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("pipeline worker failed: " + e.getCause(), e.getCause());
    }
  }

  /** A copy's bytes: the page with a marker that makes it a distinct document. */
  static byte[] distinct(byte[] page, String name, long copy) {
    if (copy == 0) {
      return page;
    }
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    String mark = lower.endsWith(".txt") ? "\n\n" + " ".repeat((int) (copy % 997)) + "\u200B".repeat((int) (copy / 997) + 1)
        : "\n<!-- sitrep bench copy " + copy + " -->\n";
    byte[] m = mark.getBytes(StandardCharsets.UTF_8);
    byte[] out = Arrays.copyOf(page, page.length + m.length);
    System.arraycopy(m, 0, out, page.length, m.length);
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /* The server's CPU time for a request, from its Server-Timing header. */
  private static double cpu(HttpResponse<String> r) {
    String h = r.headers().firstValue("Server-Timing").orElse("cpu;dur=NaN");
    return Double.parseDouble(h.substring(h.indexOf("dur=") + 4));
  }

  private static HttpResponse<String> getResponse(HttpClient http, String url)
      throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException(url + " answered " + r.statusCode() + ": " + r.body());
    }
    return r;
  }

  private static String get(HttpClient http, String url) throws IOException,
      InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException(url + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  /** The value at quantile {@code q} of sorted values. */
  public static double quantile(double[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }

  /*
   * CPU time of this process (every thread, ended ones included), in nanoseconds: user and
   * system time from /proc/self/stat, in clock ticks of 10 ms (Linux); NaN figures elsewhere.
   */
  private static long processCpu() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
    } catch (IOException | RuntimeException e) {
      return Long.MIN_VALUE / 2;
    }
  }

  private static void resetPeaks() {
    org.sitrep.pipeline.Benchmark.resetPeakHeap();
  }

  private static long peakHeap() {
    return org.sitrep.pipeline.Benchmark.peakHeap();
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
