package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.PageReader;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.testing.SharedData;

/**
 * Every actor, recipient, claimant and place that the seed gold events name is found in that
 * document's body and resolved to the right identity (places: within the gold radius).
 * Literal claimants ("local sources") are the claims stage's business and are skipped here.
 */
class SeedMentionsTest {
  /** Gold ids whose identity in the catalogue has another id. */
  static final Map<String, String> SAME = Map.of("residents", "civilians",
      "eastern-qalamoun-militants", "unnamed:militants");

  static double km(double lat1, double lon1, double lat2, double lon2) {
    return org.sitrep.knowledge.Geo.km(lat1, lon1, lat2, lon2);
  }

  @Test
  void goldEntitiesAndPlacesAreFoundAndResolved() throws IOException {
    Path shared = SharedData.require();
    JsonNode gold = new ObjectMapper().readTree(shared.resolve("gold/seeds.gold.json").toFile());
    PageReader reader = new PageReader();
    MentionFinder finder = new MentionFinder(Knowledge.defaults());
    List<String> misses = new ArrayList<>();
    int checked = 0;
    for (JsonNode gd : gold.get("documents")) {
      Path file = shared.resolve("seeds").resolve(gd.get("file").asText());
      Document d = ((PageReader.Ok) reader.read(file, file.toString())).document();
      List<Mention> ms = finder.find(d).mentions();
      Set<String> need = new LinkedHashSet<>();
      for (JsonNode e : gd.get("events")) {
        for (String k : List.of("actor", "recipient", "claimants", "place", "destination")) {
          if (e.has(k) && e.get(k).isArray()) {
            e.get(k).forEach(x -> {
              if (!x.isNull()) {
                need.add(x.asText());
              }
            });
          }
        }
      }
      for (String id : need) {
        if (gold.get("places").has(id)) {
          JsonNode p = gold.get("places").get(id);
          double r = p.get("radius_km").asDouble();
          checked++;
          boolean ok = ms.stream().anyMatch(m -> m.kind().equals("place") && m.lat() != null
              && km(m.lat(), m.lon(), p.get("lat").asDouble(), p.get("lon").asDouble()) <= r);
          if (!ok) {
            misses.add(gd.get("file").asText() + ": place " + id);
          }
        } else if (gold.get("entities").has(id)) {
          if (gd.get("outlet").asText().equalsIgnoreCase(id)) {
            continue; // the outlet's own voice, not a mention in the body
          }
          checked++;
          String want = SAME.getOrDefault(id, id);
          Knowledge k = Knowledge.defaults();
          // a unit counts for the body it belongs to: Russian Military Police for Russia
          if (ms.stream().noneMatch(m -> m.identifierId() != null
              && k.lineage(m.identifierId()).contains(want))) {
            misses.add(gd.get("file").asText() + ": actor " + id);
          }
        }
      }
    }
    System.out.println("seed gold identities checked: " + checked + ", missed: " + misses);
    assertTrue(misses.isEmpty(), "missed: " + misses);
  }
}
