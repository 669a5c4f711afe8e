package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.events.EventCoderTest.code;
import static org.sitrep.events.EventCoderTest.first;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/** Which day an event takes when a "since" phrase names when a state began. */
class SinceDatesTest {
  @Test
  void aStateHeldSinceAYearDoesNotDateTheDeedBeforeIt() {
    Event e = first(code("2018-03-18", "The fighters withdrew from the town they had held since"
        + " 2012."), "RETREAT").orElseThrow();
    assertEquals("2018-03-18", e.date());
  }

  @Test
  void aSincePhraseDoesNotMoveTheNarrativeBack() {
    List<Event> ev = code("2018-03-18", "Shelling had killed dozens of civilians since the"
        + " offensive began on January 20.", "The fighters looted shops in the town centre.");
    Event looting = ev.stream().filter(e -> e.eventText().contains("looted")).findFirst()
        .orElseThrow();
    assertEquals("2018-03-18", looting.date());
  }

  @Test
  void aSinceThatOpensTheClauseDatesItsOngoingDeed() {
    Event e = first(code("2018-04-09", "Since April 7, government forces have shelled the town."),
        "ASSAULT").orElseThrow();
    assertEquals("2018-04-07", e.date());
  }

  @Test
  void aDayInARelativeClauseDatesOnlyThatClause() {
    // "who declared victory … in July" is the clause's own day; the vow is the report's
    Event e = first(code("2017-08-27", "The prime minister, who declared victory over the"
        + " militants in the city on July 10, vowed to attack their last enclave soon."),
        "THREATEN").orElseThrow();
    assertEquals("2017-08-27", e.date());
  }
}
