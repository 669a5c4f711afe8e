package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * A city of 100,000 people or more (a town of GeoNames, no division) is read by its own name
 * without a place cue before it, though the page is set elsewhere; not where a given name or a
 * common word spells it; "off" before a name is a place cue as "near" is. Sentences written for
 * these tests.
 */
class KnownCitiesTest {
  private static final MentionFinder FINDER = new MentionFinder(Knowledge.defaults());

  private static Mention placeAt(String sentence, String name) {
    return MentionFinderTest.placeAt(FINDER, sentence, name);
  }

  @Test
  void aPortCityOfAQuarterMillionNeedsNoCue() {
    Mention m = placeAt("Heavy rain flooded Kismayo overnight and closed the harbour.", "Kismayo");
    assertNotNull(m);
    assertEquals(-0.36, m.lat(), 0.1);
  }

  @Test
  void anAustrianCityOnItsOwn() {
    Mention m = placeAt("Trains between Vienna and Salzburg stopped short of Linz after the storm.",
        "Linz");
    assertNotNull(m);
    assertEquals(48.3, m.lat(), 0.1);
  }

  @Test
  void offBeforeATownIsAPlaceCue() {
    Mention m = placeAt("A trawler sank off Nouadhibou on Friday.", "Nouadhibou");
    assertNotNull(m);
    assertEquals(20.9, m.lat(), 0.2);
  }

  @Test
  void aGivenNameIsNoProvince() {
    assertNull(placeAt("Mary told the council the budget was late again.", "Mary"));
  }
}
