package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * A chrome word of a page builder's naming scheme ("widget" on every block) says nothing where
 * the article's own paragraphs sit under it; on a page whose article stands outside it, a
 * "widget" is still a sidebar's. Markup and text of our own.
 */
class PageNamingSchemeTest {
  private static Document read(String html) {
    PageReader.Result r = new PageReader().read(html.getBytes(StandardCharsets.UTF_8),
        "page.html");
    return assertInstanceOf(PageReader.Ok.class, r).document();
  }

  private static String block(String p) {
    return "<div class=\"pb-block pb-widget pb-widget-text\"><div class=\"pb-widget-wrap\">" + p
        + "</div></div>";
  }

  @Test
  void paragraphsInsideABuildersWidgetsAreTheArticle() {
    String html = "<html><head><title>Clinic reopens in Velka</title></head><body>"
        + "<div class=\"pb-widget pb-widget-menu\"><ul><li><a href=\"/a\">World</a></li>"
        + "<li><a href=\"/b\">Politics</a></li><li><a href=\"/c\">Sport</a></li></ul></div>"
        + "<h1>Clinic reopens in Velka</h1>"
        + block("<p>The only clinic in the border town of Velka reopened on Monday after three"
            + " months, its director said, with two doctors and a small stock of medicines.</p>"
            + "<p>Patients queued from dawn, and staff said they had seen more than a hundred"
            + " people by noon, most of them children and older residents.</p>")
        + "<div class=\"pb-widget pb-widget-button\"><a href=\"/give\">Support us</a></div>"
        + block("<p>The clinic had closed in the summer when shelling damaged its roof, and the"
            + " nearest hospital is two hours away by road.</p><p>Engineers repaired the roof in"
            + " October with help from a relief group, the director said.</p>")
        + "<div class=\"pb-widget pb-widget-posts\"><h2>Latest</h2><a href=\"/n1\">Talks"
        + " stall again</a><a href=\"/n2\">Floods hit the coast</a></div>"
        + "</body></html>";
    String body = read(html).body().text();
    assertTrue(body.contains("The only clinic in the border town"), body);
    assertTrue(body.contains("Engineers repaired the roof"), body);
  }

  @Test
  void aSidebarWidgetBesideAnArticleIsStillChrome() {
    String html = "<html><head><title>Clinic reopens in Velka</title></head><body>"
        + "<article class=\"post\"><h1>Clinic reopens in Velka</h1>"
        + "<p>The only clinic in the border town of Velka reopened on Monday after three months,"
        + " its director said, with two doctors and a small stock of medicines.</p>"
        + "<p>Patients queued from dawn, and staff said they had seen more than a hundred people"
        + " by noon, most of them children and older residents.</p>"
        + "<p>The clinic had closed in the summer when shelling damaged its roof.</p></article>"
        + "<aside><div class=\"widget widget-about\"><p>Our newsroom has covered the border"
        + " region since 2009 with reporters in four towns and a network of local writers.</p>"
        + "</div></aside></body></html>";
    String body = read(html).body().text();
    assertTrue(body.contains("The only clinic"), body);
    assertFalse(body.contains("Our newsroom has covered"), body);
  }
}
