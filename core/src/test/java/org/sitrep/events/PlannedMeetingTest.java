package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.EventCoderTest.any;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * A meeting planned is an agreement to meet (s55; sentences of our own): CODING.md puts "future
 * meetings" under AGREE, and PLOVER codes an intent to meet AGREE; the event stays a meeting as
 * well, the category the page golds give it. The first fails on the code of the session's start
 * (f1af06ef); the second holds what the rule must not do: a meeting held is no agreement.
 */
class PlannedMeetingTest {
  @Test
  void aMeetingPlannedIsAnAgreementToMeet() {
    List<Event> ev = EventCoderTest.code("2024-03-12", "The foreign ministers of the two"
        + " countries will meet in Oslo next month.");
    assertTrue(ev.stream().anyMatch(e -> e.event().equals(List.of("AGREE", "CONSULT"))),
        ev.toString());
  }

  @Test
  void aMeetingHeldIsNoAgreement() {
    List<Event> ev = EventCoderTest.code("2024-03-12", "The foreign ministers of the two"
        + " countries met in Oslo on Monday.");
    assertTrue(any(ev, "CONSULT"), ev.toString());
    assertFalse(any(ev, "AGREE"), ev.toString());
  }
}
