package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.events.EventCoderTest.code;
import static org.sitrep.events.EventCoderTest.first;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * A force named with its units ("Syrian army units", "Turkish troops") and another force after
 * "and" are both the deed's actors; a word that is no unit between them ends the subject.
 * Sentences of our own wording.
 */
class UnitTailConjunctsTest {
  private static List<String> actors(Event e) {
    return e.actor().stream().map(Event.Entity::identifierId).toList();
  }

  @Test
  void aForcesUnitsAndItsAllyBothAct() {
    List<Event> ev = code("2018-07-07", "Syrian army units and allied forces took control of the"
        + " border crossing with Jordan late on Friday.");
    Event e = first(ev, "COERCE").or(() -> first(ev, "ASSAULT")).orElseThrow();
    assertEquals(List.of("syrian-arab-army", "agent:joint-forces"), actors(e), ev.toString());
  }

  @Test
  void aWordThatIsNoUnitEndsTheSubject() {
    // the officials speak and the forces act: "said" between them ends the subject
    List<Event> ev = code("2018-07-07", "Syrian army officials said allied forces took control"
        + " of the border crossing late on Friday.");
    Event e = first(ev, "COERCE").or(() -> first(ev, "ASSAULT")).orElseThrow();
    assertEquals(List.of("agent:joint-forces"), actors(e), ev.toString());
  }
}
