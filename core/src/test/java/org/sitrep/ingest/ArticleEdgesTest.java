package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where an HTML article's text begins and ends (pages written for this test): its own header
 * (headline, standfirst, byline) and what stands above its headline stay out, a text-only div
 * that closes the body comes in, a body cut into wrapped chunks is read whole with its subheads,
 * a pitch box ending in a button and a forum post's signature stay out.
 */
class ArticleEdgesTest {
  private final PageReader reader = new PageReader();

  private String body(String html) {
    PageReader.Result r = reader.read(html.getBytes(StandardCharsets.UTF_8), "page.html");
    return r instanceof PageReader.Ok ok ? ok.document().body().text() : "";
  }

  private static final String[] STORY = {
    "Volunteers on the island repainted the lighthouse over the long weekend, the first coat it"
        + " has had in eleven years, after the harbour board finally found money for the paint.",
    "The work was done from ropes and a borrowed cherry picker, and took four days longer than"
        + " planned because of the wind that blew from the north on Saturday and Sunday.",
    "Fishermen say the tower is easier to see from the sea now, especially on grey mornings,"
        + " and the board has promised to keep up with the upkeep from now on, every few years."};

  private static final String OPEN_DAY = "The harbour board will hold an open day at the tower"
      + " in June, when visitors may climb the stairs to the lamp room for the first time in years.";

  /* A chunk of the body wrapped twice. */
  private static String chunk(String inner) {
    return "<div class='c1'><div class='c2'>" + inner + "</div></div>";
  }

  private static String paragraphs() {
    StringBuilder b = new StringBuilder();
    for (String s : STORY) {
      b.append("<p class='body-text'>").append(s).append("</p>");
    }
    return b.toString();
  }

  @Test
  void theArticlesOwnHeaderStaysOut() {
    String html = "<html><head><title>Lighthouse gets its first coat in years</title></head><body>"
        + "<main><article class='x1'><header class='x2'><h1>Lighthouse gets its first coat in"
        + " years</h1><p class='x3'>Four windy days on ropes to finish the tower</p><div"
        + " class='x4'><span>By Lena Ortiz</span><time>May 4, 2026</time></div></header>"
        + paragraphs() + "</article></main></body></html>";
    String body = body(html);
    assertTrue(body.contains("cherry picker"), body);
    assertFalse(body.contains("Four windy days"), body);
    assertFalse(body.contains("Lena Ortiz"), body);
  }

  @Test
  void aLabelAboveTheHeadlineStaysOut() {
    String html = "<html><head><title>Lighthouse gets its first coat in years</title></head><body>"
        + "<main><article class='x1'><span class='k'>Island life</span><h1>Lighthouse gets its"
        + " first coat in years</h1><div class='w'>Harbour desk | 4 May 2026</div>" + paragraphs()
        + "</article></main></body></html>";
    String body = body(html);
    assertTrue(body.contains("cherry picker"), body);
    assertFalse(body.contains("Island life"), body);
    assertFalse(body.contains("first coat in years"), body);
  }

  @Test
  void aBodyCutIntoWrappedChunksIsReadWhole() {
    String html = "<html><head><title>Lighthouse</title></head><body><main><section class='x5'>"
        + chunk("<p class='c3'>" + STORY[0] + "</p><p class='c3'>" + STORY[1]
            + "</p>")
        + chunk("<h2>An open day</h2>")
        + chunk("<p class='c3'>" + STORY[2] + "</p><p class='c3'>" + OPEN_DAY
            + "</p>")
        + "</section></main></body></html>";
    String body = body(html);
    assertTrue(body.contains("repainted the lighthouse"), body);
    assertTrue(body.contains("An open day"), body);
    assertTrue(body.contains("lamp room"), body);
  }

  @Test
  void aPitchBoxEndingInAButtonStaysOut() {
    String html = "<html><head><title>Lighthouse</title></head><body><main><article class='x1'><p>"
        + STORY[0] + "</p><div class='box'><p class='b'>Keep the island's paper going</p><p"
        + " class='s'>Readers pay for our reporting. Become a member for 3 a month.</p><a"
        + " class='btn' href='/join'>Join now</a></div><p>" + STORY[1] + "</p><p>" + STORY[2]
        + "</p><div class='more'><p>More information: a survey of the island's lights, 2019."
        + " Reference:</p><a href='/doi'>10.1000/light.2019</a></div></article></main></body>"
        + "</html>";
    String body = body(html);
    assertTrue(body.contains("every few years"), body);
    assertFalse(body.contains("Become a member"), body);
    assertTrue(body.contains("a survey of the island's lights"), body); // a reference is no button
  }

  @Test
  void aHeadlineWithNoTextUnderItStays() {
    ContentExtractor.Block label = new ContentExtractor.Block("Island life", "p", false);
    ContentExtractor.Block headline =
        new ContentExtractor.Block("Lighthouse gets its first coat in years", "h1", true);
    ContentExtractor.Block caption =
        new ContentExtractor.Block("Photos: the tower from the sea", "p", false);
    ContentExtractor.Block text = new ContentExtractor.Block(STORY[0], "p", false);
    List<ContentExtractor.Block> noText = List.of(label, headline, caption);
    assertEquals(noText, HtmlPageParser.belowHeadline(noText, null));
    assertEquals(List.of(caption, text),
        HtmlPageParser.belowHeadline(List.of(label, headline, caption, text), null));
    // the title found elsewhere marks the headline even where it is no h1
    ContentExtractor.Block h3 =
        new ContentExtractor.Block("Lighthouse gets its first coat in years", "h3", true);
    assertEquals(List.of(text), HtmlPageParser.belowHeadline(List.of(label, h3, text),
        org.sitrep.text.TextNormalizer.fold("Lighthouse gets its first coat in years")));
  }

  @Test
  void aTextDivThatClosesTheBodyComesIn() {
    String html = "<html><body><div id='menu'><a href='/'>Home</a> | <a href='/b'>Bulletins</a>"
        + "</div><div id='center'><div class='title'>Bulletin</div><div class='txt'>" + STORY[0]
        + "<br><br>" + STORY[1] + "<br><br>" + STORY[2] + "</div><div class='txt2'><br>The next"
        + " bulletin will follow on Friday morning.<br></div></div></body></html>";
    String body = body(html);
    assertTrue(body.contains("every few years"), body);
    assertTrue(body.contains("The next bulletin will follow on Friday morning."), body);
  }

  @Test
  void aForumSignatureStaysOut() {
    StringBuilder posts = new StringBuilder();
    for (int i = 0; i < STORY.length; i++) {
      posts.append("<div class='post'><div class='postbody'><p class='author'>by user").append(i)
          .append("</p><div class='content'>").append(STORY[i]).append("</div>")
          .append(i == 1 ? "<div class='signature'>Fair winds. Mind the rocks.</div>" : "")
          .append("</div></div>");
    }
    String body = body("<html><body><div id='page'>" + posts + "</div></body></html>");
    assertTrue(body.contains("cherry picker"), body);
    assertFalse(body.contains("Mind the rocks"), body);
  }
}
