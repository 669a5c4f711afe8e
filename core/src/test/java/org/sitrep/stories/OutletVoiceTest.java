package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.events.EventCoder;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.mentions.MentionFinder;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.testing.Docs;
import org.sitrep.time.DateResolver;

/**
 * A denial a wire agency is read as making ("AFP denied the reports") and the same denial told
 * by the side that made it on another page are one act at one place: an independent outlet
 * relays, it is no rival doer beside a named group (RivalDoersTest keeps two factions' acts
 * apart). A side's own channel speaks for that side: its word stays apart from a rival's.
 */
class OutletVoiceTest {
  static final Knowledge K = Knowledge.defaults();

  private static List<Event> add(StoryLinker linker, String id, String text) {
    Document d = Docs.dated(id, new Published("2019-10-13", "day", "page", "2019-10-13"), text);
    List<Mention> ms = new MentionFinder(K).find(d).mentions();
    List<Event> ev = new EventCoder(K).code(d, ms,
        DateResolver.Anchor.published(LocalDate.parse("2019-10-13")));
    linker.add(d, ms, ev);
    return ev;
  }

  private static Event first(List<Event> events, String category) {
    return events.stream().filter(e -> e.event().get(0).equals(category)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + category + " coded in: " + events));
  }

  private static Event linked(StoryLinker linker, Event e) {
    return linker.linkedEvents().stream().filter(x -> x.id().equals(e.id())).findFirst()
        .orElseThrow();
  }

  @Test
  void aDenialReadAsAnAgencysIsTheDenialTheSideMade() {
    StoryLinker linker = new StoryLinker(K);
    List<Event> a = add(linker, "a", "The Syrian Democratic Forces denied on Saturday that"
        + " Tal Abyad, north of Raqqa, had fallen.");
    List<Event> b = add(linker, "b", "AFP denied on Saturday that Tal Abyad, north of Raqqa,"
        + " had fallen, citing Kurdish commanders.");
    Event side = first(a, "REJECT");
    Event agency = first(b, "REJECT");
    assertEquals(List.of("afp"), agency.actor().stream().map(Event.Entity::identifierId).toList());
    assertEquals(linked(linker, side).storyId(), linked(linker, agency).storyId());
    assertEquals(linked(linker, side).sameAs(), linked(linker, agency).sameAs());
  }

  @Test
  void aSidesOwnChannelIsStillARivalDoer() {
    StoryLinker linker = new StoryLinker(K);
    List<Event> a = add(linker, "a", "Al-Manar denied on Saturday that Tal Abyad, north of"
        + " Raqqa, had fallen.");
    List<Event> b = add(linker, "b", "The Syrian Democratic Forces denied on Saturday that"
        + " Tal Abyad, north of Raqqa, had fallen.");
    Event channel = first(a, "REJECT");
    Event side = first(b, "REJECT");
    assertEquals(List.of("al-manar"), channel.actor().stream().map(Event.Entity::identifierId)
        .toList());
    assertEquals(linked(linker, side).storyId(), linked(linker, channel).storyId());
    assertNotEquals(linked(linker, side).sameAs(), linked(linker, channel).sameAs());
  }
}
