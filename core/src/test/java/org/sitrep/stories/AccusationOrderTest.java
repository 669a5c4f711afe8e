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

/** A page that accuses before it tells: the accusation joins the deed the page tells after. */
class AccusationOrderTest {
  static final Knowledge K = Knowledge.defaults();
  static final LocalDate DAY = LocalDate.parse("2016-12-16");

  @Test
  void anAccusationToldFirstJoinsTheDeedToldAfter() {
    Document d = Docs.dated("a", new Published("2016-12-16", "day", "page", "2016-12-16"),
        "Opposition leaders in eastern Aleppo accused Hezbollah of killing evacuees.",
        "Hezbollah fighters killed three men in eastern Aleppo on Friday, witnesses said.");
    List<Mention> ms = new MentionFinder(K).find(d).mentions();
    List<Event> ev = new EventCoder(K).code(d, ms, DateResolver.Anchor.published(DAY));
    Event accuse = ev.stream().filter(e -> e.event().get(0).equals("ACCUSE")).findFirst()
        .orElseThrow(() -> new AssertionError("no accusation coded: " + ev));
    Event deed = ev.stream().filter(e -> e.event().get(0).equals("ASSAULT")
        && e.textInfo().start() > accuse.textInfo().start()).findFirst()
        .orElseThrow(() -> new AssertionError("no killing coded after it: " + ev));
    StoryLinker linker = new StoryLinker(K);
    linker.add(d, ms, ev);
    List<Event> linked = linker.linkedEvents();
    // the events keep their order, whatever order they were grouped in
    assertEquals(ev.stream().map(Event::id).toList(), linked.stream().map(Event::id).toList());
    assertEquals(sameAs(linked, deed), sameAs(linked, accuse), linked::toString);
  }

  private static String sameAs(List<Event> linked, Event e) {
    return linked.stream().filter(x -> x.id().equals(e.id())).findFirst().orElseThrow()
        .sameAs();
  }
}
