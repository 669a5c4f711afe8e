package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Edges of the text on real-page layouts (pages written for this test, in the manner of the
 * failures of html-real's study half, wording our own): a facts box of bold-labelled lines ahead
 * of a review, a "see also" box inside the text in another language, a caption line under a
 * European label, a comment section after the text, and a page that sets its subheads in h1.
 */
class RealPageEdgesTest {
  private final PageReader reader = new PageReader();

  private String body(String html) {
    PageReader.Result r = reader.read(html.getBytes(StandardCharsets.UTF_8), "page.html");
    return r instanceof PageReader.Ok ok ? ok.document().body().text() : "";
  }

  private static final String[] TEXT = {
    "The lighthouse keepers' cottages on the headland have been turned into a small museum,"
        + " and the first visitors walked through the restored rooms on Saturday morning.",
    "Volunteers spent two winters scraping paint, mending the slate roof and rebuilding the"
        + " kitchen range, using drawings that a former keeper's daughter kept in a drawer.",
    "The museum opens on weekends until the end of October, and school groups can book a visit"
        + " on weekdays by writing to the trust that looks after the headland and its paths.",
    "A second room will open next year once the lamp mechanism has been cleaned and the glass"
        + " prisms, which were taken down in the nineteen-eighties, are put back in place."};

  private static String text(String open, String close) {
    StringBuilder b = new StringBuilder();
    for (String s : TEXT) {
      b.append(open).append(s).append(close);
    }
    return b.toString();
  }

  @Test
  void aBoxOfBoldLabelledLinesAheadOfTheTextIsNotTheText() {
    String html = "<html><body><article><h1>Keepers' cottages reopen</h1><div class='body'>"
        + "<div class='box'><div class='box-title'>At a glance</div><div><p><strong>Where"
        + "</strong> North headland<br><strong>Open</strong> Weekends, 10 to 4<br><strong>Entry"
        + "</strong> Free for children<br><strong>Run by</strong> The headland trust</p></div></div>"
        + text("<p>", "</p>") + "</div></article></body></html>";
    String body = body(html);
    assertFalse(body.contains("North headland"), body);
    assertFalse(body.contains("Free for children"), body);
    assertTrue(body.contains("restored rooms"), body);
  }

  @Test
  void boldLabelledLinesInsideTheTextStay() {
    String html = "<html><body><article><h1>Keepers' cottages reopen</h1><div class='body'>"
        + "<p>" + TEXT[0] + "</p><p>" + TEXT[1] + "</p><p><strong>Saturday</strong> guided walk"
        + "<br><strong>Sunday</strong> lamp room talk<br><strong>Monday</strong> closed for"
        + " cleaning</p><p>" + TEXT[2] + "</p><p>" + TEXT[3] + "</p></div></article></body></html>";
    String body = body(html);
    assertTrue(body.contains("lamp room talk"), body);
  }

  @Test
  void aParagraphOfLabelledLinesOpeningTheTextStays() {
    String html = "<html><body><article><h1>Trust meeting notes</h1><div class='body'><p><strong>"
        + "Time and place:</strong> 6 pm at the harbour office<br><strong>Present:</strong> three"
        + " trustees and the warden<br><strong>Apologies:</strong> the treasurer</p>"
        + text("<p>", "</p>") + "</div></article></body></html>";
    String body = body(html);
    assertTrue(body.contains("6 pm at the harbour office"), body);
  }

  @Test
  void aSeeAlsoBoxInAnotherLanguageGoesWhole() {
    String html = "<html><body><article><h1>Les maisons des gardiens</h1><div class='body'>"
        + "<p>" + TEXT[0] + "</p><q class='box'><span>Lire aussi</span> Anne Roux <span>&amp;"
        + "</span><br>Paul Vidal, « <a href='/other'>Les phares de la côte nord</a> », mai 2019."
        + "</q><p>" + TEXT[1] + "</p><p>" + TEXT[2] + "</p><p>" + TEXT[3]
        + "</p></div></article></body></html>";
    String body = body(html);
    assertFalse(body.contains("Anne Roux"), body);
    assertFalse(body.contains("Paul Vidal"), body);
    assertTrue(body.contains("kitchen range"), body);
  }

  @Test
  void aCaptionLineUnderAGermanOrFrenchLabelIsNotTheText() {
    String html = "<html><body><article><h1>Keepers' cottages reopen</h1><div class='body'>"
        + "<p>" + TEXT[0] + "</p><p>Abb.: Die Küche nach der Restaurierung</p><p>" + TEXT[1]
        + "</p><p>" + TEXT[2] + "</p><p>" + TEXT[3] + "</p><p>Image d\u2019illus\u00adtra\u00adtion :"
        + " le phare au cr\u00e9puscule</p></div></article></body></html>";
    String body = body(html);
    assertFalse(body.contains("nach der Restaurierung"), body);
    assertFalse(body.contains("au cr\u00e9puscule"), body);
    assertTrue(body.contains("glass prisms") || body.contains("glass\n"), body);
  }

  @Test
  void aCommentSectionAfterTheTextEndsIt() {
    String html = "<html><body><article><h1>Keepers' cottages reopen</h1><div class='body'>"
        + text("<p>", "</p>") + "<div>Kommentare</div><p>Die Kommentare geben die Meinung ihrer"
        + " Verfasser wieder, nicht die der Redaktion, und werden vor der Freischaltung von uns"
        + " gelesen und gegebenenfalls gekürzt oder gelöscht.</p></div></article></body></html>";
    String body = body(html);
    assertFalse(body.contains("Freischaltung"), body);
    assertTrue(body.contains("put back in place"), body);
  }

  @Test
  void anH1BelowASentenceIsAHeadingInsideTheText() {
    String html = "<html><head><title>Working out a mass</title></head><body><header><h1>Working out a"
        + " mass</h1></header><div class='entry-content'><p>Each exercise below uses the same"
        + " rule as the worked example on the previous page, so read that rule once more before"
        + " you start.</p><h1>Exercises</h1>"
        + text("<p>", "</p>") + "</div></body></html>";
    String body = body(html);
    assertTrue(body.contains("Each exercise below uses the same rule"), body);
    assertTrue(body.contains("restored rooms"), body);
  }
}
