package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.SharedData;

/**
 * Every dated gold event of the seed pages has its date among the event dates Sitrep produces
 * for that page (four of the five pages state no publication date: the year comes from the
 * story). Lists each date and whether it was found.
 */
class SeedDatesTest {
  @TempDir Path out;

  @Test
  void everyGoldDateIsProduced() throws IOException {
    Path shared = SharedData.analyzeSeeds(out);
    ObjectMapper json = new ObjectMapper();
    Map<String, String> docOf = new HashMap<>();
    for (String l : Files.readAllLines(out.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode d = json.readTree(l);
      docOf.put(Path.of(d.get("input").asText()).getFileName().toString(),
          d.get("doc_id").asText());
    }
    Map<String, Set<String>> dates = new HashMap<>();
    for (String l : Files.readAllLines(out.resolve("events.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode e = json.readTree(l);
      if (!e.get("date").isNull()) {
        dates.computeIfAbsent(e.get("doc_id").asText(), k -> new HashSet<>())
            .add(e.get("date").asText());
      }
    }
    JsonNode gold = json.readTree(shared.resolve("gold/seeds.gold.json").toFile());
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (JsonNode gd : gold.get("documents")) {
      Set<String> got = dates.getOrDefault(docOf.get(gd.get("file").asText()), Set.of());
      for (JsonNode g : gd.get("events")) {
        if (g.get("date").isNull()) {
          continue;
        }
        checked++;
        String want = g.get("date").asText();
        boolean found = got.contains(want);
        System.out.printf(java.util.Locale.ROOT, "%s %s %s %s%n", g.get("id").asText(), want,
            found ? "found" : "MISSING", g.get("evidence").asText().substring(0,
                Math.min(50, g.get("evidence").asText().length())).replaceAll("\\s+", " "));
        if (!found) {
          missing.add(g.get("id").asText() + " " + want);
        }
      }
    }
    assertTrue(checked >= 20 && missing.isEmpty(), "missing: " + missing);
  }
}
