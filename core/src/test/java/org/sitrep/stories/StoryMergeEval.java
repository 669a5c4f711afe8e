package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.SharedData;

/**
 * Cross-document merging on the seed pages, both ways: missed merges (gold story-link pairs not
 * in one merged event) and false merges (pairs of gold events in one merged event that no gold
 * link joins; an upper bound, since the gold lists links, not every non-link). Gold events are
 * matched to ours by the workplace's scorer.
 */
class StoryMergeEval {
  @TempDir Path out;

  @Test
  void fewMissedAndFewFalseMerges() throws IOException, InterruptedException {
    Path shared = SharedData.analyzeSeeds(out);
    String script = String.join("\n",
        "import json, os, sys",
        "sys.path.insert(0, sys.argv[1])",
        "import score_events as se",
        "g = se.Gold(sys.argv[2]); o = sys.argv[3]",
        "docs = se.load_jsonl(os.path.join(o, 'documents.jsonl'))",
        "evs = se.load_jsonl(os.path.join(o, 'events.jsonl'))",
        "st = se.load_jsonl(os.path.join(o, 'stories.jsonl'))",
        "byf = {os.path.basename(d['input']): d for d in docs}; bd = {}",
        "[bd.setdefault(e['doc_id'], []).append(e) for e in evs]",
        "m = {}",
        "for gd in g.g['documents']:",
        "  s = bd.get(byf[gd['file']]['doc_id'], [])",
        "  for gi, si, det in se.assign(g, gd['events'], s)[0]: m[gd['events'][gi]['id']] = s[si]['id']",
        "mg = {r: me['id'] for x in st for me in x['events'] for r in me['reports']}",
        "print(json.dumps({'matched': m, 'merged': mg, 'links': g.g['story_links']}))");
    Process p;
    try {
      p = new ProcessBuilder("python3", "-c", script, shared.resolve("tools").toString(),
          shared.resolve("gold/seeds.gold.json").toString(), out.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("python3 is not installed: " + e.getMessage());
      return;
    }
    String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    JsonNode r = new ObjectMapper().readTree(json);
    Map<String, String> matched = new HashMap<>();
    r.get("matched").fields().forEachRemaining(e -> matched.put(e.getKey(), e.getValue().asText()));
    Map<String, String> group = new HashMap<>();
    int linkPairs = 0;
    int missed = 0;
    for (JsonNode l : r.get("links")) {
      List<String> ids = new ArrayList<>();
      l.get("events").forEach(x -> ids.add(x.asText()));
      for (String id : ids) {
        group.put(id, l.get("id").asText());
      }
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          linkPairs++;
          if (!sameMerged(r, matched.get(ids.get(i)), matched.get(ids.get(j)))) {
            missed++;
          }
        }
      }
    }
    List<String> gold = new ArrayList<>(matched.keySet());
    int falseMerges = 0;
    for (int i = 0; i < gold.size(); i++) {
      for (int j = i + 1; j < gold.size(); j++) {
        String a = gold.get(i);
        String b = gold.get(j);
        boolean sameGold = group.containsKey(a) && group.get(a).equals(group.get(b));
        if (!sameGold && sameMerged(r, matched.get(a), matched.get(b))) {
          falseMerges++;
        }
      }
    }
    System.out.printf(java.util.Locale.ROOT, "merging: %d of %d gold link pairs missed, %d pairs of gold events merged"
        + " without a gold link%n", missed, linkPairs, falseMerges);
    assertTrue(missed <= 1, "missed merges: " + missed);
    assertTrue(falseMerges <= 8, "false merges: " + falseMerges);
  }

  private static boolean sameMerged(JsonNode r, String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    JsonNode ma = r.get("merged").get(a);
    JsonNode mb = r.get("merged").get(b);
    return ma != null && mb != null && ma.asText().equals(mb.asText());
  }
}
