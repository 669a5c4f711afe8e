package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
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
 * Denials against claims (Denials): the statement of a denial stands with the deed it denies;
 * a denial told without its deed contradicts the deeds told at its place and day; an
 * accusation contradicts the accused's denial of the deed.
 */
class DenialContradictionTest {
  static final Knowledge K = Knowledge.defaults();

  private static List<Event> add(StoryLinker linker, String id, String... paragraphs) {
    Document d = Docs.dated(id, new Published("2021-02-15", "day", "page", "2021-02-15"),
        paragraphs);
    List<Mention> ms = new MentionFinder(K).find(d).mentions();
    List<Event> ev = new EventCoder(K).code(d, ms,
        DateResolver.Anchor.published(LocalDate.parse("2021-02-15")));
    linker.add(d, ms, ev);
    return ev;
  }

  private static boolean any(StoryLinker linker, Predicate<Story.Contradiction> p) {
    return linker.stories().stream().flatMap(s -> s.contradictions().stream()).anyMatch(p);
  }

  @Test
  void theStatementOfADenialStandsWithTheDeedItDenies() {
    StoryLinker linker = new StoryLinker(K);
    add(linker, "a", "Houthi fighters entered the town of Sirwah in Marib province on Monday,"
        + " the group's military spokesman said.");
    List<Event> b = add(linker, "b", "A Yemeni army spokesman denied on Monday that Houthi"
        + " fighters had entered the town of Sirwah in Marib province.");
    assertTrue(any(linker, c -> c.kind().equals("negation") && b.stream()
        .filter(e -> e.event().get(0).equals("REJECT")).anyMatch(e -> c.eventIds()
            .contains(e.id()))));
  }

  @Test
  void aBareDenialContradictsTheDeedToldAtItsPlaceAndDay() {
    StoryLinker linker = new StoryLinker(K);
    add(linker, "a", "Houthi fighters took full control of the town of Sirwah in Marib province"
        + " on Monday, the group's military spokesman said.");
    List<Event> b = add(linker, "b", "In Sirwah, Yemeni army officers denied the Houthi claims"
        + " on Monday.");
    assertTrue(any(linker, c -> c.kind().equals("negation") && b.stream()
        .anyMatch(e -> c.eventIds().contains(e.id()))));
  }

  @Test
  void anAccusationContradictsTheAccusedsDenial() {
    StoryLinker linker = new StoryLinker(K);
    add(linker, "a", "The Yemeni government blamed the Houthis for shelling a camp for the"
        + " displaced in Marib on Sunday.");
    add(linker, "b", "The Houthis denied on Monday that their fighters had shelled the camp for"
        + " the displaced in Marib.");
    assertTrue(any(linker, c -> c.kind().equals("negation") && c.field().equals("actor")));
  }

  @Test
  void aDenialByAnotherSideThanTheAccusedIsNoAnswerToTheAccusation() {
    StoryLinker linker = new StoryLinker(K);
    add(linker, "a", "The Yemeni government blamed the Houthis for shelling a camp for the"
        + " displaced in Marib on Sunday.");
    add(linker, "b", "The Saudi-led coalition denied on Monday that its jets had bombed the camp"
        + " for the displaced in Marib.");
    assertTrue(!any(linker, c -> c.kind().equals("negation") && c.field().equals("actor")),
        () -> linker.stories().toString());
  }
}
