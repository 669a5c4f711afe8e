package org.sitrep.ingest;

import java.io.IOException;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;

/**
 * Main-content extraction on {@code html-transfer-3/}: 24 HTML pages of our own in kinds of
 * markup the first two sets lack (Q&A and Discourse threads, Squarespace, Wix, Joomla, a
 * situation report, a press release, a live blog, a listicle, a print version, table/font and
 * Word-export layouts, long asides and teaser lists, a paywall, list explainers, a long read,
 * a government guidance page, an interview; 5 Arabic), gold as the Zyte benchmark annotates.
 * Written in session 24 before the extractor was read; a check nobody studies. main's jar scored
 * 0.973; the floor sits a little under the figure reached, so that a regression shows.
 */
class HtmlTransfer3Test {
  private static final double FLOOR = 0.97;

  @Test
  void unseenKindsOfPageStayAboveTheirFloor() throws IOException, URISyntaxException {
    HtmlTransferTest.assertAbove("html-transfer-3", FLOOR);
  }
}
