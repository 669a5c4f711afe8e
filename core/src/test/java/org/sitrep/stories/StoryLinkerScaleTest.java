package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The linker over many copies of one story (the pages of a repeated corpus, each copy its own
 * document): a links-only linker gives the links and stories a full one does, and the stories'
 * contradictions are not read pair by pair (their time grows with the reports, not their square).
 */
class StoryLinkerScaleTest {
  static final Knowledge K = Knowledge.defaults();
  static final Published DAY = new Published("2016-12-16", "day", "page", "2016-12-16");

  /* Pages of one story: an evacuation told completed and halted, an attack told and denied,
   * two destinations, a toll told two ways, talks over and talks going on. */
  static final String[][] PAGES = {
    {"Russia said the evacuation of civilians and rebels from eastern Aleppo under the deal with"
        + " the Syrian government has been completed. The fighters were taken to Idlib."},
    {"The Syrian Observatory for Human Rights said the evacuation of civilians and rebels from"
        + " eastern Aleppo under the deal with the Syrian government was halted on Friday."
        + " Local sources said the fighters went to Jarabulus."},
    {"Syrian government forces shelled the town of Douma, killing 12 civilians, the Syrian"
        + " Observatory for Human Rights said.",
        "The Syrian army denied that its forces shelled Douma."},
    {"Jaysh al-Islam said Syrian government forces shelled Douma, killing 30 people."},
    {"Talks between Russia and Turkey on the Aleppo ceasefire continued on Friday, the"
        + " Kremlin said.", "Washington said its sanctions on Damascus were over."},
  };

  record Page(String[] text, Document doc, List<Mention> mentions, List<Event> events) {}

  static List<Page> pages() {
    List<Page> out = new ArrayList<>();
    for (int i = 0; i < PAGES.length; i++) {
      Document d = Docs.dated("p" + i, DAY, PAGES[i]);
      List<Mention> ms = new MentionFinder(K).find(d).mentions();
      out.add(new Page(PAGES[i], d, ms, new EventCoder(K).code(d, ms,
          DateResolver.Anchor.published(LocalDate.parse("2016-12-16")))));
    }
    return out;
  }

  /* Copy {@code c} of a page: its own document and event ids, the same words. */
  static Page copy(Page p, int c) {
    String id = p.doc().docId() + "c" + c;
    Document doc = Docs.dated(id, DAY, p.text());
    List<Event> events = new ArrayList<>();
    for (Event e : p.events()) {
      events.add(new Event(id + e.id().substring(p.doc().docId().length()), id, e.event(),
          e.mode(), e.context(), e.date(), e.enddate(), e.dateInfo(), e.actor(), e.recipient(),
          e.eventLoc(), e.destination(), e.size(), e.claim(), e.eventText(), e.textInfo(),
          e.citeInfo(), e.confidence(), e.topic(), null, null));
    }
    return new Page(p.text(), doc, p.mentions(), events);
  }

  @Test
  void aLinksOnlyLinkerGivesTheLinksAndStoriesOfAFullOne() throws IOException {
    StoryLinker full = new StoryLinker(K);
    StoryLinker lean = StoryLinker.linksOnly(K);
    List<Page> pages = pages();
    for (int c = 0; c < 30; c++) {
      for (Page p : pages) {
        Page x = copy(p, c);
        assertEquals(full.add(x.doc(), x.mentions(), x.events()),
            lean.add(x.doc(), x.mentions(), x.events()));
      }
    }
    List<String> fromEvents = new ArrayList<>();
    for (Event e : full.linkedEvents()) {
      fromEvents.add(e.id() + " " + e.storyId() + " " + e.sameAs());
    }
    List<String> fromLinks = new ArrayList<>();
    lean.links((id, story, merged) -> fromLinks.add(id + " " + story + " " + merged));
    assertEquals(fromEvents, fromLinks);
    assertEquals(full.stories(), lean.stories());
    assertTrue(full.stories().stream().mapToInt(s -> s.contradictions().size()).sum() >= 3,
        () -> full.stories().toString());
    assertThrows(IllegalStateException.class, lean::linkedEvents);
  }

  @Test
  void contradictionsGrowWithTheReportsNotTheirSquare() {
    List<Page> pages = pages();
    double small = Double.MAX_VALUE;
    double large = Double.MAX_VALUE;
    int n = 150;
    for (int round = 0; round < 2; round++) {
      small = Math.min(small, secondsToTell(pages, n));
      large = Math.min(large, secondsToTell(pages, 10 * n));
    }
    // ten times the copies: about ten times the time; read pair by pair it took a hundred times
    assertTrue(large < 35 * small + 0.5, "stories() of " + n + " copies " + small + " s, of "
        + 10 * n + " copies " + large + " s");
  }

  private static double secondsToTell(List<Page> pages, int copies) {
    StoryLinker linker = StoryLinker.linksOnly(K);
    for (int c = 0; c < copies; c++) {
      for (Page p : pages) {
        Page x = copy(p, c);
        linker.add(x.doc(), x.mentions(), x.events());
      }
    }
    long t0 = System.nanoTime();
    List<Story> stories = linker.stories();
    double s = (System.nanoTime() - t0) / 1e9;
    assertTrue(!stories.isEmpty());
    return s;
  }
}
