package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Boxes set inside an article's text that are not the text, found by their shape (pages written
 * for this test, in the manner of the failures of html-real's studied halves, wording our own):
 * a teaser card (a link wrapping a kicker and a headline), an author box with a rel="author"
 * link, a label over a line of category links, a sign-up box around a form; and a container
 * whose class says a part is absent ("no-share") is not that part.
 */
class ArticleBoxesTest {
  private static final String[] TEXT = {
    "The ferry between the two islands will run twice a day from next month, the harbour board"
        + " said on Tuesday, after a winter in which storms kept the old boat in port for weeks.",
    "Fishermen on the smaller island had asked for a second crossing for years, because the"
        + " only boat left at dawn and came back at dusk, leaving no time to sell the catch.",
    "The board has leased a newer vessel with a covered deck, and the timetable will be posted"
        + " at both piers and on the notice board of the post office by the end of the week.",
    "Tickets keep their price for now, though the board said it would look at the fares again"
        + " in the autumn once it knows how many people take the afternoon crossing."};

  private static String paragraphs(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append("<p>").append(TEXT[i]).append("</p>");
    }
    return b.toString();
  }

  private static String page(String article) {
    return "<html><head><title>Ferry</title></head><body><nav><a href='/'>Home</a></nav>"
        + article + "<footer>Site footer</footer></body></html>";
  }

  @Test
  void aLinkWrappingAKickerAndAHeadlineIsATeaserCard() {
    String html = page("<article><div class='story'>" + paragraphs(0, 2)
        + "<div class='box'><a href='/other-story'><div class='pic'><img src='a.jpg'></div>"
        + "<div class='kicker'>Weather desk</div>\n\n<h3>Gales expected along the coast on"
        + " Friday</h3></a></div>" + paragraphs(2, 4) + "</div></article>");
    String body = TextPages.htmlBody(html);
    assertTrue(body.contains("afternoon crossing"), body);
    assertTrue(body.contains("second crossing"), body);
    assertFalse(body.contains("Gales expected"), body);
    assertFalse(body.contains("Weather desk"), body);
  }

  @Test
  void aBoxWithARelAuthorLinkIsTheAuthorBox() {
    // the name link carries a class word that prunes it: the box is known all the same
    String html = page("<article><div class='story'>" + paragraphs(0, 4)
        + "<div class='writer'><a rel='author' class='person-teaser' href='/people/mara-holm'>"
        + "Mara Holm</a><p><b>Mara Holm</b> covers shipping and the islands for the paper and"
        + " has sailed the northern routes for twenty years.</p></div></div></article>");
    String body = TextPages.htmlBody(html);
    assertTrue(body.contains("afternoon crossing"), body);
    assertFalse(body.contains("northern routes"), body);
  }

  @Test
  void aLabelOverCategoryLinksIsATaxonomyLine() {
    String html = page("<article><div class='story'>" + paragraphs(0, 4)
        + "<p class='terms'><strong>Abgelegt unter</strong>: <a href='/c/see'>See</a> &bull;"
        + " <a href='/c/hafen'>Hafen</a> &bull; <a href='/c/inseln'>Inseln und Küste</a></p>"
        + "</div></article>");
    String body = TextPages.htmlBody(html);
    assertTrue(body.contains("afternoon crossing"), body);
    assertFalse(body.contains("Abgelegt unter"), body);
    assertFalse(body.contains("Inseln und Küste"), body);
  }

  @Test
  void aSentenceWithTwoLinksIsNoTaxonomyLine() {
    String html = page("<article><div class='story'>" + paragraphs(0, 3)
        + "<p>The timetable is at <a href='/t'>the harbour office</a> and on"
        + " <a href='/b'>the board's page</a>, which also lists the winter fares.</p>"
        + "</div></article>");
    String body = TextPages.htmlBody(html);
    assertTrue(body.contains("which also lists the winter fares"), body);
  }

  @Test
  void aShortBoxAroundAFormIsASignUpBox() {
    String html = page("<article><div class='story'>" + paragraphs(0, 3)
        + "<div class='slot'><strong>Get the harbour news every morning in your inbox.</strong>"
        + "<form action='/join'><p>Your email address:</p><input type='email' name='m'>"
        + "<button>Join</button></form></div>" + paragraphs(3, 4) + "</div></article>");
    String body = TextPages.htmlBody(html);
    assertTrue(body.contains("afternoon crossing"), body);
    assertFalse(body.contains("harbour news every morning"), body);
    assertFalse(body.contains("Your email address"), body);
  }

  @Test
  void aClassSayingNoShareIsNotAShareBar() {
    // the article is short and the page around it long: a 'share' container would be pruned
    StringBuilder menu = new StringBuilder("<div class='menu'>");
    for (int i = 0; i < 60; i++) {
      menu.append("<div class='item'><a href='/s").append(i).append("'>Section number ")
          .append(i).append(" of the harbour site</a></div>");
    }
    menu.append("</div>");
    String html = page(menu + "<div class='post'><div class='entry-content no-share'>"
        + "<div class='inner'>" + paragraphs(0, 2) + "</div></div></div>");
    String body = TextPages.htmlBody(html);
    assertTrue(body.contains("second crossing"), body);
  }
}
