package org.sitrep.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.ingest.PageReader;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Failure;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.output.RecordWriter;
import org.sitrep.output.RunFolder;
import org.sitrep.output.TimelineWriter;
import org.sitrep.stories.Story;
import org.sitrep.stories.StoryLinker;
import org.sitrep.time.DateResolver;
import org.sitrep.time.StoryAnchors;

/**
 * Runs the pipeline over a set of pages and writes the output records of RECORDS.md into a
 * folder: {@code documents.jsonl}, {@code mentions.jsonl}, {@code events.jsonl}, {@code
 * stories.jsonl}, {@code failures.jsonl}, {@code timeline.md} and {@code run.json}.
 *
 * <p>The run's contract: records are written into a hidden folder inside the output folder and
 * moved into place only when the run completes, so an interrupted run leaves the previous output
 * as it was; {@code run.json} says whether the folder holds a complete run. A run that finds no
 * page to read touches nothing. A page over its memory budget or time limit, or that cannot be
 * read, is one failure record; the others are analyzed. The same page (same {@code doc_id}) is
 * analyzed once, and events, stories and the timeline do not depend on the order of the inputs
 * or the number of threads.
 */
public final class Analyzer {
  /** The most worker threads a run accepts. */
  public static final int MAX_THREADS = 256;

  /** The default time limit per page and stage. */
  public static final Duration DEFAULT_PAGE_TIMEOUT = Duration.ofSeconds(60);

  /*
   * How many bytes of heap a page's analysis may need per byte of input: an estimate, not a
   * measurement (UTF-16 text is 2 bytes a character, the normalized copy and body another 4, the
   * HTML tree, tokens, sentences and mentions several times more). The budget leaves room for
   * that and for what the run holds besides; measure and tune it if pages near the budget fail.
   */
  static final int HEAP_PER_PAGE_BYTE = 24;

  /**
   * Run settings: worker threads, the largest page accepted, the knowledge to use, the time
   * limit per page, and the heap the pages share (a page's memory budget is its share).
   */
  public record Options(int threads, long maxPageBytes, Knowledge knowledge, Duration pageTimeout,
      long heapBytes) {
    public Options {
      if (threads < 1 || threads > MAX_THREADS) {
        throw new IllegalArgumentException("threads must be in 1.." + MAX_THREADS + ", got "
            + threads);
      }
      if (maxPageBytes < 1) {
        throw new IllegalArgumentException("maxPageBytes must be positive, got " + maxPageBytes);
      }
      if (pageTimeout == null || pageTimeout.isNegative() || pageTimeout.isZero()) {
        throw new IllegalArgumentException("pageTimeout must be positive, got " + pageTimeout);
      }
      if (heapBytes < 1) {
        throw new IllegalArgumentException("heapBytes must be positive, got " + heapBytes);
      }
    }

    /** Settings with the default time limit and this JVM's heap. */
    public Options(int threads, long maxPageBytes, Knowledge knowledge) {
      this(threads, maxPageBytes, knowledge, DEFAULT_PAGE_TIMEOUT, Runtime.getRuntime().maxMemory());
    }

    /** Defaults: one thread per core, 16 MB pages, the built-in knowledge, 60 s per page. */
    public static Options defaults() {
      return new Options(Runtime.getRuntime().availableProcessors(), PageReader.DEFAULT_MAX_BYTES,
          Knowledge.defaults());
    }

    /** The same settings with another time limit per page. */
    public Options withPageTimeout(Duration d) {
      return new Options(threads, maxPageBytes, knowledge, d, heapBytes);
    }

    /** The same settings as if the heap were {@code bytes}. */
    public Options withHeap(long bytes) {
      return new Options(threads, maxPageBytes, knowledge, pageTimeout, bytes);
    }

    /**
     * The largest page a worker may take on: its share of the heap (one share per worker and one
     * for the rest of the run) over what analysis needs per input byte.
     */
    public long pageBudget() {
      return heapBytes / (threads + 1L) / HEAP_PER_PAGE_BYTE;
    }
  }

  /** Receives progress as pages finish; called from the writing thread only. */
  public interface Progress {
    void page(int done, int total, int failures, long bytes, String input, String failure);

    /** A listener that ignores everything. */
    Progress NONE = (done, total, failures, bytes, input, failure) -> {};
  }

