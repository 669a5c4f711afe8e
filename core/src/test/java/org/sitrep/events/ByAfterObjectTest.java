package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.events.EventCoderTest.code;
import static org.sitrep.events.EventCoderTest.first;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * After an active verb and its object, "by" names whose the object is ("rejected claims by the
 * group"), not who did the deed; right after a verb it names the doer ("abducted by the
 * militants"). Sentences of our own wording.
 */
class ByAfterObjectTest {
  private static List<String> actors(Event e) {
    return e.actor().stream().map(Event.Entity::identifierId).toList();
  }

  @Test
  void byAfterTheObjectIsNotTheDoer() {
    List<Event> ev = code("2019-10-20", "Moscow rejected accusations by the rebels' backers that"
        + " its jets had bombed a hospital.");
    Event e = first(ev, "REJECT").orElseThrow();
    assertEquals(List.of("russia"), actors(e), ev.toString());
  }

  @Test
  void byRightAfterTheVerbIsTheDoer() {
    List<Event> ev = code("2019-10-20", "Residents said that the bodies of villagers abducted by"
        + " the militants years ago had been found in a mass grave.");
    Event e = first(ev, "ASSAULT").or(() -> first(ev, "COERCE")).orElseThrow(
        () -> new AssertionError(ev.toString()));
    assertEquals(List.of("unnamed:militants"), actors(e), ev.toString());
  }

  @Test
  void byAfterComingUnderAttackIsTheAttacker() {
    List<Event> ev = code("2020-02-11", "A Turkish convoy came under attack by Syrian government"
        + " forces near the town on Tuesday.");
    Event e = first(ev, "ASSAULT").orElseThrow(() -> new AssertionError(ev.toString()));
    assertEquals(List.of("syrian-arab-army"), actors(e), ev.toString());
  }
}
