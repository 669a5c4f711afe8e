package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import org.sitrep.model.Document;

/** A text page of a test, written in its source, read as the pipeline reads a page file. */
final class TextPages {
  private static final PageReader READER = new PageReader();

  private TextPages() {}

  /** The document of {@code page} read as "page.txt"; fails the test when it is not read. */
  static Document read(String page) {
    return assertInstanceOf(PageReader.Ok.class,
        READER.read(page.getBytes(StandardCharsets.UTF_8), "page.txt")).document();
  }
}
