package org.sitrep.stream;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.ingest.PageReader;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.pipeline.Stages;
import org.sitrep.time.DateResolver;

/**
 * Chooses each document's time anchor ({@link Stages#anchors}), as keyed state under one key
 * (parallelism 1). A dated page is anchored on its own date and passes at once. An undated page
 * takes its story's date from the documents seen so far, so it waits {@code wait} ms of event
 * time (fetch time) for its story's other documents, then is anchored on every document seen
 * within {@code retention} ms (undated pages are anchored in batches, at most one per {@code
 * wait}: each batch costs the square of the documents seen). On a bounded input the end-of-input watermark releases every page
 * with the whole set seen, which is exactly what {@code sitrep analyze} does.
 */
final class AnchorStage extends KeyedProcessFunction<Integer, DocMessage, DocMessage> {
  private static final long serialVersionUID = 1L;

  /** What the anchors of later pages need from a document already passed. A Flink POJO. */
  public static final class Seen {
    public String docId;
    public String input;
    public long fetchTime;
    public long seq;
    public String published;
    public String country;
    public String[] ids;
    public String[] kinds;
    public String[] sectors;

    public Seen() {}
  }

  private final long wait;
  private final long retention;
  private transient ListState<DocMessage> pending;
  private transient ListState<Seen> seen;

  AnchorStage(long wait, long retention) {
    this.wait = wait;
    this.retention = retention;
  }

  @Override
  public void open(OpenContext context) {
    pending = getRuntimeContext().getListState(new ListStateDescriptor<>("pending",
        TypeInformation.of(DocMessage.class)));
    seen = getRuntimeContext().getListState(new ListStateDescriptor<>("seen",
        TypeInformation.of(Seen.class)));
  }

  @Override
  public void processElement(DocMessage d, Context ctx, Collector<DocMessage> out)
      throws Exception {
    if (d.published != null) {
      Seen s = seen(d);
      RecordCodec.setAnchor(d, Stages.anchors(List.of(light(s))).get(d.docId));
      seen.add(s);
      out.collect(d);
      return;
    }
    pending.add(d);
    // one batch per `wait` of event time at most: each costs the square of the documents seen
    ctx.timerService().registerEventTimeTimer(roundUp(saturatedAdd(d.fetchTime, wait), wait));
  }

  @Override
  public void onTimer(long ts, OnTimerContext ctx, Collector<DocMessage> out) throws Exception {
    List<DocMessage> ready = new ArrayList<>();
    List<DocMessage> later = new ArrayList<>();
    long watermark = Math.max(ts, ctx.timerService().currentWatermark());
    for (DocMessage d : pending.get()) {
      (saturatedAdd(d.fetchTime, wait) <= watermark ? ready : later).add(d);
    }
    if (ready.isEmpty()) {
      return;
    }
    // every document seen so far, in input order (ties in StoryAnchors go to the earlier one)
    List<Object[]> all = new ArrayList<>();
    for (Seen s : seen.get()) {
      all.add(new Object[] {s.fetchTime, s.seq, s.input, light(s)});
    }
    for (DocMessage d : pending.get()) {
      all.add(new Object[] {d.fetchTime, d.seq, d.input, RecordCodec.page(d)});
    }
    all.sort((a, b) -> {
      int c = Long.compare((Long) a[0], (Long) b[0]);
      c = c != 0 ? c : Long.compare((Long) a[1], (Long) b[1]);
      return c != 0 ? c : ((String) a[2]).compareTo((String) b[2]);
    });
    List<Stages.Page> pages = new ArrayList<>();
    for (Object[] a : all) {
      pages.add((Stages.Page) a[3]);
    }
    Map<String, DateResolver.Anchor> anchors = Stages.anchors(pages);
    ready.sort(DocMessage.ORDER);
    for (DocMessage d : ready) {
      RecordCodec.setAnchor(d, anchors.get(d.docId));
      seen.add(seen(d));
      out.collect(d);
    }
    pending.update(later);
    long horizon = ctx.timerService().currentWatermark() - retention;
    List<Seen> kept = new ArrayList<>();
    for (Seen s : seen.get()) {
      if (s.fetchTime >= horizon) {
        kept.add(s);
      }
    }
    seen.update(kept);
  }

  /** {@code t} rounded up to a multiple of {@code step}. */
  static long roundUp(long t, long step) {
    if (step <= 0 || t > Long.MAX_VALUE - step) {
      return t;
    }
    return Math.floorDiv(t + step - 1, step) * step;
  }

  private static long saturatedAdd(long a, long b) {
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
  }

  private static Seen seen(DocMessage d) {
    Seen s = new Seen();
    s.docId = d.docId;
    s.input = d.input;
    s.fetchTime = d.fetchTime;
    s.seq = d.seq;
    s.published = d.published;
    s.country = d.country;
    List<Mention> ms = RecordCodec.readAll(d.mentions, Mention.class);
    List<String> ids = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    List<String> sectors = new ArrayList<>();
    Set<String> dup = new HashSet<>();
    for (Mention m : ms) {
      if (m.identifierId() != null && dup.add(m.identifierId() + "\u0000" + m.kind() + "\u0000"
          + m.sector())) {
        ids.add(m.identifierId());
        kinds.add(m.kind());
        sectors.add(m.sector());
      }
    }
    s.ids = ids.toArray(new String[0]);
    s.kinds = kinds.toArray(new String[0]);
    s.sectors = sectors.toArray(new String[0]);
    return s;
  }

  /** A page with just what {@link Stages#anchors} reads of a document already passed. */
  private static Stages.Page light(Seen s) {
    Document doc = new Document(s.docId, s.input, null, null, null,
        s.published == null ? Published.NONE : new Published(s.published, "day", "page", null),
        List.of(), null, null, List.of(), "", null, List.of(), List.of(), List.of());
    List<Mention> ms = new ArrayList<>();
    for (int i = 0; i < s.ids.length; i++) {
      ms.add(new Mention(s.docId, 0, 0, "", s.kinds[i], s.ids[i], null, null, null, null, null,
          null, null, s.sectors[i], null));
    }
    return new Stages.Page(s.input, new PageReader.Ok(doc, null), ms, List.of(), s.country, 0,
        null);
  }
}
