package org.sitrep.ingest;

import java.io.IOException;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;

/**
 * Main-content extraction on {@code html-transfer-2/}: 24 messier HTML pages of our own, in the
 * markup of sites as served (inline scripts and JSON blobs, Next.js, Arc, Elementor, Tailwind and
 * CSS-in-JS class names, bodies cut by ads and "read more" links, tweets, cookie banners, mega
 * menus, comment threads, forum tables, text in divs and brs; 5 Arabic), gold as the Zyte
 * benchmark annotates. Odd pages were studied in session 23, even ones in session 24 (the check
 * is now {@code html-transfer-3/}); the floor sits a little under the figure reached (0.988), so
 * that a regression shows.
 */
class HtmlTransfer2Test {
  private static final double FLOOR = 0.98;

  @Test
  void unseenMarkupStaysAboveItsFloor() throws IOException, URISyntaxException {
    HtmlTransferTest.assertAbove("html-transfer-2", FLOOR);
  }
}
