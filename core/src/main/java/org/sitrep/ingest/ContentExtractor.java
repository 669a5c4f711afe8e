package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main content of an HTML page and returns it as text blocks (paragraphs, headings,
 * list items) in page order.
 *
 * <p>Content scoring in the spirit of Readability and trafilatura, written for Sitrep: clutter is
 * pruned by tag, visibility and class/id hints; every paragraph-like block scores by its text
 * length and commas and passes the score to its ancestors; scores are discounted by link
 * density; the best container wins, together with siblings that score nearly as well; blocks
 * inside it that are link lists, widget labels or boilerplate are dropped.
 */
final class ContentExtractor {
  /** A block of main content: its text, its tag, and whether it is a heading. */
  record Block(String text, String tag, boolean heading) {}

  private static final Set<String> DROP_TAGS =
      Set.of("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
          "embed", "button", "input", "select", "textarea", "option", "nav", "aside", "footer",
          "video", "audio", "map", "dialog", "menu", "link", "meta", "head", "figcaption");
  private static final Set<String> BLOCK_TAGS =
      Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul",
          "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tr",
          "td", "th", "figure", "figcaption", "header", "footer", "form", "hr", "br", "address",
          "center", "fieldset", "details", "summary", "caption", "hgroup");
  private static final Set<String> LEAF_BLOCKS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dt", "dd", "td", "th",
          "figcaption", "caption", "address", "summary");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  private final Boilerplate lexicon = Boilerplate.get();
  private final ContentHints hints = ContentHints.get();
  /*
   * Visible text length, link text length, links marked rel="author" and forms per element,
   * counted once per page in one pass.
   */
  private final Map<Element, int[]> stats = new IdentityHashMap<>();

  /** Returns the main-content blocks of a parsed page; the page is modified (pruned). */
  List<Block> extract(Element body) {
    count(body);
    prune(body);
    Map<Element, Double> scores = score(body);
    Element top = null;
    double best = 0;
    // in document order, not the map's (identity hashes): of two equal scores the first
    // element wins the same way on every run
    Element root = body;
    while (root.parent() != null) {
      root = root.parent();
    }
    for (Element el : root.getAllElements()) {
      Double v = scores.get(el);
      if (v == null) {
        continue;
      }
      double s = v * (1 - linkDensity(el));
      if (s > best) {
        best = s;
        top = el;
      }
    }
    if (top == null) {
      return blocks(body);
    }
    top = widen(top, scores, best);
    List<Element> chosen = withSiblings(top, scores, best);
    chosen = withTwins(body, top, chosen, scores, best);

    Element instead =
        new ProseCover(this::textLength, this::linkDensity, BLOCK_TAGS).replacement(body, chosen);
    if (instead != null) {
      chosen = List.of(instead);
    }
    List<Block> out = new ArrayList<>();
    for (Element e : chosen) {
      out.addAll(blocks(e));
    }
    return BlockSifter.sift(out);
  }

  /**
   * Removes clutter: non-content tags, hidden elements, and elements whose class says chrome.
   * The counts of the elements above a removed one are brought down by what it held.
   */
  private void prune(Element root) {
    int total = Math.max(1, textLength(root));
    ownWords = ownWords(root);
    List<Element> drop = new ArrayList<>();
    // what is inside a dropped element goes with it: its subtree is not looked at
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e && e != root && dropped(e, total)) {
          drop.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    for (Element e : drop) {
      uncount(e);
      e.remove();
    }
  }

  private boolean dropped(Element e, int total) {
    String tag = e.normalName();
    if (DROP_TAGS.contains(tag)) {
      // a page served for browsers without scripts may hold its whole text in <noscript>
      return !(tag.equals("noscript") && textLength(e) >= total * 0.5);
    }
    if (e.attributesSize() == 0) {
      return mediaBox(e, 0, total); // neither hidden nor hinted
    }
    String style = e.attr("style");
    if (e.hasAttr("hidden") || (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find())
        || "true".equals(e.attr("aria-hidden")) && textLength(e) < 200) {
      return true;
    }
    if (tag.equals("body") || tag.equals("html")) {
      return false;
    }
    int kinds = hints.kinds(pageHintWords(e));
    if ((kinds & STRONG) != 0 || ((kinds & NEGATIVE) != 0 && (kinds & PROTECT) == 0)
        || linkBox(e, kinds) || (kinds & GATE) != 0 && !holdsProse(e)) {
      // never prune a container that holds most of the page's text, nor a paragraph whose class
      // a run of prose paragraphs shares (the article's own, as 'paywall' marks them)
      return textLength(e) < total * 0.3 && !(tag.equals("p") && inProseRun(e));
    }
    return mediaBox(e, kinds, total);
  }

  /*
   * True when two or more paragraphs of prose stand in the element (a paywall's box that holds
   * the article's second half, served in the page behind the gate).
   */
  private boolean holdsProse(Element e) {
    int n = 0;
    for (Element p : e.getElementsByTag("p")) {
      if (prose(p) && ++n >= 2) {
        return true;
      }
    }
    return false;
  }

  /* Bits of the media count (stats[4]): the element holds an image, or a frame or a player. */
  private static final int IMAGE = 1;
  private static final int FRAME = 2;

  /*
   * A box that leads to other pages ('teaser' cards): chrome when it holds a link; a teaser with
   * no link is the story's own lead (a news view's "news-teaser" over its text).
   */
  private boolean linkBox(Element e, int kinds) {
    int[] st = stats.get(e);
    return (kinds & LINKBOX) != 0 && (kinds & PROTECT) == 0 && st != null && st[1] > 0;
  }

  /*
   * A media box, found by its shape: an embedded frame or player with at most a notice around it
   * (600 characters, no two paragraphs of prose: "Video überspringen", the consent note under
   * a video), or a picture box, an image with 300 characters or less beside it and a picture
   * word (content-hints.tsv) on the box or on an element in it other than the image (an
   * "image-box" holding a "copyright" line and its caption). Never a box holding 30% of the text.
   */
  private boolean mediaBox(Element e, int kinds, int total) {
    int[] st = stats.get(e);
    if (st == null || st[4] == 0) {
      return false;
    }
    String tag = e.normalName();
    if (!(tag.equals("div") || tag.equals("section") || tag.equals("p") || tag.equals("span")
        || tag.equals("address") || tag.equals("figure") || tag.equals("center"))) {
      return false;
    }
    int len = st[0];
    if (len >= total * 0.3) {
      return false;
    }
    if ((st[4] & FRAME) != 0 && len <= 600) {
      for (Element p : e.getElementsByTag("p")) {
        if (prose(p)) {
          return false;
        }
      }
      return true;
    }
    if ((st[4] & IMAGE) == 0 || len == 0 || len > 300) {
      return false;
    }
    if ((kinds & PICTURE) != 0) {
      return true;
    }
    // the words beside the picture: the text outside its caption and credit elements
    int caption = 0;
    for (Element d : e.getAllElements()) {
      if (d != e && d.attributesSize() > 0 && !d.normalName().equals("img")
          && !d.normalName().equals("picture") && !d.normalName().equals("source")
          && !insidePicture(d, e) && (hints.kinds(hintWords(d)) & PICTURE) != 0) {
        caption += textLength(d);
      }
    }
    return caption > 0 && len - caption <= 30;
  }

  /* True when an element between {@code d} and {@code box} (both excluded) has a picture word. */
  private boolean insidePicture(Element d, Element box) {
    for (Element a = d.parent(); a != null && a != box; a = a.parent()) {
      if (a.attributesSize() > 0 && (hints.kinds(hintWords(a)) & PICTURE) != 0) {
        return true;
      }
    }
    return false;
  }

  /*
   * The chrome words of this page's naming scheme: a negative hint word that the containers of
   * half or more of the page's prose paragraphs carry (up to four levels above each), with at
   * least two such paragraphs. A page builder names every block a "widget" ("elementor-widget-
   * container" holds the article's paragraphs); on such a page the word says nothing, while on
   * a page whose article stands outside it, a "widget" is still a sidebar's.
   */
  private Set<String> ownWords = Set.of();

  private Set<String> ownWords(Element root) {
    Map<String, Integer> count = new java.util.HashMap<>();
    int paragraphs = 0;
    for (Element p : root.getElementsByTag("p")) {
      if (!prose(p)) {
        continue;
      }
      paragraphs++;
      Set<String> seen = new java.util.HashSet<>();
      Element a = p.parent();
      for (int d = 0; a != null && a != root && d < 4; d++, a = a.parent()) {
        if (a.attributesSize() == 0) {
          continue;
        }
        for (String w : hintWords(a)) {
          if ((hints.wordKinds(w) & NEGATIVE) != 0) {
            seen.add(w);
          }
        }
      }
      for (String w : seen) {
        count.merge(w, 1, Integer::sum);
      }
    }
    if (paragraphs < 2 || count.isEmpty()) {
      return Set.of();
    }
    Set<String> own = new java.util.HashSet<>();
    for (Map.Entry<String, Integer> c : count.entrySet()) {
      if (2 * c.getValue() >= paragraphs) {
        own.add(c.getKey());
      }
    }
    return own;
  }

  /* An element's hint words less the page's own naming scheme's ({@link #ownWords}). */
  private List<String> pageHintWords(Element e) {
    List<String> words = hintWords(e);
    if (!ownWords.isEmpty()) {
      words.removeIf(ownWords::contains);
    }
    return words;
  }

  /**
   * True when a paragraph and at least two siblings with its classes each hold a sentence or
   * more of text with few links: a class a run of prose shares is the article's own.
   */
  private boolean inProseRun(Element p) {
    Element parent = p.parent();
    if (parent == null || !prose(p)) {
      return false;
    }
    String cls = p.className();
    int run = 0;
    for (Element s : parent.children()) {
      if (s.normalName().equals("p") && s.className().equals(cls) && prose(s) && ++run >= 3) {
        return true;
      }
    }
    return false;
  }

  private boolean prose(Element e) {
    return textLength(e) >= 80 && linkDensity(e) < 0.3;
  }

  private static final int STRONG = ContentHints.bit(ContentHints.Kind.STRONG);
  private static final int NEGATIVE = ContentHints.bit(ContentHints.Kind.NEGATIVE);
  private static final int PROTECT = ContentHints.bit(ContentHints.Kind.PROTECT);
  private static final int POSITIVE = ContentHints.bit(ContentHints.Kind.POSITIVE);
  private static final int LINKBOX = ContentHints.bit(ContentHints.Kind.LINKBOX);
  private static final int PICTURE = ContentHints.bit(ContentHints.Kind.PICTURE);
  private static final int GATE = ContentHints.bit(ContentHints.Kind.GATE);

  /*
   * Takes a removed element's characters and link characters off the counts of the elements
   * above it, as a count of the pruned page would find them: inside a link, all of them were
   * link characters.
   */
  private void uncount(Element removed) {
    int[] st = stats.get(removed);
    if (st == null) {
      return;
    }
    int chars = st[0];
    int links = st[1];
    for (Element p = removed.parent(); p != null; p = p.parent()) {
      int[] ps = stats.get(p);
      if (ps == null) {
        break; // above the counted root's parent
      }
      if (p.normalName().equals("a")) {
        links = chars;
      }
      ps[0] -= chars;
      ps[1] -= links;
    }
  }

  private Map<Element, Double> score(Element root) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : root.getAllElements()) {
      String tag = e.normalName();
      boolean container = isContainer(tag);
      String own = container ? ownText(e) : null;
      boolean paragraph = tag.equals("p") || tag.equals("pre") || tag.equals("td")
          || tag.equals("blockquote") || (container && own.length() >= 25);
      if (!paragraph) {
        continue;
      }
      String text = container ? own : e.text();
      if (text.length() < 25) {
        continue;
      }
      double s = 1 + commas(text) + Math.min(3, text.length() / 100.0);
      Element a = container && own.length() >= 25 ? e : e.parent();
      // the container gets the whole score, its parent half, the next a sixth
      double[] share = {1, 0.5, 1.0 / 6};
      for (int level = 0; a != null && level < share.length; level++) {
        scores.merge(a, s * share[level], Double::sum);
        a = a.parent();
      }
    }
    Map<Element, Double> out = new HashMap<>();
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      out.put(e.getKey(), e.getValue() + initial(e.getKey()));
    }
    return out;
  }

  /**
   * The words ({@link ContentHints#words}) of an element's class and id, without WordPress
   * taxonomy classes ({@code tag-diy}, {@code category-news}, {@code format-standard}) that name
   * the post's terms, not the element's role.
   */
  private static List<String> hintWords(Element e) {
    String cls = e.className();
    List<String> out = new ArrayList<>();
    boolean container = isContainer(e.normalName());
    if (cls.indexOf('-') < 0) {
      ContentHints.words(cls, out);
    } else {
      // the class names, split at white space (regex \s), taxonomy classes left out
      int start = -1;
      for (int i = 0; i <= cls.length(); i++) {
        boolean space = i == cls.length() || isRegexSpace(cls.charAt(i));
        if (!space && start < 0) {
          start = i;
        } else if (space && start >= 0) {
          String c = cls.substring(start, i);
          if (!taxonomy(c) && !(container && absence(c))) {
            ContentHints.words(c, out);
          }
          start = -1;
        }
      }
    }
    ContentHints.words(e.id(), out);
    return out;
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static final List<String> TAXONOMY =
      List.of("tag-", "category-", "format-", "status-", "type-", "post-", "postid-", "author-",
          "categories-");

  /*
   * A container's class that says a part is absent: "no-share", "no-sidebar", "without-comments"
   * mark a page or a container that has no share bar, sidebar or comments, not the part itself
   * ("no-print", the style sheets' "do not print this", still marks chrome). Only on div,
   * section, article and main: a figure marked "no-caption" is still a picture.
   */
  private static boolean absence(String c) {
    String l = c.toLowerCase(Locale.ROOT);
    return (l.startsWith("no-") || l.startsWith("no_") || l.startsWith("without-")
        || l.startsWith("without_")) && !l.endsWith("print");
  }

  private static boolean taxonomy(String c) {
    for (String t : TAXONOMY) {
      if (c.length() > t.length() && c.startsWith(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isContainer(String tag) {
    return tag.equals("div") || tag.equals("section") || tag.equals("article") || tag.equals("main");
  }

  private double initial(Element e) {
    double s = switch (e.normalName()) {
      case "article" -> 8;
      case "div", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "form", "ul", "ol", "dl", "dd", "dt", "li", "address" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    int kinds = hints.kinds(pageHintWords(e));
    if ((kinds & POSITIVE) != 0) {
      // a class word says content only of an element that holds some: a 'post-title' link of
      // thirty characters is not an article
      s += 25 * Math.min(1, textLength(e) / 150.0);
    }
    if ((kinds & (NEGATIVE | STRONG)) != 0 || linkBox(e, kinds)) {
      s -= 25;
    }
    if ("articleBody".equals(e.attr("itemprop"))) {
      s += 40;
    }
    return s;
  }

  /** Climbs from a candidate to an ancestor that holds several comparable candidates. */
  private Element widen(Element top, Map<Element, Double> scores, double best) {
    Element e = top;
    while (e.parent() != null && !e.parent().normalName().equals("body")) {
      Element p = e.parent();
      // a lone child carries no structure of its own
      if (p.children().size() == 1) {
        e = p;
        continue;
      }
      Double ps = scores.get(p);
      if (ps != null && ps * (1 - linkDensity(p)) >= best * 0.9) {
        e = p;
        continue;
      }
      break;
    }
    return e;
  }

  private List<Element> withSiblings(Element top, Map<Element, Double> scores, double best) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, best * 0.2);
    List<Element> out = new ArrayList<>();
    boolean after = false;
    for (Element s : parent.children()) {
      if (s == top) {
        out.add(s);
        after = true;
        continue;
      }
      Double sc = scores.get(s);
      double ld = linkDensity(s);
      if (sc != null && sc * (1 - ld) >= threshold) {
        out.add(s);
        continue;
      }
      // a text div after the body is its last line (a deck before it is the standfirst)
      if (s.normalName().equals("p") || after && textBlock(s)) {
        String t = s.text();
        if ((textLength(s) > 70 && ld < 0.25)
            || (t.length() > 0 && ld == 0 && t.matches(".*[.!?\"”]$"))) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /*
   * The best score along an element's chain of lone children: a wrapper that holds one element
   * and nothing else is its child's container, as {@link #widen} climbs through it, so a chunk
   * of the body wrapped twice ("<div><div><p>…") scores as its inner container does, not the
   * half and sixth that reach the wrappers.
   */
  private static double chainScore(Element e, Map<Element, Double> scores) {
    double best = scores.getOrDefault(e, 0.0);
    for (Element c = e; c.childrenSize() == 1 && noOwnText(c); ) {
      c = c.child(0);
      best = Math.max(best, scores.getOrDefault(c, 0.0));
    }
    return best;
  }

  /* An element whose text is a short heading without links: h2 to h6 and nothing else. */
  private boolean subhead(Element e) {
    int chars = textLength(e);
    if (chars == 0 || chars > 150 || linkDensity(e) > 0) {
      return false;
    }
    for (String h : List.of("h2", "h3", "h4", "h5", "h6")) {
      Elements hs = e.getElementsByTag(h);
      if (!hs.isEmpty() && textLength(hs.first()) == chars) {
        return true;
      }
    }
    return false;
  }

  private static boolean noOwnText(Element e) {
    for (TextNode t : e.textNodes()) {
      if (!t.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /*
   * A div or section that holds only text, inline elements and line breaks (no paragraph, list
   * or other block inside): a paragraph written without a <p>, as Readability reads such a div.
   */
  private static boolean textBlock(Element e) {
    String tag = e.normalName();
    return (tag.equals("div") || tag.equals("section")) && !hasBlockChild(e);
  }

  /**
   * Adds the top candidate's twins: elements with the same tag and classes elsewhere in the page
   * that hold prose too. Article bodies are often cut into chunks around ads and figures.
   */
  private List<Element> withTwins(
      Element root, Element top, List<Element> chosen, Map<Element, Double> scores, double best) {
    // the widened top may be a wrapper left holding one child once a box beside that child was
    // pruned (a grid item beside its "Most Popular" aside), while the same wrapper in another
    // chunk still holds its empty aside: the twins are sought by the classes of each element
    // down the top's chain of lone children, and the level that finds the most is taken
    List<Element> most = chosen;
    for (Element c = top; ; c = c.child(0)) {
      List<Element> out = withTwinsOf(root, c, chosen, scores, best);
      if (out.size() > most.size()) {
        most = out;
      }
      if (c.childrenSize() != 1 || !noOwnText(c)) {
        return most;
      }
    }
  }

  private List<Element> withTwinsOf(
      Element root, Element top, List<Element> chosen, Map<Element, Double> scores, double best) {
    if (top.classNames().isEmpty()) {
      return chosen;
    }
    Set<String> classes = top.classNames();
    List<Element> twins = new ArrayList<>();
    List<Element> subheads = new ArrayList<>();
    for (Element e : root.getElementsByTag(top.normalName())) {
      if (e == top || !e.classNames().equals(classes) || overlaps(e, chosen) || overlaps(e, twins)) {
        continue;
      }
      double sc = chainScore(e, scores);
      if (sc >= Math.max(10, best * 0.2) && linkDensity(e) < 0.33) {
        twins.add(e);
      } else if (subhead(e)) {
        subheads.add(e);
      }
    }
    if (twins.isEmpty()) {
      return chosen;
    }
    List<Element> all = new ArrayList<>(chosen);
    all.addAll(twins);
    Map<Element, Integer> order = new IdentityHashMap<>();
    int i = 0;
    for (Element e : root.getAllElements()) {
      order.put(e, i++);
    }
    all.sort((a, b) -> Integer.compare(order.getOrDefault(a, 0), order.getOrDefault(b, 0)));
    // a twin that holds only a subhead between two chunks of the body is the body's own heading
    int from = order.getOrDefault(all.get(0), 0);
    int to = order.getOrDefault(all.get(all.size() - 1), 0);
    boolean added = false;
    for (Element h : subheads) {
      int at = order.getOrDefault(h, 0);
      if (at > from && at < to && !overlaps(h, all)) {
        all.add(h);
        added = true;
      }
    }
    if (added) {
      all.sort((a, b) -> Integer.compare(order.getOrDefault(a, 0), order.getOrDefault(b, 0)));
    }
    return all;
  }

  private static boolean overlaps(Element e, List<Element> set) {
    for (Element c : set) {
      if (c == e || isAncestor(c, e) || isAncestor(e, c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAncestor(Element a, Element b) {
    for (Element p = b.parent(); p != null; p = p.parent()) {
      if (p == a) {
        return true;
      }
    }
    return false;
  }

  /** Flattens a container into text blocks, dropping link lists and boilerplate lines. */
  private List<Block> blocks(Element root) {
    List<Block> out = new ArrayList<>();
    blockRoot = root;
    proseSeen = false;
    walk(root, out);
    List<Block> kept = new ArrayList<>();
    int before = 0;
    for (Block b : out) {
      String kind = b.text.isBlank() ? null : lexicon.kindOf(b.text).orElse(null);
      // the header of a reader-comment section after the text ends the article: what follows
      // is the comments, their rules and their form
      if (before >= COMMENTS_AFTER && "comment-widget".equals(kind)) {
        break;
      }
      before += b.text.length();
      // a rights line inside the article's own container ("© 2019 Associated Press. All
      // rights reserved.") closes the article as its markup has it: kept, unlike a text page's;
      // so does an editor's or a republication note ("Originally published on …")
      if (!b.text.isBlank() && (kind == null || kind.equals("copyright")
          || kind.equals("disclaimer")) && !isLabel(b.text) && !(kind == null && shapedChrome(b.text))) {
        kept.add(b);
      }
    }
    // the writer's note closing the container ("Jane Roe joined the News 4 staff in 2022. She
    // is a graduate of …", "Dr X is professor of …"): the author's box, not the text; only
    // among its last blocks, past the text's own prose
    for (int k = kept.size() - 1; k >= Math.max(1, kept.size() - BIO_TAIL); k--) {
      String t = kept.get(k).text.strip();
      if (t.length() <= BIO_MAX
          && BodyLines.LineShapes.bioLine(t, org.sitrep.text.TextNormalizer.fold(t))) {
        kept.remove(k);
      }
    }
    return kept;
  }

  /* How many of the container's last blocks may be its writer's note, and its longest. */
  private static final int BIO_TAIL = 3;
  private static final int BIO_MAX = 400;

  /* The longest block the text pages' line shapes judge. */
  private static final int SHAPED_MAX = 300;

  /*
   * A block of the container that the text pages' line shapes call chrome wherever it stands: a
   * call to action ("Get the best of X delivered to your inbox - subscribe to …", "Folgen Sie uns
   * auf Twitter"), a line that states a date and little else ("Datum: 18.10.2021", "Créé:
   * 12.12.2019, 07h36"), a post's filing line ("Dieser Beitrag wurde am … veröffentlicht"), a
   * caption of 250 characters or less that ends in its photo credit ("… Nicklaus. | © Jane
   * Roe/Getty Images"). The page's date is read from the markup, not from these blocks.
   */
  private static boolean shapedChrome(String t) {
    if (t.length() > SHAPED_MAX) {
      return false;
    }
    String folded = org.sitrep.text.TextNormalizer.fold(t);
    return BodyLines.LineShapes.callToAction(t, folded) != null
        || t.length() <= 100 && BodyLines.LineShapes.dateLine(t)
        || BodyLines.LineShapes.postMeta(t, folded) || READ_TIME_ALONE.matcher(t).matches()
        || t.length() <= 250 && BodyLines.LineShapes.photoCredit(t);
  }

  /* A read time alone in a block of the container ("4 min", "6 Min."; s33, html-real-6's study
   * half). Only in HTML: on a text page such a line stands among the header's fields. */
  private static final Pattern READ_TIME_ALONE = Pattern.compile(
      "\\s*\\d{1,3}\\s?(?:min|mins|minuten|minutes|minutos|minuti|dk|мин)\\.?\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /* Characters of text before a comment-section header that make it the end of the article. */
  private static final int COMMENTS_AFTER = 400;

  /* The container being flattened by {@link #blocks}. */
  private Element blockRoot;

  /*
   * An article's own <header> inside the chosen container: the element that holds its headline
   * (an h1), and with it the kicker, standfirst, byline and date, all of which stand above the
   * text and are not the text; only a header that holds a small part of the container's text
   * (a page that wraps its whole article in <header> keeps it).
   */
  private boolean articleHeader(Element e) {
    return e.normalName().equals("header") && !e.getElementsByTag("h1").isEmpty()
        && textLength(e) * 4 < textLength(blockRoot);
  }

  /* A box this short (visible characters) that ends in a button is a pitch, not the text. */
  private static final int PITCH_MAX = 300;

  /*
   * A box inside the body that ends in a button: a short pitch (a line or two asking to join,
   * give, subscribe or download) over a link of a few words that is the box's last element
   * ("Join now", "Give today", "Sign up"), in words. A paragraph that ends in a link holds it inside the
   * paragraph, not as the box's last child.
   */
  private boolean pitchBox(Element e) {
    String tag = e.normalName();
    if (!(tag.equals("div") || tag.equals("section") || tag.equals("form"))
        || e.childrenSize() < 2 || textLength(e) > PITCH_MAX) {
      return false;
    }
    Element last = e.child(e.childrenSize() - 1);
    if (!last.normalName().equals("a") || textLength(e) - textLength(last) < 20) {
      return false;
    }
    // a button says a few words; a reference's link (a DOI, an address, a file) is not one
    String label = last.text().strip();
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (Character.isDigit(c) || c == '/' || c == '.' || c == ':' || c == '@') {
        return false;
      }
    }
    return !label.isEmpty() && label.split("\\s+").length <= 3;
  }

  private void walk(Element e, List<Block> out) {
    StringBuilder inline = new StringBuilder();
    int[] linkChars = {0};
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        inline.append(t.getWholeText());
      } else if (n instanceof Element c) {
        String tag = c.normalName();
        if (tag.equals("br")) {
          inline.append('\n');
        } else if ((!LEAF_BLOCKS.contains(tag) || hasBlockChild(c)) && seeAlso(c)) {
          // (a leaf block is one line, which the lexicon judges when the blocks are kept)
          flush(inline, linkChars, e, out);
        } else if (linkCard(c) || authorBox(c) || formBox(c)) {
          flush(inline, linkChars, e, out);
        } else if (!BLOCK_TAGS.contains(tag)) {
          String text = c.wholeText();
          inline.append(text);
          if (tag.equals("a")) {
            linkChars[0] += text.strip().length();
          } else {
            linkChars[0] += linkTextLength(c);
          }
        } else if (articleHeader(c) || pitchBox(c) || !proseSeen && factsBox(c)) {
          flush(inline, linkChars, e, out);
        } else {
          flush(inline, linkChars, e, out);
          if (LEAF_BLOCKS.contains(tag) && !hasBlockChild(c)) {
            if (!labelledLinks(c)) {
              add(c.wholeText(), linkTextLength(c), tag, out);
            }
          } else {
            walk(c, out);
          }
        }
      }
    }
    flush(inline, linkChars, e, out);
  }

  /* A teaser card or an author box is at most this long (visible characters). */
  private static final int CARD_MAX = 400;
  private static final int AUTHOR_BOX_MAX = 700;

  /*
   * A link that wraps blocks (a picture, a kicker and a headline in their own divs or headings):
   * a teaser card for another article set inside the text. A link inside a sentence wraps words,
   * not blocks.
   */
  private boolean linkCard(Element c) {
    return c.normalName().equals("a") && hasBlockChild(c) && textLength(c) <= CARD_MAX;
  }

  /*
   * An author box inside the chosen container: a short box (not the container itself, and a
   * small part of its text) that holds a link marked rel="author", the microformat for a link to
   * the author's page, as the bio under an article ("… is co-founder of …") and the byline
   * block above it do. The links are counted before pruning (a box's name link may carry a
   * chrome class and be gone).
   */
  private boolean authorBox(Element c) {
    if (!isContainer(c.normalName()) && !c.normalName().equals("p")) {
      return false;
    }
    int chars = textLength(c);
    if (chars == 0 || chars > AUTHOR_BOX_MAX || chars * 3 >= textLength(blockRoot)) {
      return false;
    }
    int[] st = stats.get(c);
    return st != null && st[2] > 0;
  }

  /* Whether a link is marked rel="author". */
  private static boolean authorLink(Element a) {
    String rel = a.attr("rel");
    if (rel.isEmpty()) {
      return false;
    }
    for (String r : rel.split("\\s+")) {
      if (r.equalsIgnoreCase("author")) {
        return true;
      }
    }
    return false;
  }

  /* A box around a form is at most this long (visible characters). */
  private static final int FORM_BOX_MAX = 500;

  /*
   * A short box inside the text that holds a form: a newsletter sign-up ("enter your email
   * address"), a donation button or a consent tick box, with the pitch around it. The text of
   * an article is not inside a form; a page that wraps everything in one form (ASP.NET) has a
   * form far longer than a box, and the container itself is never one.
   */
  private boolean formBox(Element c) {
    int[] st = stats.get(c);
    if (st == null || st[3] == 0 || c == blockRoot) {
      return false;
    }
    int chars = textLength(c);
    return chars <= FORM_BOX_MAX && chars * 3 < textLength(blockRoot);
  }

  /*
   * A line of links under a label: "Filed under: News • Politics", "Schlagwörter: a, b, c".
   * Two or more links, and all its text outside them is separators and one short label ending
   * in a colon: a taxonomy or a tag line, never a sentence.
   */
  private static boolean labelledLinks(Element c) {
    Elements links = c.getElementsByTag("a");
    if (links.size() < 2) {
      return false;
    }
    StringBuilder rest = new StringBuilder();
    outside(c, rest);
    String r = rest.toString().replaceAll("[\\s\u00A0•·|,;/–—-]+", " ").strip();
    return r.endsWith(":") && r.length() <= 40 && r.indexOf(':') == r.length() - 1
        && r.split(" ").length <= 4;
  }

  /* The text of an element outside its links. */
  private static void outside(Element e, StringBuilder b) {
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        b.append(t.getWholeText());
      } else if (n instanceof Element x && !x.normalName().equals("a")) {
        outside(x, b);
      }
    }
  }

  /* A facts box is at most this long (visible characters). */
  private static final int FACTS_MAX = 700;
  /* A block this long (characters) is prose: a facts box after it is inside the text. */
  private static final int PROSE_BLOCK = 150;

  /*
   * A box of labelled lines ahead of the text: a review's spec box or a "need to know" box, whose
   * text is mostly one element of three or more lines, each opening with a bold label ("Developer
   * …", "Price …", "Platforms …") and separated by line breaks, set in a box of its own (a
   * paragraph of such lines among the text's paragraphs, like a minute's "Time and place:" line,
   * is the text's). Only before the first paragraph of prose: a box of that shape inside the
   * text is the text's.
   */
  private boolean factsBox(Element c) {
    int chars = textLength(c);
    if (chars == 0 || chars > FACTS_MAX || LEAF_BLOCKS.contains(c.normalName())) {
      return false; // a paragraph of labelled lines in the text's own flow is the text's
    }
    for (Element x : c.getAllElements()) {
      if (textLength(x) * 10 >= chars * 6 && labelledLines(x)) {
        return true;
      }
    }
    return false;
  }

  /* Whether an element's lines (split at <br>) are three or more, each opening with a bold label. */
  private static boolean labelledLines(Element e) {
    int lines = 0;
    boolean atStart = true;
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        if (t.isBlank()) {
          continue;
        }
        if (atStart) {
          return false;
        }
      } else if (n instanceof Element x) {
        String tag = x.normalName();
        if (tag.equals("br")) {
          atStart = true;
          continue;
        }
        if (atStart) {
          String label = x.text().strip();
          if (!(tag.equals("strong") || tag.equals("b")) || label.isEmpty() || label.length() > 40) {
            return false;
          }
          lines++;
        }
      }
      atStart = false;
    }
    return lines >= 3;
  }

  /* Whether the blocks flattened so far hold a paragraph of prose (set by {@link #add}). */
  private boolean proseSeen;

  /* A "see also" box is at most this long (visible characters). */
  private static final int SEE_ALSO_MAX = 250;

  /*
   * A box or inline element inside the text that links another article under a "see also" label
   * ("Read also: …", "Lire aussi …", "Lesen Sie auch: …"): short, with a link, and its whole
   * text a related line of the lexicon. It goes whole, with the parts its markup splits it into.
   */
  private boolean seeAlso(Element c) {
    if (c.childrenSize() == 0 || c.normalName().equals("a")) {
      return false; // a link alone, or text alone, is no box
    }
    int chars = textLength(c);
    if (chars < 12 || chars > SEE_ALSO_MAX || stats.get(c) == null || stats.get(c)[1] == 0) {
      return false; // no link inside
    }
    return lexicon.kindOf(squash(c.text())).filter("related"::equals).isPresent();
  }

  private void flush(StringBuilder inline, int[] linkChars, Element owner, List<Block> out) {
    if (inline.length() > 0) {
      String tag = LEAF_BLOCKS.contains(owner.normalName()) ? owner.normalName() : "p";
      for (String part : inline.toString().split("\n\\s*\n")) {
        add(part, part.length() == inline.length() ? linkChars[0] : 0, tag, out);
      }
      inline.setLength(0);
      linkChars[0] = 0;
    }
  }

  private void add(String raw, int linkChars, String tag, List<Block> out) {
    String text = squash(raw);
    if (text.isEmpty()) {
      return;
    }
    // a block that is mostly links is navigation or a related list
    if (linkChars > 0 && linkChars >= 0.6 * text.length()) {
      return;
    }
    boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    out.add(new Block(text, tag, heading));
    proseSeen |= !heading && text.length() >= PROSE_BLOCK;
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (BLOCK_TAGS.contains(c.normalName()) && !c.normalName().equals("br")) {
        return true;
      }
    }
    return false;
  }

  /** Short UI labels that are not prose: "Advertisement", "Image", "Loading…". */
  private static boolean isLabel(String t) {
    String l = t.toLowerCase(Locale.ROOT);
    return l.equals("advertisement") || l.equals("advertisment") || l.equals("ad")
        || l.equals("loading...") || l.equals("loading…") || l.equals("close")
        || l.equals("image") || l.equals("video") || l.equals("play video")
        || l.equals("إعلان") || l.equals("اعلان");
  }

  static String squash(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '،' || c == '，') {
        n++;
      }
    }
    return n;
  }

  private static String ownText(Element e) {
    StringBuilder b = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        b.append(t.text());
      } else if (n instanceof Element c && !BLOCK_TAGS.contains(c.normalName())) {
        b.append(c.text());
      }
    }
    return b.toString().strip();
  }

  /**
   * Counts, bottom-up in one traversal, each element's visible characters (whitespace excluded)
   * and how many of them sit inside links.
   */
  private void count(Element root) {
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof TextNode t) {
          Node parent = t.parent();
          if (parent instanceof Element p) {
            stats.computeIfAbsent(p, k -> new int[5])[0] += visible(t.getWholeText());
          }
        } else if (node instanceof Element e) {
          int[] st = stats.computeIfAbsent(e, k -> new int[5]);
          switch (e.normalName()) {
            case "img", "picture" -> st[4] |= IMAGE;
            case "iframe", "video", "embed", "object" -> st[4] |= FRAME;
            default -> { }
          }
          if (e.normalName().equals("a")) {
            st[1] = st[0];
            if (authorLink(e)) {
              st[2] = 1;
            }
          } else if (e.normalName().equals("form")) {
            st[3]++;
          }
          Element parent = e.parent();
          if (parent != null) {
            int[] ps = stats.computeIfAbsent(parent, k -> new int[5]);
            ps[0] += st[0];
            ps[1] += st[1];
            ps[2] += st[2];
            ps[3] += st[3];
            ps[4] |= st[4];
          }
        }
      }
    }, root);
  }

  /* The characters of {@code s} that are neither white space nor no-break spaces. */
  static int visible(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0') {
        n++;
      }
    }
    return n;
  }

  private int textLength(Element e) {
    int[] st = stats.get(e);
    return st == null ? 0 : st[0];
  }

  private double linkDensity(Element e) {
    int[] st = stats.get(e);
    if (st == null || st[0] == 0) {
      return 0;
    }
    return Math.min(1.0, (double) st[1] / st[0]);
  }

  private static int linkTextLength(Element e) {
    int n = 0;
    Elements links = e.getElementsByTag("a");
    for (Element a : links) {
      n += a.text().length();
    }
    return n;
  }
}
