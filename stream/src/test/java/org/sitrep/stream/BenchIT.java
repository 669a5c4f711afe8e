package org.sitrep.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep stream --bench} on a few pages of its own: every page passes once per run, at
 * parallelism 2 through two subtasks (which takes how many depends on their pace), and the
 * report names each run.
 */
class BenchIT {
  @TempDir Path tmp;

  @Test
  void everyPageIsMeasuredOnce() throws Exception {
    String[] towns = {"Aleppo", "Idlib", "Homs", "Hama", "Daraa", "Raqqa"};
    for (int i = 0; i < towns.length; i++) {
      Files.writeString(tmp.resolve("page-" + i + ".txt"), " date 2016-12-1" + i + " Buses"
          + " carrying fighters left " + towns[i] + " on Sunday after a deal between rebels and"
          + " government forces, state television said.\n", StandardCharsets.UTF_8);
    }
    Bench.Result r = Bench.run(List.of(tmp.toString()), 2, 8, 1, 4);
    assertEquals(48, r.pages());
    assertEquals(1, r.one().size());
    assertEquals(1, r.many().size());
    for (Bench.Run run : r.one()) {
      assertEquals(List.of(48L), run.perSubtask());
    }
    for (Bench.Run run : r.many()) {
      assertEquals(2, run.perSubtask().size(), "two subtasks: " + run.perSubtask());
      assertEquals(48L, run.perSubtask().get(0) + run.perSubtask().get(1));
    }
    assertTrue(r.speedUp() > 0);
    assertTrue(r.report().contains("speed-up"), r.report());
  }
}
