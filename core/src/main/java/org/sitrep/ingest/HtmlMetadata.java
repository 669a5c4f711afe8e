package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.model.Credit;
import org.sitrep.model.Outlet;
import org.sitrep.model.Published;

/**
 * Reads page metadata from JSON-LD, OpenGraph, {@code <meta>} and bylines: title, credits,
 * section, tags, language and outlet; the publication date comes from {@link HtmlDates}.
 */
final class HtmlMetadata {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES =
      Set.of("newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
          "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting", "webpage",
          "socialmediaposting", "report", "scholarlyarticle", "techarticle");
  String title;
  Published published = Published.NONE;
  final List<Credit> credits = new ArrayList<>();
  String section;
  final Set<String> tags = new LinkedHashSet<>();
  String language;
  Outlet outlet;
  String articleBody;
  /* The datePublished of the page's JSON-LD article, as written. */
  private String jsonLdDate;

  static HtmlMetadata read(Document doc, PageElements els, String input) {
    HtmlMetadata m = new HtmlMetadata();
    m.indexMetas(els);
    m.jsonLd(els);
    m.metas(doc);
    m.titles(doc, els);
    m.published = HtmlDates.find(doc, els, m.metas, m.jsonLdDate);
    m.byline(els);
    Element html = els.firstByTag("html");
    String lang = html == null ? "" : html.attr("lang");
    if (lang.length() >= 2) {
      m.language = lang.substring(0, 2).toLowerCase(Locale.ROOT);
    }
    if (m.outlet == null) {
      String host = host(m.meta(doc, "og:url"));
      if (host == null) {
        Element canon = canonical(els);
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

  /* link[rel=canonical] */
  static final PageElements.Match CANONICAL =
      (e, c, i) -> e.nameIs("link") && PageElements.attrIs(e, "rel", "canonical");
  /* script[type=application/ld+json] */
  static final PageElements.Match JSON_LD =
      (e, c, i) -> e.nameIs("script") && PageElements.attrIs(e, "type", "application/ld+json");
  /* [rel=author], .byline, .author-name, .author, [itemprop=author] */
  static final PageElements.Match BYLINE = (e, c, i) -> PageElements.attrIs(e, "rel", "author")
      || (PageElements.mayHaveClass(c, "byline") && e.hasClass("byline"))
      || (PageElements.mayHaveClass(c, "author")
          && (e.hasClass("author-name") || e.hasClass("author")))
      || PageElements.attrIs(e, "itemprop", "author");

  /* The first link[rel=canonical]. */
  static Element canonical(PageElements els) {
    return els.selectFirst(CANONICAL);
  }

  private void jsonLd(PageElements els) {
    for (Element s : els.select(JSON_LD)) {
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
        if (jsonLdDate == null) {
          String d = text(n.get("datePublished"));
          if (d == null && !page) {
            d = text(n.get("dateCreated"));
          }
          jsonLdDate = HtmlDates.stamp(d) == null ? null : d;
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
    tags.addAll(articleTags);
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

  private void titles(Document doc, PageElements els) {
    if (title != null) {
      // some sites escape their titles twice: "&#8220;We needed&nbsp;this"
      title = ContentExtractor.squash(org.jsoup.parser.Parser.unescapeEntities(title, false));
      return;
    }
    Element h1 = els.firstByTag("h1"); // "article h1, h1": any h1 in an article is an h1 too
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

  private void byline(PageElements els) {
    if (!credits.isEmpty()) {
      return;
    }
    Element b = els.selectFirst(BYLINE);
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

  /* The page's <meta> values by lower-case key (property, name or itemprop), first one kept. */
  private final Map<String, String> metas = new LinkedHashMap<>();
  /* The non-empty contents of meta[property=article:tag], meta[name=article:tag], in page order. */
  private final List<String> articleTags = new ArrayList<>();

  private void indexMetas(PageElements els) {
    for (Element e : els.byTag("meta")) {
      String v = e.attr("content").strip();
      if (v.isEmpty()) {
        continue;
      }
      if (PageElements.attrIs(e, "property", "article:tag") || PageElements.attrIs(e, "name", "article:tag")) {
        articleTags.add(v);
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
