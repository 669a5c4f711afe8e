package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two pages of our own about one evacuation, the second naming the city's quarters one by one:
 * a quarter of a town the story names tells no other story, so the second page stays in the
 * first one's story.
 */
class QuartersStoryTest {
  @TempDir Path in;
  @TempDir Path out;

  @Test
  void quartersOfTheStorysCityDoNotDrawAPageOutOfIt() throws IOException {
    Files.writeString(in.resolve("a-wire.txt"), "Evacuation of Aleppo rebels begins\n\n"
        + "Buses carrying rebels and their families left Aleppo on Thursday under a deal"
        + " between Russia and Turkey, the Syrian army said.\n", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b-local.txt"), "Convoys cross the quarters\n\n"
        + "Buses carrying rebels left Aleppo through Ramouseh on Thursday, the Syrian army"
        + " said. Fighters gathered in Sukkari, Kalaseh, Bustan al-Qasr, Salaheddin, Sheikh"
        + " Saeed and Ansari before the convoys moved, and residents of Hanano and Sheikh"
        + " Maqsoud watched them go.\n", StandardCharsets.UTF_8);
    assertEquals(1, SpokesmenStoryTest.storiesHoldingBoth(in, out));
  }
}
