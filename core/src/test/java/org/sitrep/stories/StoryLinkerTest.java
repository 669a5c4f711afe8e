package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.Analyzer;

/** Two pages of our own about one story, through the whole pipeline. */
class StoryLinkerTest {
  static final Path DIR = Path.of("src/test/resources/stories");
  @TempDir Path out;

  private List<JsonNode> lines(String file) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    ObjectMapper m = new ObjectMapper();
    for (String l : Files.readAllLines(out.resolve(file), StandardCharsets.UTF_8)) {
      if (!l.isBlank()) {
        rows.add(m.readTree(l));
      }
    }
    return rows;
  }

  @Test
  void twoOutletsOneStoryMergedEventsAndContradictions() throws IOException {
    new Analyzer(Analyzer.Options.defaults()).run(List.of(DIR.toString()), out,
        Analyzer.Progress.NONE);
    List<JsonNode> stories = lines("stories.jsonl");
    assertEquals(1, stories.size(), stories.toString());
    JsonNode s = stories.get(0);
    assertEquals(2, s.get("documents").size());
    // the talks: reported by the monitor (relayed) and by the agency's commander
    JsonNode talks = null;
    for (JsonNode e : s.get("events")) {
      if (e.get("event").get(0).asText().equals("CONSULT")) {
        talks = e;
      }
    }
    assertTrue(talks != null, s.toString());
    assertEquals(2, talks.get("corroboration").get("outlets").asInt(), talks.toString());
    assertEquals(2, talks.get("corroboration").get("independent_origins").asInt());
    // where the fighters go: Idlib (planned, SOHR) against Jarabulus (local sources)
    boolean destination = false;
    for (JsonNode c : s.get("contradictions")) {
      destination |= c.get("field").asText().equals("destination");
    }
    assertTrue(destination, s.get("contradictions").toString());
    // every event points at its story and its merged event
    for (JsonNode e : lines("events.jsonl")) {
      assertEquals(s.get("story_id").asText(), e.get("story_id").asText());
      assertTrue(e.get("same_as").isTextual());
    }
  }

  @Test
  void timelineMatchesGoldenFile() throws IOException {
    new Analyzer(Analyzer.Options.defaults()).run(List.of(DIR.toString()), out,
        Analyzer.Progress.NONE);
    String got = Files.readString(out.resolve("timeline.md"), StandardCharsets.UTF_8)
        .replaceAll("\\b[0-9a-f]{16}-e(\\d+)", "doc-e$1");
    Path golden = DIR.resolve("timeline.expected.md");
    if (Boolean.getBoolean("sitrep.golden.update")) {
      Files.writeString(golden, got, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), got);
  }
}
