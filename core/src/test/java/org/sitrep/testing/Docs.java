package org.sitrep.testing;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Body;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Span;

/** Builds small documents for stage tests. */
public final class Docs {
  private Docs() {}

  /** A document whose body is the given paragraphs, published on {@code published} or null. */
  public static Document dated(Published published, String... paragraphs) {
    return dated("test", published, paragraphs);
  }

  /** The same, with its own document id (several documents in one story). */
  public static Document dated(String docId, Published published, String... paragraphs) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    for (String p : paragraphs) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      spans.add(new Span(text.length(), text.length() + p.length()));
      text.append(p);
    }
    String body = String.join("\n\n", paragraphs);
    return new Document(docId, docId + ".txt", null, "en", null, published, List.of(), null, null,
        List.of(), text.toString(), new Body(body, spans), List.of(), List.of(), List.of());
  }

  /** An undated document whose body is the given paragraphs. */
  public static Document doc(String... paragraphs) {
    return dated(Published.NONE, paragraphs);
  }
}
