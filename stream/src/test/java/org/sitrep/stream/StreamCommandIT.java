package org.sitrep.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.Inputs;

/**
 * {@code sitrep stream --bootstrap … --in …} against a running broker, with pages fetched an
 * hour apart: the linker works in several batches, re-sends the events and story of the story a
 * document joins, and the records upserted by key are one consistent set.
 */
class StreamCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theJobOnARunningBrokerUpsertsOneConsistentSet() throws Exception {
    Path seeds = SameRecords.SHARED.resolve("seeds");
    assumeTrue(Files.isDirectory(seeds), "skipped: ../shared/seeds is absent");
    try (EmbeddedBroker broker = EmbeddedBroker.start()) {
      Map<String, Integer> topics = new HashMap<>();
      topics.put("crawl", 2);
      for (String t : List.of(Output.DOCUMENTS, Output.MENTIONS, Output.EVENTS, Output.STORIES,
          Output.FAILURES)) {
        topics.put(t, 1);
      }
      assertEquals(3, StreamCommand.run("--bootstrap", broker.bootstrap(), "--in", "crawl",
          "--bounded"), "topics missing: a message and exit code 3, no job");
      broker.createTopics(topics);
      List<Inputs.Page> pages = Inputs.expand(List.of(seeds.toString())).pages();
      long t0 = 1_522_000_000_000L;
      for (int i = 0; i < pages.size(); i++) {
        EmbeddedRun.feed(broker.bootstrap(), "crawl", List.of(pages.get(i)),
            t0 + i * Duration.ofHours(1).toMillis(), i, new HashMap<>());
      }
      int code = StreamCommand.run("--bootstrap", broker.bootstrap(), "--in", "crawl",
          "--bounded", "--parallelism", "2", "--checkpoint-ms", "1000");
      assertEquals(0, code);
      TopicFiles out = TopicFiles.read(broker.bootstrap());
      assertEquals(5, out.topic(Output.DOCUMENTS).records().size());
      TopicFiles.Topic events = out.topic(Output.EVENTS);
      assertTrue(events.messages() > events.records().size(),
          "events were sent again as their story grew: " + events.messages() + " messages, "
              + events.records().size() + " events");
      Set<String> eventIds = events.records().keySet();
      Set<String> storyIds = out.topic(Output.STORIES).records().keySet();
      Set<String> reported = new HashSet<>();
      Set<String> docs = new HashSet<>();
      for (String json : out.topic(Output.STORIES).records().values()) {
        JsonNode s = JSON.readTree(json);
        s.get("documents").forEach(d -> docs.add(d.asText()));
        s.get("events").forEach(m -> m.get("reports").forEach(r -> reported.add(r.asText())));
      }
      for (String json : events.records().values()) {
        JsonNode e = JSON.readTree(json);
        assertTrue(storyIds.contains(e.get("story_id").asText()), "story of " + e.get("id"));
      }
      assertEquals(eventIds, reported, "every event is reported in its story, once");
      assertEquals(out.topic(Output.DOCUMENTS).records().keySet(), docs);
    }
  }
}
