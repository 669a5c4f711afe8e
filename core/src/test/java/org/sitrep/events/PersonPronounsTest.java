package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.EventCoderTest.code;
import static org.sitrep.events.EventCoderTest.first;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * "He" and "She" stand for the official named last before them (within a paragraph or so): the
 * deed a spokesman's next sentence tells is his. Sentences of our own wording.
 */
class PersonPronounsTest {
  private static String actorIds(Event e) {
    return e.actor().stream().map(Event.Entity::identifierId).toList().toString();
  }

  @Test
  void heIsTheOfficialNamedBefore() {
    List<Event> ev = code("2019-10-16", "Turkey's foreign minister Mevlut Cavusoglu spoke to"
        + " reporters in Ankara on Tuesday about the operation.",
        "He accused the Kurdish militia of firing rockets at border towns.");
    Event e = first(ev, "ACCUSE").orElseThrow();
    assertTrue(actorIds(e).contains("mevlut-cavusoglu"), ev.toString());
  }

  @Test
  void sheIsTheOfficialNamedBeforeAndNoGroupIsHe() {
    List<Event> ev = code("2018-04-10", "US ambassador to the UN Nikki Haley met the envoys"
        + " in New York on Monday.", "She urged the warring parties to open the road to the"
        + " besieged town.");
    Event e = first(ev, "REQUEST").orElseThrow();
    assertTrue(actorIds(e).contains("nikki-haley"), ev.toString());
    // with no person named before, "He" stands for no one: the militants are not "he"
    List<Event> none = code("2019-10-16", "Militants attacked a checkpoint near the town on"
        + " Tuesday.", "He urged the army to send reinforcements.");
    first(none, "REQUEST").ifPresent(r -> assertEquals("[]", actorIds(r), none.toString()));
  }
}
