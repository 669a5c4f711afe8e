package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.model.Credit;
import org.sitrep.model.Outlet;
import org.sitrep.model.Published;

/**
 * Reads page metadata from JSON-LD, OpenGraph, {@code <meta>}, {@code <time>} and bylines: title,
 * publication date, credits, section, tags, language and outlet.
 */
final class HtmlMetadata {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES =
      Set.of("newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
          "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting", "webpage",
          "socialmediaposting", "report", "scholarlyarticle", "techarticle");
  private static final String[] DATE_METAS = {
    "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
    "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued", "dc.date.created",
    "dcterms.created", "dcterms.issued", "citation_publication_date", "sailthru.date",
    "parsely-pub-date", "original-publish-date", "article.published", "published_time",
    "article_date_original", "cxenseparse:recs:publishtime", "displaydate", "timestamp",
  };
  private static final Pattern ISO =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?");

  String title;
  Published published = Published.NONE;
  final List<Credit> credits = new ArrayList<>();
  String section;
  final Set<String> tags = new LinkedHashSet<>();
  String language;
  Outlet outlet;
  String articleBody;

  static HtmlMetadata read(Document doc, String input) {
    HtmlMetadata m = new HtmlMetadata();
    m.indexMetas(doc);
    m.jsonLd(doc);
    m.metas(doc);
    m.titles(doc);
    m.times(doc);
    m.urlDate(doc);
    m.visibleDate(doc);
    m.dateNearHeadline(doc);
    m.byline(doc);
    String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
    if (lang.length() >= 2) {
      m.language = lang.substring(0, 2).toLowerCase(Locale.ROOT);
    }
    if (m.outlet == null) {
      String host = host(m.meta(doc, "og:url"));
      if (host == null) {
        Element canon = doc.selectFirst("link[rel=canonical]");
        host = canon == null ? null : host(canon.attr("href"));
      }
      if (host == null) {
        host = host(input);
      }
      Optional<Outlet> o = Outlets.get().byHost(host);
      if (o.isPresent()) {
        m.outlet = o.get();
      } else if (host != null) {
        String h = host.startsWith("www.") ? host.substring(4) : host;
        m.outlet = new Outlet(h, h.replaceAll("[^a-z0-9]+", "-"));
      }
    }
    return m;
  }

