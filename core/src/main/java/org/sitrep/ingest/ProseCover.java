package org.sitrep.ingest;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A second opinion on the content extractor's choice, in the manner of jusText: every block of
 * the pruned page is classed as prose or not by its own shape alone (a few sentences' length, few
 * links), and the chosen containers must hold most of the page's prose. When they hold less than
 * half of it (a thirty-character "next post" title or a newsletter prompt chosen over an article
 * cut into many frames), the container that holds the most prose for the least other text wins
 * instead.
 */
final class ProseCover {
  /* Blocks shorter than this (visible characters) are not counted as prose. */
  private static final int PROSE = 100;
  /* Pages with less prose than this are left to the first opinion. */
  private static final int MIN_PAGE_PROSE = 500;
  /* How many times the chosen containers' prose a container must hold to replace them. */
  private static final double MARGIN = 3;
  /* Prose characters (a short article) that make the first opinion sure of its choice. */
  private static final int SURE = 2000;
  /* What a character of other text costs a candidate, against a character of prose. */
  private static final double OTHER_COST = 0.5;
  private static final Set<String> TEXT_CONTAINERS =
      Set.of("div", "section", "article", "main", "td", "blockquote", "center");

  private final ToIntFunction<Element> textLength;
  private final ToDoubleFunction<Element> linkDensity;
  private final Set<String> blockTags;
  /* Prose characters per element, its own blocks and all below it. */
  private final Map<Element, Integer> prose = new IdentityHashMap<>();
  private int total;

  ProseCover(ToIntFunction<Element> textLength, ToDoubleFunction<Element> linkDensity,
      Set<String> blockTags) {
    this.textLength = textLength;
    this.linkDensity = linkDensity;
    this.blockTags = blockTags;
  }

  /**
   * Returns the container to take instead of {@code chosen}, or null when {@code chosen} holds
   * half of the page's prose or more (or the page has little prose).
   */
  Element replacement(Element root, List<Element> chosen) {
    for (Element e : root.getAllElements()) {
      int n = ownProse(e);
      if (n > 0) {
        for (Element a = e; a != null; a = a.parent()) {
          prose.merge(a, n, Integer::sum);
          if (a == root) {
            break;
          }
        }
      }
    }
    total = prose.getOrDefault(root, 0);
    if (total < MIN_PAGE_PROSE) {
      return null;
    }
    int covered = 0;
    for (Element c : chosen) {
      covered += prose.getOrDefault(c, 0);
    }
    // a choice that holds half the page's prose, or a short article's worth, stands
    if (covered >= total * 0.5 || covered >= SURE) {
      return null;
    }
    Element best = null;
    double bestValue = covered - OTHER_COST * otherText(chosen);
    // in document order, not the map's (identity hashes): a tie goes to the first container
    // the same way on every run
    for (Element a : root.getAllElements()) {
      Integer held = prose.get(a);
      if (held == null) {
        continue;
      }
      int good = held;
      // an article may be short beside a cookie notice, teasers or another story told at
      // length: only a container with several times the chosen prose overrules the choice
      if (good < total * 0.5 || good < covered * MARGIN || linkDensity.applyAsDouble(a) > 0.5) {
        continue;
      }
      // the prose of the rejected choice counts against a container that holds it
      int rejected = proseInside(a, chosen);
      double value = good - rejected
          - OTHER_COST * (Math.max(0, textLength.applyAsInt(a) - good) + rejected);
      if (value > bestValue) {
        bestValue = value;
        best = a;
      }
    }
    return best;
  }

  /* The prose of the chosen elements that lie inside {@code a} (or are it). */
  private int proseInside(Element a, List<Element> chosen) {
    int n = 0;
    for (Element c : chosen) {
      for (Element p = c; p != null; p = p.parent()) {
        if (p == a) {
          n += prose.getOrDefault(c, 0);
          break;
        }
      }
    }
    return n;
  }

  private int otherText(List<Element> chosen) {
    int n = 0;
    for (Element c : chosen) {
      n += Math.max(0, textLength.applyAsInt(c) - prose.getOrDefault(c, 0));
    }
    return n;
  }

  /**
   * The visible characters of an element's own prose block: a paragraph's text, or the text a
   * container holds outside its child blocks, when it is long enough and mostly not links.
   */
  private int ownProse(Element e) {
    String tag = e.normalName();
    if (tag.equals("p") || tag.equals("pre")) {
      int n = textLength.applyAsInt(e);
      return n >= PROSE && linkDensity.applyAsDouble(e) < 0.3 ? n : 0;
    }
    if (!TEXT_CONTAINERS.contains(tag)) {
      return 0;
    }
    int chars = 0;
    int links = 0;
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        chars += visible(t.getWholeText());
      } else if (n instanceof Element c && !blockTags.contains(c.normalName())
          && !c.normalName().equals("p")) {
        int len = textLength.applyAsInt(c);
        chars += len;
        links += c.normalName().equals("a") ? len
            : (int) Math.round(len * linkDensity.applyAsDouble(c));
      }
    }
    return chars >= PROSE && links < 0.3 * chars ? chars : 0;
  }

  private static int visible(String s) {
    return ContentExtractor.visible(s);
  }
}
