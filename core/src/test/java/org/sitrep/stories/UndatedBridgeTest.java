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
 * A report that states no day fits any merged event's days: it joins the first it fits and
 * does not bridge two strikes told a week apart into one event.
 */
class UndatedBridgeTest {
  static final Knowledge K = Knowledge.defaults();

  private static List<Event> add(StoryLinker linker, String id, String published,
      String... paragraphs) {
    Document d = published == null ? Docs.dated(id, Published.NONE, paragraphs)
        : Docs.dated(id, new Published(published, "day", "page", published), paragraphs);
    List<Mention> ms = new MentionFinder(K).find(d).mentions();
    List<Event> ev = new EventCoder(K).code(d, ms, published == null ? DateResolver.Anchor.NONE
        : DateResolver.Anchor.published(LocalDate.parse(published)));
    linker.add(d, ms, ev);
    return ev;
  }

  @Test
  void anUndatedStrikeDoesNotChainStrikesAWeekApart() {
    StoryLinker linker = new StoryLinker(K);
    List<Event> a = add(linker, "a", "2016-12-14", "Syrian government warplanes bombed the"
        + " town of Atarib west of Aleppo on Wednesday, the Observatory said.");
    List<Event> b = add(linker, "b", "2016-12-21", "Syrian government warplanes bombed the"
        + " town of Atarib west of Aleppo on Wednesday, the Observatory said.");
    add(linker, "c", null, "Syrian government warplanes bombed the town of Atarib west of"
        + " Aleppo, residents said.");
    assertEquals(1, linker.stories().size());
    String ma = linker.stories().get(0).events().stream()
        .filter(m -> m.reports().contains(a.get(0).id())).findFirst().orElseThrow().id();
    String mb = linker.stories().get(0).events().stream()
        .filter(m -> m.reports().contains(b.get(0).id())).findFirst().orElseThrow().id();
    assertNotEquals(ma, mb);
  }
}
