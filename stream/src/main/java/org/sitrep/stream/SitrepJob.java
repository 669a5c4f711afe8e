package org.sitrep.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Builds the Sitrep job: pages → read (parallel, stateless) → anchor (one keyed operator) → code
 * (parallel, stateless) → link (one keyed operator); document, mention and failure records go
 * out from the parallel stages, event and story records from the linker, each keyed by its id.
 *
 * <p>Delivery is at least once (checkpointed source offsets and state, sinks flushed on each
 * checkpoint): after a failure some records are written again with the same key and value,
 * and a consumer that upserts by key sees each record once.
 */
public final class SitrepJob {
  /** Job settings; times are milliseconds of event time (fetch time). */
  public record Settings(int parallelism, long anchorWait, long anchorRetention, long linkEvery,
      Duration outOfOrderness) {
    public Settings {
      if (parallelism < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
      }
    }

    /**
     * Undated pages are anchored every 10 minutes of fetch time on the documents of the last 3
     * days (the cost grows with the square of those); the linker takes a batch every minute;
     * pages may arrive a minute out of fetch-time order.
     */
    public static Settings defaults(int parallelism) {
      return new Settings(parallelism, Duration.ofMinutes(10).toMillis(),
          Duration.ofDays(3).toMillis(), Duration.ofMinutes(1).toMillis(),
          Duration.ofMinutes(1));
    }
  }

  private SitrepJob() {}

  /** Adds the job to {@code env}: pages from {@code source}, records to the two sinks. */
  public static void build(StreamExecutionEnvironment env, Source<PageMessage, ?, ?> source,
      Sink<Output> documentSink, Sink<Output> storySink, Settings s) {
    build(env, source, documentSink, storySink, s, UnaryOperator.identity());
  }

  /** As above, with {@code tap} applied to the stream of pages before the read stage. */
  public static void build(StreamExecutionEnvironment env, Source<PageMessage, ?, ?> source,
      Sink<Output> documentSink, Sink<Output> storySink, Settings s,
      UnaryOperator<DataStream<PageMessage>> tap) {
    long lag = s.outOfOrderness().toMillis();
    WatermarkStrategy<PageMessage> wm = WatermarkStrategy
        .<PageMessage>forGenerator(c -> new PerPageWatermarks(lag))
        .withTimestampAssigner((m, t) -> m.fetchTime)
        .withIdleness(Duration.ofSeconds(30));
    DataStream<PageMessage> pages = tap.apply(env.fromSource(source, wm, "pages")
        .uid("pages").setParallelism(s.parallelism()));
    SingleOutputStreamOperator<DocMessage> read = pages.process(new ReadStage())
        .name("read").uid("read").setParallelism(s.parallelism());
    SingleOutputStreamOperator<DocMessage> anchored = read.keyBy(d -> 0, Types.INT)
        .process(new AnchorStage(s.anchorWait(), s.anchorRetention()))
        .name("anchor").uid("anchor").setParallelism(1).setMaxParallelism(1);
    SingleOutputStreamOperator<DocMessage> coded = anchored.rebalance()
        .process(new CodeStage()).name("code").uid("code").setParallelism(s.parallelism());
    SingleOutputStreamOperator<Output> linked = coded.keyBy(d -> 0, Types.INT)
        .process(new LinkStage(s.linkEvery())).name("link").uid("link").setParallelism(1).setMaxParallelism(1);
    // per-document records: keyed, so every update of one key goes through one writer, in order
    read.getSideOutput(ReadStage.OUT).union(coded.getSideOutput(ReadStage.OUT))
        .keyBy(o -> o.topic + "/" + o.key, Types.STRING)
        .sinkTo(documentSink).name("document-records").uid("document-records")
        .setParallelism(s.parallelism());
    // events and stories in the linker's order (one writer)
    linked.sinkTo(storySink).name("story-records").uid("story-records").setParallelism(1);
  }

  /**
   * Bounded out-of-orderness, but the watermark moves with every page, not only on the
   * periodic tick: a page costs milliseconds, so a watermark per page is cheap, and the
   * batches the linker takes then follow fetch time, not how fast the reader drained a split
   * (with a 200 ms tick a fast reader would pass a whole backlog as one batch).
   */
  static final class PerPageWatermarks implements WatermarkGenerator<PageMessage> {
    private final long lag;
    private long max;

    PerPageWatermarks(long lag) {
      this.lag = lag;
      this.max = Long.MIN_VALUE + lag + 1;
    }

    @Override
    public void onEvent(PageMessage page, long timestamp, WatermarkOutput out) {
      if (timestamp > max) {
        max = timestamp;
        out.emitWatermark(new Watermark(max - lag - 1));
      }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput out) {
      out.emitWatermark(new Watermark(max - lag - 1));
    }
  }

  /** The pages of a Kafka topic, from the earliest offset; {@code bounded} stops at the latest. */
  public static KafkaSource<PageMessage> kafkaSource(String bootstrap, String topic,
      String group, boolean bounded) {
    var b = KafkaSource.<PageMessage>builder()
        .setBootstrapServers(bootstrap)
        .setTopics(topic)
        .setGroupId(group)
        .setStartingOffsets(OffsetsInitializer.committedOffsets(
            org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST))
        .setDeserializer(new EnvelopeDeserializer());
    if (bounded) {
      b.setBounded(OffsetsInitializer.latest());
    }
    return b.build();
  }

  /** A sink writing records to their topics ({@link Output#topic}), keyed by id. */
  public static KafkaSink<Output> kafkaSink(String bootstrap) {
    Properties p = new Properties();
    p.setProperty("linger.ms", "20");
    return KafkaSink.<Output>builder()
        .setBootstrapServers(bootstrap)
        .setKafkaProducerConfig(p)
        .setRecordSerializer(new RecordSerializer())
        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        .build();
  }

  /** Reads page envelopes; a bad one becomes a page with an error (then a failure record). */
  static final class EnvelopeDeserializer
      implements KafkaRecordDeserializationSchema<PageMessage> {
    private static final long serialVersionUID = 1L;

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> r, Collector<PageMessage> out) {
      out.collect(PageMessage.fromEnvelope(r.key(), r.value(), r.offset(), r.timestamp()));
    }

    @Override
    public TypeInformation<PageMessage> getProducedType() {
      return TypeInformation.of(PageMessage.class);
    }
  }

  /** Writes a record to its topic with its id as the key (null value: delete). */
  static final class RecordSerializer implements KafkaRecordSerializationSchema<Output> {
    private static final long serialVersionUID = 1L;

    @Override
    public ProducerRecord<byte[], byte[]> serialize(Output o, KafkaSinkContext context,
        Long timestamp) {
      return new ProducerRecord<>(o.topic, o.key.getBytes(StandardCharsets.UTF_8),
          o.value == null ? null : o.value.getBytes(StandardCharsets.UTF_8));
    }
  }
}
