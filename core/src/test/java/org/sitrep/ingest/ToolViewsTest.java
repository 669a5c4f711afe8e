package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Pages as a tool or a crawler view gives them (sentences and pages of our own in the style of
 * transfer-45, s44): a line that is a link is no headline (a web address, "<https://…>", a text
 * browser's numbered link marks "[9]Syria > [10]Aleppo"); a related link keeps its meaning
 * behind such a mark ("[16]READ MORE: …"); a WordPress feed's "The post … appeared first on …"
 * is a note, not the story. The last two fail on the code of the session's start (eae5ff30);
 * the headline tests are guards (on pages this short the headline was found before; on
 * transfer-45's 4501 and 4503 it was not).
 */
class ToolViewsTest {
  private static final String LEAD = InsideTheTextShapesTest.LEAD;
  private static final String LAST = InsideTheTextShapesTest.LAST;
  private static final String TITLE = "Families flee river villages as fighting spreads";

  @Test
  void aTextBrowsersBreadcrumbIsNoHeadline() {
    Document d = TextPages.read("   [1]Skip to main content\n   [2]The River Herald\n"
        + "     * [3]Home\n     * [4]World\n   [9]World > [10]Africa\n\n" + TITLE + "\n\n"
        + "   By [11]Sara Malik\n   Thursday 15 December 2016\n\n" + LEAD + "\n\n" + LAST + "\n");
    assertEquals(TITLE, d.title());
  }

  @Test
  void aPrintViewsAddressIsNoHeadline() {
    Document d = TextPages.read("Print this page\n"
        + "https://www.riverherald.example/world/2019/03/03/families-flee-river-villages\n"
        + TITLE + "\nMarch 3, 2019\n" + LEAD + "\n" + LAST + "\n");
    assertEquals(TITLE, d.title());
  }

  @Test
  void aRelatedLinkBehindALinkMarkIsNoBody() {
    Document d = TextPages.read(TITLE + "\nMarch 3, 2019\n" + LEAD + "\n"
        + "[16]READ MORE: Aid convoys wait at the bridge for a third day\n" + LAST + "\n");
    assertFalse(d.body().text().contains("READ MORE"), d.body().text());
    assertTrue(d.body().text().contains(LAST));
  }

  @Test
  void aFeedFooterIsNoBody() {
    Document d = TextPages.read(TITLE + "\nMarch 3, 2019\n" + LEAD + "\n" + LAST + "\n"
        + "The post " + TITLE + " appeared first on River Herald.\n");
    assertFalse(d.body().text().contains("appeared first on"), d.body().text());
    assertTrue(d.body().text().contains(LAST));
  }
}
