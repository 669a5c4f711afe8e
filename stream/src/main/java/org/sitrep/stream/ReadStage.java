package org.sitrep.stream;

import java.util.List;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.sitrep.ingest.PageReader;
import org.sitrep.model.Document;
import org.sitrep.model.Failure;
import org.sitrep.model.Mention;
import org.sitrep.output.RecordWriter;
import org.sitrep.pipeline.Stages;

/**
 * Reads a page and finds its mentions ({@link Stages#read(byte[], String)}), stateless: the
 * document goes on to the anchor operator; its document, mention and failure records go straight
 * to the output topics (side output {@link #OUT}), but for the document record of an undated page
 * whose dateline lacks a year, which waits for its story ({@link Stages#awaitsStoryYear}).
 */
final class ReadStage extends ProcessFunction<PageMessage, DocMessage> {
  private static final long serialVersionUID = 1L;
  static final OutputTag<Output> OUT = new OutputTag<>("records") {
    private static final long serialVersionUID = 1L;
  };

  @Override
  public void processElement(PageMessage m, Context ctx, Collector<DocMessage> out) {
    if (m.error != null) {
      ctx.output(OUT, failure(new Failure(m.input, "read", m.error)));
      return;
    }
    Stages.Page page = Shared.stages().read(m.bytes, m.input);
    if (page.result() instanceof PageReader.Failed f) {
      ctx.output(OUT, failure(f.failure()));
      return;
    }
    Document doc = page.document();
    // the document record as analyze writes it, with the repairs made while reading it
    String note = page.result() instanceof PageReader.Ok ok ? ok.note() : null;
    String record = RecordWriter.toJson(doc, java.util.Map.of("warnings", Stages.warnings(note)));
    boolean held = Stages.awaitsStoryYear(doc); // written by the code operator, anchored
    if (!held) {
      ctx.output(OUT, new Output(Output.DOCUMENTS, doc.docId(), record));
    }
    int i = 0;
    for (List<Mention> list : List.of(page.mentions(), page.readings())) {
      for (Mention x : list) {
        ctx.output(OUT, new Output(Output.MENTIONS, doc.docId() + "/" + i++,
            RecordWriter.toJson(x)));
      }
    }
    if (page.stageFailure() != null) {
      ctx.output(OUT, failure(page.stageFailure()));
    }
    DocMessage d = new DocMessage();
    d.input = m.input;
    d.fetchTime = m.fetchTime;
    d.seq = m.seq;
    d.bytes = page.bytes();
    d.docId = doc.docId();
    String p = doc.published().value();
    d.published = p == null ? null : p.substring(0, 10);
    d.country = page.country();
    d.document = RecordWriter.toJson(doc);
    d.mentions = RecordCodec.writeAll(page.mentions());
    d.readings = RecordCodec.writeAll(page.readings());
    d.record = held ? record : null;
    out.collect(d);
  }

  /** A failure record, keyed by its input and stage. */
  static Output failure(Failure f) {
    return new Output(Output.FAILURES, f.input() + "#" + f.stage(), RecordWriter.toJson(f));
  }
}
