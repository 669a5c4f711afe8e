package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

/** An undated page joins the story its anchor day belongs to, whatever dates it recalls. */
class UndatedPageStoryTest {
  static final Knowledge K = Knowledge.defaults();
  static final MentionFinder FINDER = new MentionFinder(K);
  static final EventCoder CODER = new EventCoder(K);
  static final LocalDate JUNE = LocalDate.parse("2017-06-23");

  private static String add(StoryLinker linker, Document d, DateResolver.Anchor a,
      LocalDate anchorDay) {
    List<Mention> ms = FINDER.find(d).mentions();
    List<Event> ev = CODER.code(d, ms, a);
    return linker.add(d, ms, ev, anchorDay);
  }

  private static final String[] DATED = {
      "Islamic State fighters blew up the Great Mosque of al-Nuri in Mosul on Wednesday night,"
          + " the Iraqi army said.",
      "Iraqi forces were within 50 metres of the mosque when it was destroyed, the army said."};
  private static final String[] UNDATED = {
      "The Iraqi army said Islamic State fighters blew up the Great Mosque of al-Nuri in Mosul"
          + " as troops closed in.",
      "The offensive to retake Mosul began on October 17, led by Iraqi forces."};

  @Test
  void theAnchorDaySaysWhichStoryAnUndatedPageJoins() {
    DateResolver.Anchor story = new DateResolver.Anchor(JUNE, "story", 0.8,
        DateResolver.Mode.NEAREST);
    Document dated = Docs.dated("dated", new Published("2017-06-23", "day", "page", "2017-06-23"), DATED);
    Document undated = Docs.dated("undated", Published.NONE, UNDATED);
    List<Event> recalled = CODER.code(undated, FINDER.find(undated).mentions(), story);
    // a month-day read against a story's June day is the last October before it, not the next
    assertTrue(recalled.stream().anyMatch(e -> "2016-10-17".equals(e.date())),
        () -> "the page recalls an October day: " + recalled);

    StoryLinker withAnchor = new StoryLinker(K);
    String a = add(withAnchor, dated, DateResolver.Anchor.published(JUNE), null);
    assertEquals(a, add(withAnchor, undated, story, JUNE));

    // without its anchor day, the recalled October date keeps the page out of the June story
    StoryLinker without = new StoryLinker(K);
    String b = add(without, dated, DateResolver.Anchor.published(JUNE), null);
    assertNotEquals(b, add(without, undated, story, null));
  }

  @Test
  void aDatelineIsTheDayOfWritingAndItsWeekdaysLookBack() {
    DateResolver.Anchor story = new DateResolver.Anchor(JUNE, "story", 0.8,
        DateResolver.Mode.NEAREST);
    Document undated = Docs.dated("dateline", Published.NONE,
        "Baghdad. June 22. (Agency) - Islamic State fighters blew up the Great Mosque of al-Nuri"
            + " in Mosul, the Iraqi army said on Wednesday.");
    List<Event> ev = CODER.code(undated, FINDER.find(undated).mentions(), story);
    // Thursday 22 June 2017 is the day of writing: "Wednesday" is the 21st, not the 28th
    assertTrue(ev.stream().anyMatch(e -> "2017-06-21".equals(e.date())), () -> ev.toString());
  }

  @Test
  void anUndatedPageReadsItsRelativeDaysFromTheFullDateItStates() {
    Document undated = Docs.dated("stated", Published.NONE,
        "Russia and Turkey signed a memorandum on 22 October 2019 in Sochi.",
        "Turkish troops shelled Tal Rifaat on Wednesday.");
    List<Event> ev = CODER.code(undated, FINDER.find(undated).mentions(),
        DateResolver.Anchor.NONE);
    assertTrue(ev.stream().anyMatch(e -> "2019-10-23".equals(e.date())), () -> ev.toString());
  }

  @Test
  void aDayThePageWritesOutBeatsTheStoryItsNamesSuggest() {
    // two stories of one province half a year apart; the undated page shares more names with
    // the later one, so its anchor is the later one's day, but it writes out its own day
    LocalDate august = LocalDate.parse("2019-08-22");
    LocalDate february = LocalDate.parse("2020-02-03");
    Document summer = Docs.dated("summer", new Published("2019-08-22", "day", "page",
        "2019-08-22"), "Syrian army troops took the town of Khan Shaykhun in Idlib province on"
        + " Wednesday after days of fighting, a monitor said.");
    Document winter = Docs.dated("winter", new Published("2020-02-03", "day", "page",
        "2020-02-03"), "Syrian army shelling killed Turkish soldiers near Saraqib in Idlib"
        + " province on Monday, Turkey said, and Turkey struck back at Syrian army positions.");
    Document undated = Docs.dated("undated", Published.NONE,
        "The Syrian army on Wednesday, August 21st took full control of Khan Shaykhun in Idlib"
            + " province, a monitor said, as Turkey and Russia traded blame.");
    DateResolver.Anchor story = new DateResolver.Anchor(february, "story", 0.7,
        DateResolver.Mode.NEAREST);
    StoryLinker linker = new StoryLinker(K);
    String a = add(linker, summer, DateResolver.Anchor.published(august), null);
    String b = add(linker, winter, DateResolver.Anchor.published(february), null);
    assertNotEquals(a, b);
    assertEquals(a, add(linker, undated, story, february));
  }

  @Test
  void aDaySetForAPlanIsNotTheDayOfThePage() {
    LocalDate august = LocalDate.parse("2019-08-22");
    Document dated = Docs.dated("dated", new Published("2019-08-22", "day", "page",
        "2019-08-22"), "Syrian army troops took the town of Khan Shaykhun in Idlib province on"
        + " Wednesday after days of fighting, a monitor said.");
    Document undated = Docs.dated("undated", Published.NONE,
        "Syrian army troops took full control of Khan Shaykhun in Idlib province, a monitor said.",
        "Russia and Turkey will hold talks on Idlib province on 15 March 2020, officials said.");
    DateResolver.Anchor story = new DateResolver.Anchor(august, "story", 0.8,
        DateResolver.Mode.NEAREST);
    StoryLinker linker = new StoryLinker(K);
    String a = add(linker, dated, DateResolver.Anchor.published(august), null);
    assertEquals(a, add(linker, undated, story, august));
  }
}
