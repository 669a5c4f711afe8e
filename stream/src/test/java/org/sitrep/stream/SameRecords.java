package org.sitrep.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.sitrep.pipeline.Analyzer;

/** Runs {@code sitrep analyze} in process and compares its files with the stream's. */
final class SameRecords {
  static final Path SHARED = Path.of("..", "..", "shared");
  private static final ObjectMapper JSON = new ObjectMapper();

  private SameRecords() {}

  /** The output of {@code sitrep analyze} on {@code pages}, into {@code out}. */
  static Path analyze(Path pages, Path out) throws IOException {
    new Analyzer(Analyzer.Options.defaults()).run(List.of(pages.toString()), out,
        Analyzer.Progress.NONE);
    return out;
  }

  /**
   * Asserts the same events (by document, type, evidence and actor ids) and stories (by
   * documents and merged reports), then the same bytes in every file.
   */
  static void assertSame(Path expected, Path actual) throws IOException {
    assertEquals(eventKeys(expected), eventKeys(actual), "events by document, type, evidence, actors");
    assertEquals(storyKeys(expected), storyKeys(actual), "stories by documents and reports");
    for (String f : List.of("documents.jsonl", "mentions.jsonl", "events.jsonl", "stories.jsonl",
        "failures.jsonl", "timeline.md")) {
      List<String> a = Files.readAllLines(expected.resolve(f), StandardCharsets.UTF_8);
      List<String> b = Files.readAllLines(actual.resolve(f), StandardCharsets.UTF_8);
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        if (!a.get(i).equals(b.get(i))) {
          fail(f + " line " + (i + 1) + " differs:\n  analyze: " + cut(a.get(i)) + "\n  stream:  "
              + cut(b.get(i)));
        }
      }
      assertEquals(a.size(), b.size(), f + ": lines");
    }
  }

  static TreeSet<String> eventKeys(Path dir) throws IOException {
    TreeSet<String> keys = new TreeSet<>();
    for (JsonNode e : lines(dir.resolve("events.jsonl"))) {
      List<String> actors = new ArrayList<>();
      e.get("actor").forEach(a -> actors.add(a.path("identifier_id").asText()));
      keys.add(e.get("id").asText() + " " + e.get("doc_id").asText() + " " + e.get("event")
          + " " + actors + " " + e.get("event_text").asText() + " story " + e.get("story_id"));
    }
    return keys;
  }

  static TreeSet<String> storyKeys(Path dir) throws IOException {
    TreeSet<String> keys = new TreeSet<>();
    for (JsonNode s : lines(dir.resolve("stories.jsonl"))) {
      List<String> reports = new ArrayList<>();
      s.get("events").forEach(m -> reports.add(m.get("reports").toString()));
      keys.add(s.get("story_id").asText() + " " + s.get("documents") + " " + reports);
    }
    return keys;
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(JSON.readTree(l));
    }
    return out;
  }

  private static String cut(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
