package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * A first-order division GeoNames names with the word for it ("X State") is read by its bare
 * name after a place cue, where no town of its country and no country bears that name.
 * Sentences written for these tests.
 */
class DivisionBareNamesTest {
  private static final MentionFinder FINDER = new MentionFinder(Knowledge.defaults());

  private static Mention placeAt(String sentence, String name) {
    return MentionFinderTest.placeAt(FINDER, sentence, name);
  }

  @Test
  void aStateByItsBareNameAfterAPlaceCue() {
    Mention m = placeAt("Bandits raided two farming villages in Zamfara overnight, police said.",
        "Zamfara");
    assertEquals("NG", m == null ? null : m.countryCode());
  }

  @Test
  void theBareNameIsTheStateNotACityAbroad() {
    Mention m = placeAt("Soldiers repelled an attack on a base in Borno, the army said.", "Borno");
    assertEquals("NG", m == null ? null : m.countryCode());
  }

  @Test
  void aCityOrACountryKeepsItsName() {
    Mention m = placeAt("Traders in Kano said prices of grain rose again.", "Kano");
    assertEquals("city", m == null ? null : m.feature());
  }
}
