package org.sitrep.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.ingest.PageReader;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.output.TimelineWriter;
import org.sitrep.stories.Story;
import org.sitrep.stories.StoryLinker;
import org.sitrep.time.DateResolver;
import org.sitrep.model.Failure;
import org.sitrep.output.RecordWriter;

/**
 * Runs the pipeline over a set of pages and writes the output records of RECORDS.md into a
 * folder: {@code documents.jsonl}, {@code mentions.jsonl}, {@code events.jsonl}, {@code
 * stories.jsonl}, {@code failures.jsonl} and {@code timeline.md}.
 */
public final class Analyzer {
  /** Run settings: worker threads, the largest page accepted, and the knowledge to use. */
  public record Options(int threads, long maxPageBytes, Knowledge knowledge) {
    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + threads);
      }
      if (maxPageBytes < 1) {
        throw new IllegalArgumentException("maxPageBytes must be positive, got " + maxPageBytes);
      }
    }

    /** Defaults: one thread per core, 16 MB pages, the built-in knowledge. */
    public static Options defaults() {
      return new Options(Runtime.getRuntime().availableProcessors(), PageReader.DEFAULT_MAX_BYTES,
          Knowledge.defaults());
    }
  }

  /** Receives progress as pages finish; called from the writing thread only. */
  public interface Progress {
    void page(int done, int total, int failures, long bytes, String input, String failure);

    /** A listener that ignores everything. */
    Progress NONE = (done, total, failures, bytes, input, failure) -> {};
  }

  /** What a run did. */
  public record Summary(int pages, int documents, int failures, long bytes, long nanos) {}

  private final Options options;
  private final Stages stages;

  public Analyzer(Options options) {
    this.options = options;
    this.stages = new Stages(options.knowledge(), options.maxPageBytes());
  }

  /**
   * Analyzes {@code inputs} (files and folders) into {@code outDir}, creating it if needed.
   *
   * <p>Two passes: every page is read and its mentions found (in parallel, written in input
   * order); then each document's time anchor is chosen (an undated page takes its story's) and
   * its events are coded.
   */
  public Summary run(List<String> inputs, Path outDir, Progress progress) throws IOException {
    long t0 = System.nanoTime();
    Files.createDirectories(outDir);
    Inputs.Found found = Inputs.expand(inputs);
    int total = found.pages().size();
    int docs = 0;
    int fails = 0;
    long bytes = 0;
    List<Stages.Page> read = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
      Thread t = new Thread(r, "sitrep-worker");
      t.setDaemon(true);
      return t;
    });
    try (RecordWriter documents = new RecordWriter(outDir.resolve("documents.jsonl"));
        RecordWriter events = new RecordWriter(outDir.resolve("events.jsonl"));
        RecordWriter stories = new RecordWriter(outDir.resolve("stories.jsonl"));
        RecordWriter failures = new RecordWriter(outDir.resolve("failures.jsonl"));
        RecordWriter mentionsOut = new RecordWriter(outDir.resolve("mentions.jsonl"))) {
      for (Inputs.Missing m : found.missing()) {
        failures.write(new Failure(m.input(), "read", m.error()));
        fails++;
        progress.page(0, total, fails, 0, m.input(), m.error());
      }
      Deque<Future<Stages.Page>> window = new ArrayDeque<>();
      int next = 0;
      int done = 0;
      int limit = options.threads() * 8;
      while (done < total) {
        while (next < total && window.size() < limit) {
          Inputs.Page page = found.pages().get(next++);
          window.add(pool.submit(() -> stages.read(page.path(), page.input())));
        }
        Stages.Page d = await(window.poll());
        done++;
        bytes += d.bytes();
        String error = null;
        if (d.result() instanceof PageReader.Ok ok) {
          documents.write(ok.document());
          for (Mention m : d.mentions()) {
            mentionsOut.write(m);
          }
          for (Mention m : d.readings()) {
            mentionsOut.write(m);
          }
          if (d.stageFailure() != null) {
            failures.write(d.stageFailure());
            fails++;
            error = d.stageFailure().error();
          }
          read.add(d);
          docs++;
        } else if (d.result() instanceof PageReader.Failed f) {
          failures.write(f.failure());
          fails++;
          error = f.failure().error();
        }
        progress.page(done, total, fails, bytes, d.input(), error);
      }
      Map<String, DateResolver.Anchor> anchors = Stages.anchors(read);
      List<List<Event>> coded = code(read, anchors, pool, failures);
      // stories: documents join stories in input order, their events merge across outlets
      StoryLinker linker = new StoryLinker(options.knowledge());
      Map<String, String> outlets = new HashMap<>();
      for (int i = 0; i < read.size(); i++) {
        Document doc = read.get(i).document();
        outlets.put(doc.docId(), doc.outlet() == null ? "unknown outlet" : doc.outlet().name());
        DateResolver.Anchor a = anchors.get(doc.docId());
        linker.add(doc, read.get(i).mentions(), coded.get(i), a == null ? null : a.date());
      }
      Map<String, Event> byId = new HashMap<>();
      for (Event e : linker.linkedEvents()) {
        events.write(e);
        byId.put(e.id(), e);
      }
      List<Story> built = linker.stories();
      for (Story st : built) {
        stories.write(st);
      }
      TimelineWriter.write(outDir.resolve("timeline.md"), built, byId, outlets);
    } finally {
      pool.shutdownNow();
    }
    return new Summary(total, docs, fails, bytes, System.nanoTime() - t0);
  }

  /** Chooses every document's time anchor, then codes the events of each, in input order. */
  private List<List<Event>> code(List<Stages.Page> read, Map<String, DateResolver.Anchor> anchors,
      ExecutorService pool, RecordWriter failures) throws IOException {
    List<Future<List<Event>>> coded = new ArrayList<>();
    for (Stages.Page d : read) {
      coded.add(pool.submit(() -> stages.code(d, anchors.get(d.document().docId()))));
    }
    List<List<Event>> out = new ArrayList<>();
    for (int i = 0; i < coded.size(); i++) {
      try {
        out.add(coded.get(i).get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (ExecutionException e) {
        // one document's events are lost and said so; the others are written
        Throwable c = e.getCause();
        failures.write(new Failure(read.get(i).input(), "events", c.getClass().getSimpleName()
            + ": " + c.getMessage()));
        out.add(List.of());
      }
    }
    return out;
  }

  private static Stages.Page await(Future<Stages.Page> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      // PageReader turns every page problem into a Failure; anything here is a bug.
      throw new IllegalStateException("worker failed: " + e.getCause(), e.getCause());
    }
  }
}
