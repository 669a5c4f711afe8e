package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.SharedData;

/**
 * The acceptance story: the seed pages' timeline, held by a golden file (names, dates and
 * claimants only; no page text). Skips when {@code ../shared} is absent.
 */
class SeedTimelineTest {
  @TempDir Path out;

  @Test
  void seedTimelineReadsAsTheAcceptanceStory() throws IOException {
    SharedData.analyzeSeeds(out);
    String got = Files.readString(out.resolve("timeline.md"), StandardCharsets.UTF_8);
    // the milestones of PRODUCT.md's acceptance story
    for (String day : List.of("2018-03-24", "2018-03-25", "2018-03-27", "2018-04-01",
        "2018-04-04", "2018-04-07", "2018-04-08", "2018-04-12")) {
      assertTrue(got.contains(day), "timeline lacks " + day);
    }
    assertTrue(got.contains("(destination)") && got.contains("Eastern Qalamoun")
        && got.contains("Jarabulus"), "destination contradiction");
    assertTrue(got.contains("(status)"), "talks ended vs continuing");
    Path golden = Path.of("src/test/resources/stories/seeds-timeline.expected.md");
    if (Boolean.getBoolean("sitrep.golden.update")) {
      Files.writeString(golden, got, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), got);
  }
}
