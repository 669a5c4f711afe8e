package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.SharedData;

/**
 * The acceptance pages through the whole pipeline, scored by the workplace's own scorer
 * ({@code ../shared/tools/score_events.py}): events F1 at least 0.95; actor, place, date,
 * modality and claimant accuracy at least 0.90; no event from comments.
 */
class SeedEventsEval {
  @TempDir Path out;

  @Test
  void seedEventsMeetTheTargets() throws IOException, InterruptedException {
    Path shared = SharedData.analyzeSeeds(out);
    Process p;
    try {
      p = new ProcessBuilder("python3", shared.resolve("tools/score_events.py").toString(),
          out.toString(), shared.resolve("gold/seeds.gold.json").toString(), "--json")
          .redirectErrorStream(false).start();
    } catch (IOException e) {
      Assumptions.abort("python3 is not installed: " + e.getMessage());
      return;
    }
    String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    System.out.println(json.lines().filter(l -> l.startsWith("SUMMARY")).findFirst().orElse(""));
    JsonNode r = new ObjectMapper().readTree(json.substring(0, json.lastIndexOf('}') + 1));
    assertTrue(r.get("events").get("F1").asDouble() >= 0.95, r.get("events").toString());
    assertEquals(0, r.get("events").get("fp_from_comments").asInt());
    for (String arg : List.of("actor", "place", "date", "modality", "claimant")) {
      String v = r.get("arguments").get(arg).asText();
      assertTrue(Double.parseDouble(v.split(" ")[0]) >= 0.90, arg + " " + v);
    }
  }
}
