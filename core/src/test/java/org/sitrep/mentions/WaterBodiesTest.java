package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * An ocean has no population but is as well known as a country: in a story set in one country,
 * its one-word name is the ocean, not a small town of that country. Sentences written for these
 * tests.
 */
class WaterBodiesTest {
  private static final MentionFinder FINDER = new MentionFinder(Knowledge.defaults());

  private static Mention placeAt(String sentence, String name) {
    return MentionFinderTest.placeAt(FINDER, sentence, name);
  }

  @Test
  void anOceanOffAUsCoastIsTheOcean() {
    Mention m = placeAt("The storm soaked Savannah and Charleston before it moved out over the"
        + " Atlantic on Friday, forecasters in Miami said.", "Atlantic");
    assertEquals("ocean", m == null ? null : m.feature());
  }
}
