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
 * A report that fits two merged events which cannot be one (strikes four days apart) joins the
 * one nearer its day, not the one told first: a weekday on a page with no date, counted from
 * its story's day, may be a week off and so fits both.
 */
class NearestDayTest {
  static final Knowledge K = Knowledge.defaults();
  static final MentionFinder FINDER = new MentionFinder(K);
  static final EventCoder CODER = new EventCoder(K);

  private static Event strike(StoryLinker linker, Document d, DateResolver.Anchor a,
      LocalDate anchorDay) {
    List<Mention> ms = FINDER.find(d).mentions();
    List<Event> ev = CODER.code(d, ms, a);
    linker.add(d, ms, ev, anchorDay);
    return linker.linkedEvents().stream().filter(e -> e.docId().equals(d.docId())
        && e.event().contains("ASSAULT")).findFirst().orElseThrow(() -> new AssertionError(
            "no assault coded in " + d.docId() + ": " + ev));
  }

  private static Event dated(StoryLinker linker, String id, String day, String text) {
    Document d = Docs.dated(id, new Published(day, "day", "page", day), text);
    return strike(linker, d, DateResolver.Anchor.published(LocalDate.parse(day)), null);
  }

  private static String mergedOf(StoryLinker linker, Event e) {
    return linker.linkedEvents().stream().filter(x -> x.id().equals(e.id())).findFirst()
        .orElseThrow().sameAs();
  }

  @Test
  void aGuessedWeekdayJoinsTheStrikeNearerItsDay() {
    StoryLinker linker = new StoryLinker(K);
    // told first: the strike of Sunday the 18th; then the one of Wednesday the 14th
    Event sunday = dated(linker, "sunday", "2016-12-18", "Government warplanes bombed the town"
        + " of Atarib west of Aleppo on Sunday, killing four people, activists said.");
    Event wednesday = dated(linker, "wednesday", "2016-12-15", "Government warplanes bombed the"
        + " town of Atarib west of Aleppo on Wednesday, the Observatory said.");
    assertNotEquals(mergedOf(linker, sunday), mergedOf(linker, wednesday));
    // a page with no date, in a story whose day is the 15th: its "Tuesday" reads as the 13th
    LocalDate story = LocalDate.parse("2016-12-15");
    Document undated = Docs.dated("undated", Published.NONE, "Government warplanes bombed the"
        + " town of Atarib west of Aleppo on Tuesday, residents said.");
    Event guessed = strike(linker, undated, new DateResolver.Anchor(story, "story", 0.8,
        DateResolver.Mode.NEAREST), story);
    assertEquals("2016-12-13", guessed.date(), guessed.toString());
    assertEquals(mergedOf(linker, wednesday), guessed.sameAs());
    assertNotEquals(mergedOf(linker, sunday), guessed.sameAs());
  }
}
