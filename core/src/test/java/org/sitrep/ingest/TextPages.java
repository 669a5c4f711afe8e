package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import org.sitrep.model.Document;

/**
 * A text or HTML page of a test, written in its source, read as the pipeline reads a page file.
 */
final class TextPages {
  private static final PageReader READER = new PageReader();

  private TextPages() {}

  /** The document of {@code page} read as "page.txt"; fails the test when it is not read. */
  static Document read(String page) {
    return assertInstanceOf(PageReader.Ok.class,
        READER.read(page.getBytes(StandardCharsets.UTF_8), "page.txt")).document();
  }

  /** The day a document was published ("2021-05-11"), or null when none was found. */
  static String day(Document d) {
    String v = d.published().value();
    return v == null ? null : v.substring(0, 10);
  }

  /** The body text of an HTML {@code page} read as "page.html" ("" when it is not read). */
  static String htmlBody(String page) {
    PageReader.Result r = READER.read(page.getBytes(StandardCharsets.UTF_8), "page.html");
    return r instanceof PageReader.Ok ok ? ok.document().body().text() : "";
  }
}
