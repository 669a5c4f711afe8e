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
 * Forces of two sides moving at one town within the days of a movement are two movements: a
 * Turkish column reaching the town and Syrian army units entering it two days later are not
 * one deployment, while a second report of the Turkish column is.
 */
class MoversTest {
  static final Knowledge K = Knowledge.defaults();

  private static Event add(StoryLinker linker, String id, String day, String text) {
    Document d = Docs.dated(id, new Published(day, "day", "page", day), text);
    List<Mention> ms = new MentionFinder(K).find(d).mentions();
    List<Event> ev = new EventCoder(K).code(d, ms,
        DateResolver.Anchor.published(LocalDate.parse(day)));
    linker.add(d, ms, ev);
    return ev.stream().filter(e -> e.event().get(0).equals("MOBILIZE")).findFirst()
        .orElseThrow(() -> new AssertionError("no MOBILIZE coded in: " + ev));
  }

  private static Event linked(StoryLinker linker, Event e) {
    return linker.linkedEvents().stream().filter(x -> x.id().equals(e.id())).findFirst()
        .orElseThrow();
  }

  @Test
  void twoSidesMovingIntoOneTownAreTwoMovements() {
    StoryLinker linker = new StoryLinker(K);
    Event turks = add(linker, "a", "2019-08-19", "Turkish troops deployed in Khan Shaykhun on"
        + " Monday, near Maarat al-Numan.");
    Event again = add(linker, "b", "2019-08-19", "A Turkish military convoy entered Khan Shaykhun"
        + " on Monday, north of Maarat al-Numan, local sources said.");
    Event army = add(linker, "c", "2019-08-21", "Syrian army units entered Khan Shaykhun on"
        + " Wednesday, near Maarat al-Numan.");
    assertEquals(linked(linker, turks).storyId(), linked(linker, army).storyId());
    assertEquals(linked(linker, turks).sameAs(), linked(linker, again).sameAs());
    assertNotEquals(linked(linker, turks).sameAs(), linked(linker, army).sameAs());
  }
}
