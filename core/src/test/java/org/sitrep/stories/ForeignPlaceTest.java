package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * A place the gazetteer found abroad, in a country neither the story nor the event's parties
 * belong to, is not trusted; and a report without a place does not stretch an event's place.
 */
class ForeignPlaceTest {
  static final Knowledge K = Knowledge.defaults();
  static final String TEXT = "The Yemeni army attacked Houthi fighters in Marib on Sunday.";
  static final Event.Location ABROAD = new Event.Location("Kayseri", "al-Kassara", 38.73,
      35.48, "TR", "Kayseri", "city", null);
  static final Event.Location ADEN = new Event.Location("Aden", "Aden", 12.78, 45.04, "YE",
      "Aden", "city", null);

  private static Event.Location none() {
    return null;
  }

  /* Codes TEXT on a page of its own and adds it with its attack placed at {@code loc}. */
  private static Event add(StoryLinker linker, String id, Event.Location loc, boolean keep) {
    Document d = Docs.dated(id, new Published("2021-02-14", "day", "page", "2021-02-14"), TEXT);
    List<Mention> ms = new MentionFinder(K).find(d).mentions();
    List<Event> ev = new ArrayList<>(new EventCoder(K).code(d, ms,
        DateResolver.Anchor.published(LocalDate.parse("2021-02-14"))));
    int at = -1;
    for (int i = 0; i < ev.size(); i++) {
      if (ev.get(i).event().get(0).equals("ASSAULT")) {
        at = i;
        Event e = ev.get(i);
        ev.set(i, keep ? e : new Event(e.id(), e.docId(), e.event(), e.mode(), e.context(),
            e.date(), e.enddate(), e.dateInfo(), e.actor(), e.recipient(), loc, e.destination(),
            e.size(), e.claim(), e.eventText(), e.textInfo(), e.citeInfo(), e.confidence(),
            e.topic(), e.storyId(), e.sameAs()));
      }
    }
    if (at < 0) {
      throw new AssertionError("no ASSAULT coded in: " + ev);
    }
    linker.add(d, ms, ev);
    return ev.get(at);
  }

  private static String mergedOf(StoryLinker linker, Event e) {
    return linker.linkedEvents().stream().filter(x -> x.id().equals(e.id())).findFirst()
        .orElseThrow().sameAs();
  }

  @Test
  void aPlaceAbroadThatNoPartyBelongsToIsNotTrusted() {
    StoryLinker linker = new StoryLinker(K);
    Event a = add(linker, "a", null, true);
    assertEquals("YE", a.eventLoc().countryCode());
    Event b = add(linker, "b", ABROAD, false);
    assertEquals(mergedOf(linker, a), mergedOf(linker, b));
    // the merged event keeps the trusted place
    Event merged = linker.linkedEvents().stream().filter(x -> x.id().equals(b.id()))
        .findFirst().orElseThrow();
    assertEquals("TR", merged.eventLoc().countryCode()); // the event itself is not changed
  }

  @Test
  void aDoubtedPlaceNamesTheMergedEventOnlyWhenNoOtherDoes() {
    StoryLinker linker = new StoryLinker(K);
    add(linker, "a", null, true);
    Event b = add(linker, "b", ABROAD, false);
    Event c = add(linker, "c", ABROAD, false);
    assertEquals(mergedOf(linker, b), mergedOf(linker, c));
    Story.Merged m = linker.stories().stream().flatMap(s -> s.events().stream())
        .filter(x -> x.id().equals(mergedOf(linker, b))).findFirst().orElseThrow();
    assertEquals("Ma'rib", m.eventLoc().get("name"));
    // a story whose first place is abroad: nothing to doubt it against
    StoryLinker other = new StoryLinker(K);
    Event d = add(other, "d", ABROAD, false);
    Story.Merged n = other.stories().get(0).events().stream()
        .filter(x -> x.id().equals(mergedOf(other, d))).findFirst().orElseThrow();
    assertEquals("Kayseri", n.eventLoc().get("name"));
  }

  @Test
  void foreignNeedsAStoryPlaceAndNoPartyOfThatCountry() {
    Event yemeni = add(new StoryLinker(K), "a", null, true);
    assertTrue(Vicinity.foreign("TR", Set.of("YE"), yemeni));
    assertFalse(Vicinity.foreign("TR", Set.of(), yemeni)); // a story's first place
    assertFalse(Vicinity.foreign("TR", Set.of("YE", "TR"), yemeni));
    assertFalse(Vicinity.foreign("YE", Set.of("SA"), yemeni)); // the army's own country
  }

  @Test
  void aReportWithoutAPlaceDoesNotStretchTheEventsPlace() {
    StoryLinker linker = new StoryLinker(K);
    Event a = add(linker, "a", none(), false);
    Event b = add(linker, "b", null, true);
    Event c = add(linker, "c", ADEN, false);
    assertEquals(mergedOf(linker, a), mergedOf(linker, b));
    assertNotEquals(mergedOf(linker, b), mergedOf(linker, c));
  }
}
