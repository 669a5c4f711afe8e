package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Chrome;
import org.sitrep.model.Comment;
import org.sitrep.model.Document;
import org.sitrep.model.Span;

/** A readable projection of a Document for golden files: spans shown as the text they cover. */
final class DocumentView {
  private DocumentView() {}

  static Map<String, Object> of(Document d) {
    checkOffsets(d);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", d.title());
    m.put("outlet", d.outlet());
    m.put("language", d.language());
    m.put("published", d.published());
    m.put("credits", d.credits());
    m.put("dateline", d.dateline());
    m.put("section", d.section());
    m.put("tags", d.tags());
    List<String> paragraphs = new ArrayList<>();
    for (Span s : d.body().paragraphs()) {
      paragraphs.add(d.text().substring(s.start(), s.end()));
    }
    m.put("paragraphs", paragraphs);
    List<String> comments = new ArrayList<>();
    for (Comment c : d.comments()) {
      comments.add((c.author() == null ? "(anonymous)" : c.author())
          + (c.replyTo() == null ? "" : " -> #" + c.replyTo()) + ": " + c.text());
    }
    m.put("comments", comments);
    m.put("related", d.related());
    List<String> chrome = new ArrayList<>();
    for (Chrome c : d.chrome()) {
      chrome.add(c.kind() + ": " + d.text().substring(c.start(), c.end()));
    }
    m.put("chrome", chrome);
    return m;
  }

  /** Every span lies inside the text, and the body text is its paragraphs joined. */
  static void checkOffsets(Document d) {
    StringBuilder body = new StringBuilder();
    for (Span s : d.body().paragraphs()) {
      assertTrue(s.end() <= d.text().length(), "paragraph span past the end of the text");
      if (body.length() > 0) {
        body.append("\n\n");
      }
      body.append(d.text(), s.start(), s.end());
    }
    assertEquals(body.toString(), d.body().text(), "body.text must be its paragraphs joined");
    for (Comment c : d.comments()) {
      assertEquals(c.text(), d.text().substring(c.start(), c.end()), "comment offsets");
    }
    for (Chrome c : d.chrome()) {
      assertTrue(c.start() < c.end() && c.end() <= d.text().length(), "chrome span " + c);
    }
  }
}
