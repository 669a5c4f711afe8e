package org.sitrep.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task fails mid-stream, after a checkpoint that holds progress: Flink restarts the job from
 * that checkpoint (source offsets, anchor and linker state), pages after it are read again, and
 * the records upserted by key are exactly those of {@code sitrep analyze}: nothing lost, nothing
 * twice.
 */
class FailureRecoveryIT {
  @TempDir Path tmp;

  // the MiniCluster runs in this JVM: the injected failure's bookkeeping is shared through statics
  static final AtomicInteger PAGES = new AtomicInteger();
  static final Map<Long, AtomicInteger> PROGRESS = new ConcurrentHashMap<>();
  static final AtomicInteger AT_CHECKPOINT = new AtomicInteger();
  static final AtomicInteger BEFORE_RESTORE = new AtomicInteger(-1);
  static final AtomicBoolean FAILED = new AtomicBoolean();
  static final int FAIL_AT = 30;

  /**
   * Passes pages on, slowly; counts the pages each checkpoint covers (this operator is chained
   * to the source: what a subtask passed before its barrier is in the checkpoint's offsets), and
   * throws once, at page {@link #FAIL_AT} or later, after a checkpoint covering pages completed.
   */
  static final class FailOnce extends RichMapFunction<PageMessage, PageMessage>
      implements CheckpointListener, CheckpointedFunction {
    private static final long serialVersionUID = 1L;
    private transient int mine;

    @Override
    public void initializeState(FunctionInitializationContext context) {
      if (context.isRestored()) {
        BEFORE_RESTORE.compareAndSet(-1, PAGES.get());
      }
    }

    @Override
    public PageMessage map(PageMessage m) throws Exception {
      Thread.sleep(100);
      mine++;
      int n = PAGES.incrementAndGet();
      if (n >= FAIL_AT && AT_CHECKPOINT.get() > 0 && FAILED.compareAndSet(false, true)) {
        throw new IllegalStateException("injected failure at page " + n);
      }
      return m;
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) {
      PROGRESS.computeIfAbsent(context.getCheckpointId(), k -> new AtomicInteger()).addAndGet(mine);
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
      AtomicInteger p = PROGRESS.get(checkpointId);
      if (!FAILED.get() && p != null) {
        AT_CHECKPOINT.accumulateAndGet(p.get(), Math::max);
      }
    }
  }

  @Test
  void aTaskFailureMidStreamLosesAndDuplicatesNothing() throws Exception {
    Path dev = SameRecords.SHARED.resolve("dev-pages");
    assumeTrue(Files.isDirectory(dev), "skipped: ../shared/dev-pages is absent");
    Path expected = SameRecords.analyze(dev, tmp.resolve("analyze"));
    EmbeddedRun.Summary s = EmbeddedRun.run(List.of(dev.toString()), tmp.resolve("stream"), 2,
        Duration.ofMillis(300), pages -> pages.map(new FailOnce()).name("fail-once"));
    assertTrue(FAILED.get(), "the failure was injected");
    assertTrue(BEFORE_RESTORE.get() >= FAIL_AT, "the job was restored from a checkpoint");
    int after = PAGES.get() - BEFORE_RESTORE.get();
    int replayed = BEFORE_RESTORE.get() + after - 50;
    assertTrue(replayed > 0, "pages after the checkpoint were read again: " + replayed);
    assertTrue(after <= 50 - AT_CHECKPOINT.get(), "the restart began at the checkpoint, not at"
        + " the first page: " + after + " pages read after it, " + AT_CHECKPOINT.get()
        + " covered by the checkpoint");
    assertEquals(50, s.documents());
    SameRecords.assertSame(expected, tmp.resolve("stream"));
    // a page read again gives the same ids and the same records: duplicates, never rivals
    for (String t : List.of(Output.DOCUMENTS, Output.MENTIONS, Output.EVENTS, Output.STORIES)) {
      TopicFiles.Topic topic = s.topics().get(t);
      assertEquals(0, topic.changed(), t + ": a key sent again with another value");
      assertEquals(topic.messages(), topic.records().size() + topic.repeated(), t);
    }
    System.out.printf(java.util.Locale.ROOT, "failure at page %d, %d pages read again;"
        + " documents: %d messages, %d repeated; mentions: %d messages, %d repeated%n", FAIL_AT,
        replayed, s.topics().get(Output.DOCUMENTS).messages(),
        s.topics().get(Output.DOCUMENTS).repeated(), s.topics().get(Output.MENTIONS).messages(),
        s.topics().get(Output.MENTIONS).repeated());
  }
}
