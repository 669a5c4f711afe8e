package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.PageReader;
import org.sitrep.knowledge.Knowledge;

/** The store on real SQLite and Lucene, fed with pages the test writes. */
class StoreIT {
  static final Instant T = Instant.parse("2026-01-02T03:04:05Z");
  static Knowledge knowledge;

  @TempDir Path tmp;

  @BeforeAll
  static void load() {
    knowledge = Knowledge.defaults();
  }

  static Ingester.Summary ingest(Store s, List<Path> pages, int batch) throws IOException {
    List<String> in = new ArrayList<>();
    pages.forEach(p -> in.add(p.toString()));
    return new Ingester(s, knowledge, 2, PageReader.DEFAULT_MAX_BYTES, batch).ingest(in,
        Ingester.Progress.NONE);
  }

  static Map<String, String> links(Store s) throws IOException {
    Map<String, String> m = new HashMap<>();
    for (String id : s.ids(EventQuery.all(), 100_000)) {
      JsonNode e = s.events(List.of(id)).get(0);
      m.put(id, e.path("story_id").asText() + "/" + e.path("same_as").asText());
    }
    return m;
  }

  @Test
  void ingestsSkipsKnownPagesAndLinksIncrementallyAsInOneGo() throws IOException {
    List<Path> pages = NewsPages.write(tmp.resolve("pages"));
    Map<String, String> oneGo;
    try (Store s = Store.open(tmp.resolve("a"))) {
      Ingester.Summary r = ingest(s, pages, 100);
      assertEquals(5, r.added());
      assertTrue(r.events() >= 8, "events coded from the fixture pages: " + r.events());
      assertEquals(5L, s.counts().get("documents"));
      oneGo = links(s);
      JsonNode stories = s.stories(EventQuery.all());
      assertTrue(stories.path("total").asInt() >= 2, "Douma and Idlib are two stories: "
          + stories);
      Ingester.Summary again = ingest(s, pages, 100);
      assertEquals(0, again.added());
      assertEquals(5, again.skipped());
      assertEquals(oneGo, links(s));
    }
    try (Store s = Store.open(tmp.resolve("b"))) {
      ingest(s, pages.subList(0, 2), 1);
    }
    try (Store s = Store.open(tmp.resolve("b"))) { // a new process: the linker is rebuilt
      ingest(s, pages, 2);
      assertEquals(oneGo, links(s), "stories and merged events as if ingested in one go");
      ObjectNode story = s.story(s.events(List.of(oneGo.keySet().iterator().next())).get(0)
          .path("story_id").asText(), 100, 0).orElseThrow();
      assertTrue(story.path("events").size() > 0);
      assertTrue(story.path("documents").get(0).has("title"));
    }
  }

  @Test
  void answersWrittenFromTheStoredTextEqualTheParsedOnes() throws IOException {
    try (Store s = Store.open(tmp.resolve("db"))) {
      ingest(s, NewsPages.write(tmp.resolve("pages")), 100);
      List<String> ids = s.ids(EventQuery.all(), 1000);
      s.review(ids.get(0), "edit", Store.JSON.readTree("{\"event\": [\"PROTEST\"]}"), "n",
          "tester", T);
      s.review(ids.get(1), "reject", null, null, "tester", T);
      ObjectNode tree = s.search(EventQuery.all().page(500, 0));
      ObjectNode text = s.search(EventQuery.all().page(500, 0), true);
      assertEquals(ids.size(), tree.path("events").size());
      assertEquals(tree.toString(), text.toString()); // the same bytes on the wire
      assertTrue(text.toString().contains("\"verdict\":\"reject\""));
      assertTrue(text.toString().contains("\"review\":null"));
      for (JsonNode st : s.stories(EventQuery.all()).path("stories")) {
        String id = st.path("story_id").asText();
        assertEquals(s.story(id, 500, 0).orElseThrow().toString(),
            s.story(id, 500, 0, true).orElseThrow().toString());
      }
    }
  }

