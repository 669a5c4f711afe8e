package org.sitrep.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.sitrep.events.EventCoder;
import org.sitrep.ingest.PageReader;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.mentions.MentionFinder;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.stories.StoryLinker;
import org.sitrep.time.DateResolver;

/**
 * Measures pipeline throughput on pages held in memory: pages per second, MB per second and peak
 * heap, as medians over several timed runs after warm-up runs, side by side with a baseline
 * (a bare jsoup parse and text flattening of the same pages) so that the figure survives a noisy
 * shared machine as a ratio.
 */
public final class Benchmark {
  /** One page held in memory. */
  public record Page(String input, byte[] bytes) {}

  /**
   * The medians of the timed runs of one workload. {@code bytes} are what a run reads (page bytes;
   * for mentions the UTF-8 bytes of the body text); {@code chars} the body text's characters
   * for mentions, 0 for the others.
   */
  public record Figures(String workload, int pages, long bytes, long chars,
      double[] pagesPerSecond, double medianPagesPerSecond, double medianMbPerSecond,
      double medianMegaCharsPerSecond, long peakHeapBytes, double medianPagesPerCpuSecond) {}

  /** Everything a run measured. */
  public record Report(long firstResultMillis, long knowledgeMillis, int distinctPages,
      int failures, List<Figures> figures, List<Linking> linking, int warmupRounds) {}

  /*
   * A warm-up round after the minimum still counts as warming up when some workload ran this much
   * faster than in the round before: the JIT compiler is still at work (on two cores its threads
   * take CPU from the workers for tens of seconds), and a timed run then would measure it.
   */
  public static final double SETTLED = 1.05;
  /* The share of a warm-up round's time the JIT compiler may still spend once warm. */
  static final double JIT_BUSY = 0.10;

  /** Story linking of n documents: median time and the heap it holds afterwards. */
  public record Linking(int documents, double medianSeconds, long heapBytes) {}

  private Benchmark() {}

  /** Loads the pages that {@code inputs} name (files and folders) into memory. */
  public static List<Page> load(List<String> inputs) throws IOException {
    List<Page> out = new ArrayList<>();
    for (Inputs.Page p : Inputs.expand(inputs).pages()) {
      out.add(new Page(p.input(), Files.readAllBytes(p.path())));
    }
    return out;
  }

