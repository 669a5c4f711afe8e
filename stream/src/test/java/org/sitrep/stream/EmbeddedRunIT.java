package org.sitrep.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a real in-process Kafka broker and Flink MiniCluster, fed the whole set of pages,
 * writes what {@code sitrep analyze} writes: same documents, mentions, events (ids, documents,
 * types, evidence, actors, story links), stories, failures and timeline.
 */
class EmbeddedRunIT {
  @TempDir Path tmp;

  @Test
  void seedsGiveTheSameRecordsAsAnalyze() throws Exception {
    Path seeds = SameRecords.SHARED.resolve("seeds");
    assumeTrue(Files.isDirectory(seeds), "skipped: ../shared/seeds is absent");
    Path expected = SameRecords.analyze(seeds, tmp.resolve("analyze"));
    EmbeddedRun.Summary s = EmbeddedRun.run(List.of(seeds.toString()), tmp.resolve("stream"), 2);
    assertEquals(5, s.documents());
    assertTrue(s.events() > 0, "events coded");
    SameRecords.assertSame(expected, tmp.resolve("stream"));
  }

  @Test
  void devPagesAndABadInputGiveTheSameRecordsAsAnalyze() throws Exception {
    Path dev = SameRecords.SHARED.resolve("dev-pages");
    assumeTrue(Files.isDirectory(dev), "skipped: ../shared/dev-pages is absent");
    // a folder of pages plus a page that cannot be read: the failure is a record, not a crash
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.write(in.resolve("zz-broken.html.gz"), new byte[] {31, -117, 8, 0, 1, 2, 3});
    List<String> inputs = List.of(dev.toString(), in.toString(), "no-such-page.html");
    Path expected = tmp.resolve("analyze");
    new org.sitrep.pipeline.Analyzer(org.sitrep.pipeline.Analyzer.Options.defaults())
        .run(inputs, expected, org.sitrep.pipeline.Analyzer.Progress.NONE);
    EmbeddedRun.Summary s = EmbeddedRun.run(inputs, tmp.resolve("stream"), 2);
    assertEquals(50, s.documents());
    assertEquals(2, s.failures(), "the broken page and the missing one");
    SameRecords.assertSame(expected, tmp.resolve("stream"));
  }
}
