package org.sitrep.stream;

import org.sitrep.ingest.PageReader;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.pipeline.Stages;

/** The stages every operator of one JVM (task manager) shares: the knowledge loads once. */
final class Shared {
  private static volatile Stages stages;

  private Shared() {}

  static Stages stages() {
    Stages s = stages;
    if (s == null) {
      synchronized (Shared.class) {
        s = stages;
        if (s == null) {
          s = new Stages(Knowledge.defaults(), PageReader.DEFAULT_MAX_BYTES);
          stages = s;
        }
      }
    }
    return s;
  }
}
