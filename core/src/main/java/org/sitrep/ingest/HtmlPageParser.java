package org.sitrep.ingest;

/** Parses an HTML page: main content, metadata, comments and related links. */
final class HtmlPageParser {
  PageParts parse(String html, String input) {
    throw new UnsupportedOperationException("HTML not yet");
  }
}
