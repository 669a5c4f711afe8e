package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Doers the clause names away from the trigger (s41, sentences of our own): a deed in a time
 * adjunct that names no doer is done by the clause's subject ("retook the town after killing
 * dozens of insurgents", "بعد القضاء على آخر تجمعات المسلحين"); a capital acts past a relative
 * clause set off by commas ("Ankara, which calls the group terrorist, condemned"); an alias the
 * page gives an actor ("known as Radaa") is that actor where it stands alone; freeing a place from
 * an armed group is taking it from that group; a threat or a demand with no addressee named is
 * addressed to the side the page sets against the speaker. Each fails on the code of the
 * session's start (d3cfdc1a) but the guards.
 */
class AdjunctAndAsideSubjectsTest {
  private static List<Event> code(String... paragraphs) {
    return EventCoderTest.code("2024-03-11", paragraphs);
  }

  private static Event first(List<Event> ev, String category) {
    return EventCoderTest.first(ev, category).orElseThrow(() -> new AssertionError(ev));
  }

  @Test
  void aDeedInATimeAdjunctIsTheSubjects() {
    List<Event> ev = code("Iraqi troops retook the village after killing dozens of militants.");
    Event killing = ev.stream().filter(e -> e.textInfo().trigger().equals("killing"))
        .findFirst().orElseThrow(() -> new AssertionError(ev));
    assertEquals(List.of("iraqi-army"), EventCoderTest.ids(killing.actor()), ev::toString);
    Event ar = first(code("أعادت وحدات من الجيش العربي السوري الأمن إلى المعبر بعد القضاء على "
        + "آخر تجمعات المسلحين في المنطقة."), "ASSAULT");
    assertEquals(List.of("syrian-arab-army"), EventCoderTest.ids(ar.actor()), ar::toString);
  }

  @Test
  void aDoerNamedInTheAdjunctKeepsIt() {
    List<Event> ev = code("Two soldiers were killed after shelling by the rebels hit their post.");
    Event shelling = ev.stream().filter(e -> e.textInfo().trigger().equals("shelling"))
        .findFirst().orElseThrow(() -> new AssertionError(ev));
    assertEquals(List.of("unnamed:rebels"), EventCoderTest.ids(shelling.actor()));
  }

  @Test
  void aCapitalActsPastARelativeClause() {
    Event condemned = first(code("Damascus, which calls the Turkish operation an invasion, "
        + "condemned the occupation of the town."), "ACCUSE");
    assertEquals(List.of("syrian-government"), EventCoderTest.ids(condemned.actor()),
        condemned::toString);
    // a capital a relative clause follows is still a place where it is one
    for (Event e : code("Residents fled to Damascus, which lies 40 km away, on Sunday.")) {
      assertTrue(EventCoderTest.ids(e.actor()).stream().noneMatch(id -> id.startsWith("syria")),
          e::toString);
    }
  }

  @Test
  void freeingAPlaceFromAnArmedGroupIsASeizureFromIt() {
    List<Event> ev = code("Government forces freed the airport from the Houthi militias on "
        + "Saturday.");
    Event seized = first(ev, "COERCE");
    assertEquals(List.of("houthis"), EventCoderTest.ids(seized.recipient()), seized::toString);
    // freeing captives stays a release
    assertTrue(EventCoderTest.first(code("The militia freed the hostages from captivity on "
        + "Sunday."), "RETREAT").isPresent());
  }

  @Test
  void aThreatOrADemandIsAddressedToTheSpeakersFoe() {
    List<Event> ev = code("Turkish forces shelled YPG positions near the town on Sunday.",
        "Turkey warned that it would respond to any attack.",
        "Turkey insisted on an immediate ceasefire.");
    assertEquals(List.of("ypg"), EventCoderTest.ids(first(ev, "THREATEN").recipient()),
        ev::toString);
    assertEquals(List.of("ypg"), EventCoderTest.ids(first(ev, "REQUEST").recipient()),
        ev::toString);
  }

  @Test
  void anAliasThePageGivesIsTheActor() {
    Event detained = first(code("The Special Deterrence Force, known as Radaa, holds the "
        + "airport.", "The commander was detained there on Monday by Radaa members, residents "
        + "said."), "COERCE");
    assertEquals(List.of("rada"), EventCoderTest.ids(detained.actor()), detained::toString);
  }
}
