package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.store.LockObtainFailedException;
import org.sitrep.output.RecordWriter;

/**
 * The analyst's store, embedded in one folder: records, reviews and their audit trail in SQLite
 * ({@code sitrep.db}), full text and facets in Lucene ({@code index/}). The database is the
 * truth; the index records which database version it reflects and is caught up on {@link #open}
 * after a crash. Reads return the effective state of an event: as coded, with its story links
 * and every review applied. Thread-safe.
 */
public final class Store implements AutoCloseable {
  static final ObjectMapper JSON = RecordWriter.mapper();
  /** Fields a review may edit. */
  public static final Set<String> EDITABLE = Set.of("event", "mode", "context", "date",
      "enddate", "actor", "recipient", "event_loc", "destination", "size", "claim");
  public static final Set<String> VERDICTS = Set.of("accept", "reject", "edit");

  private final Path dir;
  final Database db;
  final EventIndex index;

  private Store(Path dir, Database db, EventIndex index) {
    this.dir = dir;
    this.db = db;
    this.index = index;
  }

  /**
   * Opens the store in {@code dir}, creating it if needed, and brings the index up to the
   * database. Fails with a message if another process (an ingest, a server) has it open.
   */
  public static Store open(Path dir) throws IOException {
    Files.createDirectories(dir);
    Database db;
    try {
      db = new Database(dir.resolve("sitrep.db"));
    } catch (SQLException e) {
      throw new IOException("cannot open the database in " + dir + ": " + e.getMessage(), e);
    }
    EventIndex index;
    try {
      index = new EventIndex(dir.resolve("index"));
    } catch (LockObtainFailedException e) {
      closeQuietly(db);
      throw new IOException("the store " + dir + " is in use by another sitrep process"
          + " (ingest or serve); stop it first", e);
    } catch (IOException | RuntimeException e) {
      closeQuietly(db);
      throw e;
    }
    Store s = new Store(dir, db, index);
    try {
      s.catchUp();
    } catch (IOException | RuntimeException e) {
      s.close();
      throw e;
    }
    return s;
  }

  private static void closeQuietly(Database db) {
    try {
      db.close();
    } catch (SQLException ignored) {
      // already failing
    }
  }

  /** The folder the store lives in. */
  public Path dir() {
    return dir;
  }

  /** Re-indexes the events changed since the index's last commit (after a crash). */
  synchronized int catchUp() throws IOException {
    long dbv = version();
    long iv = index.version();
    if (iv == dbv) {
      return 0;
    }
    long since = iv;
    if (iv > dbv) {
      index.deleteAll(); // an index ahead of its database: rebuild it whole
      since = 0;
    }
    int n = reindexSince(since);
    index.commit(dbv);
    return n;
  }

  /** Puts into the index every event whose row changed after {@code since}. */
  synchronized int reindexSince(long since) throws IOException {
    return reindex(sql(() -> db.strings(
        "SELECT id FROM events WHERE version > ? ORDER BY seq", since)));
  }

  /** Puts these stored events into the index in their effective state. */
  synchronized int reindex(List<String> ids) throws IOException {
    for (int i = 0; i < ids.size(); i += 500) {
      List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
      Map<String, Long> seqs = new HashMap<>();
      for (ObjectNode e : effective(chunk, seqs)) {
        index.put(e, seqs.get(e.path("id").asText()));
      }
    }
    return ids.size();
  }

  long version() {
    return sql(db::version);
  }

  /*
   * The effective state of an event just coded and linked, which no review can name yet: what
   * effective() reads back from its row (the same fields in the same order), without the write
   * and the parse.
   */
  static ObjectNode effectiveUnreviewed(org.sitrep.model.Event linked) {
    ObjectNode e = JSON.valueToTree(linked);
    e.putNull("review");
    return e;
  }

  /** How many documents, events, stories and reviews the store holds. */
  public synchronized Map<String, Long> counts() {
    Map<String, Long> m = new LinkedHashMap<>();
    for (String t : new String[] {"documents", "events", "stories", "reviews", "failures"}) {
      m.put(t, sql(() -> db.count(t)));
    }
    return m;
  }

  /** Whether an interrupted ingest left story records to rebuild ({@link Ingester} does). */
  public synchronized boolean storiesPending() {
    return sql(() -> db.count("pending_stories")) > 0;
  }

