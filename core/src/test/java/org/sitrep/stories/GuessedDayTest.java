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
 * A weekday on a page that states no date is counted from its story's day and may be a week
 * off: it fits a merged event within {@link Report#SLACK} days, where a stated day does not.
 */
class GuessedDayTest {
  static final Knowledge K = Knowledge.defaults();
  static final MentionFinder FINDER = new MentionFinder(K);
  static final EventCoder CODER = new EventCoder(K);
  static final String STRIKE = "Coalition warplanes struck Houthi positions at Hodeidah airport"
      + " on Saturday, the coalition said.";

  private static Event strike(StoryLinker linker, Document d, DateResolver.Anchor a,
      LocalDate anchorDay) {
    List<Mention> ms = FINDER.find(d).mentions();
    List<Event> ev = CODER.code(d, ms, a);
    linker.add(d, ms, ev, anchorDay);
    List<Event> linked = linker.linkedEvents();
    return linked.stream().filter(e -> e.docId().equals(d.docId())
        && e.event().contains("ASSAULT")).findFirst().orElseThrow(() -> new AssertionError(
            "no assault coded in " + d.docId() + ": " + ev));
  }

  private static Event first(StoryLinker linker) {
    LocalDate june16 = LocalDate.parse("2018-06-16");
    Document dated = Docs.dated("dated", new Published("2018-06-16", "day", "page",
        "2018-06-16"), STRIKE);
    return strike(linker, dated, DateResolver.Anchor.published(june16), null);
  }

  @Test
  void aWeekdayCountedFromTheStorysDayFitsWithinTheSlack() {
    StoryLinker linker = new StoryLinker(K);
    Event a = first(linker);
    // the story's day is Monday 25 June: "Saturday" reads as the 23rd, a week after the 16th
    LocalDate june25 = LocalDate.parse("2018-06-25");
    Document undated = Docs.dated("undated", Published.NONE, STRIKE);
    Event b = strike(linker, undated, new DateResolver.Anchor(june25, "story", 0.8,
        DateResolver.Mode.NEAREST), june25);
    assertEquals("2018-06-23", b.date(), b.toString());
    assertEquals(mergedOf(linker, a), b.sameAs());
  }

  /* The merged event an event belongs to now (a later report may have moved it). */
  private static String mergedOf(StoryLinker linker, Event e) {
    return linker.linkedEvents().stream().filter(x -> x.id().equals(e.id())).findFirst()
        .orElseThrow().sameAs();
  }

  @Test
  void aStatedDayAWeekLaterIsAnotherStrike() {
    StoryLinker linker = new StoryLinker(K);
    Event a = first(linker);
    Document dated = Docs.dated("later", new Published("2018-06-25", "day", "page",
        "2018-06-25"), STRIKE);
    Event b = strike(linker, dated, DateResolver.Anchor.published(LocalDate.parse("2018-06-25")),
        null);
    assertEquals("2018-06-23", b.date(), b.toString());
    assertNotEquals(mergedOf(linker, a), b.sameAs());
  }
}