  /**
   * What a run did: pages found, documents written, failure records, bytes read, the time it
   * took, pages skipped as duplicates, documents with warnings (repairs), and the output folder's
   * {@code run.json}.
   */
  public record Summary(int pages, int documents, int failures, long bytes, long nanos,
      int duplicates, int warnings, List<String> notes) {
    public Summary {
      notes = List.copyOf(notes);
    }
  }

  /** There is nothing to analyze (every input is missing or an empty folder): nothing written. */
  public static final class NothingToAnalyzeException extends IOException {
    private static final long serialVersionUID = 1L;

    NothingToAnalyzeException(String message) {
      super(message);
    }
  }

  private final Options options;
  private final Stages stages;
  private final Clock clock;

  public Analyzer(Options options) {
    this(options, Clock.systemUTC());
  }

  /** An analyzer whose run.json times come from {@code clock}. */
  public Analyzer(Options options, Clock clock) {
    this.options = options;
    long budget = options.pageBudget();
    boolean byBudget = budget < options.maxPageBytes();
    this.stages = new Stages(options.knowledge(), byBudget ? budget : options.maxPageBytes(),
        byBudget ? String.format(Locale.ROOT, "the memory budget per page (%.0f MB heap shared"
            + " by %d worker%s)", options.heapBytes() / (1024.0 * 1024.0), options.threads(),
            options.threads() == 1 ? "" : "s") : "the page limit");
    this.clock = clock;
  }

  /** One page read and kept: its record in the output, its warnings, its place in the input. */
  /*
   * A document kept for the second pass: what anchoring needs (small), and the page itself
   * while the pages held fit in a quarter of the heap; a page not held is read again (its
   * doc id checked) when its events are coded, so a run's memory does not grow with its pages'
   * text.
   */
  private record Kept(Path path, String input, String docId, StoryAnchors.Dated dated,
      DateResolver.Anchor embedded, Stages.Page page) {}

  /* Roughly what a page held for the second pass takes on the heap. */
  private static long heldBytes(Stages.Page p) {
    Document d = p.document();
    return 4L * d.text().length() + 2L * d.body().text().length()
        + 160L * (p.mentions().size() + p.readings().size()) + 2048;
  }

  /*
   * The canonical order of documents for anchors, coding and stories: by file name (the last
   * part of the input path; of a page given twice, the smallest name), then doc id. It depends
   * on the set of pages, never on the order they were given in or the thread count. Of the
   * orders measured it costs least (dev pages: event F1 0.800 in all; story links 149/451 by
   * file name, 147 by doc id, 134 by publication day; seeds: 7 false merges by file name, 13
   * by doc id or day): a collection's files are often named in the order they were collected.
   */
  private static Comparator<Kept> canonical(Map<String, String> nameOf) {
    return Comparator.comparing((Kept k) -> nameOf.get(k.docId())).thenComparing(Kept::docId);
  }

  private static String fileName(String input) {
    String s = input.replace('\\', '/');
    while (s.endsWith("/") && s.length() > 1) {
      s = s.substring(0, s.length() - 1);
    }
    return s.substring(s.lastIndexOf('/') + 1);
  }