  // ---------------------------------------------------------------- reads

  /** The effective events with these ids, in the order given (unknown ids are left out). */
  public synchronized List<ObjectNode> events(List<String> ids) {
    return effective(ids, null);
  }

  /*
   * The stored JSON of an event ends with its (empty) story links. An event without reviews is
   * answered by writing its links and "review": null into that text, not by parsing it into a
   * tree and writing the tree out again: a search page or a story's reports are mostly such
   * events, and the parse and write were most of a request's time. The text is the same as the
   * tree's (same fields, same order); a record stored otherwise takes the tree's way.
   */
  private static final String UNLINKED = ",\"story_id\":null,\"same_as\":null}";

  /** The effective events with these ids as JSON by id, in the order given (unknown left out). */
  synchronized Map<String, JsonNode> eventsJson(List<String> ids, boolean asText) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    if (!asText) {
      Map<String, JsonNode> out = new LinkedHashMap<>();
      effective(ids, null).forEach(e -> out.put(e.path("id").asText(), e));
      return out;
    }
    Map<String, String[]> rows = new HashMap<>();
    Set<String> reviewed = new HashSet<>();
    String in = "(" + marks(ids.size()) + ")";
    sql(() -> {
      try (PreparedStatement p = db.c.prepareStatement(
          "SELECT DISTINCT event_id FROM reviews WHERE event_id IN " + in)) {
        for (int i = 0; i < ids.size(); i++) {
          p.setString(i + 1, ids.get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            reviewed.add(r.getString(1));
          }
        }
      }
      try (PreparedStatement p = db.c.prepareStatement(
          "SELECT id, json, story_id, same_as FROM events WHERE id IN " + in)) {
        for (int i = 0; i < ids.size(); i++) {
          p.setString(i + 1, ids.get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            rows.put(r.getString(1), new String[] {r.getString(2), r.getString(3),
                r.getString(4)});
          }
        }
      }
      return null;
    });
    List<String> slow = new ArrayList<>();
    for (String id : ids) {
      String[] row = rows.get(id);
      if (row != null && (reviewed.contains(id) || !row[0].endsWith(UNLINKED))) {
        slow.add(id);
      }
    }
    Map<String, ObjectNode> trees = new HashMap<>();
    for (ObjectNode e : effective(slow, null)) {
      trees.put(e.path("id").asText(), e);
    }
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (String id : ids) {
      String[] row = rows.get(id);
      if (row == null) {
        continue;
      }
      ObjectNode tree = trees.get(id);
      if (tree != null) {
        out.put(id, tree);
        continue;
      }
      StringBuilder b = new StringBuilder(row[0].length() + 80);
      b.append(row[0], 0, row[0].length() - UNLINKED.length());
      b.append(",\"story_id\":").append(quoted(row[1]));
      b.append(",\"same_as\":").append(quoted(row[2]));
      b.append(",\"review\":null}");
      out.put(id, JSON.getNodeFactory().rawValueNode(
          new com.fasterxml.jackson.databind.util.RawValue(b.toString())));
    }
    return out;
  }

  private static String quoted(String s) {
    if (s == null) {
      return "null";
    }
    try {
      return JSON.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<ObjectNode> effective(List<String> ids, Map<String, Long> seqs) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, ObjectNode> byId = new HashMap<>();
    Map<String, List<ObjectNode>> reviews = new HashMap<>();
    String in = "(" + "?,".repeat(ids.size() - 1) + "?)";
    sql(() -> {
      try (PreparedStatement p = db.c.prepareStatement(
          "SELECT id, json, story_id, same_as, seq FROM events WHERE id IN " + in)) {
        for (int i = 0; i < ids.size(); i++) {
          p.setString(i + 1, ids.get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            ObjectNode e = (ObjectNode) parse(r.getString(2));
            e.put("story_id", r.getString(3));
            e.put("same_as", r.getString(4));
            byId.put(r.getString(1), e);
            if (seqs != null) {
              seqs.put(r.getString(1), r.getLong(5));
            }
          }
        }
      }
      try (PreparedStatement p = db.c.prepareStatement("SELECT event_id, verdict, changes, note,"
          + " reviewer, at, id FROM reviews WHERE event_id IN " + in + " ORDER BY id")) {
        for (int i = 0; i < ids.size(); i++) {
          p.setString(i + 1, ids.get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            ObjectNode rv = JSON.createObjectNode();
            rv.put("id", r.getLong(7));
            rv.put("verdict", r.getString(2));
            rv.set("changes", r.getString(3) == null ? null : parse(r.getString(3)));
            rv.put("note", r.getString(4));
            rv.put("reviewer", r.getString(5));
            rv.put("at", r.getString(6));
            reviews.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(rv);
          }
        }
      }
      return null;
    });
    List<ObjectNode> out = new ArrayList<>();
    for (String id : ids) {
      ObjectNode e = byId.get(id);
      if (e != null) {
        applyReviews(e, reviews.getOrDefault(id, List.of()));
        out.add(e);
      }
    }
    return out;
  }

  /*
   * Reviews apply in the order made: each edit overwrites the fields it names (the machine's
   * values are kept under review.original); the last verdict is the event's state.
   */
  private static void applyReviews(ObjectNode e, List<ObjectNode> reviews) {
    if (reviews.isEmpty()) {
      e.putNull("review");
      return;
    }
    ObjectNode original = JSON.createObjectNode();
    for (ObjectNode rv : reviews) {
      JsonNode changes = rv.get("changes");
      if ("edit".equals(rv.path("verdict").asText()) && changes != null && changes.isObject()) {
        changes.fields().forEachRemaining(f -> {
          if (!original.has(f.getKey())) {
            original.set(f.getKey(), e.get(f.getKey()));
          }
          e.set(f.getKey(), f.getValue());
        });
      }
    }
    ObjectNode last = reviews.get(reviews.size() - 1);
    ObjectNode review = JSON.createObjectNode();
    review.put("verdict", last.path("verdict").asText());
    review.set("note", last.get("note"));
    review.set("reviewer", last.get("reviewer"));
    review.set("at", last.get("at"));
    review.set("original", original);
    ArrayNode history = review.putArray("history");
    reviews.forEach(history::add);
    e.set("review", review);
  }

  /** Searches events: the page of effective events, the total and facet counts. */
  public ObjectNode search(EventQuery q) throws IOException {
    return search(q, false);
  }

  /**
   * The same; with {@code asText}, events are JSON text nodes that can only be written out (what
   * a server answers with, built without parsing the stored records).
   */
  public ObjectNode search(EventQuery q, boolean asText) throws IOException {
    EventIndex.Hits h = index.search(q, true, 12);
    ObjectNode out = JSON.createObjectNode();
    out.put("total", h.total());
    out.put("limit", q.limit());
    out.put("offset", q.offset());
    ArrayNode items = out.putArray("events");
    eventsJson(h.ids(), asText).values().forEach(items::add);
    out.set("facets", JSON.valueToTree(h.facets()));
    return out;
  }

  /** Ids of every event a query selects (at most {@code max}), in its order. */
  public List<String> ids(EventQuery q, int max) throws IOException {
    return index.searchAll(q, max);
  }

  /**
   * Stories, most recent first; with a narrowing query, only the stories with matching events,
   * the most matches first, each with its match count.
   */
  public ObjectNode stories(EventQuery q) throws IOException {
    ObjectNode out = JSON.createObjectNode();
    ArrayNode items = out.putArray("stories");
    if (q.narrows()) {
      Map<String, Integer> matches = index.storyCounts(q);
      out.put("total", matches.size());
      List<String> page = new ArrayList<>(matches.keySet()).subList(
          Math.min(q.offset(), matches.size()), Math.min(q.offset() + q.limit(), matches.size()));
      for (ObjectNode s : storyRows("story_id IN (" + marks(page.size()) + ")", page)) {
        s.put("matches", matches.get(s.path("story_id").asText()));
        items.add(s);
      }
      List<JsonNode> sorted = new ArrayList<>();
      items.forEach(sorted::add);
      sorted.sort((a, b) -> b.path("matches").asInt() - a.path("matches").asInt());
      items.removeAll();
      sorted.forEach(items::add);
    } else {
      out.put("total", sql(() -> db.count("stories")));
      items.addAll(storyRows("1=1 ORDER BY coalesce(last_date, '') DESC, ord LIMIT ? OFFSET ?",
          List.of(q.limit(), q.offset())));
    }
    return out;
  }

  private static String marks(int n) {
    return n == 0 ? "NULL" : "?,".repeat(n - 1) + "?";
  }

  private synchronized List<ObjectNode> storyRows(String where, List<?> params) {
    return sql(() -> {
      List<ObjectNode> out = new ArrayList<>();
      try (PreparedStatement p = db.c.prepareStatement("SELECT story_id, title, first_date,"
          + " last_date, documents, events FROM stories WHERE " + where)) {
        for (int i = 0; i < params.size(); i++) {
          p.setObject(i + 1, params.get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            ObjectNode s = JSON.createObjectNode();
            s.put("story_id", r.getString(1));
            s.put("title", r.getString(2));
            s.put("first_date", r.getString(3));
            s.put("last_date", r.getString(4));
            s.put("documents", r.getInt(5));
            s.put("events", r.getInt(6));
            out.add(s);
          }
        }
      }
      return out;
    });
  }

  /**
   * One story: its documents (id, title, outlet, date), its merged events in timeline order
   * (dated first) each with its reports as effective events, and its contradictions.
   * {@code limit}/{@code offset} page the merged events.
   */
  public Optional<ObjectNode> story(String id, int limit, int offset) {
    return story(id, limit, offset, false);
  }

  /** The same; with {@code asText}, report events are JSON text nodes (see {@link #search}). */
  public Optional<ObjectNode> story(String id, int limit, int offset, boolean asText) {
    JsonNode cached = storyJson(id);
    if (cached == null) {
      return Optional.empty();
    }
    ObjectNode s = JSON.createObjectNode();
    s.set("story_id", cached.get("story_id"));
    s.set("title", cached.get("title"));
    ArrayNode docs = s.putArray("documents");
    List<String> docIds = new ArrayList<>();
    for (JsonNode d : cached.path("documents")) {
      if (docIds.size() < MAX_DOCUMENTS) {
        docIds.add(d.asText());
      }
    }
    for (ObjectNode d : documentHeads(docIds)) {
      docs.add(d);
    }
    s.put("documents_total", cached.path("documents").size());
    ArrayNode contradictions = s.putArray("contradictions");
    for (JsonNode c : cached.path("contradictions")) {
      if (contradictions.size() < MAX_DOCUMENTS) {
        contradictions.add(c.deepCopy());
      }
    }
    s.put("contradictions_total", cached.path("contradictions").size());
    JsonNode merged = cached.path("events");
    int total = merged.size();
    ArrayNode page = JSON.createArrayNode();
    for (int i = offset; i < Math.min(total, offset + limit); i++) {
      page.add(merged.get(i).deepCopy());
    }
    List<String> reportIds = new ArrayList<>();
    for (JsonNode m : page) { // the first reports of each merged event; all are in "reports"
      for (int i = 0; i < Math.min(MAX_REPORTS, m.path("reports").size()); i++) {
        reportIds.add(m.path("reports").get(i).asText());
      }
    }
    Map<String, JsonNode> reports = eventsJson(reportIds, asText);
    for (JsonNode m : page) {
      ArrayNode detail = ((ObjectNode) m).putArray("report_events");
      m.path("reports").forEach(r -> {
        JsonNode e = reports.get(r.asText());
        if (e != null) {
          detail.add(e);
        }
      });
      ((ObjectNode) m).put("report_events_total", m.path("reports").size());
    }
    s.set("events", page);
    s.put("events_total", total);
    s.put("events_offset", offset);
    return Optional.of(s);
  }

  /** How many reports of a merged event a story read includes in full. */
  public static final int MAX_REPORTS = 10;
  /** How many documents (and contradictions) of a story a story read includes. */
  public static final int MAX_DOCUMENTS = 200;
  private final Map<String, JsonNode> stories = new java.util.LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, JsonNode> eldest) {
      return size() > 64;
    }
  };
  private long storiesVersion = -1;

  /* A story's record, parsed once per database version (stories change only by ingest). */
  private synchronized JsonNode storyJson(String id) {
    long v = version();
    if (v != storiesVersion) {
      stories.clear();
      storiesVersion = v;
    }
    JsonNode s = stories.get(id);
    if (s == null) {
      String json = sql(() -> db.string("SELECT json FROM stories WHERE story_id = ?", id));
      if (json == null) {
        return null;
      }
      s = parse(json);
      stories.put(id, s);
    }
    return s;
  }

  private synchronized List<ObjectNode> documentHeads(List<String> ids) {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += 500) {
      List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
      Map<String, ObjectNode> byId = new HashMap<>();
      sql(() -> {
        try (PreparedStatement p = db.c.prepareStatement("SELECT doc_id, title, outlet,"
            + " published, language, input, story_id FROM documents WHERE doc_id IN ("
            + marks(chunk.size()) + ")")) {
          for (int k = 0; k < chunk.size(); k++) {
            p.setString(k + 1, chunk.get(k));
          }
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              ObjectNode d = JSON.createObjectNode();
              d.put("doc_id", r.getString(1));
              d.put("title", r.getString(2));
              d.put("outlet", r.getString(3));
              d.put("published", r.getString(4));
              d.put("language", r.getString(5));
              d.put("input", r.getString(6));
              d.put("story_id", r.getString(7));
              byId.put(r.getString(1), d);
            }
          }
        }
        return null;
      });
      for (String id : chunk) {
        if (byId.containsKey(id)) {
          out.add(byId.get(id));
        }
      }
    }
    return out;
  }

  /**
   * One event in full: its effective record, its document's head, the evidence span, the
   * claimant chain from the outlet inward, the merged event with every report, and the
   * contradictions it takes part in with the reports on each side.
   */
  public Optional<ObjectNode> event(String id) {
    List<ObjectNode> found = events(List.of(id));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode e = found.get(0);
    ObjectNode out = JSON.createObjectNode();
    out.set("event", e);
    String docId = e.path("doc_id").asText();
    List<ObjectNode> heads = documentHeads(List.of(docId));
    out.set("document", heads.isEmpty() ? null : heads.get(0));
    ObjectNode span = out.putObject("span"); // the evidence in the document's text
    span.put("start", e.path("text_info").path("start").asInt());
    span.put("end", e.path("text_info").path("end").asInt());
    span.put("text", e.path("event_text").asText(""));
    span.set("trigger", e.path("text_info").path("trigger"));
    ArrayNode chain = out.putArray("claimant_chain");
    ObjectNode outlet = chain.addObject();
    outlet.put("name", e.path("claim").path("outlet").asText(
        heads.isEmpty() ? "" : heads.get(0).path("outlet").asText("")));
    outlet.put("kind", "outlet");
    outlet.put("role", "publisher");
    e.path("claim").path("claimants").forEach(c -> chain.add(c.deepCopy()));
    String storyId = e.path("story_id").asText(null);
    String sameAs = e.path("same_as").asText(null);
    JsonNode story = storyId == null ? null : storyJson(storyId);
    ArrayNode contradictions = out.putArray("contradictions");
    if (story != null) {
      for (JsonNode m : story.path("events")) {
        if (m.path("id").asText().equals(sameAs)) {
          ObjectNode merged = ((ObjectNode) m).deepCopy();
          List<String> reps = new ArrayList<>();
          m.path("reports").forEach(r -> {
            if (reps.size() < MAX_REPORTS || r.asText().equals(id)) {
              reps.add(r.asText());
            }
          });
          ArrayNode reports = merged.putArray("report_events");
          events(reps).forEach(reports::add);
          merged.put("report_events_total", m.path("reports").size());
          out.set("merged", merged);
        }
      }
      for (JsonNode c : story.path("contradictions")) {
        boolean mine = false;
        for (JsonNode x : c.path("event_ids")) {
          mine |= x.asText().equals(id);
        }
        if (!mine) {
          continue;
        }
        ObjectNode cc = ((ObjectNode) c).deepCopy();
        for (JsonNode v : cc.path("values")) {
          List<String> reps = new ArrayList<>();
          v.path("reports").forEach(r -> {
            if (reps.size() < MAX_REPORTS) {
              reps.add(r.asText());
            }
          });
          ArrayNode reports = ((ObjectNode) v).putArray("report_events");
          events(reps).forEach(reports::add);
        }
        contradictions.add(cc);
      }
    }
    if (!out.has("merged")) {
      out.putNull("merged");
    }
    return Optional.of(out);
  }

  /** One document record as stored (text, body spans, comments, chrome, …) and its events. */
  public Optional<ObjectNode> document(String docId) {
    String json;
    List<String> evs;
    synchronized (this) {
      json = sql(() -> db.string("SELECT json FROM documents WHERE doc_id = ?", docId));
      evs = sql(() -> db.strings("SELECT id FROM events WHERE doc_id = ? ORDER BY seq", docId));
    }
    if (json == null) {
      return Optional.empty();
    }
    ObjectNode d = (ObjectNode) parse(json);
    ArrayNode ids = d.putArray("event_ids");
    evs.forEach(ids::add);
    return Optional.of(d);
  }

  // ---------------------------------------------------------------- reviews

  /**
   * Records a review of an event (kept forever, with time and reviewer), re-indexes the event
   * and returns its new effective state; empty when there is no such event.
   *
   * @throws IllegalArgumentException on an unknown verdict, an edit without changes, or a
   *     change to a field that is not {@link #EDITABLE}
   */
  public synchronized Optional<ObjectNode> review(String eventId, String verdict,
      JsonNode changes, String note, String reviewer, Instant at) throws IOException {
    if (!VERDICTS.contains(verdict)) {
      throw new IllegalArgumentException("verdict must be one of accept, reject, edit; got '"
          + verdict + "'");
    }
    if (changes != null && !changes.isNull() && !changes.isObject()) {
      throw new IllegalArgumentException("changes must be an object");
    }
    boolean hasChanges = changes != null && changes.isObject() && changes.size() > 0;
    if (verdict.equals("edit") && !hasChanges) {
      throw new IllegalArgumentException("an edit needs changes");
    }
    if (!verdict.equals("edit") && hasChanges) {
      throw new IllegalArgumentException("only an edit carries changes");
    }
    if (hasChanges) {
      changes.fieldNames().forEachRemaining(f -> {
        if (!EDITABLE.contains(f)) {
          throw new IllegalArgumentException("field '" + f + "' cannot be edited; editable: "
              + new java.util.TreeSet<>(EDITABLE));
        }
      });
    }
    if (note != null && note.length() > 10_000) {
      throw new IllegalArgumentException("note is longer than 10000 characters");
    }
    if (sql(() -> db.string("SELECT id FROM events WHERE id = ?", eventId)) == null) {
      return Optional.empty();
    }
    long v;
    try {
      v = db.nextVersion();
      try (PreparedStatement p = db.c.prepareStatement("INSERT INTO reviews(event_id, verdict,"
          + " changes, note, reviewer, at) VALUES (?, ?, ?, ?, ?, ?)")) {
        p.setString(1, eventId);
        p.setString(2, verdict);
        p.setString(3, hasChanges ? changes.toString() : null);
        p.setString(4, note);
        p.setString(5, reviewer);
        p.setString(6, at.toString());
        p.executeUpdate();
      }
      try (PreparedStatement p = db.c.prepareStatement(
          "UPDATE events SET version = ? WHERE id = ?")) {
        p.setLong(1, v);
        p.setString(2, eventId);
        p.executeUpdate();
      }
      db.commit();
    } catch (SQLException e) {
      db.rollback();
      throw new IOException("cannot record the review: " + e.getMessage(), e);
    }
    reindexSince(v - 1);
    index.commit(v);
    return Optional.of(events(List.of(eventId)).get(0));
  }

  // ---------------------------------------------------------------- helpers

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("corrupt JSON in the store", e);
    }
  }

  interface SqlCall<T> {
    T call() throws SQLException;
  }

  static <T> T sql(SqlCall<T> c) {
    try {
      return c.call();
    } catch (SQLException e) {
      throw new StoreException("database error: " + e.getMessage(), e);
    }
  }

  /** A database failure while reading or writing the store. */
  public static final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      index.close();
    } finally {
      try {
        db.close();
      } catch (SQLException e) {
        throw new IOException("cannot close the database: " + e.getMessage(), e);
      }
    }
  }

  Set<String> knownIds(List<String> docIds) {
    Set<String> out = new HashSet<>();
    for (String d : docIds) {
      if (sql(() -> db.hasDocument(d))) {
        out.add(d);
      }
    }
    return out;
  }
}
