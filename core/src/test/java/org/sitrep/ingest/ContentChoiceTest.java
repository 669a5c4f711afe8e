package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * How the content extractor chooses the article's container on layouts it was not tuned on
 * (pages written for this test, in the manner of sites seen in the htmldate pages).
 */
class ContentChoiceTest {
  private final PageReader reader = new PageReader();

  private String body(String html) {
    PageReader.Result r = reader.read(html.getBytes(StandardCharsets.UTF_8), "page.html");
    return r instanceof PageReader.Ok ok ? ok.document().body().text() : "";
  }

  private static final String[] STORY = {
    "The regional council voted on Monday to close the old ferry terminal for repairs, after"
        + " inspectors found cracks in two of the concrete piers that hold the passenger ramp.",
    "Ferries will use the fishing harbour on the other side of the bay while the work goes on,"
        + " which the council expects to take about four months if the weather allows it.",
    "Passengers should allow an extra half hour to reach the temporary berth, the operator said,"
        + " and a shuttle bus will run from the town centre every twenty minutes each morning.",
    "Traders near the terminal said they feared losing the summer visitors who usually stop at"
        + " their cafes and kiosks on the way to and from the islands, and asked for help."};

  private static String paragraphs(String open) {
    StringBuilder b = new StringBuilder();
    for (String s : STORY) {
      b.append(open).append(s).append("</p>");
    }
    return b.toString();
  }

  @Test
  void aPageHeldInNoscriptIsRead() {
    String html = "<html><body><script>location.href='/app'</script><noscript><div id='wrap'>"
        + "<h1>Ferry terminal to close</h1><div class='text'>" + paragraphs("<p>")
        + "</div></div></noscript></body></html>";
    String body = body(html);
    assertTrue(body.contains("cracks in two of the concrete piers"), body);
    assertTrue(body.contains("asked for help"), body);
  }

  @Test
  void aClassEveryParagraphOfTheArticleSharesIsNotChrome() {
    String html = "<html><body><nav><a href='/'>Home</a></nav><article><h1>Ferry terminal to"
        + " close</h1><div class='article-body'>" + paragraphs("<p class='paywall'>")
        + "<div class='newsletter-box'><p>Get the harbour news in your inbox.</p></div></div>"
        + "</article></body></html>";
    String body = body(html);
    assertTrue(body.contains("cracks in two of the concrete piers"), body);
    assertTrue(body.contains("asked for help"), body);
  }

  @Test
  void aContentClassOnAFewWordsDoesNotWin() {
    String html = "<html><body><div class='wrap'><div class='blk-txt'><p>" + STORY[0] + "</p><p>"
        + STORY[1] + "</p></div><div class='post-navigation'><a href='/p/1'><div"
        + " class='next-post-title'>Next: the islands in the winter</div></a><a href='/p/2'><div"
        + " class='prev-post-title'>Previous: market day</div></a></div></div>"
        + "</body></html>";
    String body = body(html);
    assertTrue(body.contains("cracks in two of the concrete piers"), body);
  }

  @Test
  void anArticleCutIntoFramesOutweighsAContactBox() {
    StringBuilder frames = new StringBuilder();
    for (String s : STORY) {
      frames.append("<div class='frame frame-default'><div class='ce-textpic'><div"
          + " class='ce-bodytext'><p>").append(s).append(" ").append(s).append("</p></div></div>"
          + "</div>");
    }
    String html = "<html><body><main class='article-detail'><article><div class='container'>"
        + "<div class='infobox article-contact'><p>Contact: harbour office, Quay Street 4,"
        + " telephone 0100 200, open Monday to Friday.</p></div><div class='article-body'>"
        + frames + "</div></div></article></main></body></html>";
    String body = body(html);
    assertTrue(body.contains("cracks in two of the concrete piers"), body);
    assertTrue(body.contains("asked for help"), body);
  }

  @Test
  void aListOfTeasersDoesNotWinOverAStoryCutIntoFrames() {
    StringBuilder teasers = new StringBuilder("<div class='aside-bloc'><div class='liste'>");
    for (int i = 0; i < 4; i++) {
      teasers.append("<h3><a href='/a/").append(i).append("'>Another story number ").append(i)
          .append("</a></h3><p>Schools, roads, fuel, prices, ferries, weather, markets and"
              + " the summer timetable: a summary of another story, in a few words.</p>");
    }
    teasers.append("</div></div>");
    StringBuilder story = new StringBuilder();
    for (int i = 0; i < 2; i++) {
      for (String s : STORY) {
        story.append("<div class='frame'><p>").append(s).append(" ").append(s.replace(",", ""))
            .append("</p></div>");
      }
    }
    String html = "<html><body><div id='wrapper'><div id='content'><article><div class='txt'>"
        + story + "</div></article></div><div id='aside'>" + teasers + "</div></div>"
        + "</body></html>";
    String body = body(html);
    assertTrue(body.contains("cracks in two of the concrete piers"), body);
    assertFalse(body.contains("summer timetable: a summary"), body);
  }
}