  /**
   * Analyzes {@code inputs} (files and folders) into {@code outDir}, creating it if needed.
   *
   * <p>Two passes: every page is read and its mentions found (in parallel, written in input
   * order, each {@code doc_id} once); then, over the documents in a canonical order (by file
   * name, then doc id),
   * each document's time anchor is chosen (an undated page takes its story's), its events coded
   * and its story found.
   *
   * @throws NothingToAnalyzeException when no input names a page (nothing is written)
   * @throws IOException when the output cannot be written (the previous output stays)
   */
  public Summary run(List<String> inputs, Path outDir, Progress progress) throws IOException {
    long t0 = System.nanoTime();
    Instant started = clock.instant();
    Inputs.Found found = Inputs.expand(inputs);
    if (found.pages().isEmpty()) {
      StringBuilder why = new StringBuilder("no page to read");
      for (Inputs.Missing m : found.missing()) {
        why.append("; ").append(m.input()).append(": ").append(m.error());
      }
      if (found.missing().isEmpty()) {
        why.append(" (no .txt, .html or .htm file, optionally .gz, in ")
            .append(String.join(", ", inputs)).append(')');
      }
      throw new NothingToAnalyzeException(why.toString());
    }
    RunFolder folder = RunFolder.open(outDir);
    int total = found.pages().size();
    int fails = 0;
    long bytes = 0;
    List<String> notes = new ArrayList<>(found.notes());
    List<Map<String, Object>> duplicates = new ArrayList<>();
    List<Map<String, Object>> warned = new ArrayList<>();
    Map<String, String> firstInput = new HashMap<>();
    Map<String, String> nameOf = new HashMap<>();
    List<Kept> read = new ArrayList<>();
    long held = 0;
    int events = 0;
    int storyCount = 0;
    int mentionCount = 0;
    try (Workers workers = new Workers(options.threads(), options.pageTimeout());
        RecordWriter documents = new RecordWriter(folder.file("documents.jsonl"));
        RecordWriter eventsOut = new RecordWriter(folder.file("events.jsonl"));
        RecordWriter stories = new RecordWriter(folder.file("stories.jsonl"));
        RecordWriter failures = new RecordWriter(folder.file("failures.jsonl"));
        RecordWriter mentionsOut = new RecordWriter(folder.file("mentions.jsonl"))) {
      for (Inputs.Missing m : found.missing()) {
        failures.write(new Failure(m.input(), "read", m.error()));
        fails++;
        progress.page(0, total, fails, 0, m.input(), m.error());
      }
      Deque<Workers.Job<Stages.Page>> window = new ArrayDeque<>();
      Deque<Inputs.Page> windowPages = new ArrayDeque<>();
      int next = 0;
      int done = 0;
      int limit = options.threads() * 8;
      while (done < total) {
        while (next < total && window.size() < limit) {
          Inputs.Page page = found.pages().get(next++);
          Workers.Tracker tracker = new Workers.Tracker("ingest");
          window.add(workers.submit(tracker, () -> stages.read(page.path(), page.input(),
              tracker::stage)));
          windowPages.add(page);
        }
        Inputs.Page page = windowPages.poll();
        Workers.Outcome<Stages.Page> outcome = await(workers, window.poll());
        done++;
        String error = null;
        Stages.Page d = null;
        Failure failure = null;
        if (outcome instanceof Workers.Done<Stages.Page> ok) {
          d = ok.value();
        } else {
          failure = failure(page.input(), outcome);
        }
        if (d != null) {
          bytes += d.bytes();
          if (d.result() instanceof PageReader.Failed f) {
            failure = f.failure();
          }
        }
        if (failure != null) {
          failures.write(failure);
          fails++;
          error = failure.error();
        } else if (d.result() instanceof PageReader.Ok ok) {
          String id = ok.document().docId();
          String first = firstInput.putIfAbsent(id, d.input());
          nameOf.merge(id, fileName(d.input()), (x, y) -> x.compareTo(y) <= 0 ? x : y);
          if (first != null) {
            Map<String, Object> dup = new LinkedHashMap<>();
            dup.put("input", d.input());
            dup.put("doc_id", id);
            dup.put("same_as", first);
            duplicates.add(dup);
            notes.add(d.input() + ": the same page as " + first + " (doc_id " + id
                + "); analyzed once");
          } else {
            List<String> w = Stages.warnings(ok.note());
            documents.write(ok.document(), Map.of("warnings", w));
            for (Mention m : d.mentions()) {
              mentionsOut.write(m);
            }
            for (Mention m : d.readings()) {
              mentionsOut.write(m);
            }
            mentionCount += d.mentions().size() + d.readings().size();
            if (d.stageFailure() != null) {
              failures.write(d.stageFailure());
              fails++;
              error = d.stageFailure().error();
            }
            for (String x : w) {
              Map<String, Object> rec = new LinkedHashMap<>();
              rec.put("input", d.input());
              rec.put("doc_id", id);
              rec.put("warning", x);
              warned.add(rec);
              notes.add(d.input() + ": " + x);
            }
            long size = heldBytes(d);
            boolean hold = held + size <= options.heapBytes() / 4;
            held += hold ? size : 0;
            read.add(new Kept(page.path(), d.input(), id, Stages.anchorInput(d),
                Stages.embeddedAnchor(d), hold ? d : null));
          }
        }
        progress.page(done, total, fails, bytes, page.input(), error);
      }
      // the canonical order: what follows must not depend on the order the pages were given in
      read.sort(canonical(nameOf));
      // the linker keeps a few keys per event; the events wait on disk for their story links
      StoryLinker linker = StoryLinker.linksOnly(options.knowledge());
      Map<String, String> outlets = new HashMap<>();
      Map<String, Published> inferred = new HashMap<>(); // publication days a story dated
      Map<String, TimelineWriter.Report> told = new HashMap<>();
      Path unlinked = folder.file(UNLINKED_FILE);
      try (RecordWriter spill = new RecordWriter(unlinked)) {
        fails += code(read, workers, failures, linker, outlets, spill, told, inferred);
      }
      read.clear();
      try (BufferedReader in = Files.newBufferedReader(unlinked, StandardCharsets.UTF_8)) {
        linker.links((id, story, merged) -> eventsOut.writeJson(linked(in.readLine(), id, story,
            merged)));
      }
      Files.delete(unlinked);
      events = (int) eventsOut.count();
      List<Story> built = linker.stories();
      for (Story st : built) {
        stories.write(st);
      }
      storyCount = built.size();
      TimelineWriter.writeReports(folder.file("timeline.md"), built, told, outlets);
      documents.close();
      setPublished(folder.file("documents.jsonl"), inferred);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      folder.abandon();
      throw new IOException("interrupted", e);
    } catch (IOException | RuntimeException | Error e) {
      folder.abandon();
      throw e;
    }
    int docs = firstInput.size();
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("complete", true);
    run.put("version", version());
    run.put("started", started.toString());
    run.put("ended", clock.instant().toString());
    run.put("inputs", inputs);
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("threads", options.threads());
    opts.put("max_page_bytes", options.maxPageBytes());
    opts.put("page_budget_bytes", Math.min(options.maxPageBytes(), options.pageBudget()));
    opts.put("page_timeout_seconds", options.pageTimeout().toMillis() / 1000.0);
    opts.put("heap_bytes", options.heapBytes());
    run.put("options", opts);
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("pages", total);
    counts.put("documents", docs);
    counts.put("failures", fails);
    counts.put("duplicates", duplicates.size());
    counts.put("warnings", warned.size());
    counts.put("events", events);
    counts.put("stories", storyCount);
    counts.put("mentions", mentionCount);
    counts.put("bytes", bytes);
    run.put("counts", counts);
    run.put("duplicates", duplicates);
    run.put("warnings", warned);
    run.put("notes", found.notes());
    folder.commit(run);
    return new Summary(total, docs, fails, bytes, System.nanoTime() - t0, duplicates.size(),
        warned.size(), notes);
  }

