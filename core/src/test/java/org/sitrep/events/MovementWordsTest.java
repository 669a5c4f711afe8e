package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whether part of a sentence holds a movement word is answered from the sentence's movement
 * words, found once; the answer must be what a search of the part gives, for every part.
 */
class MovementWordsTest {
  private static final List<String> OWN = List.of(
      "The buses left for Idlib after the fighters moved to Jarablus.",
      "They set off towards al-Bab; the convoy went back to the ring road.",
      "Convoys advancing and advanced troops: bused, busy, rebus, buses.",
      "وغادرت الحافلات باتجاه إدلب بعد خروج المسلحين من الحي",
      "لتتوجه الحافلات إلى جرابلس، ووصلت القافلة إلى الريف الغربي",
      "reLeft leftward left-wing left");

  @Test
  void aPartHoldsAMovementWordExactlyWhenASearchOfThePartFindsOne() throws IOException {
    List<String> texts = new ArrayList<>(OWN);
    for (String f : List.of("genre-sentences.tsv", "genre-sentences-wire.tsv",
        "genre-sentences-fresh.tsv", "genre-sentences-blind.tsv", "genre-sentences-fresh2.tsv")) {
      for (String line : Files.readAllLines(Path.of("src/test/resources/events/" + f))) {
        String[] c = line.split("\t");
        if (c.length >= 3 && !line.startsWith("#")) {
          texts.add(c[2]);
        }
      }
    }
    int parts = 0;
    int found = 0;
    for (String t : texts) {
      // the parts between any two word edges (where a place, a trigger or a window starts)
      List<Integer> edges = new ArrayList<>();
      for (int i = 0; i <= t.length(); i++) {
        boolean before = i > 0 && Character.isLetter(t.charAt(i - 1));
        boolean at = i < t.length() && Character.isLetter(t.charAt(i));
        if (before != at || i % 11 == 0) {
          edges.add(i);
        }
      }
      Sent s = new Sent(0, t.length(), 0, t);
      for (int x : edges) {
        for (int y : edges) {
          if (y < x) {
            continue;
          }
          boolean want = DestinationFinder.MOVE_SCAN.opaqueMatcher(t, x, y).find();
          assertEquals(want, DestinationFinder.moveIn(s, x, y), t + " [" + x + ", " + y + ")");
          parts++;
          found += want ? 1 : 0;
        }
      }
    }
    assertTrue(found > 10_000 && parts - found > 10_000, parts + " parts, " + found);
  }
}
