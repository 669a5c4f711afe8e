package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.events.EventCoder;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.mentions.MentionFinder;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.testing.Docs;
import org.sitrep.time.DateResolver;

/**
 * Places of one event as outlets give them: a town and the city it is near in one province, a
 * province or region and a town inside it, are near; towns of two provinces far apart are not.
 */
class VicinityTest {
  static final Knowledge K = Knowledge.defaults();

  private static Event.Location loc(double lat, double lon, String cc, String admin1,
      String feature) {
    return new Event.Location("x", "x", lat, lon, cc, admin1, feature, null);
  }

  private static boolean near(Event.Location a, Event.Location b) {
    return Vicinity.near(Vicinity.of(a), Vicinity.of(b));
  }

  @Test
  void townsOfOneProvinceAreNearFartherThanTwoTownsOfTwo() {
    // about 70 km apart, one province: one outlet's town, another's nearby city
    Event.Location a = loc(36.35, 43.15, "IQ", "Nineveh", "city");
    Event.Location b = loc(36.37, 42.37, "IQ", "Nineveh Governorate", "town");
    assertTrue(near(a, b));
    // the same distance across a provincial line is two places
    assertFalse(near(a, loc(36.37, 42.37, "IQ", "Duhok", "town")));
    // and one province does not stretch to its far end
    assertFalse(near(a, loc(34.50, 41.00, "IQ", "Nineveh", "town")));
  }

  @Test
  void anAreaReachesTheTownsInside() {
    Event.Location region = loc(36.20, 44.00, "IQ", "", "region");
    assertTrue(near(region, loc(36.37, 42.60, "IQ", "Nineveh", "town"))); // about 125 km
    assertFalse(near(loc(36.20, 44.00, "IQ", "", "town"), loc(36.37, 42.60, "IQ", "Nineveh",
        "town")));
    // a country's point reaches its own towns, not a neighbour's
    Event.Location country = loc(35.0, 38.5, "SY", "", "country");
    assertTrue(near(country, loc(36.52, 37.95, "SY", "Aleppo", "town")));
    assertFalse(near(country, loc(36.20, 37.15, "TR", "Gaziantep", "town")));
  }

  @Test
  void aProvinceHoldsItsTownsHoweverFarItsPointLies() {
    // a desert governorate some 300 km across: its gazetteer point and a town at its far end
    Event.Location province = loc(27.0, 14.0, "LY", "Wadi al Hayat", "admin1");
    Event.Location town = loc(25.2, 11.6, "LY", "Wadi al Hayat", "town");
    assertTrue(near(province, town));
    assertTrue(near(town, province));
    // a town as far off in the next province is not held by it
    assertFalse(near(province, loc(25.2, 11.6, "LY", "Ghat", "town")));
    // nor are two towns of the province that far apart one place
    assertFalse(near(loc(27.0, 14.0, "LY", "Wadi al Hayat", "town"), town));
    // a region (not a division) reaches only as far as its reach
    assertFalse(near(loc(27.0, 14.0, "LY", "Wadi al Hayat", "region"), town));
  }

  @Test
  void aCityAndTheProvinceNamedAfterItAreOnePlaceToldAtTwoLevels() {
    // the province's point lies tens of km from its city's (about 30 km here)
    Event.Location province = new Event.Location("Moscow", "Moscow", 55.5, 37.5, "RU", "Moscow",
        "admin1", null);
    Event.Location city = new Event.Location("Moscow", "Moscow", 55.75, 37.62, "RU", "Moscow",
        "capital", null);
    assertTrue(Vicinity.sameNamed(Vicinity.of(province), Vicinity.of(city)));
    // two towns of one name, neither an area, are not told at two levels
    Event.Location town = new Event.Location("Moscow", "Moscow", 55.5, 37.9, "RU", "Moscow",
        "town", null);
    assertFalse(Vicinity.sameNamed(Vicinity.of(town), Vicinity.of(city)));
    // nor is a town of the province with a name of its own
    Event.Location other = new Event.Location("Podolsk", "Podolsk", 55.43, 37.54, "RU", "Moscow",
        "city", null);
    assertFalse(Vicinity.sameNamed(Vicinity.of(province), Vicinity.of(other)));
  }

  @Test
  void provinceNamesAreComparedAsKeys() {
    assertEquals(Vicinity.key("Rif Dimashq"), Vicinity.key("Rif-dimashq"));
    assertEquals(Vicinity.key("Idlib"), Vicinity.key("Idlib Governorate"));
    assertEquals(Vicinity.key("Ma'rib"), Vicinity.key("Ma’rib"));
    assertNotEquals(Vicinity.key("Aleppo"), Vicinity.key("Idlib"));
  }

  private static Event add(StoryLinker linker, String id, String category, String text) {
    Document d = Docs.dated(id, new Published("2017-08-27", "day", "page", "2017-08-27"), text);
    List<Mention> ms = new MentionFinder(K).find(d).mentions();
    List<Event> ev = new EventCoder(K).code(d, ms,
        DateResolver.Anchor.published(LocalDate.parse("2017-08-27")));
    linker.add(d, ms, ev);
    return ev.stream().filter(e -> e.event().get(0).equals(category)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + category + " coded in: " + ev));
  }

  private static String mergedOf(StoryLinker linker, Event e) {
    return linker.linkedEvents().stream().filter(x -> x.id().equals(e.id())).findFirst()
        .orElseThrow().sameAs();
  }

  @Test
  void oneAttackToldAtATownAndAtTheCityNearItIsOneEvent() {
    StoryLinker linker = new StoryLinker(K);
    Event a = add(linker, "a", "ASSAULT", "Iraqi forces attacked Islamic State fighters in"
        + " Tal Afar on Saturday, the army said in Baghdad.");
    Event b = add(linker, "b", "ASSAULT", "Iraqi forces attacked Islamic State fighters near"
        + " Mosul on Saturday, officers said.");
    assertEquals("Tall 'Afar", a.eventLoc().name());
    assertEquals("Mosul", b.eventLoc().name());
    assertEquals(mergedOf(linker, a), mergedOf(linker, b));
  }
}
