package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.EventCoderTest.code;
import static org.sitrep.events.EventCoderTest.first;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.mentions.MentionFinderAccess;
import org.sitrep.model.Event;

/**
 * A kind of body or people written after a name with a possessive ending ("Egypt's interior
 * ministry", "Kenya's police") belongs to that name, as "Egyptian police" does: the actor is the
 * named one's body, not a bare kind any country could own. Sentences of our own wording.
 */
class PossessiveBodiesTest {
  private static String actorText(Event e) {
    return e.actor().stream()
        .map(a -> a.entityText() + "|" + a.identifierId()).toList().toString();
  }

  @Test
  void aCountrysMinistryIsThatCountrysBody() {
    List<Event> ev = code("2021-03-02", "Egypt's interior ministry denied on Monday that its"
        + " officers had detained the journalists in Cairo.");
    Event e = first(ev, "REJECT").orElseThrow();
    String actors = actorText(e);
    // the body's own words, the named country's identity (the name keeps its own mention, a
    // place as well as the state)
    assertTrue(actors.contains("interior ministry|egypt"), ev.toString());
    assertFalse(actors.contains("agent:"), ev.toString());
  }

  @Test
  void thePossessiveEndingAloneJoinsNameAndKind() {
    String t = "Kenya's police and Burundis' soldiers; Kenya police; Kenya, police";
    assertTrue(MentionFinderAccess.possessive(t, 5, 8), "'s ");
    assertTrue(MentionFinderAccess.possessive(t, 27, 29), "s' ");
    assertFalse(MentionFinderAccess.possessive(t, 44, 45), "a space alone is no possessive");
    assertFalse(MentionFinderAccess.possessive(t, 58, 60), "a comma and a space");
  }
}
