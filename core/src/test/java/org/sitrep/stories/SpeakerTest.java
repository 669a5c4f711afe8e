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
 * A statement a named official makes on a day is one act wherever outlets place it: the capital
 * the speaker is in, or the front the words are about (statements.tsv, StoryLinker.sameSpeaker).
 */
class SpeakerTest {
  static final Knowledge K = Knowledge.defaults();
  static final LocalDate DAY = LocalDate.parse("2021-02-15");

  private static Event add(StoryLinker linker, String id, String category, String... text) {
    Document d = Docs.dated(id, new Published("2021-02-15", "day", "page", "2021-02-15"), text);
    List<Mention> ms = new MentionFinder(K).find(d).mentions();
    List<Event> ev = new EventCoder(K).code(d, ms, DateResolver.Anchor.published(DAY));
    linker.add(d, ms, ev);
    return ev.stream().filter(e -> e.event().get(0).equals(category)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + category + " coded in: " + ev));
  }

  private static String mergedOf(StoryLinker linker, Event e) {
    return linker.linkedEvents().stream().filter(x -> x.id().equals(e.id())).findFirst()
        .orElseThrow().sameAs();
  }

  @Test
  void aCallOfOneOfficialOnOneDayIsOneActWhereverPlaced() {
    StoryLinker linker = new StoryLinker(K);
    Event a = add(linker, "a", "REQUEST", "Houthi leader Mahdi al-Mashat on Sunday called on"
        + " government fighters to lay down their arms, in a speech broadcast from Sanaa.");
    Event b = add(linker, "b", "REQUEST", "Fighting raged around Marib on Sunday.",
        "In Marib, Mahdi al-Mashat on Sunday called on government fighters to lay down their"
        + " arms.");
    assertNotEquals(null, a.eventLoc());
    assertEquals(mergedOf(linker, a), mergedOf(linker, b), a + "\n" + b);
  }

  @Test
  void callsOfOneOfficialOnTwoDaysInTwoPlacesAreTwoActs() {
    StoryLinker linker = new StoryLinker(K);
    Event a = add(linker, "a", "REQUEST", "Houthi leader Mahdi al-Mashat on Sunday called on"
        + " government fighters to lay down their arms, in a speech broadcast from Sanaa.");
    Event b = add(linker, "b", "REQUEST", "Fighting raged around Marib on Thursday.",
        "In Marib, Mahdi al-Mashat on Thursday called on government fighters to lay down their"
        + " arms.");
    assertNotEquals(mergedOf(linker, a), mergedOf(linker, b), a + "\n" + b);
  }
}
