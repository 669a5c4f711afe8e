package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.sitrep.testing.OwnTexts;

/**
 * The nationality frame before a name ("the Syrian town of") is searched only where a place noun
 * stands right before "of": the test before the search never turns away a frame the search finds.
 */
class NationalFrameTest {
  /* Our own wording: frames of every shape the pattern takes, and near misses. */
  private static final List<String> FRAMES = List.of(
      "Troops entered the Syrian town of Ras al-Ain on Monday.",
      "Shelling hit the northern Iraqi city of Mosul and the Turkish border town of Ceylanpinar.",
      "Residents of the Yemeni port of Hodeidah and the Libyan capital of Tripoli fled.",
      "In the Syrian Kurdish town of Kobani and the eastern Syrian province of Deir ez-Zor.",
      "The Lebanese coastal city of  Tyre, the Iraqi governorate of\tAnbar, the Syrian region of Afrin.",
      "Forces near the north-western Syrian village of Kafranbel and the Syrian district of Harem.",
      "He left his hometown of Homs; the capture of Afrin; north of Aleppo; a Town of Idlib.",
      "the Syrian cities of Homs and Hama; the Iraqi capitals of old; the Syrian townof Idlib.",
      "(Turkish town of Kilis) and Iraqi city of Basra, at the start: Syrian town of Azaz.");

  @Test
  void theNounTestTurnsAwayNoFrameTheSearchFinds() {
    List<String> texts = new ArrayList<>(FRAMES);
    texts.addAll(OwnTexts.sentences("en"));
    texts.addAll(OwnTexts.pageLines());
    int frames = 0;
    int ofs = 0;
    for (String text : texts) {
      for (int p = 8; p <= text.length(); p++) {
        if (text.charAt(p - 1) != ' ' || text.charAt(p - 2) != 'f' || text.charAt(p - 3) != 'o') {
          continue;
        }
        ofs++;
        Matcher f = MentionFinder.NATIONAL_FRAME.matcher(text).region(Math.max(0, p - 60), p);
        boolean found = f.find();
        frames += found ? 1 : 0;
        if (found) {
          assertTrue(MentionFinder.placeNounBefore(text, p - 3), text.substring(0, p));
        }
      }
    }
    assertTrue(frames >= 12, "frames found: " + frames);
    assertTrue(ofs > 500, "'of' met: " + ofs);
  }

  @Test
  void mostOfsStandAfterNoPlaceNoun() {
    assertFalse(MentionFinder.placeNounBefore("the capture of Afrin", 12));
    assertFalse(MentionFinder.placeNounBefore("his hometown of Homs", 13));
    assertFalse(MentionFinder.placeNounBefore("a Town of Idlib", 7));
    assertTrue(MentionFinder.placeNounBefore("the Syrian town of Azaz", 16));
    assertTrue(MentionFinder.placeNounBefore("the Iraqi governorate of\tAnbar", 22));
    assertEquals(false, MentionFinder.placeNounBefore("of Azaz", 0));
  }
}
