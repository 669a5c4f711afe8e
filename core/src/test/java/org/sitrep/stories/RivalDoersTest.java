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
 * Who did it, as rival outlets tell one attack: a merged event whose reports span more than
 * its window (a page without a date, its day guessed) is read stretch by stretch, so that a
 * side shelled days earlier still counts as the doer one outlet names against another's, and
 * the shelling is no rival account of the attack.
 */
class RivalDoersTest {
  static final Knowledge K = Knowledge.defaults();

  private static void add(StoryLinker linker, String id, String published, String text) {
    Document d = published == null ? Docs.dated(id, Published.NONE, text)
        : Docs.dated(id, new Published(published, "day", "page", published), text);
    List<Mention> ms = new MentionFinder(K).find(d).mentions();
    LocalDate anchor = LocalDate.parse(published == null ? "2016-12-18" : published);
    List<Event> ev = new EventCoder(K).code(d, ms, DateResolver.Anchor.published(anchor));
    linker.add(d, ms, ev, published == null ? anchor : null);
  }

  @Test
  void aDoerTargetedDaysEarlierStillCountsAsARivalAccount() {
    StoryLinker linker = new StoryLinker(K);
    add(linker, "a", "2016-12-18", "State media said armed terrorists attacked the buses near"
        + " Atarib on Sunday. The buses were to carry people from Foua and Kefraya in Idlib"
        + " province to Aleppo.");
    add(linker, "b", "2016-12-18", "Al Mayadeen television said the Nusra Front attacked the"
        + " buses near Atarib on Sunday. The buses were to carry people from Foua and Kefraya in"
        + " Idlib province to Aleppo.");
    add(linker, "c", null, "Government forces shelled the rebels near Atarib on Tuesday,"
        + " residents said. Buses are to carry people from Foua and Kefraya in Idlib province"
        + " to Aleppo.");
    // the buses' attackers as the two outlets tell them; the shelling of the rebels days
    // earlier is another deed, no rival account of the attack
    List<Story.Contradiction> actor = linker.stories().stream()
        .flatMap(s -> s.contradictions().stream()).filter(c -> c.field().equals("actor"))
        .toList();
    assertEquals(1, actor.size(), () -> linker.stories().toString());
    assertEquals(List.of("a-e1", "b-e1"), actor.get(0).eventIds());
  }

  @Test
  void aTollOfDaysEarlierIsNoRivalCount() {
    StoryLinker linker = new StoryLinker(K);
    add(linker, "a", "2016-12-18", "Five people were killed when gunmen attacked the buses near"
        + " Atarib on Sunday, state media said. The buses were to carry people from Foua and"
        + " Kefraya in Idlib province to Aleppo.");
    add(linker, "b", "2016-12-18", "Al Mayadeen television said three people were killed when"
        + " gunmen attacked the buses near Atarib on Sunday. The buses were to carry people from"
        + " Foua and Kefraya in Idlib province to Aleppo.");
    add(linker, "c", null, "Government forces shelled the rebels near Atarib on Tuesday,"
        + " killing twelve, residents said. Buses are to carry people from Foua and Kefraya in Idlib province"
        + " to Aleppo.");
    List<Story.Contradiction> tolls = linker.stories().stream()
        .flatMap(s -> s.contradictions().stream()).filter(c -> c.field().equals("size.dead"))
        .toList();
    assertEquals(1, tolls.size(), () -> linker.stories().toString());
    assertEquals(List.of("a-e1", "b-e1"), tolls.get(0).eventIds());
  }
}
