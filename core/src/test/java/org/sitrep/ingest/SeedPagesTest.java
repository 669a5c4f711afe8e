package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Comment;
import org.sitrep.model.Credit;
import org.sitrep.model.Document;
import org.sitrep.testing.SharedData;

/**
 * The acceptance pages ({@code ../shared/seeds}) against their gold document fields: title,
 * publication date, complete and clean body, comment authors, first comment, credits, related
 * headlines. Skips when {@code ../shared} is absent.
 */
class SeedPagesTest {
  private final PageReader reader = new PageReader();

  static String norm(String s) {
    if (s == null) {
      return "";
    }
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replace('’', '\'').replace('‘', '\'');
    t = t.replaceAll("[-_'\"“”()\\[\\].,:;]", " ");
    return t.replaceAll("\\s+", " ").strip();
  }

  @Test
  void seedDocumentsMatchGold() throws IOException {
    Path shared = SharedData.require();
    JsonNode gold = new ObjectMapper().readTree(shared.resolve("gold/seeds.gold.json").toFile());
    int docs = 0;
    for (JsonNode g : gold.get("documents")) {
      Path file = shared.resolve("seeds").resolve(g.get("file").asText());
      Document d = TextPageParserTest.read(reader, file);
      DocumentView.checkOffsets(d);
      String name = g.get("file").asText();
      assertEquals(norm(g.get("title").asText()), norm(d.title()), name + " title");
      JsonNode pub = g.get("published");
      if (pub == null || pub.isNull()) {
        assertEquals(null, d.published().value(), name + " must have no publication date");
        assertEquals("none", d.published().basis());
      } else {
        assertEquals(pub.asText(), d.published().value(), name + " published");
      }
      String body = norm(d.body().text());
      assertTrue(body.contains(norm(g.get("body_first").asText())), name + " body start");
      assertTrue(body.contains(norm(g.get("body_last").asText())), name + " body end");
      for (JsonNode c : g.get("chrome_not_body")) {
        String chrome = norm(c.asText());
        if (chrome.length() > 3) {
          assertFalse(body.contains(chrome), name + " leaked chrome: " + c.asText());
        }
      }
      JsonNode first = g.get("comments_first");
      if (first != null && !first.isNull()) {
        assertFalse(body.contains(norm(first.asText())), name + " comment in body");
        assertTrue(norm(d.comments().get(0).text()).contains(norm(first.asText())),
            name + " first comment");
      }
      Set<String> authors = new HashSet<>();
      for (Comment c : d.comments()) {
        authors.add(norm(c.author()));
      }
      for (JsonNode a : g.get("comment_authors")) {
        assertTrue(authors.contains(norm(a.asText())), name + " comment author " + a.asText());
      }
      if (g.has("credits")) {
        for (JsonNode c : g.get("credits")) {
          assertTrue(d.credits().contains(new Credit(c.get("role").asText(),
              c.get("name").asText())), name + " credit " + c);
        }
      }
      if (g.has("related_titles")) {
        for (JsonNode r : g.get("related_titles")) {
          assertTrue(d.related().stream().anyMatch(x -> x.title().equals(r.asText())),
              name + " related " + r.asText());
        }
      }
      if (g.has("dateline")) {
        assertEquals(g.get("dateline").asText(), d.dateline(), name + " dateline");
      }
      if (g.has("section")) {
        assertEquals(g.get("section").asText(), d.section(), name + " section");
      }
      docs++;
    }
    assertEquals(5, docs);
  }

  @Test
  void everyDevelopmentPageIsReadWithABody() throws IOException {
    Path dir = SharedData.require().resolve("dev-pages");
    try (var files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        Document d = TextPageParserTest.read(reader, p);
        DocumentView.checkOffsets(d);
        assertTrue(d.body().text().length() > 300, p + " has a short body");
        assertTrue(d.comments().isEmpty(), p + " has no comments");
      }
    }
  }
}
