package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * Beyond the region, a province named as its country's capital or as a city of a million is
 * that city when the name stands alone, and the city keeps the rank the province had over
 * namesakes abroad; "province" beside the name still makes it the province. Sentences written
 * for these tests.
 */
class ProvinceNamedAsCityTest {
  private static final MentionFinder FINDER = new MentionFinder(Knowledge.defaults());

  private static Mention placeAt(String sentence, String name, int from) {
    return MentionFinderTest.placeStartingAt(FINDER, sentence, name, from);
  }

  private static final String STRIKE = "SANTIAGO - Students marched in Valparaiso. In Argentina,"
      + " teachers in Cordoba and Mendoza went on strike over pay, and unions in Buenos Aires"
      + " joined them. In Buenos Aires province, farmers blocked roads.";

  @Test
  void theCapitalNotTheProvinceOfItsName() {
    Mention m = placeAt(STRIKE, "Buenos Aires", 0);
    assertEquals("capital", m == null ? null : m.feature());
  }

  @Test
  void aCityOfAMillionKeepsItsProvincesRankOverANamesakeAbroad() {
    Mention m = placeAt(STRIKE, "Cordoba", 0);
    assertEquals("AR", m == null ? null : m.countryCode());
    assertEquals("city", m == null ? null : m.feature());
  }

  @Test
  void theProvinceWithItsDivisionWord() {
    Mention m = placeAt(STRIKE, "Buenos Aires", STRIKE.indexOf("In Buenos Aires province"));
    assertEquals("admin1", m == null ? null : m.feature());
  }

  @Test
  void aLesserCityGivesWayToItsProvince() {
    Mention m = placeAt("MONTREAL - Voters in Quebec went to the polls on Monday.", "Quebec", 0);
    assertEquals("admin1", m == null ? null : m.feature());
  }
}
