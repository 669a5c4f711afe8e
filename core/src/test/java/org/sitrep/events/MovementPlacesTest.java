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
}
