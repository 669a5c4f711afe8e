package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * A country or a state whose name is also a given name opens a person's name when a surname
 * follows and the pair speaks or is spoken of ("said Chad Morrow", "Victoria Lane, 41,"); before a
 * place word it stays the place ("Victoria Falls"). Sentences written for
 * these tests.
 */
class PersonOrCountryTest {
  private static final MentionFinder FINDER = new MentionFinder(Knowledge.defaults());

  private static Mention placeAt(String sentence, String name) {
    return MentionFinderTest.placeAt(FINDER, sentence, name);
  }

  @Test
  void aSpeakerNamedAfterACountryIsAPerson() {
    assertNull(placeAt("The shelter will stay open all winter, said Chad Morrow, who runs it.",
        "Chad"));
  }

  @Test
  void anAgeAfterTheNameMakesItAPerson() {
    assertNull(placeAt("Victoria Lane, 41, was hurt when the bus left the road in Ohio.",
        "Victoria"));
  }

  @Test
  void aSurnameSpeakingElsewhereMakesItAPerson() {
    assertNull(placeAt("The award went to Jordan Pike of Dayton. Pike said the prize surprised"
        + " her.", "Jordan"));
  }

  @Test
  void theFallsStayAPlace() {
    Mention m = placeAt("Guides at Victoria Falls said the river ran low, said Tom Reed.",
        "Victoria");
    assertNotNull(m);
  }

  @Test
  void theCountryAloneStaysACountry() {
    Mention m = placeAt("Refugees crossed from Chad into the camps on Monday, aid workers said.",
        "Chad");
    assertNotNull(m);
    assertEquals("country", m.feature());
  }
}
