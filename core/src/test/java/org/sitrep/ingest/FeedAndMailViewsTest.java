package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Feeds, live blogs and mails as a tool gives them (pages of our own in the style of
 * transfer-45's studied half, s45): a "First published on …" line over "Last modified on …" dates
 * the page by the first; a feed item's title over its "Link:" and "pubDate:" lines is the
 * headline, not the feed's description above, and its date goes over the feed's build date; its
 * "Description:" is a deck and "Content:" a label; a newsletter's story under a rule line has
 * the headline under the rule, and its lead wrapped at 72 columns is no caption; a "[Sponsored]"
 * line inside the text is an ad. The first and the last fail on the code of the session's start
 * (aa9824bf); the feed's test is a guard (a page this short was read right before; transfer-45's
 * 4507 was not).
 */
class FeedAndMailViewsTest {
  private static final String LEAD = InsideTheTextShapesTest.LEAD;
  private static final String LAST = InsideTheTextShapesTest.LAST;
  private static final String TITLE = "Families flee river villages as fighting spreads";
  /* A headline its lead speaks of less than half (the feed's case). */
  private static final String FEED_TITLE = "UN warns of hunger as camps fill up near the border";

  @Test
  void aFirstPublishedLineGoesOverTheLastModifiedOne() {
    Document d = TextPages.read("The River Herald\nWorld\n" + TITLE + " – live\nLIVE\n"
        + "By Sara Malik\nFirst published on Mon 17 Oct 2016 05.10 BST\n"
        + "Last modified on Tue 18 Oct 2016 00.52 BST\n" + LEAD + "\n\n" + LAST + "\n");
    assertEquals("2016-10-17", d.published().value().substring(0, 10), d.published().toString());
  }

  @Test
  void aFeedItemsTitleAndDateAreThePages() {
    Document d = TextPages.read("River Herald - Latest news\n\nhttps://www.riverherald.example\n"
        + "Independent news from the river valley\n"
        + "Last build date: Sat, 06 Apr 2019 08:15:00 +0200\nLanguage: en-gb\n\nItem 1 of 20\n\n"
        + FEED_TITLE + "\n\nLink: https://www.riverherald.example/news/2019/04/05/families-flee/\n"
        + "pubDate: Fri, 05 Apr 2019 16:20:00 +0200\n"
        + "Author: desk@riverherald.example (Sara Malik)\n"
        + "Category: World\n\nDescription: Four thousand families reach the camps; the road "
        + "to the capital stays closed.\n\nContent:\n\n" + LEAD + "\n\n" + LAST + "\n");
    assertEquals(FEED_TITLE, d.title());
    assertEquals("2019-04-05", d.published().value().substring(0, 10), d.published().toString());
    assertFalse(d.body().text().contains("Description:"), d.body().text());
    assertFalse(d.body().text().contains("Content:"), d.body().text());
    assertTrue(d.body().text().contains(LAST));
  }

  @Test
  void aNewslettersStoryStandsUnderItsRuleLine() {
    String lead = "Aid workers in the border district said on Tuesday that more than four\n"
        + "thousand families had arrived in the camps since the weekend, most of\n"
        + "them on foot, after fighting spread to the villages along the river.";
    Document d = TextPages.read("View in browser <https://riverherald.example/brief/2019-03-03>\n\n"
        + "THE RIVER BRIEF\nThe River Herald's daily briefing on the valley and the border\n"
        + "Issue 212 | March 3, 2019\n\n"
        + "Good morning. There is only one story in this edition of the brief, and\n"
        + "we have set aside our regular sections to give it room. - Sara\n\n"
        + "------------------------------------------------------------------------\n\n"
        + TITLE + "\n\nBy Sara Malik\n\n" + lead + "\n\n"
        + "[Sponsored] Safety courses for reporters: spring dates now open <https://x.example>\n\n"
        + LAST + "\n");
    assertEquals(TITLE, d.title());
    assertEquals("2019-03-03", d.published().value().substring(0, 10), d.published().toString());
    assertTrue(d.body().text().contains("Aid workers in the border district"), d.body().text());
    assertFalse(d.body().text().contains("Sponsored"), d.body().text());
    assertFalse(d.body().text().contains("Good morning"), d.body().text());
  }
}
