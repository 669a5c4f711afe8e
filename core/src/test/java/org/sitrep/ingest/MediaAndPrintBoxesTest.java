package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Boxes inside or beside an article found by shape and by the class vocabulary's data (pages
 * written for this test, in the manner of html-real-2's check half, wording our own): a picture
 * box (an image, a credit line and a caption in plain divs), a video frame with its notice, a
 * block the print style sheet hides ("hide-for-print"), a list of similar stories, and a
 * "teaser" that holds no link, which is the story's own lead and stays; a paywall's box that
 * holds the story's paragraphs is the story (html-real-4's study half), its offer box is not.
 */
class MediaAndPrintBoxesTest {
  private static final String[] TEXT = {
    "The river authority opened the new weir on Monday, two years after floods washed away the"
        + " old one and left the mill town without a crossing for most of a winter season.",
    "Engineers said the weir would hold back water in the dry months, so that the canal beside"
        + " it can be used again by the barges that carried grain to the coast until the flood.",
    "The town council has asked for a footbridge along the top of the weir, which the authority"
        + " said it would consider once the first summer has shown how the structure settles.",
    "Residents who lost their gardens to the flood can apply for the second round of payments"
        + " until the end of next month, the council said in a letter sent to every household."};

  private static String paragraphs(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append("<p>").append(TEXT[i]).append("</p>");
    }
    return b.toString();
  }

  private static String page(String article) {
    return "<html><head><title>Weir</title></head><body><nav><a href='/'>Home</a></nav>"
        + article + "<footer>Site footer</footer></body></html>";
  }

  @Test
  void anImageWithItsCreditAndCaptionInPlainDivsIsAPictureBox() {
    String body = TextPages.htmlBody(page("<main><section class='content'>" + paragraphs(0, 2)
        + "<div class='image-box center'><img src='w.jpg'><div class='copyright'>River Authority"
        + "</div><p class='to-image-box'><span class='copyright'>River Authority</span> The new"
        + " weir seen from the mill bridge on the day it opened.</p></div>"
        + paragraphs(2, 4) + "</section></main>"));
    assertTrue(body.contains("used again by the barges"), body);
    assertTrue(body.contains("second round of payments"), body);
    assertFalse(body.contains("seen from the mill bridge"), body);
    assertFalse(body.contains("River Authority"), body);
  }

  @Test
  void aShortParagraphBesideAnImageWithNoPictureWordStays() {
    String body = TextPages.htmlBody(page("<main><section class='content'><p><img src='flag.png'>"
        + "The weir is open to walkers at weekends.</p>" + paragraphs(0, 4)
        + "</section></main>"));
    assertTrue(body.contains("open to walkers at weekends"), body);
  }

  @Test
  void aVideoFrameWithItsConsentNoticeGoes() {
    String body = TextPages.htmlBody(page("<article><div class='body-text'>" + paragraphs(0, 2)
        + "<address><a href='#after'>Skip video</a><iframe src='https://video.example/1'>"
        + "</iframe><address>Note: if you play this video, data is sent to the video provider."
        + "</address></address>" + paragraphs(2, 4) + "</div></article>"));
    assertTrue(body.contains("footbridge along the top"), body);
    assertFalse(body.contains("data is sent to the video provider"), body);
    assertFalse(body.contains("Skip video"), body);
  }

  @Test
  void aBlockHiddenInPrintAndAListOfSimilarStoriesGo() {
    String body = TextPages.htmlBody(page("<div class='content'><div class='column'>"
        + paragraphs(0, 4)
        + "<div class='l-wrapper hide-for-print'><div class='c-card'><h3>Flood payments</h3>"
        + "<p>The foundation for flood relief was set up two years ago with a grant from the"
        + " region and has since paid out to more than four hundred households.</p></div></div>"
        + "</div><ul class='timeline similar'><li><div class='title'>Barges return to the canal"
        + "</div><p>After years of silt the canal is dredged again and the first barges are"
        + " expected before the harvest, the shipping board said in its spring report.</p></li>"
        + "</ul></div>"));
    assertTrue(body.contains("letter sent to every household"), body);
    assertFalse(body.contains("four hundred households"), body);
    assertFalse(body.contains("first barges are expected"), body);
  }

  @Test
  void aTeaserWithoutALinkIsTheLeadAndATeaserCardWithALinkGoes() {
    String body = TextPages.htmlBody(page("<div class='news news-single'><div class='article'>"
        + "<div class='textbody news-teaser'><p>The weir that the flood took two years ago is"
        + " back, and with it the canal trade of the mill town.</p></div>"
        + "<div class='textbody'>" + paragraphs(0, 4) + "</div>"
        + "<div class='teaser'><a href='/other'>Mill town fair returns</a><p>The fair comes"
        + " back to the market square in June after a pause of three years.</p></div>"
        + "</div></div>"));
    assertTrue(body.contains("the canal trade of the mill town"), body);
    assertTrue(body.contains("second round of payments"), body);
    assertFalse(body.contains("market square in June"), body);
  }

  @Test
  void aPaywallBoxHoldingTheStorysProseIsTheStoryAndAnOfferBoxIsNot() {
    String body = TextPages.htmlBody(page("<article><div class='article-body'>" + paragraphs(0, 2)
        + "<div class='paywall'>" + paragraphs(2, 4) + "</div>"
        + "<div class='container paywall-meter'><p>You have read all your free articles this"
        + " month.</p><a href='/subscribe'>Subscribe</a></div></div></article>"
        + "<div class='site-info'>" + "The River Courier is published by the Courier Media"
        + " Group, which also runs the Valley Times and the Coast Weekly. ".repeat(12)
        + "</div>"));
    assertTrue(body.contains("footbridge along the top"), body);
    assertTrue(body.contains("letter sent to every household"), body);
    assertFalse(body.contains("free articles this month"), body);
  }
}
