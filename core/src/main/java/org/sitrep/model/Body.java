package org.sitrep.model;

import java.util.List;

/** The article body: its paragraphs joined by blank lines, and each paragraph's span in the text. */
public record Body(String text, List<Span> paragraphs) {
  public Body {
    paragraphs = List.copyOf(paragraphs);
  }

  /** An empty body. */
  public static final Body EMPTY = new Body("", List.of());
}
