package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Blocks of an HTML article's own container that the text pages' line shapes call chrome: a
 * date line with its label, a post's filing line, a call to follow or subscribe, and a "Most read
 * in …" header over other headlines (html-real-4's check half, s31; the page is written for this
 * test, wording our own). Fails on the code before the change.
 */
class ShapedChromeInHtmlTest {
  private static final String P1 = "The river authority opened the new weir on Monday, two years"
      + " after floods washed away the old one and left the mill town without a crossing.";
  private static final String P2 = "Engineers said the weir would hold back water in the dry"
      + " months, so that the canal beside it can be used again by the barges.";
  private static final String P3 = "The town council has asked for a footbridge along the top of"
      + " the weir, which the authority said it would consider next summer.";

  private static final String DE1 = "Die Flussbehörde hat am Montag das neue Wehr eröffnet, zwei"
      + " Jahre nachdem das alte bei einem Hochwasser zerstört worden war und die Stadt ohne"
      + " Übergang blieb.";
  private static final String DE2 = "Die Ingenieure sagten, das Wehr werde in trockenen Monaten das"
      + " Wasser halten, damit der Kanal daneben wieder von den Lastkähnen genutzt werden kann.";
  private static final String EN_HEADLINE = "New weir opens on the river";
  private static final String DE_HEADLINE = "Neues Wehr am Fluss eröffnet";

  /* The body read from a page whose article has {@code headline} over the blocks {@code text}. */
  private static String article(String headline, String text) {
    return TextPages.htmlBody("<html><head><title>Weir</title></head><body>"
        + "<nav><a href='/'>Home</a></nav><article><h1>" + headline + "</h1><div class='text'>"
        + text + "</div></article><footer>Site footer</footer></body></html>");
  }

  @Test
  void dateLinesFilingLinesAndCallsInsideTheContainerGo() {
    String body = article(EN_HEADLINE, "<p>Datum: 18.10.2021</p><p>" + P1 + "</p><p>" + P2
        + "</p>"
        + "<p>Follow us on Twitter @RiverNews and on Facebook.</p><p>" + P3 + "</p>"
        + "<p>Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:15 Uhr veröffentlicht.</p>"
        + "<h3>Most read in News</h3><ul><li><a href='/budget'>Council sets new budget</a></li></ul>");
    assertTrue(body.contains("left the mill town"), body);
    assertTrue(body.contains("footbridge along the top"), body);
    assertFalse(body.contains("Datum"), body);
    assertFalse(body.contains("Follow us on Twitter"), body);
    assertFalse(body.contains("Dieser Beitrag"), body);
    assertFalse(body.contains("Most read"), body);
  }

  @Test
  void europeanCallsRatingQuestionsAndBackLinksGo() {
    // html-real-3's and html-real-4's pages in German: "Folgen Sie uns auf Twitter", "War
    // dieser Artikel hilfreich?", "zurück zur vorherigen Seite"
    String body = article(DE_HEADLINE, "<p>" + DE1 + "</p>"
        + "<p>Folgen Sie uns auf Twitter</p>"
        + "<p>" + DE2 + "</p>"
        + "<p>War dieser Artikel hilfreich?</p><p>zurück zur vorherigen Seite</p>");
    assertTrue(body.contains("von den Lastkähnen genutzt"), body);
    assertFalse(body.contains("Folgen Sie uns"), body);
    assertFalse(body.contains("hilfreich"), body);
    assertFalse(body.contains("zurück zur"), body);
  }

  @Test
  void aCaptionByItsCreditAndTheWritersNoteGo() {
    // html-real-3's check half: a caption in a plain paragraph ending "| © … /Getty Images", and
    // the reporter's note closing the container
    String body = article(EN_HEADLINE, "<p>" + P1 + "</p>"
        + "<p>The new weir seen from the mill bridge. | © Jane Roe/Getty Images</p>"
        + "<p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<p>Sam Reed joined the News 4 staff in 2022. He is a graduate of the state college.</p>");
    assertTrue(body.contains("footbridge along the top"), body);
    assertFalse(body.contains("Getty Images"), body);
    assertFalse(body.contains("joined the News 4 staff"), body);
  }

  @Test
  void europeanAdLabelsFilingLinesAndDonationCallsGo() {
    // html-real-5's study half: "Anzeige" inside the text, "Eingeordnet unter Allgemein" under
    // it, "Unterstützen Sie … mit einer Spende"
    String body = article(DE_HEADLINE, "<p>" + DE1 + "</p>"
        + "<p>Anzeige</p>"
        + "<p>" + DE2 + "</p>"
        + "<p>Wenn Ihnen der Artikel gefallen hat: Unterstützen Sie uns mit einer Spende.</p>"
        + "<p>Eingeordnet unter Allgemein</p>");
    assertTrue(body.contains("von den Lastkähnen genutzt"), body);
    assertFalse(body.contains("Anzeige"), body);
    assertFalse(body.contains("Spende"), body);
    assertFalse(body.contains("Eingeordnet"), body);
  }
}
