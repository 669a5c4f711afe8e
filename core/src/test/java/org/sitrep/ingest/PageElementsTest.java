package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Each element scan of the HTML finders matches exactly what the CSS selector it replaced
 * matches, in the same order, on randomized pages whose classes, ids and attributes mix the
 * words the selectors look for with others, in any case.
 */
class PageElementsTest {
  private record Pair(String selector, PageElements.Match match) {}

  private static final List<Pair> SCANS = List.of(
      new Pair("[class*=date], [id*=date], [class*=time], [class*=posted], [class*=publish],"
          + " [class*=byline], [class*=meta], [class*=datum], [class*=dateline],"
          + " [class*=entry-info], [class*=article-info], [class*=tarikh], [class*=submitted],"
          + " [data-testid*=date], [class*=zeit]", HtmlDates.DATE_ELEMENTS),
      new Pair("[itemprop=datePublished]", HtmlDates.PUBLISHED_ITEMPROP),
      new Pair("time[datetime]", HtmlDates.TIMES),
      new Pair("link[rel=canonical]", HtmlMetadata.CANONICAL),
      new Pair("script[type=application/ld+json]", HtmlMetadata.JSON_LD),
      new Pair("[rel=author], .byline, .author-name, .author, [itemprop=author]",
          HtmlMetadata.BYLINE),
      new Pair("#comments, #respond, .comments-area, #disqus_thread, .wpdiscuz_top_clearing, "
          + "#wpdcom, .wpd-thread-list, ol.commentlist, ol.comment-list, .comment-respond, "
          + "[itemtype*=schema.org/Comment]", HtmlComments.SECTIONS),
      new Pair("ol.commentlist li.comment, ol.comment-list li.comment, "
          + "ul.commentlist li.comment, ul.comment-list li.comment, li.comment[id^=comment-], "
          + "article.comment", HtmlComments.WORDPRESS),
      new Pair("[class*=related], [id*=related], [class*=read-also], [class*=readmore],"
          + " [class*=more-stories], [class*=recommended], [class*=also-read], [class*=more-news]",
          HtmlPageParser.RELATED));

  private static final String[] TAGS = {"div", "span", "p", "ol", "ul", "li", "article", "time",
      "link", "meta", "script", "a", "section", "h1", "aside"};
  private static final String[] CLASSES = {"comment", "Comment", "comments-area", "comment-respond",
      "commentlist", "comment-list", "wpdiscuz_top_clearing", "wpd-thread-list", "WPD-Thread-List",
      "byline", "ByLine", "author", "author-name", "AUTHOR", "post-author", "entry-date", "DateLine",
      "pub-time", "posted-on", "publish", "meta", "article-info", "entry-info", "tarikh", "zeit",
      "submitted", "datum", "related-posts", "RelatedPosts", "readmore", "read-also", "also-read",
      "more-stories", "more-news", "recommended", "content", "x", "main", "\u212Aomment",
      "comment\u017Flist", "İnfo", "c\u0130omment"};
  private static final String[] IDS = {"comments", "Comments", "respond", "disqus_thread", "wpdcom",
      "WPDCOM", "comment-12", "Comment-7", "related", "pubDate", "main", "x"};
  private static final String[][] ATTRS = {
      {"itemprop", "datePublished"}, {"itemprop", "DATEPUBLISHED"}, {"itemprop", "author"},
      {"itemprop", " author"}, {"rel", "author"}, {"rel", "Canonical"}, {"rel", "canonical"},
      {"type", "application/ld+json"}, {"type", "Application/LD+JSON"}, {"type", "text/javascript"},
      {"datetime", "2024-01-02"}, {"data-testid", "story-Date"}, {"data-testid", "x"},
      {"itemtype", "https://Schema.org/Comment"}, {"itemtype", "https://schema.org/Article"},
      {"hidden", ""}};

  @Test
  void scansFindWhatTheirSelectorsFind() {
    Random random = new Random(20261130L);
    int found = 0;
    for (int page = 0; page < 300; page++) {
      Document doc = Jsoup.parse(randomPage(random));
      PageElements els = new PageElements(doc);
      for (Pair p : SCANS) {
        List<Element> want = doc.select(p.selector());
        List<Element> got = els.select(p.match());
        assertEquals(want.size(), got.size(), p.selector() + "\n" + doc.body());
        for (int i = 0; i < want.size(); i++) {
          assertSame(want.get(i), got.get(i), p.selector());
        }
        assertSame(doc.selectFirst(p.selector()), els.selectFirst(p.match()), p.selector());
        found += want.size();
      }
    }
    assertTrue(found > 1000, "the random pages hold matches: " + found);
  }

  @Test
  void selectAttachedLeavesOutRemovedElements() {
    Document doc = Jsoup.parse("<div id=comments><div class=related-a>x</div></div>"
        + "<div class=related-b>y</div>");
    PageElements els = new PageElements(doc);
    doc.getElementById("comments").remove();
    List<Element> got = els.selectAttached(HtmlPageParser.RELATED);
    assertEquals(1, got.size());
    assertEquals("related-b", got.get(0).className());
  }

  private static String randomPage(Random r) {
    StringBuilder b = new StringBuilder("<html><head><title>t</title></head><body>");
    element(r, b, 0);
    element(r, b, 0);
    return b.append("</body></html>").toString();
  }

  private static void element(Random r, StringBuilder b, int depth) {
    String tag = TAGS[r.nextInt(TAGS.length)];
    b.append('<').append(tag);
    if (r.nextInt(3) > 0) {
      b.append(" class=\"");
      int n = 1 + r.nextInt(3);
      for (int i = 0; i < n; i++) {
        b.append(i == 0 ? "" : r.nextBoolean() ? " " : "\t").append(CLASSES[r.nextInt(CLASSES.length)]);
      }
      b.append('"');
    }
    if (r.nextInt(3) == 0) {
      b.append(" id=\"").append(IDS[r.nextInt(IDS.length)]).append('"');
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      String[] a = ATTRS[r.nextInt(ATTRS.length)];
      b.append(' ').append(r.nextBoolean() ? a[0] : a[0].toUpperCase(java.util.Locale.ROOT))
          .append("=\"").append(a[1]).append('"');
    }
    b.append('>').append("text ");
    if (depth < 5) {
      for (int i = r.nextInt(4); i > 0; i--) {
        element(r, b, depth + 1);
      }
    }
    b.append("</").append(tag).append('>');
  }
}
