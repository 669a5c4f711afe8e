package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * A deed the page told before, named again as the object of a reaction ("Oman condemned the
 * strikes"), is the reaction's object, not the deed told again (s54; sentences of our own;
 * CODING.md: several sentences may describe one event, code it once). The first fails on the
 * code of the session's start (2f86722f); the others hold what the rule must not do: the
 * condemnation keeps the deed's doers as its recipient, and a deed first named in a reaction
 * is still a deed.
 */
class ReactionObjectsTest {
  private static long count(List<Event> ev, String category) {
    return ev.stream().filter(e -> e.event().contains(category)).count();
  }

  private static final String STRIKE = "Houthi drones struck an oil depot in Jizan on Monday,"
      + " killing two workers, the Saudi-led coalition said.";

  @Test
  void aCondemnationOfTheStrikeToldBeforeIsNoSecondStrike() {
    List<Event> ev = EventCoderTest.code("2024-03-12", STRIKE,
        "Oman, which mediates between the two sides, condemned the attack.");
    assertEquals(1, count(ev, "ASSAULT"), ev.toString());
  }

  @Test
  void theCondemnationIsAimedAtTheStrikesDoers() {
    List<Event> ev = EventCoderTest.code("2024-03-12", STRIKE,
        "Oman, which mediates between the two sides, condemned the attack.");
    Event accuse = EventCoderTest.first(ev, "ACCUSE").orElseThrow();
    assertTrue(EventCoderTest.ids(accuse.recipient()).contains("houthis"), ev.toString());
  }

  @Test
  void aDeedFirstNamedInAReactionIsStillADeed() {
    List<Event> ev = EventCoderTest.code("2024-03-12",
        "Oman condemned the attack on the oil depot in Jizan, which killed two workers.");
    assertTrue(count(ev, "ASSAULT") >= 1, ev.toString());
  }
}
