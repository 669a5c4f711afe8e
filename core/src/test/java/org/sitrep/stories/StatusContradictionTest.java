package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Reports of one process that disagree on whether it is over are a status contradiction. */
class StatusContradictionTest {
  static final Knowledge K = Knowledge.defaults();

  private static void add(StoryLinker linker, String id, String... paragraphs) {
    Document d = Docs.dated(id, new Published("2016-12-16", "day", "page", "2016-12-16"),
        paragraphs);
    List<Mention> ms = new MentionFinder(K).find(d).mentions();
    List<Event> ev = new EventCoder(K).code(d, ms,
        DateResolver.Anchor.published(LocalDate.parse("2016-12-16")));
    linker.add(d, ms, ev);
  }

  @Test
  void completedAgainstHaltedFromTwoOriginsIsAContradiction() {
    StoryLinker linker = new StoryLinker(K);
    add(linker, "a", "Russia said the evacuation of civilians and rebels from eastern Aleppo"
        + " under the deal with the Syrian government has been completed.");
    add(linker, "b", "The Syrian Observatory for Human Rights said the evacuation of civilians"
        + " and rebels from eastern Aleppo under the deal with the Syrian government was halted"
        + " on Friday.");
    List<Story> stories = linker.stories();
    assertTrue(stories.stream().flatMap(s -> s.contradictions().stream())
        .anyMatch(c -> c.kind().equals("status") && c.eventIds().size() >= 2),
        () -> stories.toString());
  }

  @Test
  void oneVoiceTellingBothIsNoContradiction() {
    StoryLinker linker = new StoryLinker(K);
    add(linker, "a", "Russia said the evacuation of civilians and rebels from eastern Aleppo"
        + " under the deal with the Syrian government has been completed.");
    add(linker, "b", "Russia said the evacuation of civilians and rebels from eastern Aleppo was"
        + " halted under the deal with the Syrian government on Friday.");
    assertTrue(linker.stories().stream().flatMap(s -> s.contradictions().stream())
        .noneMatch(c -> c.kind().equals("status")), () -> linker.stories().toString());
  }
}