  @Test
  void searchFiltersAndFacets() throws IOException {
    try (Store s = Store.open(tmp.resolve("db"))) {
      ingest(s, NewsPages.write(tmp.resolve("pages")), 100);
      ObjectNode all = s.search(EventQuery.all());
      long total = all.path("total").asLong();
      assertTrue(total > 0);
      JsonNode types = all.path("facets").path("type");
      assertTrue(types.size() > 0, "type facet: " + all.path("facets"));
      String type = types.fieldNames().next();
      ObjectNode typed = s.search(EventQuery.of(Map.of("type", type)::get));
      assertEquals(types.path(type).asLong(), typed.path("total").asLong());
      for (JsonNode e : typed.path("events")) {
        assertTrue(e.path("event").toString().contains(type));
      }
      ObjectNode idlib = s.search(EventQuery.of(Map.of("q", "Khan Shaykhun")::get));
      assertTrue(idlib.path("total").asLong() >= 1);
      assertTrue(idlib.path("total").asLong() < total);
      ObjectNode in2019 = s.search(EventQuery.of(Map.of("from", "2019", "to", "2019")::get));
      for (JsonNode e : in2019.path("events")) {
        assertTrue(e.path("date").asText().startsWith("2019"), e.toString());
      }
      assertTrue(in2019.path("total").asLong() >= 1);
      // a filter every event passes answers the all-events counts; once one event is reviewed
      // it no longer does, and its counts are counted over the events that pass it
      ObjectNode unreviewed = s.search(EventQuery.of(Map.of("review", "unreviewed")::get));
      assertEquals(total, unreviewed.path("total").asLong());
      assertEquals(all.path("facets"), unreviewed.path("facets"));
      assertEquals(all.path("events"), unreviewed.path("events"));
      String first = all.path("events").get(0).path("id").asText();
      s.review(first, "reject", null, null, "tester", T);
      unreviewed = s.search(EventQuery.of(Map.of("review", "unreviewed")::get));
      assertEquals(total - 1, unreviewed.path("total").asLong());
      assertEquals(Map.of("unreviewed", (int) total - 1), Store.JSON.convertValue(
          unreviewed.path("facets").path("review"), Map.class));
      assertFalse(unreviewed.path("events").toString().contains(first));
      assertThrows(IllegalArgumentException.class,
          () -> EventQuery.of(Map.of("limit", "100000")::get));
      assertThrows(IllegalArgumentException.class,
          () -> EventQuery.of(Map.of("from", "../etc")::get));
    }
  }

  @Test
  void reviewsAreKeptShownEverywhereAndSurviveReingestAndReopen() throws IOException {
    Path db = tmp.resolve("db");
    List<Path> pages = NewsPages.write(tmp.resolve("pages"));
    String accepted;
    String edited;
    String rejected;
    try (Store s = Store.open(db)) {
      ingest(s, pages.subList(0, 3), 100);
      List<String> ids = s.ids(EventQuery.all(), 1000);
      accepted = ids.get(0);
      edited = ids.get(1);
      rejected = ids.get(2);
      s.review(accepted, "accept", null, "checked", "ana", T);
      ObjectNode changes = Store.JSON.createObjectNode();
      changes.put("date", "1999-12-31");
      changes.putArray("event").add("PROTEST");
      JsonNode e = s.review(edited, "edit", changes, "wrong date", "ana", T).orElseThrow();
      assertEquals("1999-12-31", e.path("date").asText());
      assertEquals("edit", e.path("review").path("verdict").asText());
      assertFalse(e.path("review").path("original").path("date").asText().equals("1999-12-31"));
      s.review(rejected, "reject", null, null, "bob", T.plusSeconds(1));
      assertTrue(s.review("no-such-event", "accept", null, null, "ana", T).isEmpty());
      assertThrows(IllegalArgumentException.class,
          () -> s.review(accepted, "delete", null, null, "ana", T));
      ObjectNode bad = Store.JSON.createObjectNode().put("doc_id", "x");
      assertThrows(IllegalArgumentException.class,
          () -> s.review(accepted, "edit", bad, null, "ana", T));
    }
    try (Store s = Store.open(db)) {
      ingest(s, pages, 100); // re-ingest: two new pages, three known
      ObjectNode e = s.event(edited).orElseThrow();
      assertEquals("1999-12-31", e.path("event").path("date").asText());
      assertEquals("PROTEST", e.path("event").path("event").get(0).asText());
      assertEquals("ana", e.path("event").path("review").path("reviewer").asText());
      assertEquals(T.toString(), e.path("event").path("review").path("at").asText());
      ObjectNode found = s.search(EventQuery.of(Map.of("from", "1999", "to", "1999")::get));
      assertEquals(1, found.path("total").asInt());
      assertEquals(edited, found.path("events").get(0).path("id").asText());
      assertEquals(1, s.search(EventQuery.of(Map.of("review", "reject")::get)).path("total")
          .asInt());
      assertEquals("accept", s.events(List.of(accepted)).get(0).path("review")
          .path("verdict").asText());
      StringWriter csv = new StringWriter();
      Exporter.write(s, EventQuery.of(Map.of("review", "edit")::get), "csv", csv);
      assertTrue(csv.toString().contains("1999-12-31"), csv.toString());
      assertTrue(csv.toString().contains(",edit,"), csv.toString());
      StringWriter jsonl = new StringWriter();
      assertEquals(1, Exporter.write(s, EventQuery.of(Map.of("review", "reject")::get),
          "jsonl", jsonl));
      assertTrue(jsonl.toString().contains("\"verdict\":\"reject\""));
      assertEquals(3L, s.counts().get("reviews"));
    }
  }

