package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.sitrep.events.EventCoderTest.code;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Which place of its sentence an event takes: not a reference point ("southwest of X"), not
 * where the shots came from, not where a claimant spoke, and no first word of a longer name the
 * gazetteer lacks.
 */
class EventPlacesTest {
  private static Event with(List<Event> ev, String words) {
    return ev.stream().filter(e -> e.eventText().contains(words)).findFirst().orElseThrow();
  }

  private static String admin1(Event e) {
    return e.eventLoc() == null ? null : e.eventLoc().admin1();
  }

  @Test
  void aReferencePointIsNotTheDeedsPlace() {
    Event e = with(code("2017-12-29", "Militants in the town of Madaya, northwest of Damascus,"
        + " began leaving the area on Thursday under a deal with the government."), "leaving");
    assertEquals("Madaya", e.eventLoc().text());
  }

  @Test
  void nearAPlaceIsAtThatPlace() {
    Event e = with(code("2017-12-29", "Rebels shelled army positions near Saraqeb in Idlib on"
        + " Thursday."),
        "shelled");
    assertEquals("Saraqeb", e.eventLoc().text());
  }

  @Test
  void shellingTakesWhereItFellNotWhereItCameFrom() {
    Event e = with(code("2018-01-22", "Militants positioned in Eastern Ghouta fired mortar shells"
        + " at the Jaramana district today, wounding four civilians."), "fired");
    assertEquals("Jaramana", e.eventLoc().text());
  }

  @Test
  void whereTheMinisterSpokeIsNotWhereTheStrikeHit() {
    List<Event> ev = code("2013-03-19",
        "Rebels fired a rocket at the town of Saraqeb this morning, killing 25 people.",
        "The information minister told a press conference in Damascus that the rebels had"
            + " attacked the town with chemical weapons.");
    Event e = with(ev, "press conference");
    assertNotEquals("Damascus", e.eventLoc() == null ? null : e.eventLoc().text());
  }

  @Test
  void theFirstWordOfAnUnknownVillageIsNoPlace() {
    List<Event> ev = code("2013-03-19", "Rebels fired a rocket at Khan al-Assal in the Aleppo"
        + " countryside this morning, killing 25 people.");
    assertEquals("Aleppo", admin1(with(ev, "fired")));
  }

  @Test
  void aCityAndItsQuarterStayTheCity() {
    Event e = with(code("2017-06-15", "Army units shelled rebel positions in Daraa al-Balad on"
        + " Wednesday."), "shelled");
    assertEquals("Daraa", admin1(e));
  }

  @Test
  void aPlaceTakenInAPassiveIsTheDeedsPlace() {
    // the subject of "has been taken" names the town seized; the region after it is wider
    Event e = with(code("2019-10-12", "\"Ras al-Ain's residential centre has been taken under"
        + " control in the east of the Euphrates,\" the Turkish Defence Ministry said."),
        "taken under control");
    assertEquals("Ras al-Ain", e.eventLoc().text());
  }
  @Test
  void aRiverIsNoDeedsPlace() {
    // the river opens an outlet's name here; the town is where the forces went
    Event e = with(code("2019-10-14", "Regime forces deployed west of Manbij on Saturday,"
        + " residents told Euphrates Post."), "deployed");
    assertEquals("Manbij", e.eventLoc().name(), e.toString());
    // a boat on the river is attacked near a town: the town is the place
    Event b = with(code("2018-11-05", "Islamic State militants attacked an SDF boat on the"
        + " Euphrates near the town of Hajin on Monday."), "attacked");
    assertEquals("Hajin", b.eventLoc().name(), b.toString());
  }
}
