package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * A bare "ل" before a word is the "ل" of purpose as often as "to": a small town's name behind it
 * ("لكسب", to gain) needs another cue; a facility of a town names the town ("مطار كركوك").
 * Sentences written for these tests.
 */
class ArabicCliticPlacesTest {
  private static final MentionFinder FINDER = new MentionFinder(Knowledge.defaults());

  /* The place mention that covers {@code name} in {@code sentence}, or null. */
  private static Mention placeAt(String sentence, String name) {
    return MentionFinderTest.placeAt(FINDER, sentence, name);
  }

  @Test
  void aVerbalNounAfterThePurposeLamIsNoTown() {
    assertNull(placeAt("وقال المتحدث إن الطرف الآخر يروج هذه الاتهامات لكسب تعاطف الرأي العام.",
        "لكسب"));
  }

  @Test
  void theTownBehindAPlaceCueStays() {
    Mention m = placeAt("وصلت تعزيزات عسكرية إلى بلدة كسب في ريف اللاذقية الشمالي.", "كسب");
    assertEquals("Latakia", m == null ? null : m.admin1());
  }

  @Test
  void anAirportNamesTheTown() {
    Mention m = placeAt("سيطرت القوات على مطار كركوك العسكري.", "كركوك");
    assertEquals("Kirkuk", m == null ? null : m.admin1());
  }

  @Test
  void thePurposeLam() {
    assertEquals(true, MentionFinder.purposeLam("لكسب"));
    assertEquals(true, MentionFinder.purposeLam("ولدعم"));
    assertEquals(false, MentionFinder.purposeLam("للرقة"));
    assertEquals(false, MentionFinder.purposeLam("بدوما"));
  }
}
