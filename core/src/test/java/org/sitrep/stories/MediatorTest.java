package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A deal told by the sides that made it on one page and by the UN official who announced it
 * on another is one deal: a mediator speaks for no side, so his name is no rival's beside the
 * sides' (RivalDoersTest and StoryLinkerTest keep two factions' acts at one place apart).
 */
class MediatorTest {
  static final Knowledge K = Knowledge.defaults();

  private static Event add(StoryLinker linker, String id, String text) {
    Document d = Docs.dated(id, new Published("2018-12-14", "day", "page", "2018-12-14"), text);
    List<Mention> ms = new MentionFinder(K).find(d).mentions();
    List<Event> ev = new EventCoder(K).code(d, ms,
        DateResolver.Anchor.published(LocalDate.parse("2018-12-14")));
    linker.add(d, ms, ev);
    return ev.stream().filter(e -> e.event().get(0).equals("AGREE")).findFirst()
        .orElseThrow(() -> new AssertionError("no AGREE coded in: " + ev));
  }

  private static String mergedOf(StoryLinker linker, Event e) {
    return linker.linkedEvents().stream().filter(x -> x.id().equals(e.id())).findFirst()
        .orElseThrow().sameAs();
  }

  private static String storyOf(StoryLinker linker, Event e) {
    return linker.linkedEvents().stream().filter(x -> x.id().equals(e.id())).findFirst()
        .orElseThrow().storyId();
  }

  @Test
  void aDealAnnouncedByTheUnChiefIsTheDealTheSidesMade() {
    StoryLinker linker = new StoryLinker(K);
    Event sides = add(linker, "a", "The Houthis agreed to a ceasefire in Hodeidah on Thursday,"
        + " officials in Sanaa said.");
    Event un = add(linker, "b", "UN chief Antonio Guterres reached an agreement on a ceasefire"
        + " in Hodeidah on Thursday. The Houthis have held the port city since 2014; the"
        + " government sits in Aden and Sanaa is in Houthi hands.");
    assertEquals(List.of("antonio-guterres"), un.actor().stream()
        .map(Event.Entity::identifierId).toList());
    assertEquals(storyOf(linker, sides), storyOf(linker, un));
    assertEquals(mergedOf(linker, sides), mergedOf(linker, un));
  }
}
