package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;
import org.sitrep.model.Failure;

/** Bad input becomes a one-line failure or a best-effort document, never an exception. */
class BadInputTest {
  private final PageReader reader = new PageReader();
  @TempDir Path tmp;

  private Failure failure(PageReader.Result r) {
    Failure f = assertInstanceOf(PageReader.Failed.class, r, () -> "expected a failure: " + r)
        .failure();
    assertFalse(f.error().contains("\n"), "one line: " + f.error());
    assertFalse(f.error().isBlank());
    return f;
  }

  private Document document(PageReader.Result r) {
    return assertInstanceOf(PageReader.Ok.class, r, () -> "expected a document: " + r).document();
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  @Test
  void emptyFile() {
    Failure f = failure(reader.read(new byte[0], "empty.txt"));
    assertEquals("read", f.stage());
    assertEquals("empty file", f.error());
    assertEquals("empty file", failure(reader.read("  \n\n \t".getBytes(StandardCharsets.UTF_8),
        "blank.html")).error());
  }

  @Test
  void binaryFiles() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    assertTrue(failure(reader.read(png, "image.html")).error().contains("PNG image"));
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    assertTrue(failure(reader.read(noise, "noise.txt")).error().startsWith("binary content"));
    assertTrue(failure(reader.read("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII), "a.txt"))
        .error().contains("PDF"));
  }

  @Test
  void brokenSequencesInUtf8AreReplaced() {
    byte[] good = ("Army enters the town of Douma\n\nThe army’s units entered the town on Monday,"
        + " witnesses said. “It was quiet,” one resident said. Civilians stayed home.")
        .getBytes(StandardCharsets.UTF_8);
    byte[] bad = Arrays.copyOf(good, good.length + 2);
    bad[good.length] = (byte) 0xE2; // a cut three-byte sequence
    bad[good.length + 1] = (byte) 0x80;
    PageReader.Result r = reader.read(bad, "cut.txt");
    Document d = document(r);
    assertTrue(d.body().text().contains("The army’s units entered the town"));
    assertTrue(((PageReader.Ok) r).note().contains("invalid UTF-8 sequences replaced"));
  }

  @Test
  void invalidUtf8IsRepairedNotFatal() {
    byte[] good = ("Army enters the town of Douma\n\nThe army entered the town on Monday,"
        + " witnesses said.").getBytes(StandardCharsets.UTF_8);
    byte[] bad = Arrays.copyOf(good, good.length + 3);
    bad[good.length] = (byte) 0xC3; // a lead byte with no continuation
    bad[good.length + 1] = (byte) 0x28;
    bad[good.length + 2] = (byte) 0xFF;
    PageReader.Result r = reader.read(bad, "broken.txt");
    Document d = document(r);
    assertTrue(d.body().text().contains("The army entered the town"));
    assertTrue(((PageReader.Ok) r).note().contains("windows-1252"));
  }

  @Test
  void arabicInWindows1256IsDecoded() {
    String page = "انسحاب المسلحين من البلدة\n\nانسحب المسلحون من البلدة صباح اليوم بعد اتفاق مع"
        + " القوات الحكومية، بحسب مصادر محلية.";
    byte[] cp1256 = page.getBytes(Charset.forName("windows-1256"));
    PageReader.Result r = reader.read(cp1256, "arabic.txt");
    Document d = document(r);
    assertEquals("انسحاب المسلحين من البلدة", d.title());
    assertEquals("ar", d.language());
    assertTrue(((PageReader.Ok) r).note().contains("windows-1256"));
  }

  @Test
  void declaredLegacyCharsetInHtml() {
    String html = "<html><head><meta charset=\"windows-1256\"><title>خبر</title></head><body>"
        + "<div class=\"article-body\"><p>قالت مصادر محلية إن القوات الحكومية دخلت البلدة صباح اليوم،"
        + " بعد انسحاب الفصائل منها، وإن الأهالي بدأوا بالعودة إلى منازلهم.</p></div></body></html>";
    Document d = document(reader.read(html.getBytes(Charset.forName("windows-1256")), "a.html"));
    assertTrue(d.body().text().startsWith("قالت مصادر محلية"));
  }

  @Test
  void hugeFileIsRefusedWithItsSize() throws IOException {
    Path big = tmp.resolve("huge.html");
    byte[] chunk = "<p>filler text for a very large page</p>\n".getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(big)) {
      for (long n = 0; n < 50L * 1024 * 1024; n += chunk.length) {
        out.write(chunk);
      }
    }
    Failure f = failure(reader.read(big, "huge.html"));
    assertTrue(f.error().startsWith("input is 50.0 MB, over the page limit"), f.error());
  }

  @Test
  void gzipBombIsRefused() throws IOException {
    byte[] zeros = new byte[20 * 1024 * 1024];
    Arrays.fill(zeros, (byte) 'a');
    PageReader small = new PageReader(4L * 1024 * 1024);
    Failure f = failure(small.read(gzip(zeros), "bomb.txt.gz"));
    assertTrue(f.error().contains("gzip expands to more than"), f.error());
  }

  @Test
  void gzippedPagesAreRead() throws IOException {
    byte[] page = "Headline of the page\n\nFirst paragraph of the story, with a full sentence."
        .getBytes(StandardCharsets.UTF_8);
    Document d = document(reader.read(gzip(page), "page.txt.gz"));
    assertEquals("Headline of the page", d.title());
  }

  @Test
  void truncatedGzipKeepsWhatItCan() throws IOException {
    StringBuilder b = new StringBuilder("Headline of the page\n\n");
    for (int i = 0; i < 400; i++) {
      b.append("Paragraph ").append(i).append(" reports that the talks went on for hours.\n\n");
    }
    byte[] gz = gzip(b.toString().getBytes(StandardCharsets.UTF_8));
    byte[] cut = Arrays.copyOf(gz, gz.length / 2);
    PageReader.Result r = reader.read(cut, "cut.txt.gz");
    if (r instanceof PageReader.Ok ok) {
      assertTrue(ok.note().contains("gzip"));
      assertEquals("Headline of the page", ok.document().title());
    } else {
      assertTrue(failure(r).error().contains("gzip"));
    }
    assertTrue(failure(reader.read(Arrays.copyOf(gz, 12), "stub.txt.gz")).error()
        .contains("gzip"));
  }

  @Test
  void truncatedAndMalformedHtml() {
    String html = "<html><head><title>Talks resume in Douma</title></head><body><div class=\"content\">"
        + "<p>Negotiations between the two sides resumed on Monday, a monitoring group said, "
        + "after a pause of two days.<p>The next round is expected <b>on Wednes";
    Document d = document(reader.read(html.getBytes(StandardCharsets.UTF_8), "cut.html"));
    assertTrue(d.body().text().contains("Negotiations between the two sides resumed"));
    String junk = "<<<>>><div<p></span></div></html><html><body></td><p>Only a stray line of text"
        + " remains here, long enough to be a paragraph of the page.";
    Document j = document(reader.read(junk.getBytes(StandardCharsets.UTF_8), "junk.html"));
    assertTrue(j.body().text().contains("Only a stray line"));
  }

  @Test
  void deeplyNestedHtmlDoesNotOverflow() {
    StringBuilder b = new StringBuilder("<html><body>");
    b.append("<div>".repeat(5000)).append("<p>Deep text inside many divs, long enough to count.</p>");
    b.append("</div>".repeat(5000)).append("</body></html>");
    PageReader.Result r = reader.read(b.toString().getBytes(StandardCharsets.UTF_8), "deep.html");
    assertTrue(r instanceof PageReader.Ok || r instanceof PageReader.Failed);
  }

  @Test
  void unreadablePaths() {
    Failure missing = failure(reader.read(tmp.resolve("nope.txt"), "nope.txt"));
    assertEquals("no such file", missing.error());
    Failure dir = failure(reader.read(tmp, "a-folder"));
    assertEquals("read", dir.stage());
  }
}
