package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.sitrep.ingest.PageReader;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Failure;
import org.sitrep.model.Mention;
import org.sitrep.model.Outlet;
import org.sitrep.model.Published;
import org.sitrep.pipeline.Inputs;
import org.sitrep.pipeline.Stages;
import org.sitrep.stories.Story;
import org.sitrep.stories.StoryLinker;
import org.sitrep.time.DateResolver;

/**
 * Adds pages to a {@link Store}, a batch at a time: a page whose {@code doc_id} the store holds
 * is skipped; a new document is read, its mentions found and its events coded once (time anchors
 * from the pages of its batch), then linked into the stories in the order documents entered the
 * store. The story linker is restored at start from the links the store keeps (each event's
 * story, merged event and place among its reports), not by linking the stored documents again.
 * Workers read and code pages ahead while a committer thread writes each batch as one database
 * transaction (documents, events, changed story links and stories) and puts its events into the
 * index; a batch acknowledged by {@link Progress} is committed and survives a killed process.
 * The index is committed every 30 s and at the end (the next open catches it up from the
 * database after a kill).
 */
public final class Ingester {
  /** What one ingest run did. */
  public record Summary(int pages, int added, int skipped, int failures, int events, long nanos) {}

  /** Told after each committed batch. */
  public interface Progress {
    void batch(int done, int total, int added, int skipped, int failures, int events);

    Progress NONE = (done, total, added, skipped, failures, events) -> {};
  }

  /** A page to ingest: its name and how to read it. */
  public record Source(String input, Supplier<byte[]> bytes) {}

  private final Store store;
  private final Stages stages;
  private final int threads;
  private final int batchSize;
  private final StoryLinker linker;
  private long nextSeq;
  private long restoreNanos;
  private boolean relinked;
  private final Map<String, Long> nanos = new java.util.concurrent.ConcurrentSkipListMap<>();
  private final Map<String, Long> cpuNanos = new java.util.concurrent.ConcurrentSkipListMap<>();
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private long lap(String stage, long since) {
    long now = System.nanoTime();
    nanos.merge(stage, now - since, Long::sum);
    return now;
  }

