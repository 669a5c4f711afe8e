package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * Rivers, islands and regions of the world list (places-world.tsv) that GeoNames' towns lacked:
 * a river named with "River" is the river, not the town of its first word; a one-word river only
 * where no common word spells it. Sentences written for these tests.
 */
class WorldRowsTest {
  private static final MentionFinder FINDER = new MentionFinder(Knowledge.defaults());

  private static Mention placeAt(String sentence, String name) {
    return MentionFinderTest.placeAt(FINDER, sentence, name);
  }

  @Test
  void aSomaliRiverIsNotTheSudaneseCapital() {
    Mention m = placeAt("Villages along the Juba River were cut off by the floods.", "Juba River");
    assertNotNull(m);
    assertEquals("Juba River", m.text());
    assertEquals(1.0, m.lat(), 2.0);
  }

  @Test
  void anEthiopianRegionIsNotSomalia() {
    Mention m = placeAt("Drought spread across the Somali Region of Ethiopia this spring.",
        "Somali Region");
    assertNotNull(m);
    assertEquals("Somali Region", m.text());
  }

  @Test
  void aCanaryIslandByItsName() {
    Mention m = placeAt("A boat carrying sixty people reached Lanzarote on Sunday.", "Lanzarote");
    assertNotNull(m);
    assertEquals(29.0, m.lat(), 0.5);
  }

  @Test
  void aCzechRiver() {
    Mention m = placeAt("The Vltava rose two metres in a day.", "Vltava");
    assertNotNull(m);
  }

  @Test
  void anInnIsNoRiver() {
    assertNull(placeAt("They stayed at the Inn by the lake for a week.", "Inn"));
  }
}
