package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.EventCoderTest.code;
import static org.sitrep.events.EventCoderTest.first;

import org.junit.jupiter.api.Test;

/**
 * "Took the town": "take" seizes a place only with a determiner and a kind of place right after
 * it (two adjectives between at most, and then "of"), never across a gap where it carries or
 * leads somewhere (sentences written for this test).
 */
class TakenPlacesTest {
  @Test
  void takingATownIsSeizingIt() {
    assertTrue(first(code("2017-10-15", "Government troops took the town of al-Mayadin on"
        + " Saturday, the army said."), "COERCE").isPresent());
    assertTrue(first(code("2017-10-15", "Kurdish fighters took several villages south of the"
        + " dam, a monitor said."), "COERCE").isPresent());
    assertTrue(first(code("2017-10-15", "Rebels took the strategic town of Kessab after a"
        + " week of fighting."), "COERCE").isPresent());
    assertTrue(first(code("2017-10-15", "Rebels took the key border town of Kessab after a"
        + " week of fighting."), "COERCE").isPresent());
  }

  @Test
  void takingPeopleOrARoadToATownIsNot() {
    assertFalse(first(code("2017-10-15", "Ambulances took the wounded to the city hospital on"
        + " Saturday."), "COERCE").isPresent());
    assertFalse(first(code("2017-10-15", "The aid convoy took the road to the town of Azaz."),
        "COERCE").isPresent());
    assertFalse(first(code("2017-10-15", "The talks took place in the city of Astana."),
        "COERCE").isPresent());
  }
}
