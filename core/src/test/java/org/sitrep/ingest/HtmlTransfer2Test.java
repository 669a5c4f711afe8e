package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Main-content extraction on {@code html-transfer-2/}: 24 messier HTML pages of our own, in the
 * markup of sites as served (inline scripts and JSON blobs, Next.js, Arc, Elementor, Tailwind and
 * CSS-in-JS class names, bodies cut by ads and "read more" links, tweets, cookie banners, mega
 * menus, comment threads, forum tables, text in divs and brs; 5 Arabic), gold as the Zyte
 * benchmark annotates. Odd pages were studied in session 23, even ones are a check nobody studies;
 * the floor sits a little under the figure reached (0.956), so that a regression shows.
 */
class HtmlTransfer2Test {
  private static final double FLOOR = 0.95;

  @Test
  void unseenMarkupStaysAboveItsFloor() throws IOException, URISyntaxException {
    Path dir = Path.of(getClass().getResource("html-transfer-2/ground-truth.json").toURI()).getParent();
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    PageReader reader = new PageReader();
    ExtractionScore score = new ExtractionScore();
    int pages = 0;
    for (Iterator<String> it = truth.fieldNames(); it.hasNext(); pages++) {
      String id = it.next();
      PageReader.Result r = reader.read(dir.resolve("html/" + id + ".html"), id + ".html");
      String pred = r instanceof PageReader.Ok ok ? ok.document().body().text() : "";
      score.add(truth.get(id).get("articleBody").asText(), pred);
    }
    System.out.printf(Locale.ROOT, "html-transfer-2: %d pages precision=%.3f recall=%.3f F1=%.3f%n",
        pages, score.precision(), score.recall(), score.f1());
    assertTrue(pages == 24, "pages " + pages);
    assertTrue(score.f1() >= FLOOR, "F1 " + score.f1() + " below " + FLOOR);
  }
}
