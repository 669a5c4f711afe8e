package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * A place spelled just as the news writes it keeps its name from a namesake whose name only
 * folds to the same letters, when that namesake is no better known: the page's country prior
 * alone does not carry it ("Qamishli" in a story from Turkey), nor, outside the region, where
 * names are spelled as the gazetteer has them, a neighbour on the page ("Chile" beside
 * Brussels is no Silly).
 * Sentences written for these tests.
 */
class SpelledAcrossBorderTest {
  private static final MentionFinder FINDER = new MentionFinder(Knowledge.defaults());

  private static Mention placeAt(String sentence, String name) {
    return MentionFinderTest.placeAt(FINDER, sentence, name);
  }

  @Test
  void theSyrianCityInAStoryFromTurkey() {
    Mention m = placeAt("ISTANBUL - Officials in Mardin said Kurdish fighters in Qamishli had"
        + " fired mortars across the frontier overnight.", "Qamishli");
    assertEquals("SY", m == null ? null : m.countryCode());
  }

  @Test
  void aCountrySpelledAsWrittenOverAVillageWhoseNameFoldsAlike() {
    Mention m = placeAt("BRUSSELS - Unions marched in Brussels and Charleroi on Friday, and"
        + " dockers in Chile stopped work in solidarity.", "Chile");
    assertEquals("CL", m == null ? null : m.countryCode());
  }

  @Test
  void theResortAbroadOverATownOfTheRegionThatOnlySoundsAlike() {
    Mention m = placeAt("DAMASCUS - Rebels in Idlib rejected the deal that Russia and Turkey"
        + " struck in Sochi, saying it left Hama exposed.", "Sochi");
    assertEquals("RU", m == null ? null : m.countryCode());
  }

  @Test
  void aCountryNeverGivesWayToASpelling() {
    Knowledge k = Knowledge.defaults();
    org.sitrep.knowledge.Place syrian = k.place("geonames:173377").orElseThrow();
    org.sitrep.knowledge.Place turkey = k.place("country:TR").orElse(null);
    assertEquals(false, MentionFinder.asKnown(syrian, turkey));
  }
}
