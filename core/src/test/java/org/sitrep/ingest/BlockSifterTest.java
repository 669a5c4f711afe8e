package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The jusText-style second opinion on the edges of the extracted blocks. */
class BlockSifterTest {
  private static ContentExtractor.Block p(String t) {
    return new ContentExtractor.Block(t, "p", false);
  }

  private static List<String> texts(List<ContentExtractor.Block> blocks) {
    return blocks.stream().map(ContentExtractor.Block::text).toList();
  }

  private static final String BODY1 = "The ferry between the two islands stopped running on Monday "
      + "after the harbour master said that the pier had been damaged by a storm in the night.";
  private static final String BODY2 = "Fishermen who depend on the crossing said they would have "
      + "to sell their catch in the village instead, where the prices are much lower than in town.";

  @Test
  void dropsDateLinesAndNextStoryHeadlinesAtTheEdges() {
    List<ContentExtractor.Block> in = List.of(p("14 March 2025, 09:40"), p(BODY1), p(BODY2),
        p("Coastal storm warning lifted, ferries resume crossings, harbour repairs begin"));
    assertEquals(List.of(BODY1, BODY2), texts(BlockSifter.sift(in)));
  }

  @Test
  void keepsShortLinesBetweenProseAndClosingSentences() {
    List<ContentExtractor.Block> in = List.of(p(BODY1), p("Ferry timetable 2025"), p(BODY2),
        p("The harbour will reopen next week."));
    assertEquals(texts(in), texts(BlockSifter.sift(in)));
  }

  @Test
  void keepsHeadingsRightsLinesAndUnjudgedScripts() {
    List<ContentExtractor.Block> in = List.of(new ContentExtractor.Block("Timeline", "h2", true),
        p(BODY1), p("© 2025 Island Press. All rights reserved."), p("Фото: архив"));
    assertEquals(texts(in), texts(BlockSifter.sift(in)));
  }

  @Test
  void leavesContentWithoutProseAlone() {
    List<ContentExtractor.Block> in = List.of(p("Score 3-1"), p("Attendance 12,400"));
    assertEquals(texts(in), texts(BlockSifter.sift(in)));
  }

  @Test
  void judgesOnlyLatinAndArabicLetters() {
    assertTrue(BlockSifter.knownScript("Nov. 20, 2019 — قصف"));
    assertFalse(BlockSifter.knownScript("2018-08-16 Kindle 書籍"));
  }
}