  /**
   * Runs the benchmark: the corpus is the pages repeated up to {@code minPages}; at least
   * {@code warmup} untimed rounds (more, up to {@code maxWarmup}, while some workload still runs
   * more than 5% faster than in the round before or the JIT compiler spent over a tenth of the
   * round compiling), then {@code runs} timed rounds; a round passes each workload once,
   * alternating workloads.
   */
  public static Report run(List<Page> pages, int minPages, int warmup, int maxWarmup, int runs,
      int threads, Consumer<String> log) throws InterruptedException {
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no pages to benchmark");
    }
    PageReader reader = new PageReader();
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    // the first result: one page through the whole pipeline, knowledge loading included
    long k0 = System.nanoTime();
    Knowledge knowledge = Knowledge.defaults();
    long knowledgeMillis = (System.nanoTime() - k0) / 1_000_000;
    MentionFinder finder = new MentionFinder(knowledge);
    EventCoder coder = new EventCoder(knowledge);
    whole(reader, finder, coder, pages.get(0));
    long first = System.currentTimeMillis() - jvmStart;
    List<Page> corpus = new ArrayList<>();
    while (corpus.size() < Math.max(minPages, pages.size())) {
      corpus.addAll(pages);
    }
    corpus = corpus.subList(0, Math.max(minPages, pages.size()));
    long bytes = corpus.stream().mapToLong(p -> p.bytes().length).sum();
    AtomicInteger failures = new AtomicInteger();
    for (Page p : pages) {
      if (reader.read(p.bytes(), p.input()) instanceof PageReader.Failed) {
        failures.incrementAndGet();
      }
    }
    // mentions run on documents ingested once beforehand, so they are timed alone
    Map<Page, Document> docs = new IdentityHashMap<>();
    long bodyChars = 0;
    long bodyBytes = 0;
    for (Page p : corpus) {
      Document d = docs.computeIfAbsent(p, x -> reader.read(x.bytes(), x.input())
          instanceof PageReader.Ok ok ? ok.document() : null);
      if (d != null) {
        bodyChars += d.body().text().length();
        bodyBytes += d.body().text().getBytes(StandardCharsets.UTF_8).length;
      }
    }
    // mention finding is fast: its corpus is repeated so that a timed run reads some 10 M
    // characters, long enough for a steady figure on a noisy machine
    int reps = (int) Math.max(1, Math.min(100, Math.ceil(10e6 / Math.max(1, bodyChars))));
    List<Page> mentionCorpus = new ArrayList<>(corpus.size() * reps);
    for (int k = 0; k < reps; k++) {
      mentionCorpus.addAll(corpus);
    }
    List<String> names = List.of("sitrep ingest", "baseline: jsoup parse + text",
        "sitrep mentions (body text)", "whole pipeline (pages)");
    List<Consumer<Page>> work = List.of(
        p -> reader.read(p.bytes(), p.input()),
        p -> Jsoup.parse(new String(gunzip(p.bytes()), StandardCharsets.UTF_8)).text(),
        p -> {
          Document d = docs.get(p);
          if (d != null) {
            finder.find(d);
          }
        },
        p -> whole(reader, finder, coder, p));
    long[] workBytes = {bytes, bytes, bodyBytes, bytes};
    List<List<Page>> corpora = List.of(corpus, corpus, mentionCorpus, corpus);
    double[][] rates = new double[work.size()][runs];
    double[][] cpuRates = new double[work.size()][runs];
    long[] peaks = new long[work.size()];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    int rounds = 0;
    try {
      double[] before = new double[work.size()];
      boolean rising = true;
      java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
      boolean jitTimed = jit != null && jit.isCompilationTimeMonitoringSupported();
      while (rounds < warmup || rising && rounds < Math.max(warmup, maxWarmup)) {
        rising = false;
        long c0 = jitTimed ? jit.getTotalCompilationTime() : 0;
        long t00 = System.nanoTime();
        for (int w = 0; w < work.size(); w++) {
          List<Page> pagesOfRun = corpora.get(w);
          long t0 = System.nanoTime();
          pass(pool, pagesOfRun, work.get(w), threads);
          double rate = pagesOfRun.size() / ((System.nanoTime() - t0) / 1e9);
          rising |= before[w] == 0 || rate > before[w] * SETTLED;
          before[w] = rate;
          log.accept(String.format(java.util.Locale.ROOT, "warm-up %s %d: %.0f pages/s",
              names.get(w), rounds + 1, rate));
        }
        // the compiler still busy (over a tenth of the round's time compiling) is warming up
        // too, though noise may hide the speed-up it brings
        long roundMillis = (System.nanoTime() - t00) / 1_000_000;
        rising |= jitTimed && jit.getTotalCompilationTime() - c0 > roundMillis * JIT_BUSY;
        rounds++;
      }
      for (int r = 0; r < runs; r++) {
        for (int w = 0; w < work.size(); w++) {
          resetPeaks();
          long t0 = System.nanoTime();
          List<Page> pagesOfRun = corpora.get(w);
          long cpu = pass(pool, pagesOfRun, work.get(w), threads);
          double secs = (System.nanoTime() - t0) / 1e9;
          rates[w][r] = pagesOfRun.size() / secs;
          cpuRates[w][r] = cpu > 0 ? pagesOfRun.size() / (cpu / 1e9) : 0;
          peaks[w] = Math.max(peaks[w], peakHeap());
          log.accept(String.format(java.util.Locale.ROOT, "run %s %d: %.0f pages/s",
              names.get(w), r + 1, rates[w][r]));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    List<Figures> figures = new ArrayList<>();
    for (int w = 0; w < work.size(); w++) {
      double med = median(rates[w]);
      long chars = w == 2 ? bodyChars : 0;
      figures.add(new Figures(names.get(w), corpus.size(), workBytes[w], chars, rates[w], med,
          med * workBytes[w] / corpus.size() / 1e6, med * chars / corpus.size() / 1e6,
          peaks[w], median(cpuRates[w])));
    }
    return new Report(first, knowledgeMillis, pages.size(), failures.get(), figures,
        linking(corpus, docs, finder, coder, runs, log), rounds);
  }

  /**
   * Times story linking (story assignment, event merging, corroboration and contradictions) of
   * 500, 1,000 and 2,000 documents: copies of the corpus documents, each its own document.
   */
  static List<Linking> linking(List<Page> corpus, Map<Page, Document> docs, MentionFinder finder,
      EventCoder coder, int runs, Consumer<String> log) {
    List<Document> ds = new ArrayList<>();
    List<List<Mention>> ms = new ArrayList<>();
    List<List<Event>> es = new ArrayList<>();
    Map<Page, Integer> seen = new IdentityHashMap<>();
    for (Page p : corpus) {
      Document d = docs.get(p);
      if (d == null || seen.containsKey(p)) {
        continue;
      }
      seen.put(p, 1);
      List<Mention> m = finder.find(d).mentions();
      String pub = d.published().value();
      ds.add(d);
      ms.add(m);
      es.add(coder.code(d, m, pub == null ? DateResolver.Anchor.NONE
          : DateResolver.Anchor.published(LocalDate.parse(pub.substring(0, 10)))));
    }
    List<Linking> out = new ArrayList<>();
    if (ds.isEmpty()) {
      return out;
    }
    for (int n : new int[] {500, 1000, 2000}) {
      double[] secs = new double[runs];
      long heap = 0;
      for (int r = 0; r < runs; r++) {
        System.gc();
        long before = usedHeap();
        long t0 = System.nanoTime();
        StoryLinker linker = new StoryLinker(Knowledge.defaults());
        for (int i = 0; i < n; i++) {
          int k = i % ds.size();
          String suffix = "#" + i;
          List<Event> copies = new ArrayList<>();
          for (Event e : es.get(k)) {
            copies.add(copy(e, suffix));
          }
          linker.add(renamed(ds.get(k), suffix), ms.get(k), copies);
        }
        linker.stories();
        linker.linkedEvents();
        secs[r] = (System.nanoTime() - t0) / 1e9;
        System.gc();
        heap = Math.max(heap, usedHeap() - before);
        if (r == runs - 1) {
          log.accept(String.format(java.util.Locale.ROOT, "linking %d documents: %.2f s", n,
              secs[r]));
        }
        java.lang.ref.Reference.reachabilityFence(linker); // held until its heap is measured
      }
      out.add(new Linking(n, median(secs), heap));
    }
    return out;
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static Document renamed(Document d, String suffix) {
    return new Document(d.docId() + suffix, d.input(), d.outlet(), d.language(), d.title(),
        d.published(), d.credits(), d.dateline(), d.section(), d.tags(), d.text(), d.body(),
        d.comments(), d.related(), d.chrome());
  }

  private static Event copy(Event e, String suffix) {
    return new Event(e.id() + suffix, e.docId() + suffix, e.event(), e.mode(), e.context(),
        e.date(), e.enddate(), e.dateInfo(), e.actor(), e.recipient(), e.eventLoc(),
        e.destination(), e.size(), e.claim(), e.eventText(), e.textInfo(), e.citeInfo(),
        e.confidence(), e.topic(), null, null);
  }

  /** One page through ingest, mentions and events (anchored on its own publication date). */
  static int whole(PageReader reader, MentionFinder finder, EventCoder coder, Page p) {
    if (!(reader.read(p.bytes(), p.input()) instanceof PageReader.Ok ok)) {
      return 0;
    }
    Document d = ok.document();
    String pub = d.published().value();
    DateResolver.Anchor anchor = pub == null ? DateResolver.Anchor.NONE
        : DateResolver.Anchor.published(LocalDate.parse(pub.substring(0, 10)));
    return coder.code(d, finder.find(d).mentions(), anchor).size();
  }

  /*
   * Runs {@code work} over the corpus on {@code threads} workers; returns the CPU time the
   * workers spent, in nanoseconds (0 where the JVM cannot tell): unlike the wall time it does
   * not count the time other programs on a shared machine took from them.
   */
  private static long pass(ExecutorService pool, List<Page> corpus, Consumer<Page> work,
      int threads) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
    java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    boolean timed = mx.isCurrentThreadCpuTimeSupported();
    List<Future<?>> fs = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      fs.add(pool.submit(() -> {
        long c0 = timed ? mx.getCurrentThreadCpuTime() : 0;
        int i;
        while ((i = next.getAndIncrement()) < corpus.size()) {
          work.accept(corpus.get(i));
        }
        if (timed) {
          cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
        }
      }));
    }
    for (Future<?> f : fs) {
      try {
        f.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("benchmark worker failed", e.getCause());
      }
    }
    return cpu.get();
  }

  /** The bytes, gunzipped when they are gzip (the baseline reads what ingest reads). */
  static byte[] gunzip(byte[] b) {
    if (b.length < 2 || (b[0] & 0xFF) != 0x1F || (b[1] & 0xFF) != 0x8B) {
      return b;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  private static void resetPeaks() {
    System.gc();
    resetPeakHeap();
  }

  /** Starts the heap pools' peak usage over from their current use. */
  public static void resetPeakHeap() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peak usage, in bytes, since the last reset. */
  public static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
