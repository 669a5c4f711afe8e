package org.sitrep.stream;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.output.RecordWriter;
import org.sitrep.stories.Story;
import org.sitrep.stories.StoryLinker;

/**
 * Links documents into stories with one {@link StoryLinker} (keyed state under one key,
 * parallelism 1), in input order: documents wait until the watermark passes their timestamp,
 * then join the linker sorted by fetch time and sequence. After each batch it emits the events
 * and the records of the stories the batch joined, keyed by id (consumers upsert).
 *
 * <p>The linker itself is not serializable: the state is the list of documents linked so far,
 * and after a restore the linker is rebuilt by adding them again in the same order (it is
 * deterministic).
 */
final class LinkStage extends KeyedProcessFunction<Integer, DocMessage, Output> {
  private static final long serialVersionUID = 1L;

  private final long every;
  private transient ListState<DocMessage> pending;
  private transient ListState<DocMessage> linked;
  private transient StoryLinker linker;

  /** Links a batch at most every {@code every} ms of event time. */
  LinkStage(long every) {
    this.every = every;
  }

  @Override
  public void open(OpenContext context) {
    pending = getRuntimeContext().getListState(new ListStateDescriptor<>("pending",
        TypeInformation.of(DocMessage.class)));
    linked = getRuntimeContext().getListState(new ListStateDescriptor<>("linked",
        TypeInformation.of(DocMessage.class)));
  }

  @Override
  public void processElement(DocMessage d, Context ctx, Collector<Output> out) throws Exception {
    d.eventTime = ctx.timestamp() == null ? d.fetchTime : ctx.timestamp();
    d.readings = new String[0]; // the linker does not read them
    pending.add(d);
    // a batch per `every` at most: each sends again the events of the stories it touched
    ctx.timerService().registerEventTimeTimer(AnchorStage.roundUp(d.eventTime, every));
  }

  @Override
  public void onTimer(long ts, OnTimerContext ctx, Collector<Output> out) throws Exception {
    ensureLinker();
    List<DocMessage> ready = new ArrayList<>();
    List<DocMessage> later = new ArrayList<>();
    // every document the watermark has passed, not only this timer's: at the end of a bounded
    // input that is the whole set in one batch, in input order, as in sitrep analyze
    long watermark = Math.max(ts, ctx.timerService().currentWatermark());
    for (DocMessage d : pending.get()) {
      (d.eventTime <= watermark ? ready : later).add(d);
    }
    if (ready.isEmpty()) {
      return;
    }
    ready.sort(DocMessage.ORDER);
    Set<String> touched = new HashSet<>();
    for (DocMessage d : ready) {
      touched.add(add(d));
      linked.add(d);
    }
    pending.update(later);
    // a document changes only the story it joins: its events (story and merged-event links)
    // and its record are sent again, keyed by id; the other stories' records stand
    for (Event e : linker.linkedEvents()) {
      if (touched.contains(e.storyId())) {
        out.collect(new Output(Output.EVENTS, e.id(), RecordWriter.toJson(e)));
      }
    }
    for (Story s : linker.stories()) {
      if (touched.contains(s.storyId())) {
        out.collect(new Output(Output.STORIES, s.storyId(), RecordWriter.toJson(s)));
      }
    }
  }

  private String add(DocMessage d) {
    // the day the page's time was anchored to says which story an undated page joins, as in
    // analyze
    org.sitrep.time.DateResolver.Anchor a = RecordCodec.anchor(d);
    return linker.add(RecordCodec.read(d.document, Document.class),
        RecordCodec.readAll(d.mentions, Mention.class), RecordCodec.readAll(d.events,
            Event.class), a == null ? null : a.date());
  }

  /* After a restore the linker is rebuilt from the documents linked before the checkpoint;
   * their records were flushed before it completed. */
  private void ensureLinker() throws Exception {
    if (linker != null) {
      return;
    }
    linker = new StoryLinker(Knowledge.defaults());
    for (DocMessage d : linked.get()) {
      add(d);
    }
  }
}
