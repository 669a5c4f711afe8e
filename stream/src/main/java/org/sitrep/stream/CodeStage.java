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
