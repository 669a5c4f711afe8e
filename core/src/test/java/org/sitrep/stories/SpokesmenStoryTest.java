package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.Analyzer;

/**
 * Two pages of our own about one evacuation, the second quoting the reactions of many officials:
 * a spokesman or minister named on one page only tells no other story, so the second page stays
 * in the first one's story.
 */
class SpokesmenStoryTest {
  @TempDir Path in;
  @TempDir Path out;

  @Test
  void officialsQuotedOnOnePageDoNotDrawItOutOfItsStory() throws IOException {
    Files.writeString(in.resolve("a-wire.txt"), "Army enters eastern Aleppo\n\n"
        + "Syrian army troops entered the eastern districts of Aleppo on Thursday after the"
        + " last buses carrying rebels and their families left the city, a military source"
        + " said.\n", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b-roundup.txt"), "Reactions to the Aleppo evacuation\n\n"
        + "Syrian army troops entered the eastern districts of Aleppo on Thursday after the"
        + " evacuation of the rebels ended.\n\n"
        + "Mevlut Cavusoglu said the truce had to hold. Mohammad Javad Zarif said the battle was"
        + " over. Staffan de Mistura said monitors should follow the evacuation. John Kerry"
        + " called for access for aid convoys. Adel al-Jubeir said the siege had been a crime."
        + " Anwar Gargash said talks should resume. Ahmed Aboul Gheit called for calm.\n",
        StandardCharsets.UTF_8);
    assertEquals(1, storiesHoldingBoth(in, out));
  }

  /* Analyzes the two pages in {@code in} into {@code out}: the stories that hold both. */
  static int storiesHoldingBoth(Path in, Path out) throws IOException {
    new Analyzer(Analyzer.Options.defaults()).run(List.of(in.toString()), out,
        Analyzer.Progress.NONE);
    ObjectMapper m = new ObjectMapper();
    int withBoth = 0;
    for (String s : Files.readAllLines(out.resolve("stories.jsonl"), StandardCharsets.UTF_8)) {
      if (!s.isBlank() && m.readTree(s).get("documents").size() == 2) {
        withBoth++;
      }
    }
    return withBoth;
  }
}
