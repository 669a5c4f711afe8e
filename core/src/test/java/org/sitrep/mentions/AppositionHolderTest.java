package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * An apposition after a town's name and a comma says which state or country holds it ("Perth,
 * the capital of Western Australia"; "Kingston, a city in Ontario"), as a bare "Town, State"
 * does: it outweighs the page's country for that mention, and only for that one. Sentences
 * written for these tests.
 */
class AppositionHolderTest {
  private static final MentionFinder FINDER = new MentionFinder(Knowledge.defaults());

  private static Mention placeAt(String sentence, String name, int from) {
    return MentionFinderTest.placeStartingAt(FINDER, sentence, name, from);
  }

  @Test
  void theCapitalOfAStateAbroadInAScottishStory() {
    String text = "EDINBURGH - Fans travelled from Glasgow and Dundee. Perth, the capital of"
        + " Western Australia, also sent a delegation to Aberdeen.";
    Mention m = placeAt(text, "Perth", 0);
    assertEquals("AU", m == null ? null : m.countryCode());
  }

  @Test
  void aCityInAProvinceAbroadInAJamaicanStory() {
    String text = "KINGSTON, Jamaica - Police said a man from Kingston, a city in Ontario, was"
        + " held at the airport in Montego Bay.";
    Mention m = placeAt(text, "Kingston", 10);
    assertEquals("CA", m == null ? null : m.countryCode());
    Mention dateline = placeAt(text, "KINGSTON", 0);
    assertEquals("JM", dateline == null ? null : dateline.countryCode());
  }

  @Test
  void theFrameAsksForASettlementNounAndOfOrIn() {
    assertTrue(MentionFinder.APPOSITION_FRAME.matcher("the port city of ").matches());
    assertTrue(MentionFinder.APPOSITION_FRAME.matcher("a town in northern ").matches());
    assertFalse(MentionFinder.APPOSITION_FRAME.matcher("said officials in ").matches());
    assertFalse(MentionFinder.APPOSITION_FRAME.matcher("and ").matches());
  }
}