  @Test
  void aLostIndexIsRebuiltFromTheDatabaseOnOpen() throws IOException {
    Path db = tmp.resolve("db");
    long total;
    try (Store s = Store.open(db)) {
      ingest(s, NewsPages.write(tmp.resolve("pages")), 100);
      total = s.search(EventQuery.all()).path("total").asLong();
      s.review(s.ids(EventQuery.all(), 1).get(0), "reject", null, null, "ana", T);
    }
    deleteTree(db.resolve("index"));
    try (Store s = Store.open(db)) {
      assertEquals(total, s.search(EventQuery.all()).path("total").asLong());
      assertEquals(1, s.search(EventQuery.of(Map.of("review", "reject")::get))
          .path("total").asInt());
    }
  }

  @Test
  void kill9DuringIngestLosesNothingAcknowledgedAndARerunCompletes() throws Exception {
    Path pages = tmp.resolve("pages");
    List<Path> base = NewsPages.write(pages);
    List<String> args = new ArrayList<>();
    int copies = 12;
    for (int c = 0; c < copies; c++) {
      for (Path p : base) { // distinct bytes, distinct documents
        Path copy = pages.resolve("copy" + c + "-" + p.getFileName());
        Files.writeString(copy, Files.readString(p, StandardCharsets.UTF_8)
            + "<!-- copy " + c + " -->\n", StandardCharsets.UTF_8);
        args.add(copy.toString());
      }
    }
    Path db = tmp.resolve("db");
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
        "java").toString(), "-cp", System.getProperty("java.class.path"),
        KillableIngest.class.getName(), db.toString(), "3"));
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    int acknowledged = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("committed ")) {
          acknowledged = Integer.parseInt(line.split(" ")[1]);
          if (acknowledged >= 9) {
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            break;
          }
        }
      }
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertTrue(acknowledged >= 9, "the child committed batches before the kill");
    try (Store s = Store.open(db)) {
      long docs = s.counts().get("documents");
      for (String id : s.ids(EventQuery.all(), 100_000)) {
        assertFalse(s.events(List.of(id)).get(0).path("story_id").isNull(),
            "a committed event has its story link: " + id);
      }
      assertTrue(docs >= acknowledged, docs + " documents after the kill, " + acknowledged
          + " acknowledged");
      assertEquals(s.counts().get("events").longValue(),
          s.search(EventQuery.all()).path("total").asLong(), "the index caught up");
      List<String> in = new ArrayList<>(args);
      Ingester.Summary rest = new Ingester(s, knowledge, 2, PageReader.DEFAULT_MAX_BYTES, 10)
          .ingest(in, Ingester.Progress.NONE);
      assertEquals(docs, rest.skipped());
      assertEquals(args.size(), s.counts().get("documents").intValue());
      assertEquals(s.counts().get("events").longValue(),
          s.search(EventQuery.all()).path("total").asLong());
      assertFalse(s.storiesPending());
      for (String id : s.ids(EventQuery.all(), 100_000)) {
        String story = s.events(List.of(id)).get(0).path("story_id").asText();
        assertTrue(s.story(story, 1, 0).isPresent(), "the story of " + id + " is written");
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
