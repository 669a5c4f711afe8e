package org.sitrep.stream;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * An Apache Kafka broker in this process (Kafka's own {@code KafkaClusterTestKit}: one combined
 * broker and KRaft controller, logs in a temporary folder deleted on close).
 */
public final class EmbeddedBroker implements AutoCloseable {
  private final KafkaClusterTestKit cluster;

  private EmbeddedBroker(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /** Formats and starts a one-node cluster and waits until it serves. */
  public static EmbeddedBroker start() throws Exception {
    KafkaClusterTestKit c = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
        .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("offsets.topic.num.partitions", "1")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .setConfigProp("auto.create.topics.enable", "false")
        .build();
    try {
      PrintStream stdout = System.out;
      try {
        // the test kit prints its formatting steps on stdout; stdout is the user's
        System.setOut(new PrintStream(OutputStream.nullOutputStream(), false,
            StandardCharsets.UTF_8));
        c.format();
      } finally {
        System.setOut(stdout);
      }
      c.startup();
      c.waitForReadyBrokers();
    } catch (Exception e) {
      c.close();
      throw e;
    }
    return new EmbeddedBroker(c);
  }

  /** host:port for clients. */
  public String bootstrap() {
    return cluster.bootstrapServers();
  }

  /** Creates topics: name → partitions (replication 1). */
  public void createTopics(Map<String, Integer> topics) throws Exception {
    List<NewTopic> list = new ArrayList<>();
    topics.forEach((name, partitions) -> list.add(new NewTopic(name, partitions, (short) 1)));
    try (Admin admin = cluster.admin()) {
      admin.createTopics(list).all().get();
    }
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