  /**
   * Sets the {@code published} of the documents in {@code days} (undated pages whose year-less
   * dateline took their story's year, {@link Stages#inferredPublished}) in the documents file
   * written by the first pass; every other line stays as written.
   */
  static void setPublished(Path file, Map<String, Published> days) throws IOException {
    if (days.isEmpty()) {
      return;
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        java.io.BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        String id = line.startsWith("{\"doc_id\":\"") ? line.substring(11, Math.max(11,
            line.indexOf('"', 11))) : null;
        Published day = id == null ? null : days.get(id);
        if (day != null) {
          line = Stages.withPublished(line, day);
        }
        out.write(line);
        out.write('\n');
      }
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /* Where a run keeps its events, in the order linked, until their stories are known. */
  static final String UNLINKED_FILE = ".events-unlinked.jsonl";

  /* How an event's line ends before it is linked: its two story fields, empty. */
  private static final String NO_LINKS = ",\"story_id\":null,\"same_as\":null}";

  /**
   * An event's line (as written before linking) with its story links set: the two fields at its
   * end replaced, or (should the line not end with them) set in its parsed form.
   */
  static String linked(String line, String id, String story, String merged) throws IOException {
    if (line == null || !line.startsWith("{\"id\":" + RecordWriter.toJson(id) + ",")) {
      throw new IllegalStateException("the unlinked events do not follow the linker's order at "
          + id);
    }
    if (line.endsWith(NO_LINKS)) {
      return line.substring(0, line.length() - NO_LINKS.length()) + ",\"story_id\":"
          + RecordWriter.toJson(story) + ",\"same_as\":" + RecordWriter.toJson(merged) + "}";
    }
    com.fasterxml.jackson.databind.node.ObjectNode n =
        (com.fasterxml.jackson.databind.node.ObjectNode) RecordWriter.mapper().readTree(line);
    n.put("story_id", story);
    n.put("same_as", merged);
    return RecordWriter.toJson(n);
  }

  /** A document of the second pass: the page (held or read again) and its events. */
  private record Coded(Stages.Page page, List<Event> events) {}

  /**
   * Chooses every document's time anchor, then codes the events of each (in parallel) and links
   * them into stories (in the given order); returns the number of failure records written.
   */
  private int code(List<Kept> read, Workers workers, RecordWriter failures, StoryLinker linker,
      Map<String, String> outlets, RecordWriter unlinked, Map<String, TimelineWriter.Report> told,
      Map<String, Published> inferred) throws IOException, InterruptedException {
    Map<Object, Object> same = new HashMap<>(); // one instance of equal claims and categories
    List<StoryAnchors.Dated> dated = new ArrayList<>(read.size());
    Map<String, DateResolver.Anchor> embedded = new HashMap<>();
    for (Kept k : read) {
      dated.add(k.dated());
      if (k.embedded() != null) {
        embedded.put(k.docId(), k.embedded());
      }
    }
    Map<String, DateResolver.Anchor> anchors = Stages.anchors(dated, embedded);
    dated.clear();
    List<Workers.Job<Coded>> jobs = new ArrayList<>();
    int failed = 0;
    int limit = options.threads() * 8;
    int next = 0;
    for (int i = 0; i < read.size(); i++) {
      while (next < read.size() && next - i < limit) {
        Kept k = read.get(next++);
        Workers.Tracker tracker = new Workers.Tracker(k.page() == null ? "ingest" : "events");
        jobs.add(workers.submit(tracker, () -> {
          Stages.Page p = k.page();
          if (p == null) {
            p = stages.read(k.path(), k.input(), tracker::stage);
            if (p.document() == null || !p.document().docId().equals(k.docId())) {
              throw new IllegalStateException("the file changed while the run was reading it;"
                  + " its events are left out");
            }
          }
          tracker.stage("events");
          return new Coded(p, stages.code(p, anchors.get(k.docId())));
        }));
      }
      Workers.Outcome<Coded> o = workers.await(jobs.get(i));
      jobs.set(i, null);
      Kept k = read.get(i);
      Stages.Page p;
      List<Event> events;
      if (o instanceof Workers.Done<Coded> ok) {
        p = ok.value().page();
        events = ok.value().events();
      } else {
        // one document's events are lost and said so; the others are written
        failures.write(failure(k.input(), o));
        failed++;
        p = k.page();
        events = List.of();
      }
      read.set(i, null); // its page is the linker's from here
      if (p != null) {
        Document doc = p.document();
        outlets.put(doc.docId(), doc.outlet() == null ? "unknown outlet" : doc.outlet().name());
        DateResolver.Anchor a = anchors.get(doc.docId());
        Published day = Stages.inferredPublished(doc, a);
        if (day != null) {
          inferred.put(doc.docId(), day);
        }
        linker.add(doc, p.mentions(), events, a == null ? null : a.date());
        for (Event e : events) {
          unlinked.write(e.withStory(null, null));
          told.put(e.id(), new TimelineWriter.Report(e.id(), doc.docId().equals(e.docId())
              ? doc.docId() : e.docId(), one(same, e.event()), e.date(), one(same, e.claim()),
              e.destination() == null ? null : e.destination().name()));
        }
      }
    }
    return failed;
  }

  @SuppressWarnings("unchecked")
  private static <T> T one(Map<Object, Object> same, T value) {
    Object had = value == null ? null : same.putIfAbsent(value, value);
    return had == null ? value : (T) had;
  }

  private Failure failure(String input, Workers.Outcome<?> o) {
    if (o instanceof Workers.TimedOut<?> t) {
      return new Failure(input, t.stage(), "took longer than " + seconds(options.pageTimeout())
          + "; abandoned (the limit is --page-timeout)");
    }
    Workers.Threw<?> t = (Workers.Threw<?>) o;
    Throwable c = t.error();
    if (c instanceof OutOfMemoryError) {
      return new Failure(input, t.stage(), "ran out of memory (the page needs more than its share"
          + " of the heap; raise -Xmx or lower --threads)");
    }
    if (c instanceof IllegalStateException && c.getMessage() != null
        && c.getMessage().startsWith("the file changed")) {
      return new Failure(input, "read", c.getMessage());
    }
    if (c instanceof StackOverflowError) {
      return new Failure(input, t.stage(), "nested too deeply (stack overflow)");
    }
    return new Failure(input, t.stage(), c.getClass().getSimpleName() + ": "
        + (c.getMessage() == null ? "no message" : c.getMessage().replaceAll("\\s+", " ")));
  }

  static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  private static Workers.Outcome<Stages.Page> await(Workers w, Workers.Job<Stages.Page> j)
      throws InterruptedException {
    return w.await(j);
  }

  static String version() {
    String v = Analyzer.class.getPackage().getImplementationVersion();
    return v == null ? "development build" : v;
  }
}
