package org.sitrep.stream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Failure;
import org.sitrep.output.TimelineWriter;
import org.sitrep.stories.Story;

/**
 * Reads the output topics to their end and upserts them by key (last value wins, a null value
 * deletes): what a downstream consumer of the stream sees, with any duplicate of at-least-once
 * delivery gone. Writes them as the files of {@code sitrep analyze}.
 */
public final class TopicFiles {
  /**
   * Upserted records of one topic in first-seen order; how many messages were read, how many
   * repeated a key with the same value (the duplicates of at-least-once delivery) and how many
   * changed a key's value (updates).
   */
  public record Topic(Map<String, String> records, int messages, int repeated, int changed) {}

  private final Map<String, Topic> topics;

  private TopicFiles(Map<String, Topic> topics) {
    this.topics = topics;
  }

  /** Reads every output topic from the beginning to its current end. */
  public static TopicFiles read(String bootstrap) {
    Properties p = new Properties();
    p.setProperty("bootstrap.servers", bootstrap);
    p.setProperty("key.deserializer", ByteArrayDeserializer.class.getName());
    p.setProperty("value.deserializer", ByteArrayDeserializer.class.getName());
    p.setProperty("enable.auto.commit", "false");
    Map<String, Topic> out = new HashMap<>();
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p)) {
      for (String t : List.of(Output.DOCUMENTS, Output.MENTIONS, Output.EVENTS, Output.STORIES,
          Output.FAILURES)) {
        List<TopicPartition> parts = new ArrayList<>();
        for (PartitionInfo pi : c.partitionsFor(t, Duration.ofSeconds(30))) {
          parts.add(new TopicPartition(t, pi.partition()));
        }
        parts.sort(Comparator.comparingInt(TopicPartition::partition));
        c.assign(parts);
        c.seekToBeginning(parts);
        Map<TopicPartition, Long> end = c.endOffsets(parts);
        Map<String, String> records = new LinkedHashMap<>();
        int messages = 0;
        int repeated = 0;
        int changed = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!reached(c, end)) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("topic " + t + " could not be read to its end");
          }
          for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(200))) {
            messages++;
            String key = new String(r.key(), StandardCharsets.UTF_8);
            if (r.value() == null) {
              records.remove(key);
            } else {
              String value = new String(r.value(), StandardCharsets.UTF_8);
              String before = records.put(key, value);
              if (before != null) {
                if (before.equals(value)) {
                  repeated++;
                } else {
                  changed++;
                }
              }
            }
          }
        }
        out.put(t, new Topic(records, messages, repeated, changed));
      }
    }
    return new TopicFiles(out);
  }

  private static boolean reached(KafkaConsumer<byte[], byte[]> c, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (c.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  /** One topic's records. */
  public Topic topic(String name) {
    return topics.get(name);
  }

  /**
   * Writes {@code documents.jsonl}, {@code mentions.jsonl}, {@code events.jsonl}, {@code
   * stories.jsonl}, {@code failures.jsonl} and {@code timeline.md} into {@code dir}, in the
   * order {@code sitrep analyze} writes them: documents, mentions and failures in input order
   * ({@code order}: input name → position; {@code missing}: inputs that named nothing, first),
   * events and stories in the linker's order.
   */
  public void write(Path dir, Map<String, Integer> order, List<Failure> missing)
      throws IOException {
    Files.createDirectories(dir);
    List<Document> docs = new ArrayList<>();
    Map<String, String> docJson = new HashMap<>();
    for (String json : topic(Output.DOCUMENTS).records().values()) {
      Document d = RecordCodec.read(json, Document.class);
      docs.add(d);
      docJson.put(d.docId(), json);
    }
    docs.sort(Comparator.comparingInt(d -> order.getOrDefault(d.input(), Integer.MAX_VALUE)));
    Map<String, Integer> docOrder = new HashMap<>();
    List<String> lines = new ArrayList<>();
    Map<String, String> outlets = new HashMap<>();
    for (Document d : docs) {
      docOrder.put(d.docId(), docOrder.size());
      lines.add(docJson.get(d.docId()));
      outlets.put(d.docId(), d.outlet() == null ? "unknown outlet" : d.outlet().name());
    }
    lines(dir.resolve("documents.jsonl"), lines);

    List<Map.Entry<String, String>> mentions =
        new ArrayList<>(topic(Output.MENTIONS).records().entrySet());
    mentions.sort(Comparator.comparingLong(e -> mentionOrder(e.getKey(), docOrder)));
    lines = new ArrayList<>();
    for (Map.Entry<String, String> e : mentions) {
      lines.add(e.getValue());
    }
    lines(dir.resolve("mentions.jsonl"), lines);

    List<Failure> failures = new ArrayList<>();
    for (String json : topic(Output.FAILURES).records().values()) {
      failures.add(RecordCodec.read(json, Failure.class));
    }
    failures.sort(Comparator.<Failure>comparingInt(f -> f.stage().equals("events") ? 1 : 0)
        .thenComparingInt(f -> order.getOrDefault(f.input(), Integer.MAX_VALUE)));
    lines = new ArrayList<>();
    for (Failure f : missing) {
      lines.add(org.sitrep.output.RecordWriter.toJson(f));
    }
    for (Failure f : failures) {
      lines.add(org.sitrep.output.RecordWriter.toJson(f));
    }
    lines(dir.resolve("failures.jsonl"), lines);

    Map<String, Event> byId = new HashMap<>();
    lines = new ArrayList<>(topic(Output.EVENTS).records().values());
    for (String json : lines) {
      Event e = RecordCodec.event(json);
      byId.put(e.id(), e);
    }
    lines(dir.resolve("events.jsonl"), lines);
    List<Story> stories = new ArrayList<>();
    lines = new ArrayList<>(topic(Output.STORIES).records().values());
    for (String json : lines) {
      stories.add(RecordCodec.story(json));
    }
    lines(dir.resolve("stories.jsonl"), lines);
    TimelineWriter.write(dir.resolve("timeline.md"), stories, byId, outlets);
  }

  private static void lines(Path file, List<String> lines) throws IOException {
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append(l).append('\n');
    }
    Files.writeString(file, b, StandardCharsets.UTF_8);
  }

  private static long mentionOrder(String key, Map<String, Integer> docOrder) {
    int slash = key.lastIndexOf('/');
    long doc = docOrder.getOrDefault(key.substring(0, slash), Integer.MAX_VALUE);
    return doc * 1_000_000L + Long.parseLong(key.substring(slash + 1));
  }
}
