package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.events.EventCoderTest.code;
import static org.sitrep.events.EventCoderTest.first;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/** Where a movement happens, on sentences of the genre written for this test. */
class MovementPlacesTest {
  @Test
  void whereReinforcementsSetOutIsNotWhereTheyArrive() {
    Event e = first(code("2020-06-07", "Army reinforcements from Sabha entered Sirte on Sunday."),
        "MOBILIZE").orElseThrow();
    assertEquals("Sirte", e.eventLoc().text());
  }

  @Test
  void whereFightersLeaveIsWhereTheyWithdraw() {
    Event e = first(code("2018-04-08", "The first buses carrying fighters left Douma on Sunday"
        + " evening."), "RETREAT").orElseThrow();
    assertEquals("Douma", e.eventLoc().text());
  }

  @Test
  void theTownsAMovementGoesToAreNotWhereItHappened() {
    // the second town of the list is a destination as much as the first, and the capital one
    // comes to terms with is a party: the page's own city is left
    Event e = first(code("2017-10-16", "Kurdish forces in Kirkuk held their lines for hours."
        + " Then most units pulled back towards Erbil and Sulaimaniya after their commanders"
        + " reached a deal with Baghdad, an official said."), "RETREAT").orElseThrow();
    assertEquals("Kirkuk", e.eventLoc().text());
    assertEquals("Erbil", e.destination().text());
  }

  @Test
  void whereALaterMovementGoesIsNotTheDeedsPlace() {
    Event e = first(code("2017-10-17", "Dozens of militants surrendered to the SDF in Raqqa on"
        + " Tuesday, while the rest left by bus for Mayadin."), "RETREAT").orElseThrow();
    assertEquals("Raqqa", e.eventLoc().text());
  }

  @Test
  void whereTheClauseSaysTheDeedHappenedStays() {
    Event e = first(code("2018-07-06", "Army units advanced towards Tafas, where heavy clashes"
        + " broke out on Friday."), "ASSAULT").orElseThrow();
    assertEquals("Tafas", e.eventLoc().text());
  }
}
