package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Extracts reader comments with their reply structure from common markup, and removes the
 * comment section from the page so that it cannot leak into the body: wpDiscuz ({@code
 * wpd-comment}, {@code wpd_comment_level-N}, ids {@code wpd-comm-ID_PARENT}), WordPress core
 * comment lists ({@code li.comment} in {@code ol.commentlist}, replies in {@code ul.children}),
 * schema.org {@code Comment} items, and Disqus containers.
 */
final class HtmlComments {
  /** A comment before it gets offsets: author, text, index of the parent or null. */
  record Raw(String author, String text, Integer replyTo) {}

  private static final Pattern WPD_ID = Pattern.compile("wpd-comm-(\\d+)_(\\d+)");

  private HtmlComments() {}

  /*
   * Comment sections: #comments, #respond, .comments-area, #disqus_thread,
   * .wpdiscuz_top_clearing, #wpdcom, .wpd-thread-list, ol.commentlist, ol.comment-list,
   * .comment-respond, [itemtype*=schema.org/Comment].
   */
  private static final Set<String> SECTION_IDS =
      Set.of("comments", "respond", "disqus_thread", "wpdcom");
  static final PageElements.Match SECTIONS = (e, cls, id) ->
      (SECTION_IDS.contains(id) && SECTION_IDS.contains(e.id())) // the lower case first: cheaper
          || (PageElements.mayHaveClass(cls, "comment") && (e.hasClass("comments-area")
              || e.hasClass("comment-respond")
              || (e.nameIs("ol") && (e.hasClass("commentlist") || e.hasClass("comment-list")))))
          || (PageElements.mayHaveClass(cls, "wpd") && (e.hasClass("wpdiscuz_top_clearing")
              || e.hasClass("wpd-thread-list")))
          || (e.attributesSize() > 0 && e.attr("itemtype").toLowerCase(Locale.ENGLISH)
              .contains("schema.org/comment"));
  /*
   * Comments of WordPress core: ol.commentlist li.comment, ol.comment-list li.comment,
   * ul.commentlist li.comment, ul.comment-list li.comment, li.comment[id^=comment-],
   * article.comment.
   */
  static final PageElements.Match WORDPRESS = (e, cls, id) ->
      PageElements.mayHaveClass(cls, "comment") && e.hasClass("comment")
          && (e.nameIs("article")
              || (e.nameIs("li") && (id.startsWith("comment-") || inCommentList(e))));

  private static boolean inCommentList(Element li) {
    for (Element p = li.parent(); p != null; p = p.parent()) {
      if ((p.nameIs("ol") || p.nameIs("ul"))
          && (p.hasClass("commentlist") || p.hasClass("comment-list"))) {
        return true;
      }
    }
    return false;
  }

  static List<Raw> extract(Document doc, PageElements els, String html) {
    boolean comments = html.contains("comment") || html.contains("Comment");
    if (!comments && !html.contains("disqus") && !html.contains("respond")) {
      return List.of();
    }
    List<Raw> out = html.contains("wpd-comment") ? wpDiscuz(doc) : new ArrayList<>();
    if (out.isEmpty() && comments) {
      out = wordpress(els);
    }
    if (out.isEmpty() && html.contains("schema.org/Comment")) {
      out = schemaOrg(doc);
    }
    // whatever was found, comment sections never count as article text
    for (Element e : els.select(SECTIONS)) {
      e.remove();
    }
    return out;
  }

  private static List<Raw> wpDiscuz(Document doc) {
    List<Raw> out = new ArrayList<>();
    Map<String, Integer> byId = new HashMap<>();
    for (Element c : doc.select("div.wpd-comment")) {
      Element wrap = c.selectFirst("[id^=wpd-comm-]");
      String id = null;
      String parent = null;
      Matcher m = WPD_ID.matcher(wrap == null ? c.id() : wrap.id());
      if (m.find()) {
        id = m.group(1);
        parent = m.group(2);
      }
      Element author = c.selectFirst(".wpd-comment-author");
      Element text = c.selectFirst(".wpd-comment-text");
      if (text == null) {
        continue;
      }
      Integer replyTo = parent != null && !parent.equals("0") ? byId.get(parent) : null;
      if (id != null) {
        byId.put(id, out.size());
      }
      out.add(new Raw(author == null ? null : clean(author.text()), paragraphs(text), replyTo));
    }
    return out;
  }

  private static List<Raw> wordpress(PageElements els) {
    List<Raw> out = new ArrayList<>();
    Map<Element, Integer> index = new IdentityHashMap<>();
    for (Element li : els.select(WORDPRESS)) {
      Element author = li.selectFirst(".comment-author .fn, cite.fn, .comment-author, b.fn");
      Element body = li.selectFirst(".comment-content, .comment-text, .comment-body");
      if (body == null) {
        continue;
      }
      Element bodyCopy = body.clone();
      bodyCopy.select(".comment-author, .comment-meta, .commentmetadata, .reply, .vcard").remove();
      Integer replyTo = null;
      for (Element p = li.parent(); p != null; p = p.parent()) {
        if (index.containsKey(p)) {
          replyTo = index.get(p);
          break;
        }
      }
      index.put(li, out.size());
      out.add(new Raw(author == null ? null : clean(author.text()), paragraphs(bodyCopy),
          replyTo));
    }
    return out;
  }

  private static List<Raw> schemaOrg(Document doc) {
    List<Raw> out = new ArrayList<>();
    for (Element c : doc.select("[itemtype*=schema.org/Comment]")) {
      Element author = c.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author]");
      Element text = c.selectFirst("[itemprop=text], [itemprop=commentText]");
      if (text != null) {
        out.add(new Raw(author == null ? null : clean(author.text()), paragraphs(text), null));
      }
    }
    return out;
  }

  private static String paragraphs(Element e) {
    Elements ps = e.select("p");
    if (ps.isEmpty()) {
      return clean(e.text());
    }
    List<String> parts = new ArrayList<>();
    for (Element p : ps) {
      String t = clean(p.text());
      if (!t.isEmpty()) {
        parts.add(t);
      }
    }
    return String.join("\n", parts);
  }

  private static String clean(String s) {
    return ContentExtractor.squash(s);
  }
}
