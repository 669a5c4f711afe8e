package org.sitrep.stream;

import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.model.Failure;
import org.sitrep.pipeline.Stages;

/**
 * Codes one anchored document's events ({@link Stages#code}), stateless. A document whose
 * coding fails goes on with no events and a failure record (stage {@code events}), as in {@code
 * sitrep analyze}.
 */
final class CodeStage extends ProcessFunction<DocMessage, DocMessage> {
  private static final long serialVersionUID = 1L;

  @Override
  public void processElement(DocMessage d, Context ctx, Collector<DocMessage> out) {
    if (d.record != null) {
      // a record held back until the story's year was known (as analyze sets it at its end)
      String record = d.record;
      org.sitrep.model.Published day = Stages.inferredPublished(
          RecordCodec.page(d).document(), RecordCodec.anchor(d));
      if (day != null) {
        try {
          record = Stages.withPublished(record, day);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      ctx.output(ReadStage.OUT, new Output(Output.DOCUMENTS, d.docId, record));
      d.record = null;
    }
    try {
      d.events = RecordCodec.writeAll(Shared.stages().code(RecordCodec.page(d),
          RecordCodec.anchor(d)));
    } catch (RuntimeException e) {
      ctx.output(ReadStage.OUT, ReadStage.failure(new Failure(d.input, "events",
          e.getClass().getSimpleName() + ": " + e.getMessage())));
      d.events = new String[0];
    }
    out.collect(d);
  }
}
