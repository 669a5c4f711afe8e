package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.testing.OwnTexts;

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
  void aPartHoldsAMovementWordExactlyWhenASearchOfThePartFindsOne() {
    List<String> texts = new ArrayList<>(OWN);
    texts.addAll(OwnTexts.sentences(null));
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