  private void jsonLd(Document doc) {
    for (Element s : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(s.data());
      } catch (Exception e) {
        continue; // malformed JSON-LD is common; other metadata still applies
      }
      List<JsonNode> nodes = new ArrayList<>();
      flatten(root, nodes);
      for (JsonNode n : nodes) {
        String type = types(n);
        if (ARTICLE_TYPES.stream().noneMatch(type::contains)) {
          continue;
        }
        boolean page = type.equals("webpage");
        if (title == null && !page) {
          title = text(n.get("headline"));
        }
        if (published.value() == null) {
          String d = text(n.get("datePublished"));
          if (d == null && !page) {
            d = text(n.get("dateCreated"));
          }
          setDate(d, "page");
        }
        if (credits.isEmpty()) {
          for (String a : names(n.get("author"))) {
            credits.add(new Credit("author", a));
          }
        }
        if (section == null) {
          List<String> sec = strings(n.get("articleSection"));
          section = sec.isEmpty() ? null : sec.get(0);
        }
        tags.addAll(keywords(n.get("keywords")));
        if (outlet == null && n.has("publisher")) {
          List<String> pub = names(n.get("publisher"));
          if (!pub.isEmpty()) {
            outlet = Outlets.get().byName(pub.get(0));
          }
        }
        if (language == null) {
          String l = text(n.get("inLanguage"));
          if (l != null && l.length() >= 2) {
            language = l.substring(0, 2).toLowerCase(Locale.ROOT);
          }
        }
        if (articleBody == null) {
          articleBody = text(n.get("articleBody"));
        }
      }
    }
  }

  private static void flatten(JsonNode n, List<JsonNode> out) {
    if (n == null) {
      return;
    }
    if (n.isArray()) {
      n.forEach(x -> flatten(x, out));
    } else if (n.isObject()) {
      out.add(n);
      if (n.has("@graph")) {
        flatten(n.get("@graph"), out);
      }
      if (n.has("mainEntity")) {
        flatten(n.get("mainEntity"), out);
      }
    }
  }

  private static String types(JsonNode n) {
    JsonNode t = n.get("@type");
    if (t == null) {
      return "";
    }
    List<String> all = strings(t);
    return String.join(" ", all).toLowerCase(Locale.ROOT);
  }

  private void metas(Document doc) {
    if (title == null) {
      title = meta(doc, "og:title");
    }
    if (title == null) {
      title = meta(doc, "twitter:title");
    }
    for (String name : DATE_METAS) {
      if (published.value() != null) {
        break;
      }
      setDate(meta(doc, name), "page");
    }
    if (published.value() == null) {
      Element e = doc.selectFirst("[itemprop=datePublished]");
      if (e != null) {
        setDate(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"), "page");
      }
    }
    if (credits.isEmpty()) {
      for (String key : new String[] {"author", "article:author", "byl", "parsely-author",
          "sailthru.author", "dc.creator"}) {
        String a = meta(doc, key);
        if (a != null && !a.startsWith("http")) {
          String name = a.replaceFirst("(?i)^by\\s+", "").strip();
          for (String part : name.split("\\s*(?:,|\\band\\b|&)\\s*")) {
            if (!part.isBlank() && part.length() <= 60) {
              credits.add(new Credit("author", part.strip()));
            }
          }
          break;
        }
      }
    }
    if (section == null) {
      section = firstNonNull(meta(doc, "article:section"), meta(doc, "section"),
          meta(doc, "parsely-section"));
    }
    for (Element e : doc.select("meta[property=article:tag], meta[name=article:tag]")) {
      String t = e.attr("content").strip();
      if (!t.isEmpty()) {
        tags.add(t);
      }
    }
    String nk = firstNonNull(meta(doc, "news_keywords"), meta(doc, "parsely-tags"));
    if (tags.isEmpty() && nk != null) {
      for (String t : nk.split("\\s*[,،]\\s*")) {
        if (!t.isBlank()) {
          tags.add(t.strip());
        }
      }
    }
    if (outlet == null) {
      String site = firstNonNull(meta(doc, "og:site_name"), meta(doc, "application-name"));
      if (site != null) {
        outlet = Outlets.get().byName(site);
      }
    }
  }

  private void titles(Document doc) {
    if (title != null) {
      // some sites escape their titles twice: "&#8220;We needed&nbsp;this"
      title = ContentExtractor.squash(org.jsoup.parser.Parser.unescapeEntities(title, false));
      return;
    }
    Element h1 = doc.selectFirst("article h1, h1");
    if (h1 != null && !h1.text().isBlank()) {
      title = ContentExtractor.squash(h1.text());
      return;
    }
    String t = doc.title();
    if (!t.isBlank()) {
      // "Headline | Site" and "Headline - Site": keep the longer part
      String[] parts = t.split("\\s+[|–—-]\\s+");
      String best = parts[0];
      for (String p : parts) {
        if (p.length() > best.length()) {
          best = p;
        }
      }
      title = best.strip();
    }
  }

  private void times(Document doc) {
    if (published.value() != null) {
      return;
    }
    for (Element t : doc.select("time[datetime]")) {
      String cls = (t.className() + " " + t.attr("itemprop")).toLowerCase(Locale.ROOT);
      if (cls.contains("update") || cls.contains("modif")) {
        continue;
      }
      if (setDate(t.attr("datetime"), "page")) {
        return;
      }
    }
  }

  /* A full date in the page's address: /2018/08/02/, /2020-04-28-, /20200428/, _20030331_. */
  private static final Pattern URL_DATE = Pattern.compile(
      "[/_-]((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");

  /** The date in the page's canonical address, when it holds year, month and day. */
  private void urlDate(Document doc) {
    if (published.value() != null) {
      return;
    }
    String url = meta(doc, "og:url");
    if (url == null) {
      Element canon = doc.selectFirst("link[rel=canonical]");
      url = canon == null ? null : canon.attr("href");
    }
    if (url == null || url.isBlank()) {
      return;
    }
    String path = url.replaceFirst("^[a-z]+://[^/]+", "");
    path = path.replaceFirst("^/web/\\d{14}/.*?://[^/]+", ""); // an archive's own stamp is no date
    Matcher m = URL_DATE.matcher(path);
    if (m.find()) {
      published = new Published(m.group(1) + "-" + m.group(2) + "-" + m.group(3), "day", "url",
          url.strip());
    }
  }

  /* Elements whose class or id says they hold the article's date. */
  private static final String DATE_ELEMENTS = "[class*=date], [id*=date], [class*=time],"
      + " [class*=posted], [class*=publish], [class*=byline], [class*=meta], [class*=datum],"
      + " [class*=dateline], [class*=entry-info], [class*=article-info], [class*=tarikh],"
      + " [class*=submitted], [data-testid*=date], [class*=zeit]";
  private static final Pattern NOT_THE_DATE = Pattern.compile(
      "(?i)update|modif|comment|footer|copyright|calendar|archive|widget|sidebar|related");

  /**
   * A date written near the headline in an element made for it ("Posted on 2 August 2018",
   * "02.08.2018 | 14:05"): the first of the page's date elements that holds a full date, leaving
   * out update stamps, comments, archives and calendars.
   */
  private void visibleDate(Document doc) {
    if (published.value() != null) {
      return;
    }
    int seen = 0;
    for (Element e : doc.select(DATE_ELEMENTS)) {
      if (++seen > 200) {
        return;
      }
      String marks = e.className() + " " + e.id();
      if (NOT_THE_DATE.matcher(marks).find() || insideNoise(e)) {
        continue;
      }
      String t = ContentExtractor.squash(e.text());
      if (t.isEmpty() || t.length() > 120) {
        continue;
      }
      if (DateExpressions.UPDATED.matcher(t).find()) {
        continue;
      }
      Optional<DateExpressions.Found> f = DateExpressions.find(t, true);
      if (f.isPresent() && !f.get().precision().equals("month")) {
        published = new Published(f.get().value(), f.get().precision(), "page-text", t);
        return;
      }
    }
  }


  /* How far from the headline, in elements of the page's order, a date line is looked for. */
  private static final int BEFORE_HEADLINE = 20;
  private static final int AFTER_HEADLINE = 80;

  /**
   * A date written near the headline in an element that no class names as a date ("Datum
   * 28.01.2022", "Handball Schweiz • 02.02.2022", a lead paragraph that opens with "27.1.2022 -"):
   * the first short text, or the opening of a longer one, among the elements around the
   * {@code <h1>} that holds a full date; update stamps, comments, footers, menus and calendars
   * left out.
   */
  private void dateNearHeadline(Document doc) {
    if (published.value() != null || doc.body() == null) {
      return;
    }
    Element h1 = doc.body().selectFirst("h1");
    org.jsoup.select.Elements all = doc.body().getAllElements();
    if (h1 != null) {
      int at = all.indexOf(h1);
      if (dateAmong(all, Math.max(0, at - BEFORE_HEADLINE), Math.min(all.size(),
          at + AFTER_HEADLINE))) {
        return;
      }
    }
    // a title that opens with its date: "08.11.2021 | Online-Fachtag …"
    String title = firstNonNull(metas.get("og:title"), doc.title());
    if (title != null) {
      Optional<DateExpressions.Found> f = DateExpressions.find(title, true);
      if (f.isPresent() && f.get().start() == 0) {
        published = new Published(f.get().value(), f.get().precision(), "page-text", title);
        return;
      }
    }
    // no date by the headline: the first date the page shows outside its menus, footers,
    // sidebars and update stamps (htmldate's last resort too)
    dateAmong(all, 0, all.size());
  }

  /* Takes the first date line among elements [from, to) of the page's order; true if found. */
  private boolean dateAmong(org.jsoup.select.Elements all, int from, int to) {
    for (int i = from; i < to; i++) {
      Element e = all.get(i);
      String tag = e.tagName();
      if (tag.equals("script") || tag.equals("style") || tag.equals("a") || tag.equals("option")
          || tag.equals("h1")) {
        continue;
      }
      if (!ownDigits(e)) {
        continue; // checked on the text nodes as they are, before building any string
      }
      String own = ContentExtractor.squash(e.ownText());
      if (own.length() < 6 || !hasDigits(own)) {
        continue;
      }
      String t = own.length() > 160 ? own.substring(0, 40) : own;
      if (NOT_THE_DATE.matcher(e.className() + " " + e.id()).find() || insideNoise(e)) {
        continue;
      }
      // "Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023": the date no update word precedes
      Optional<DateExpressions.Found> f = DateExpressions.original(t, true);
      if (f.isPresent() && (own.length() <= 160 || f.get().start() <= 2)) {
        published = new Published(f.get().value(), f.get().precision(), "page-text", t);
        return true;
      }
    }
    return false;
  }

  /* True when one of the element's own text nodes holds a run of four digits. */
  private static boolean ownDigits(Element e) {
    for (int c = 0; c < e.childNodeSize(); c++) {
      if (e.childNode(c) instanceof org.jsoup.nodes.TextNode t && hasDigits(t.getWholeText())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigits(String s) {
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
      if (run >= 4) {
        return true;
      }
    }
    return false;
  }

  /* A wrapper that holds the posts themselves (a blog engine's "widget Blog"), not a sidebar. */
  private static final Pattern POSTS = Pattern.compile("(?i)\\bblog\\b|\\bposts?\\b|hfeed");

  /* Inside a footer, aside or menu at any depth, or an element marked as noise close above. */
  private static boolean insideNoise(Element e) {
    int up = 0;
    for (Element p = e.parent(); p != null; p = p.parent(), up++) {
      String tag = p.tagName();
      if (tag.equals("footer") || tag.equals("aside") || tag.equals("nav")) {
        return true;
      }
      // a page-wide wrapper far above ("widget Blog") says nothing of this element
      String marks = p.className() + " " + p.id();
      if (up < 4 && NOT_THE_DATE.matcher(marks).find() && !POSTS.matcher(marks).find()) {
        return true;
      }
    }
    return false;
  }

  private void byline(Document doc) {
    if (!credits.isEmpty()) {
      return;
    }
    Element b = doc.selectFirst("[rel=author], .byline, .author-name, .author, [itemprop=author]");
    if (b == null) {
      return;
    }
    String line = ContentExtractor.squash(b.text());
    Bylines.Parsed parsed = Bylines.parse(line, true);
    if (!parsed.credits().isEmpty()) {
      credits.addAll(parsed.credits());
      return;
    }
    if (!line.isEmpty() && line.length() <= 60 && line.split("\\s+").length <= 6) {
      credits.add(new Credit("author", line));
    }
  }

  /** Sets the publication date from an ISO-like string; returns whether it took. */
  private boolean setDate(String raw, String basis) {
    if (raw == null || raw.isBlank() || published.value() != null) {
      return false;
    }
    Matcher m = ISO.matcher(raw);
    if (m.find()) {
      String date = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
      int y = Integer.parseInt(m.group(1));
      int mo = Integer.parseInt(m.group(2));
      int d = Integer.parseInt(m.group(3));
      if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) {
        return false;
      }
      if (m.group(4) == null) {
        published = new Published(date, "day", basis, raw.strip());
      } else if (m.group(6) == null) {
        published = new Published(date + "T" + m.group(4) + ":" + m.group(5), "minute", basis,
            raw.strip());
      } else {
        published = new Published(date + "T" + m.group(4) + ":" + m.group(5) + ":" + m.group(6),
            "second", basis, raw.strip());
      }
      return true;
    }
    Optional<DateExpressions.Found> f = DateExpressions.find(raw, false);
    if (f.isPresent()) {
      published = new Published(f.get().value(), f.get().precision(), basis, raw.strip());
      return true;
    }
    return false;
  }

  /* The page's <meta> values by lower-case key (property, name or itemprop), first one kept. */
  private final Map<String, String> metas = new HashMap<>();

  private void indexMetas(Document doc) {
    for (Element e : doc.getElementsByTag("meta")) {
      String v = e.attr("content").strip();
      if (v.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop"}) {
        String k = e.attr(attr);
        if (!k.isEmpty()) {
          metas.putIfAbsent(k.toLowerCase(Locale.ROOT), v);
        }
      }
    }
  }

  private String meta(Document doc, String key) {
    return metas.get(key.toLowerCase(Locale.ROOT));
  }

  private static String host(String url) {
    if (url == null || !url.contains("://")) {
      return null;
    }
    try {
      String h = new URI(url.strip().replace(" ", "%20")).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT);
    } catch (Exception e) {
      return null;
    }
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : text(n.get(0));
    }
    if (n.isObject()) {
      return text(n.has("name") ? n.get("name") : n.get("@value"));
    }
    String s = n.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isArray()) {
      n.forEach(x -> out.addAll(strings(x)));
    } else {
      String t = text(n);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (String s : strings(n)) {
      if (!s.startsWith("http") && s.length() <= 80) {
        out.add(s);
      }
    }
    return out;
  }

  private static List<String> keywords(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (String s : strings(n)) {
      for (String k : s.split("\\s*[,،]\\s*")) {
        if (!k.isBlank()) {
          out.add(k.strip());
        }
      }
    }
    return out;
  }

  private static String firstNonNull(String... xs) {
    for (String x : xs) {
      if (x != null && !x.isBlank()) {
        return x;
      }
    }
    return null;
  }
}
