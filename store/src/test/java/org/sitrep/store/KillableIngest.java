package org.sitrep.store;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.ingest.PageReader;
import org.sitrep.knowledge.Knowledge;

/** A child process for the kill test: ingests pages in small batches, saying each commit. */
public final class KillableIngest {
  private KillableIngest() {}

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[0]);
    int batch = Integer.parseInt(args[1]);
    try (Store store = Store.open(db)) {
      Ingester in = new Ingester(store, Knowledge.defaults(), 1, PageReader.DEFAULT_MAX_BYTES,
          batch);
      in.ingest(List.of(args).subList(2, args.length), (done, total, added, skipped, failures,
          events) -> {
        System.out.println("committed " + added + " " + skipped);
        System.out.flush();
      });
    }
    System.out.println("finished");
  }
}
