package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sitrep.events.EventCoderTest.code;
import static org.sitrep.events.EventCoderTest.first;
import static org.sitrep.events.EventCoderTest.ids;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Recipients and destinations on sentences of the genre, written for these tests: whom a deed is
 * aimed at when the page names it elsewhere, in a passive, behind a possessive or a preposition,
 * and where a forced movement goes.
 */
class RecipientsTest {
  @Test
  void forcesOfOneCountryFightTheGroupThePageTargets() {
    List<Event> ev = code("2018-06-16", "The Saudi-led coalition bombed Houthi positions east of"
        + " the port on Friday.", "On Saturday Yemeni government forces captured the airport.");
    Event e = first(ev, "COERCE").orElseThrow();
    assertEquals(List.of("houthis"), ids(e.recipient()));
  }

  @Test
  void aForeignDoerIsNoCommonFoe() {
    // rebels shelled Russian troops; the Syrian regime, Russia's ally, is not set against Russia
    List<Event> ev = code("2018-07-06", "Rebels shelled Russian troops near Daraa on Friday.",
        "On Saturday the Syrian regime captured the town.");
    Event e = first(ev, "COERCE").orElseThrow();
    assertFalse(ids(e.recipient()).stream().anyMatch(id -> id.startsWith("russia")),
        e.recipient().toString());
  }
}
