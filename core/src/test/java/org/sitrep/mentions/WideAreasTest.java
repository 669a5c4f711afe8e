package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * A curated island, region or range some hundreds of kilometres across has no population of its
 * own, but it is better known than a hamlet of its name, even one near the story's other towns.
 * Sentences written for these tests.
 */
class WideAreasTest {
  private static final MentionFinder FINDER = new MentionFinder(Knowledge.defaults());

  private static Mention placeAt(String sentence, String name) {
    return MentionFinderTest.placeAt(FINDER, sentence, name);
  }

  @Test
  void theIslandNotAHamletOfItsNameNearTheStorysCity() {
    Mention m = placeAt("DAVAO - Forecasters said the typhoon would pass north of Luzon on"
        + " Thursday. On the southern island of Mindanao, Davao had sunshine.", "Luzon");
    assertEquals("island", m == null ? null : m.feature());
  }

  @Test
  void aWideAreaWeighsByItsExtent() {
    Knowledge k = Knowledge.defaults();
    org.sitrep.knowledge.Place luzon = k.place("island:luzon").orElseThrow();
    org.sitrep.knowledge.Place hamlet = k.place("geonames:1704845").orElseThrow();
    assertEquals(true, MentionFinder.wide(luzon));
    assertEquals(false, MentionFinder.wide(hamlet));
  }
}
