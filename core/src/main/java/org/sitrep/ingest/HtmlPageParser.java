package org.sitrep.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.model.Comment;
import org.sitrep.model.Related;
import org.sitrep.model.Span;
import org.sitrep.text.Languages;
import org.sitrep.text.TextNormalizer;

/**
 * Parses an HTML page: metadata, reader comments, related headlines and the main content. The
 * document text is the page rendered as plain text: the title, the body paragraphs, the comments
 * and the related headlines, separated by blank lines; offsets point into it.
 */
final class HtmlPageParser {
  /*
   * Related-content boxes: [class*=related], [id*=related], [class*=read-also],
   * [class*=readmore], [class*=more-stories], [class*=recommended], [class*=also-read],
   * [class*=more-news].
   */
  private static final String[] RELATED_CLASSES = {"related", "read-also", "readmore",
      "more-stories", "recommended", "also-read", "more-news"};
  static final PageElements.Match RELATED = (e, cls, id) ->
      PageElements.containsAny(cls, RELATED_CLASSES) || id.contains("related");

  PageParts parse(String html, String input) {
    Document doc = Jsoup.parse(html, input.contains("://") ? input : "");
    PageElements els = new PageElements(doc);
    HtmlMetadata meta = HtmlMetadata.read(doc, els, input);
    List<HtmlComments.Raw> comments = HtmlComments.extract(doc, els, html);
    Set<String> related = related(els, html);
    Element root = doc.body() == null ? doc : doc.body();
    List<ContentExtractor.Block> blocks = new ContentExtractor().extract(root);

    PageParts p = new PageParts();
    StringBuilder text = new StringBuilder();
    if (meta.title != null) {
      p.title = meta.title;
      text.append(TextNormalizer.normalizePage(meta.title));
    }
    String titleKey = meta.title == null ? null : TextNormalizer.fold(meta.title);
    blocks = belowHeadline(blocks, titleKey);
    for (ContentExtractor.Block b : blocks) {
      boolean lead = p.paragraphs.isEmpty();
      if (lead && titleKey != null && TextNormalizer.fold(b.text()).equals(titleKey)) {
        continue; // the headline repeated at the top of the body
      }
      if (lead && b.text().length() < 120 && Bylines.looksLikeByline(b.text())) {
        continue; // "By Rami Saleh July 6, 2019" above the first paragraph
      }
      p.paragraphs.add(append(text, b.text()));
    }
    for (HtmlComments.Raw c : comments) {
      if (c.text().isBlank()) {
        continue;
      }
      Span s = append(text, c.text());
      p.comments.add(new Comment(c.author(), text.substring(s.start(), s.end()), s.start(),
          s.end(), c.replyTo()));
    }
    for (String r : related) {
      Span s = append(text, r);
      p.chrome(s.start(), s.end(), "related");
      p.related.add(new Related(r, Languages.detect(r)));
    }
    p.text = text.toString();
    p.outlet = meta.outlet;
    p.published = meta.published;
    p.addCredits(meta.credits);
    p.section = meta.section;
    p.tags.addAll(meta.tags);
    StringBuilder body = new StringBuilder();
    for (Span s : p.paragraphs) {
      body.append(p.text, s.start(), Math.min(s.end(), s.start() + 2000)).append(' ');
      if (body.length() > 20_000) {
        break;
      }
    }
    String detected = Languages.detect(body.length() > 0 ? body : p.text);
    p.language = detected.equals("und") && meta.language != null ? meta.language : detected;
    return p;
  }

  /* How many blocks at the top of the content are looked at for the headline. */
  private static final int HEAD_BLOCKS = 4;
  /* A block this long (characters) is the text's own: the headline is looked for above it. */
  private static final int PROSE = 150;

  /**
   * The content blocks from below the article's headline: when one of the first few blocks,
   * above any paragraph of prose, is the page's title or an h1, that block and those above it (a
   * section label, a kicker, a breadcrumb) stand over the article and go.
   */
  static List<ContentExtractor.Block> belowHeadline(List<ContentExtractor.Block> blocks,
      String titleKey) {
    for (int i = 0; i < blocks.size() && i < HEAD_BLOCKS; i++) {
      ContentExtractor.Block b = blocks.get(i);
      if (b.text().length() >= PROSE) {
        break;
      }
      boolean title = titleKey != null && TextNormalizer.fold(b.text()).equals(titleKey);
      // an h1 that is not the title heads the text only with labels above it: under a sentence
      // it is a heading inside the text (a page that sets its subheads in h1)
      if ((title || b.tag().equals("h1") && !sentenceAbove(blocks, i))
          && proseAfter(blocks, i + 1)) {
        return blocks.subList(i + 1, blocks.size());
      }
    }
    return blocks;
  }

  /* Words that make a block ending in a full stop a sentence, not a label. */
  private static final int SENTENCE_WORDS = 8;

  /* Whether one of the blocks above {@code at} is a sentence: eight words or more ending in . ! ? */
  private static boolean sentenceAbove(List<ContentExtractor.Block> blocks, int at) {
    for (int i = 0; i < at; i++) {
      String t = blocks.get(i).text().strip();
      if (!t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0
          && t.split("\\s+").length >= SENTENCE_WORDS) {
        return true;
      }
    }
    return false;
  }

  private static boolean proseAfter(List<ContentExtractor.Block> blocks, int from) {
    for (int i = from; i < blocks.size(); i++) {
      if (blocks.get(i).text().length() >= PROSE) {
        return true;
      }
    }
    return false;
  }

  private static Span append(StringBuilder text, String block) {
    if (text.length() > 0) {
      text.append("\n\n");
    }
    int start = text.length();
    text.append(TextNormalizer.normalizePage(block));
    return new Span(start, text.length());
  }

  /** Headlines of other articles listed in related-content boxes; the boxes are removed. */
  private static Set<String> related(PageElements els, String html) {
    Set<String> out = new LinkedHashSet<>();
    if (!html.contains("related") && !html.contains("read") && !html.contains("more-")
        && !html.contains("recommended")) {
      return out;
    }
    for (Element box : els.selectAttached(RELATED)) { // not in a comment section removed
      if (box.text().length() > 5000) {
        continue; // a whole page wrapper whose class merely mentions "related"
      }
      for (Element a : box.select("a")) {
        String t = ContentExtractor.squash(a.text());
        if (t.split("\\s+").length >= 4 && t.length() <= 200 && out.size() < 30) {
          out.add(t);
        }
      }
    }
    return out;
  }
}
