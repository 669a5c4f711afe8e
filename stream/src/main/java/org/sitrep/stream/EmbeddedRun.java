package org.sitrep.stream;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.sitrep.model.Failure;
import org.sitrep.pipeline.Inputs;

/**
 * {@code sitrep stream --embedded}: starts a Kafka broker and a Flink MiniCluster in this
 * process, puts the pages on the {@code pages} topic, runs the job over them as a bounded input,
 * then reads the output topics (upserting by key) and writes the files of {@code sitrep
 * analyze}.
 */
public final class EmbeddedRun {
  /** The input topic of the embedded run. */
  public static final String PAGES = "pages";

  /** What a run did: pages fed, documents and failures written, messages read, seconds. */
  public record Summary(int pages, int documents, int failures, int events, int stories,
      Map<String, TopicFiles.Topic> topics, double seconds, Map<String, Double> phases) {}

  private EmbeddedRun() {}

  /** Runs the pages of {@code inputs} (files and folders) through the job into {@code out}. */
  public static Summary run(List<String> inputs, Path out, int parallelism) throws Exception {
    return run(inputs, out, parallelism, Duration.ofSeconds(2), UnaryOperator.identity());
  }

  /**
   * As {@link #run(List, Path, int)}, checkpointing every {@code checkpoints}, with {@code tap}
   * applied to the stream of pages (tests inject failures there).
   */
  public static Summary run(List<String> inputs, Path out, int parallelism, Duration checkpoints,
      UnaryOperator<DataStream<PageMessage>> tap) throws Exception {
    long t0 = System.nanoTime();
    Inputs.Found found = Inputs.expand(inputs);
    List<Failure> missing = new ArrayList<>();
    for (Inputs.Missing m : found.missing()) {
      missing.add(new Failure(m.input(), "read", m.error()));
    }
    Map<String, Integer> order = new HashMap<>();
    Map<String, Double> phases = new java.util.LinkedHashMap<>();
    long clock = System.nanoTime();
    try (EmbeddedBroker broker = EmbeddedBroker.start()) {
      clock = phase(phases, "broker", clock);
      Map<String, Integer> topics = new HashMap<>();
      topics.put(PAGES, parallelism);
      for (String t : List.of(Output.DOCUMENTS, Output.MENTIONS, Output.EVENTS, Output.STORIES,
          Output.FAILURES)) {
        topics.put(t, 1);
      }
      broker.createTopics(topics);
      // one fetch time for the whole set: the job sees it as one bounded batch, as analyze does
      long fetched = System.currentTimeMillis();
      feed(broker.bootstrap(), PAGES, found.pages(), fetched, 0, order);
      clock = phase(phases, "feed", clock);
      StreamExecutionEnvironment env = environment(parallelism, checkpoints);
      SitrepJob.build(env, SitrepJob.kafkaSource(broker.bootstrap(), PAGES, "sitrep-embedded",
          true), SitrepJob.kafkaSink(broker.bootstrap()), SitrepJob.kafkaSink(broker.bootstrap()),
          SitrepJob.Settings.defaults(parallelism), tap);
      env.execute("sitrep stream (embedded)");
      clock = phase(phases, "job", clock);
      TopicFiles files = TopicFiles.read(broker.bootstrap());
      files.write(out, order, missing);
      phase(phases, "files", clock);
      Map<String, TopicFiles.Topic> read = new HashMap<>();
      for (String t : topics.keySet()) {
        if (!t.equals(PAGES)) {
          read.put(t, files.topic(t));
        }
      }
      return new Summary(found.pages().size(), files.topic(Output.DOCUMENTS).records().size(),
          missing.size() + files.topic(Output.FAILURES).records().size(),
          files.topic(Output.EVENTS).records().size(),
          files.topic(Output.STORIES).records().size(), read,
          (System.nanoTime() - t0) / 1e9, phases);
    }
  }

  private static long phase(Map<String, Double> phases, String name, long since) {
    long now = System.nanoTime();
    phases.put(name, (now - since) / 1e9);
    return now;
  }

  /** A local (MiniCluster) environment with checkpoints and restarts on failure. */
  static StreamExecutionEnvironment environment(int parallelism, Duration checkpoints) {
    Configuration conf = new Configuration();
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(parallelism, conf);
    // aligned barriers: every page counts once in the anchor and linker state (unaligned,
    // at-least-once checkpoints may hold a page and replay it too); the sinks deliver at least once
    env.enableCheckpointing(checkpoints.toMillis(), CheckpointingMode.EXACTLY_ONCE);
    return env;
  }

  /**
   * Puts the pages on {@code topic} in input order, keyed by name, fetched at {@code fetched},
   * numbered from {@code first}; {@code order} receives each input's number.
   */
  static void feed(String bootstrap, String topic, List<Inputs.Page> pages, long fetched,
      int first, Map<String, Integer> order) throws IOException {
    Properties p = new Properties();
    p.setProperty("bootstrap.servers", bootstrap);
    p.setProperty("key.serializer", StringSerializer.class.getName());
    p.setProperty("value.serializer", ByteArraySerializer.class.getName());
    p.setProperty("max.request.size", String.valueOf(64 << 20));
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
      int seq = first;
      for (Inputs.Page page : pages) {
        order.putIfAbsent(page.input(), seq);
        PageMessage m = new PageMessage(page.input(), null, fetched, seq++,
            Files.readAllBytes(page.path()));
        producer.send(new ProducerRecord<>(topic, page.input(), m.toEnvelope()));
      }
      producer.flush();
    }
  }
}
