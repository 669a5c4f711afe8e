package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.model.Comment;
import org.sitrep.model.Credit;
import org.sitrep.model.Document;
import org.sitrep.testing.Golden;

class HtmlPageParserTest {
  static final Path DIR = TextPageParserTest.DIR;
  private final PageReader reader = new PageReader();

  static Stream<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void matchesGoldenFile(String name) throws IOException {
    Document d = TextPageParserTest.read(reader, DIR.resolve(name));
    Golden.assertJson(DIR.resolve(name.replace(".html", ".expected.json")), DocumentView.of(d));
  }

  @Test
  void wordpressPageMetadataAndBody() throws IOException {
    Document d = TextPageParserTest.read(reader, DIR.resolve("wordpress-wpdiscuz.html"));
    assertEquals("Army and rebels agree on Busra evacuation", d.title());
    assertEquals("2019-07-06T14:22:00", d.published().value());
    assertEquals(List.of(new Credit("author", "Rami Saleh")), d.credits());
    assertEquals("Military Situation", d.section());
    assertEquals(List.of("Daraa", "Busra al-Sham"), d.tags());
    assertEquals("Frontline Monitor", d.outlet().name());
    String body = d.body().text();
    assertTrue(body.startsWith("Government forces and the armed opposition"));
    assertTrue(body.endsWith("talks over two villages were continuing."));
    assertTrue(body.contains("Conditions"));
    for (String chrome : List.of("Advertisement", "Share on Facebook", "Buses wait at",
        "Rebels hand over", "Most read", "All rights reserved", "Skip to content")) {
      assertFalse(body.contains(chrome), chrome);
    }
  }

  @Test
  void wpDiscuzRepliesPointToTheirParent() throws IOException {
    Document d = TextPageParserTest.read(reader, DIR.resolve("wordpress-wpdiscuz.html"));
    List<Comment> c = d.comments();
    assertEquals(List.of("Abu Hassan", "Samira", "guest77"),
        c.stream().map(Comment::author).toList());
    assertNull(c.get(0).replyTo());
    assertEquals(0, c.get(1).replyTo());
    assertNull(c.get(2).replyTo());
    assertTrue(c.get(1).text().contains("Wait and see."));
    assertEquals(2, d.related().size());
  }

  @Test
  void wordpressCoreCommentsNestInChildren() throws IOException {
    Document d = TextPageParserTest.read(reader, DIR.resolve("arabic-wordpress-comments.html"));
    assertEquals("ar", d.language());
    assertEquals("2019-05-09T08:30", d.published().value());
    assertEquals(List.of(new Credit("author", "خالد العمر")), d.credits());
    List<Comment> c = d.comments();
    assertEquals(List.of("أبو محمد", "سامر", "Visitor"), c.stream().map(Comment::author).toList());
    assertEquals(0, c.get(1).replyTo());
    assertNull(c.get(2).replyTo());
    assertFalse(d.body().text().contains("الله يحمي"));
    assertFalse(d.body().text().contains("الأكثر قراءة"));
  }

  @Test
  void malformedHtmlStillYieldsItsParagraphs() throws IOException {
    Document d = TextPageParserTest.read(reader, DIR.resolve("malformed-disqus.html"));
    assertEquals("Convoy reaches Idlib after two-day journey", d.title());
    assertEquals(3, d.body().paragraphs().size());
    assertFalse(d.body().text().contains("Disqus"));
    assertFalse(d.body().text().contains("Front page"));
  }

  @Test
  void aDateLineNearTheHeadlineWithoutADateClassIsThePublicationDate() throws IOException {
    Document d = TextPageParserTest.read(reader, DIR.resolve("date-label-near-headline.html"));
    assertEquals("2022-01-28", d.published().value());
    assertEquals("page-text", d.published().basis());
  }

  @Test
  void withoutAHeadlineTheFirstDateThatIsNoUpdateStampIsTaken() throws IOException {
    Document d = TextPageParserTest.read(reader, DIR.resolve("date-first-in-page.html"));
    assertEquals("2018-06-10T22:00", d.published().value());
  }
}