  /* CPU time of the calling thread, in nanoseconds (0 where the JVM cannot tell). */
  private static long cpu() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
  }

  /* Adds the calling thread's CPU time since {@code since} to a stage; returns the time now. */
  private long cpuLap(String stage, long since) {
    long now = cpu();
    cpuNanos.merge(stage, now - since, Long::sum);
    return now;
  }

  /**
   * Wall time per stage of the committing thread so far, in seconds: waiting for the pipeline's
   * workers ({@code read}), coding undated pages after their batch ({@code code}), then story
   * links, database, index, story records; and waiting for the previous batch's commit
   * ({@code commit-wait}, the main thread).
   */
  public Map<String, Double> seconds() {
    Map<String, Double> m = new java.util.TreeMap<>();
    nanos.forEach((k, v) -> m.put(k, v / 1e9));
    return m;
  }

  /**
   * CPU time per stage so far, in seconds, every thread: the pipeline on the workers ({@code
   * pipeline}: reading, mentions and coding; {@code rows}: the stored columns written as JSON)
   * and the committer's {@code link}, {@code database}, {@code index}, {@code stories}. What the
   * process spends beyond their sum is the JVM's own (garbage collection, compilation) and the
   * main thread's ordering of pages.
   */
  public Map<String, Double> cpuSeconds() {
    Map<String, Double> m = new java.util.TreeMap<>();
    cpuNanos.forEach((k, v) -> m.put(k, v / 1e9));
    return m;
  }

  /**
   * Prepares to add pages to {@code store}: restores the story linker from the links the store
   * keeps, so that new documents can join their stories (a store made before links were kept is
   * re-linked once, and its links written).
   */
  public Ingester(Store store, Knowledge knowledge, int threads, long maxPageBytes,
      int batchSize) {
    if (threads < 1 || batchSize < 1) {
      throw new IllegalArgumentException("threads and batch size must be at least 1, got "
          + threads + " and " + batchSize);
    }
    this.store = store;
    this.stages = new Stages(knowledge, maxPageBytes);
    this.threads = threads;
    this.batchSize = batchSize;
    this.linker = new StoryLinker(knowledge).trackLinks();
    long t0 = System.nanoTime();
    synchronized (store) {
      Store.sql(() -> {
        nextSeq = Long.parseLong(store.db.string("SELECT coalesce(max(seq), -1) + 1 FROM events"));
        boolean kept = store.db.count("events") == 0 || (store.db.string("SELECT 1 FROM events"
            + " WHERE merged_pos IS NULL LIMIT 1") == null && store.db.string("SELECT 1 FROM"
            + " documents WHERE linker_ids IS NULL LIMIT 1") == null);
        if (kept) {
          restore();
        } else {
          relink();
          relinked = true;
        }
        return null;
      });
    }
    restoreNanos = System.nanoTime() - t0;
    try {
      refreshStories(); // stories a killed run left pending
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** How long restoring the story linker took at start, in nanoseconds. */
  public long restoreNanos() {
    return restoreNanos;
  }

  /** Whether the store had no links kept and its documents were linked again at start. */
  public boolean relinked() {
    return relinked;
  }

  /*
   * Puts the stored documents back into the linker as linked, in the order they entered the
   * store: documents and events are both read in that order, side by side.
   */
  private void restore() throws SQLException {
    try (Statement sd = store.db.c.createStatement();
        Statement se = store.db.c.createStatement();
        ResultSet d = sd.executeQuery("SELECT doc_id, head, linker_ids, story_id FROM documents"
            + " ORDER BY seq");
        ResultSet e = se.executeQuery("SELECT doc_id, json, story_id, same_as, merged_pos FROM"
            + " events ORDER BY seq")) {
      boolean more = e.next();
      while (d.next()) {
        String docId = d.getString(1);
        List<Event> events = new ArrayList<>();
        List<StoryLinker.Link> links = new ArrayList<>();
        while (more && e.getString(1).equals(docId)) {
          Event ev = read(e.getString(2), Event.class);
          events.add(ev);
          links.add(new StoryLinker.Link(ev.id(), e.getString(3), e.getString(4), e.getInt(5)));
          more = e.next();
        }
        linker.restore(light(docId, Store.parse(d.getString(2))), idMentions(docId,
            d.getString(3)), events, links, d.getString(4), null);
      }
      if (more) {
        throw new IllegalStateException("the store's events are not in the order of their"
            + " documents (event of " + e.getString(1) + "); rebuild the store");
      }
    }
  }

  /* What the linker reads of a document's mentions: their identities. */
  private static List<Mention> idMentions(String docId, String linkerIds) {
    List<Mention> mentions = new ArrayList<>();
    for (JsonNode id : Store.parse(linkerIds)) {
      mentions.add(new Mention(docId, 0, 0, null, null, id.asText(), null, null, null,
          null, null, null, null, null, null));
    }
    return mentions;
  }

  /*
   * A store made before links were kept: its documents are linked again, once, and every link
   * written (events whose story or merged event came out otherwise are re-indexed).
   */
  private void relink() throws SQLException {
    Map<String, List<Event>> eventsOf = new HashMap<>();
    try (Statement s = store.db.c.createStatement();
        ResultSet r = s.executeQuery("SELECT doc_id, json FROM events ORDER BY seq")) {
      while (r.next()) {
        Event e = read(r.getString(2), Event.class);
        eventsOf.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(e);
      }
    }
    Map<String, String> backfill = new HashMap<>();
    try (Statement s = store.db.c.createStatement();
        ResultSet r = s.executeQuery("SELECT doc_id, head, linker_ids, CASE WHEN linker_ids IS"
            + " NULL THEN mentions END FROM documents ORDER BY seq")) {
      while (r.next()) {
        String docId = r.getString(1);
        List<Mention> mentions;
        if (r.getString(3) != null) {
          mentions = idMentions(docId, r.getString(3));
        } else {
          mentions = read(r.getString(4), MENTIONS);
          backfill.put(docId, linkerIds(mentions));
        }
        linker.add(light(docId, Store.parse(r.getString(2))), mentions,
            eventsOf.getOrDefault(docId, List.of()));
      }
    }
    if (!backfill.isEmpty()) {
      try (PreparedStatement p = store.db.c.prepareStatement(
          "UPDATE documents SET linker_ids = ? WHERE doc_id = ?")) {
        for (Map.Entry<String, String> b : backfill.entrySet()) {
          p.setString(1, b.getValue());
          p.setString(2, b.getKey());
          p.addBatch();
        }
        p.executeBatch();
      }
    }
    long v = store.db.nextVersion();
    writeLinks(store.db, linker.drainLinks(), v);
    store.db.commit();
    try {
      store.reindexSince(v - 1);
      store.index.commit(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /*
   * What the linker reads of a document's mentions is their identities: kept apart as a short
   * list, so that re-linking a large store at start does not parse every mention.
   */
  private static String linkerIds(List<Mention> mentions) {
    List<String> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Mention m : mentions) {
      if (m.identifierId() != null && seen.add(m.identifierId())) {
        ids.add(m.identifierId());
      }
    }
    return json(ids);
  }

  private static final TypeReference<List<Mention>> MENTIONS = new TypeReference<>() {};

  /* What the linker reads of a document: its id, outlet and publication date. */
  private static Document light(String docId, JsonNode head) {
    Outlet outlet = head.path("outlet").isObject()
        ? new Outlet(head.path("outlet").path("name").asText(null),
            head.path("outlet").path("id").asText(null)) : null;
    JsonNode p = head.path("published");
    Published published = p.isObject() ? new Published(p.path("value").asText(null),
        p.path("precision").asText("unknown"), p.path("basis").asText("none"),
        p.path("evidence").asText(null)) : Published.NONE;
    return new Document(docId, null, outlet, null, null, published, List.of(), null, null,
        List.of(), "", null, List.of(), List.of(), List.of());
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return Store.JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("corrupt record in the store", e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return Store.JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("corrupt record in the store", e);
    }
  }

  /** Ingests files and folders (as {@code sitrep analyze} takes them). */
  public Summary ingest(List<String> inputs, Progress progress) throws IOException {
    Inputs.Found found = Inputs.expand(inputs);
    List<Failure> missing = new ArrayList<>();
    for (Inputs.Missing m : found.missing()) {
      missing.add(new Failure(m.input(), "read", m.error()));
    }
    return run(found.pages().size(), i -> stages.read(found.pages().get(i).path(),
        found.pages().get(i).input()), missing, progress);
  }

  /** Ingests pages given as bytes (for benchmarks and tests). */
  public Summary ingestSources(List<Source> sources, Progress progress) throws IOException {
    return run(sources.size(), i -> stages.read(sources.get(i).bytes().get(),
        sources.get(i).input()), List.of(), progress);
  }

  private interface Reader {
    Stages.Page read(int i);
  }

  /*
   * A page read by a worker. A dated page that the store does not hold is coded right there
   * (its anchor is its own date, whatever the batch), so that workers code while the main
   * thread commits; an undated page waits for its batch's anchors.
   */
  private record Prepared(Stages.Page page, boolean known, List<Event> events, String[] rows) {}

  private Prepared prepare(Reader reader, int i) {
    long c = cpu();
    Stages.Page p = reader.read(i);
    Document doc = p.document();
    if (doc == null) {
      cpuLap("pipeline", c);
      return new Prepared(p, false, null, null);
    }
    boolean known = Store.sql(() -> store.db.committedDocument(doc.docId()));
    if (known) {
      cpuLap("pipeline", c);
      return new Prepared(p, true, null, null);
    }
    List<Event> events = null;
    if (doc.published().value() != null) {
      try {
        events = stages.code(p, Stages.anchors(List.of(p)).get(doc.docId()));
      } catch (RuntimeException e) {
        events = null; // coded again with its batch, and the failure recorded there
      }
    }
    c = cpuLap("pipeline", c);
    // the document's stored columns are written here, by the worker, not by the committer
    Map<String, Object> head = new HashMap<>();
    head.put("outlet", doc.outlet());
    head.put("published", doc.published());
    String[] rows = {json(head), json(doc), json(p.mentions()), linkerIds(p.mentions())};
    cpuLap("rows", c);
    return new Prepared(p, false, events, rows);
  }

  /*
   * The main thread keeps the workers fed and takes their pages in input order into batches; a
   * committer thread links and writes each closed batch (one at a time, in order) while the
   * workers go on with the next pages, so that the pipeline never waits for the store. A batch
   * is acknowledged (Progress) once its transaction is committed.
   */
  private record Closed(int done, int skipped, int failures, int pages) {}

  private Summary run(int total, Reader reader, List<Failure> missing, Progress progress)
      throws IOException {
    long t0 = System.nanoTime();
    int added = 0;
    int skipped = 0;
    int failures = 0;
    int events = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sitrep-ingest");
      t.setDaemon(true);
      return t;
    });
    ExecutorService committer = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "sitrep-commit");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Failure> pendingFailures = new ArrayList<>(missing);
      failures += missing.size();
      Deque<Future<Prepared>> window = new ArrayDeque<>();
      int next = 0;
      int done = 0;
      int ahead = Math.max(threads * 8, batchSize); // workers read and code during a commit
      List<Prepared> batch = new ArrayList<>();
      Set<String> inBatch = new HashSet<>();
      Future<Integer> inFlight = null;
      Closed closed = null;
      while (done < total || !pendingFailures.isEmpty() || !batch.isEmpty()) {
        while (next < total && window.size() < ahead) {
          int i = next++;
          window.add(pool.submit(() -> prepare(reader, i)));
        }
        if (done < total) {
          long tr = System.nanoTime();
          Prepared pr = await(window.poll());
          lap("read", tr);
          Stages.Page p = pr.page();
          done++;
          Document doc = p.document();
          if (p.result() instanceof PageReader.Failed f) {
            pendingFailures.add(f.failure());
            failures++;
          } else if (pr.known() || inBatch.contains(doc.docId())) {
            skipped++;
          } else {
            if (p.stageFailure() != null) {
              pendingFailures.add(p.stageFailure());
              failures++;
            }
            batch.add(pr);
            inBatch.add(doc.docId());
          }
        }
        boolean close = batch.size() >= batchSize || done == total;
        // a batch is acknowledged as soon as it is committed; one commits at a time, so that
        // the pages held in memory are bounded
        if (inFlight != null && (close || inFlight.isDone())) {
          long tw = System.nanoTime();
          events += committed(inFlight);
          lap("commit-wait", tw);
          added += closed.pages();
          progress.batch(closed.done(), total, added, closed.skipped(), closed.failures(),
              events);
          inFlight = null;
        }
        if (close) {
          List<Prepared> b = List.copyOf(batch);
          List<Failure> fs = new ArrayList<>(pendingFailures);
          boolean last = done == total;
          closed = new Closed(done, skipped, failures, b.size());
          inFlight = committer.submit(() -> commitAndRefresh(b, fs, pool, last));
          batch.clear();
          inBatch.clear();
          pendingFailures.clear();
        }
      }
      if (inFlight != null) {
        events += committed(inFlight);
        added += closed.pages();
        progress.batch(closed.done(), total, added, closed.skipped(), closed.failures(), events);
      }
    } finally {
      // a commit under way ends as it would (an interrupt could close the index's files); it
      // may wait for the workers, so they stop after it
      committer.shutdown();
      try {
        committer.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      pool.shutdownNow();
    }
    return new Summary(total, added, skipped, failures, events, System.nanoTime() - t0);
  }

  /* On the committer thread: one batch, then the story records when due, and at the end. */
  private int commitAndRefresh(List<Prepared> batch, List<Failure> failures,
      ExecutorService pool, boolean last) throws IOException {
    long tb = System.nanoTime();
    int n = commit(batch, failures, pool);
    sinceRefresh += System.nanoTime() - tb;
    if (last || sinceRefresh >= REFRESH_RATIO * lastRefresh) {
      refresh();
    }
    commitIndex(last);
    return n;
  }

  /*
   * Story records (merged events with corroboration, contradictions) are rebuilt over the whole
   * linker, a cost that grows with the store: they are refreshed when the batches committed since
   * the last refresh took REFRESH_RATIO times as long as it did, and at the end of every run, so
   * that their share of ingest time stays bounded and the cost per page flat. Events carry their
   * story and merged-event links from their own batch's commit on; the stories touched since the
   * last refresh are listed in pending_stories, so that a killed run's are rebuilt at the next
   * start (or by serve).
   */
  private static final long REFRESH_RATIO = 4;
  private long sinceRefresh;
  private long lastRefresh;

  /** Rewrites the story records that batches touched since the last refresh. */
  public void refreshStories() throws IOException {
    refresh();
    commitIndex(true);
  }

  /* The same, leaving the index's commit to commitIndex (story records are not indexed). */
  private void refresh() throws IOException {
    long t0 = System.nanoTime();
    long c0 = cpu();
    Set<String> pending;
    synchronized (store) {
      pending = new LinkedHashSet<>(Store.sql(() -> store.db.strings(
          "SELECT story_id FROM pending_stories")));
    }
    if (pending.isEmpty()) {
      return;
    }
    List<Story> stories = linker.stories(pending);
    long v;
    synchronized (store) {
      Database db = store.db;
      try {
        v = db.nextVersion();
        writeStories(db, stories, pending);
        try (Statement s = db.c.createStatement()) {
          s.executeUpdate("DELETE FROM pending_stories");
        }
        db.commit();
      } catch (SQLException | RuntimeException e) {
        db.rollback();
        throw new IOException("cannot write the stories: " + e.getMessage(), e);
      }
    }
    lastRefresh = System.nanoTime() - t0;
    sinceRefresh = 0;
    lap("stories", t0);
    cpuLap("stories", c0);
  }

  /*
   * The index is derived from the database, and Store.open catches it up from the version its
   * last commit records: a batch is durable once its transaction is, so the index is committed
   * (a flush and an fsync) at most every INDEX_COMMIT_NANOS and at the end of a run, not per
   * batch. A killed run's next open re-indexes at most that much.
   */
  private static final long INDEX_COMMIT_NANOS = 30_000_000_000L;
  private long lastIndexCommit = System.nanoTime();

  private void commitIndex(boolean now) throws IOException {
    if (!now && System.nanoTime() - lastIndexCommit < INDEX_COMMIT_NANOS) {
      return;
    }
    long t = System.nanoTime();
    long c = cpu();
    synchronized (store) {
      store.index.commit(store.version());
    }
    lastIndexCommit = System.nanoTime();
    lap("index", t);
    cpuLap("index", c);
  }

  /** Codes, links and commits one batch; returns how many events it added. */
  private int commit(List<Prepared> prepared, List<Failure> failures, ExecutorService pool)
      throws IOException {
    long t = System.nanoTime();
    List<Stages.Page> batch = new ArrayList<>();
    prepared.forEach(p -> batch.add(p.page()));
    Map<String, DateResolver.Anchor> anchors = Stages.anchors(batch);
    List<Future<List<Event>>> futures = new ArrayList<>();
    for (Prepared p : prepared) {
      futures.add(p.events() != null ? java.util.concurrent.CompletableFuture.completedFuture(
          p.events()) : pool.submit(() -> {
            long c = cpu();
            try {
              return stages.code(p.page(), anchors.get(p.page().document().docId()));
            } finally {
              cpuLap("pipeline", c);
            }
          }));
    }
    List<List<Event>> coded = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      try {
        coded.add(futures.get(i).get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (ExecutionException e) {
        Throwable c = e.getCause();
        failures.add(new Failure(batch.get(i).input(), "events", c.getClass().getSimpleName()
            + ": " + c.getMessage()));
        coded.add(List.of());
      }
    }
    coded = uniqueIds(coded);
    t = lap("code", t);
    long c = cpu();
    Set<String> touched = new LinkedHashSet<>();
    List<String> storyOf = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      String s = linker.add(batch.get(i).document(), batch.get(i).mentions(), coded.get(i));
      touched.add(s);
      storyOf.add(s);
    }
    Map<String, StoryLinker.Link> links = new HashMap<>();
    for (StoryLinker.Link l : linker.drainLinks()) {
      links.put(l.eventId(), l);
    }
    t = lap("link", t);
    c = cpuLap("link", c);
    long v;
    long firstSeq = nextSeq;
    List<Event> added = new ArrayList<>();
    synchronized (store) {
      Database db = store.db;
      try {
        v = db.nextVersion();
        insertDocuments(db, prepared, storyOf, anchors);
        writeEvents(db, coded, links, v, added);
        try (PreparedStatement p = db.c.prepareStatement(
            "INSERT OR IGNORE INTO pending_stories(story_id) VALUES (?)")) {
          for (String st : touched) {
            p.setString(1, st);
            p.addBatch();
          }
          p.executeBatch();
        }
        try (PreparedStatement p = db.c.prepareStatement(
            "INSERT INTO failures(input, stage, error) VALUES (?, ?, ?)")) {
          for (Failure f : failures) {
            p.setString(1, f.input());
            p.setString(2, f.stage());
            p.setString(3, f.error());
            p.addBatch();
          }
          p.executeBatch();
        }
        db.commit();
      } catch (SQLException | RuntimeException e) {
        db.rollback();
        throw new IOException("cannot commit a batch: " + e.getMessage(), e);
      }
      t = lap("database", t);
      c = cpuLap("database", c);
      // the batch's events are indexed from memory (new events have no reviews); events stored
      // before whose story or merged event changed are indexed again from their rows
      long seq = firstSeq;
      for (Event e : added) {
        store.index.put(Store.effectiveUnreviewed(e), seq++);
      }
      store.reindex(Store.sql(() -> db.strings("SELECT id FROM events WHERE version = ? AND"
          + " seq < ? ORDER BY seq", v, firstSeq)));
      lap("index", t);
      cpuLap("index", c);
    }
    return added.size();
  }

  /*
   * Event ids are "<doc_id>-e<n>"; the coder can number two events of one page alike (seen on a
   * dev page coded with a story anchor). The store needs ids unique: a repeat gets a suffix.
   */
  private static List<List<Event>> uniqueIds(List<List<Event>> coded) {
    List<List<Event>> out = new ArrayList<>();
    for (List<Event> es : coded) {
      Set<String> seen = new HashSet<>();
      List<Event> fixed = new ArrayList<>();
      for (Event e : es) {
        String id = e.id();
        for (int k = 2; !seen.add(id); k++) {
          id = e.id() + "." + k;
        }
        fixed.add(id.equals(e.id()) ? e : withId(e, id));
      }
      out.add(fixed);
    }
    return out;
  }

  private static Event withId(Event e, String id) {
    return new Event(id, e.docId(), e.event(), e.mode(), e.context(), e.date(), e.enddate(),
        e.dateInfo(), e.actor(), e.recipient(), e.eventLoc(), e.destination(), e.size(),
        e.claim(), e.eventText(), e.textInfo(), e.citeInfo(), e.confidence(), e.topic(),
        e.storyId(), e.sameAs());
  }

  /*
   * An undated page whose dateline lacks a year is stored with the day its story's year gives it
   * (Stages.inferredPublished), as sitrep analyze writes it.
   */
  private static void insertDocuments(Database db, List<Prepared> batch, List<String> storyOf,
      Map<String, DateResolver.Anchor> anchors) throws SQLException {
    try (PreparedStatement p = db.c.prepareStatement("INSERT INTO documents(doc_id, input,"
        + " outlet, title, published, language, country, story_id, head, json, mentions,"
        + " linker_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < batch.size(); i++) {
        Stages.Page page = batch.get(i).page();
        String[] rows = batch.get(i).rows();
        Document d = page.document();
        Published day = Stages.inferredPublished(d, anchors.get(d.docId()));
        if (day != null) {
          try {
            rows = new String[] {Stages.withPublished(rows[0], day),
                Stages.withPublished(rows[1], day), rows[2], rows[3]};
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
        p.setString(1, d.docId());
        p.setString(2, d.input());
        p.setString(3, d.outlet() == null ? null : d.outlet().name());
        p.setString(4, d.title());
        p.setString(5, day != null ? day.value() : d.published().value());
        p.setString(6, d.language());
        p.setString(7, page.country());
        p.setString(8, storyOf.get(i));
        p.setString(9, rows[0]);
        p.setString(10, rows[1]);
        p.setString(11, rows[2]);
        p.setString(12, rows[3]);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /*
   * Inserts the batch's events with their links, then writes the links the batch changed of
   * events stored before (a report that bridged two merged events moves the reports of one into
   * the other). Only a changed story or merged event makes an event's row newer for the index;
   * a changed place among the reports alone does not.
   */
  private void writeEvents(Database db, List<List<Event>> coded,
      Map<String, StoryLinker.Link> links, long v, List<Event> added) throws SQLException {
    try (PreparedStatement p = db.c.prepareStatement("INSERT INTO events(id, doc_id, seq, json,"
        + " story_id, same_as, version, merged_pos) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (List<Event> es : coded) {
        for (Event e : es) {
          StoryLinker.Link l = links.remove(e.id());
          p.setString(1, e.id());
          p.setString(2, e.docId());
          p.setLong(3, nextSeq++);
          p.setString(4, json(e.withStory(null, null)));
          p.setString(5, l.storyId());
          p.setString(6, l.mergedId());
          p.setLong(7, v);
          p.setInt(8, l.position());
          p.addBatch();
          added.add(e.withStory(l.storyId(), l.mergedId()));
        }
      }
      p.executeBatch();
    }
    writeLinks(db, links.values(), v);
  }

  private static void writeLinks(Database db, java.util.Collection<StoryLinker.Link> links,
      long v) throws SQLException {
    try (PreparedStatement p = db.c.prepareStatement("UPDATE events SET version = CASE WHEN"
        + " story_id IS ? AND same_as IS ? THEN version ELSE ? END, story_id = ?, same_as = ?,"
        + " merged_pos = ? WHERE id = ?")) {
      for (StoryLinker.Link l : links) {
        p.setString(1, l.storyId());
        p.setString(2, l.mergedId());
        p.setLong(3, v);
        p.setString(4, l.storyId());
        p.setString(5, l.mergedId());
        p.setInt(6, l.position());
        p.setString(7, l.eventId());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private static void writeStories(Database db, List<Story> stories, Set<String> touched)
      throws SQLException {
    try (PreparedStatement p = db.c.prepareStatement("INSERT INTO stories(story_id, title,"
        + " first_date, last_date, documents, events, json, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        + " ON CONFLICT(story_id) DO UPDATE SET title = excluded.title, first_date ="
        + " excluded.first_date, last_date = excluded.last_date, documents = excluded.documents,"
        + " events = excluded.events, json = excluded.json, ord = excluded.ord")) {
      for (int i = 0; i < stories.size(); i++) {
        Story s = stories.get(i);
        if (!touched.contains(s.storyId())) {
          continue;
        }
        String first = null;
        String last = null;
        int reports = 0;
        for (Story.Merged m : s.events()) {
          reports += m.reports().size();
          if (m.date() != null) {
            first = first == null || m.date().compareTo(first) < 0 ? m.date() : first;
            String end = m.enddate() != null ? m.enddate() : m.date();
            last = last == null || end.compareTo(last) > 0 ? end : last;
          }
        }
        p.setString(1, s.storyId());
        p.setString(2, s.title());
        p.setString(3, first);
        p.setString(4, last);
        p.setInt(5, s.documents().size());
        p.setInt(6, reports);
        p.setString(7, json(s));
        p.setInt(8, i);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private static String json(Object o) {
    try {
      return Store.JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot serialize " + o.getClass().getSimpleName(), e);
    }
  }

  /* The result of a commit: its IOException is the caller's. */
  private static int committed(Future<Integer> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException("commit failed: " + e.getCause(), e.getCause());
    }
  }

  private static <T> T await(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("worker failed: " + e.getCause(), e.getCause());
    }
  }
}
