package org.sitrep.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.sitrep.model.Published;
import org.sitrep.text.DataFiles;
import org.sitrep.text.Patterns;

/**
 * Finds an HTML page's original publication date, a cascade like htmldate's: JSON-LD, the
 * publication {@code <meta>} tags and {@code itemprop}, {@code <time>} elements, other metas
 * that name a publication or upload, the address's full date, a date element, a date a
 * publication word labels ("Published:", "Mise en ligne", "Erschienen am"), then a date written
 * by the headline or the first date of the page. Update
 * stamps, comments, footers, menus, calendars and a forum profile's "Registered" date are left
 * out. A machine stamp in UTC gives way to the page's local day when the page writes the day
 * before or after it (a page's "2023-11-09T05:30:59Z" is 8 November where it was published).
 */
final class HtmlDates {
  /*
   * Metas that hold the publication date, in order of trust. The generic "date" is as often
   * right as a date element beside the headline where the two disagree (3 and 3 of the 510
   * htmldate pages), so it keeps its place among them.
   */
  private static final String[] PUBLICATION_METAS = {
    "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
    "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued", "dc.date.created",
    "dcterms.created", "dcterms.issued", "citation_publication_date", "sailthru.date",
    "parsely-pub-date", "original-publish-date", "article.published", "published_time",
    "article_date_original", "cxenseparse:recs:publishtime", "displaydate", "timestamp",
  };
  /* Another meta key that says publication, upload or creation ("five_hundred_pixels:uploaded"). */
  private static final Pattern PUBLICATION_KEY =
      Pattern.compile("publish|upload|creat|release|issued");
  private static final Pattern NOT_PUBLICATION_KEY =
      Pattern.compile("modif|updat|expir|edit|creator|review");
  private static final Pattern ISO =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?");
  /* A machine stamp in UTC: "…T05:30:59Z", "…T05:30:59.000Z", "…+00:00", "… GMT". */
  private static final Pattern UTC_STAMP = Pattern.compile(
      "\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:Z|[+-]00:?00|UTC|GMT)$");

  /* [itemprop=datePublished] */
  static final PageElements.Match PUBLISHED_ITEMPROP =
      (e, cls, id) -> PageElements.attrIs(e, "itemprop", "datePublished");
  /* time[datetime] */
  static final PageElements.Match TIMES = (e, cls, id) -> e.nameIs("time") && e.hasAttr("datetime");

  /* Date labels from the lexicon: group 1 a publication label, group 2 another date's label. */
  private static final Pattern LABEL;

  static {
    List<String> pub = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (String[] row : DataFiles.readTsv(HtmlDates.class, "/org/sitrep/lexicon/date-labels.tsv")) {
      (row[0].strip().equals("published") ? pub : other).add(row[1].strip());
    }
    LABEL = Pattern.compile("(?<![\\p{L}])(?:(" + Patterns.alternation(pub) + ")|("
        + Patterns.alternation(other) + "))(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The match of the publication label {@code s} opens with, or null. */
  static Matcher publicationLabel(String s) {
    Matcher m = LABEL.matcher(s);
    return m.lookingAt() && m.group(1) != null ? m : null;
  }

  /* How far after its label a labelled date may begin ("Published 3:15 PM EST, Mon March 4"). */
  private static final int LABEL_TO_DATE = 24;

  /**
   * The date a publication or update label introduces inside a line of other words ("By Jane
   * Doe, Staff Writer Published 3:15 PM EST, Mon March 4, 2024", "Ouest-France Recueilli par …
   * Publié le 02/11/2023 à 14h49", "By … Last updated Nov 8, 2023 Share"), offsets in {@code s};
   * empty when none. The label opens the line or a field of it (after a bar, a bullet, a dash or
   * a stop), or is capitalized: a sentence's "published" or "posted" in lower case is no label.
   */
  static Optional<DateExpressions.Found> labelledDate(String s, boolean dayFirst) {
    return labelledDate(s, dayFirst, true);
  }

  /**
   * The same, a publication label's date before an update label's; with {@code updates} false,
   * only a publication label's ("Received: … / Published online: 14 June 2017").
   */
  static Optional<DateExpressions.Found> labelledDate(String s, boolean dayFirst, boolean updates) {
    List<int[]> labels = new ArrayList<>();
    Matcher m = LABEL.matcher(s);
    while (m.find()) {
      if (m.group(1) != null) {
        labels.add(new int[] {m.start(), m.end()});
      }
    }
    Matcher u = DateExpressions.UPDATED.matcher(s);
    while (updates && u.find()) {
      labels.add(new int[] {u.start(), u.end()});
    }
    for (int[] l : labels) {
      if (!fieldStart(s, l[0])) {
        continue;
      }
      String rest = s.substring(l[1]);
      Optional<DateExpressions.Found> d = DateExpressions.find(rest, dayFirst);
      if (d.isPresent() && d.get().start() <= LABEL_TO_DATE) {
        DateExpressions.Found f = d.get();
        return Optional.of(new DateExpressions.Found(f.value(), f.precision(), f.start() + l[1],
            f.end() + l[1]));
      }
    }
    return Optional.empty();
  }

  /* Whether offset {@code at} of {@code s} opens the line or a field, or a capitalized word. */
  private static boolean fieldStart(String s, int at) {
    if (Character.isUpperCase(s.codePointAt(at))) {
      return true;
    }
    int k = at - 1;
    while (k >= 0 && Character.isWhitespace(s.charAt(k))) {
      k--;
    }
    return k < 0 || "|•·-–—/.:;،".indexOf(s.charAt(k)) >= 0;
  }

  /** True when {@code s} opens with a publication date's label ("Published online: …"). */
  static boolean opensWithPublicationLabel(String s) {
    Matcher m = LABEL.matcher(s.strip());
    return m.lookingAt() && m.group(1) != null;
  }

  /*
   * Elements whose class or id says they hold the article's date: [class*=date], [id*=date],
   * [class*=time], [class*=posted], ..., [data-testid*=date] (a word in the class attribute).
   */
  private static final String[] DATE_CLASSES = {"date", "time", "posted", "publish", "byline",
      "meta", "datum", "dateline", "entry-info", "article-info", "tarikh", "submitted", "zeit"};
  static final PageElements.Match DATE_ELEMENTS = (e, cls, id) ->
      PageElements.containsAny(cls, DATE_CLASSES) || id.contains("date")
          || (e.attributesSize() > 0 && e.attr("data-testid").toLowerCase(Locale.ENGLISH)
              .contains("date"));
  private static final Pattern NOT_THE_DATE = Pattern.compile(
      "(?i)update|modif|comment|footer|copyright|calendar|archive|widget|sidebar|related");
  /* A wrapper that holds the posts themselves (a blog engine's "widget Blog"), not a sidebar. */
  private static final Pattern POSTS = Pattern.compile("(?i)\\bblog\\b|\\bposts?\\b|hfeed");
  /* Comment sections: a labelled date inside them is a comment's. */
  private static final Pattern COMMENTS = Pattern.compile("(?i)comment|reply|forum-post");
  /* A dateline before a lead paragraph's date: "Karlsruhe, (", "BERLIN -", "Kassel. ". */
  private static final Pattern DATELINE = Pattern.compile(
      "\\p{Lu}[\\p{L}.'\\- ]{1,30}[,.]?\\s*[(\\-–]?\\s*");

  /* How far from the headline, in elements of the page's order, a date line is looked for. */
  private static final int BEFORE_HEADLINE = 20;
  private static final int AFTER_HEADLINE = 80;

  private final Document doc;
  private final PageElements els;
  private final Map<String, String> metas;
  private Elements all;
  /* Steps of the cascade that the UTC stamp's local day asks again, each read once. */
  private List<Element> times;
  private Published labelled;
  private Published visibleDate;
  private Published urlDate;
  private boolean labelledRead;
  private boolean visibleDateRead;
  private boolean urlDateRead;

  private HtmlDates(Document doc, PageElements els, Map<String, String> metas) {
    this.doc = doc;
    this.els = els;
    this.metas = metas;
  }

  /**
   * Returns the publication date of {@code doc}, or {@link Published#NONE}.
   *
   * @param metas the page's {@code <meta>} values by lower-case key
   * @param jsonLd the {@code datePublished} of the page's JSON-LD article, or null
   */
  static Published find(Document doc, PageElements els, Map<String, String> metas,
      String jsonLd) {
    return new HtmlDates(doc, els, metas).find(jsonLd);
  }

  private Published find(String jsonLd) {
    Published p = machine(jsonLd);
    if (p != null) {
      return UTC_STAMP.matcher(p.evidence()).find() ? local(p) : p;
    }
    for (int step = 0; step < 5 && p == null; step++) {
      p = switch (step) {
        case 0 -> urlDate();
        case 1 -> visibleDate();
        case 2 -> labelled();
        case 3 -> nearHeadline();
        default -> imageDate();
      };
    }
    if (p != null && UTC_STAMP.matcher(p.evidence()).find()) {
      return local(p);
    }
    return p == null ? Published.NONE : p;
  }

  /* JSON-LD, the publication metas, itemprop, <time> and other publication-like meta keys. */
  private Published machine(String jsonLd) {
    Published p = stamp(jsonLd);
    for (int i = 0; p == null && i < PUBLICATION_METAS.length; i++) {
      p = stamp(metas.get(PUBLICATION_METAS[i]));
    }
    if (p == null) {
      Element e = els.selectFirst(PUBLISHED_ITEMPROP);
      if (e != null) {
        p = stamp(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
      }
    }
    if (p == null) {
      p = times();
    }
    if (p == null) {
      for (Map.Entry<String, String> m : metas.entrySet()) {
        String k = m.getKey();
        if (PUBLICATION_KEY.matcher(k).find() && !NOT_PUBLICATION_KEY.matcher(k).find()
            && ISO.matcher(m.getValue()).find()) {
          p = stamp(m.getValue());
          if (p != null) {
            break;
          }
        }
      }
    }
    return p;
  }

  /* The page's time[datetime] elements. */
  private List<Element> timeElements() {
    if (times == null) {
      times = els.select(TIMES);
    }
    return times;
  }

  /* The first <time datetime> that is not an update stamp ("date updated published" is one). */
  private Published times() {
    for (Element t : timeElements()) {
      String cls = (t.className() + " " + t.attr("itemprop")).toLowerCase(Locale.ROOT);
      if ((cls.contains("update") || cls.contains("modif")) && !cls.contains("publish")) {
        continue;
      }
      Published p = stamp(t.attr("datetime"));
      if (p != null && !ISO.matcher(t.attr("datetime")).find()) {
        // a stamp not in Y-M-D ("01-11-2023 10:29") reads its day and month as the element's
        // own text writes them ("1. November 2023 10:29") when that text is a full date
        String shown = t.text();
        Optional<DateExpressions.Found> f = DateExpressions.find(shown, true);
        if (f.isPresent()) {
          return new Published(f.get().value(), f.get().precision(), "page",
              shown.substring(f.get().start(), f.get().end()).strip());
        }
      }
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /** The date in the page's canonical address, when it holds year, month and day. */
  private Published urlDate() {
    if (!urlDateRead) {
      urlDate = readUrlDate();
      urlDateRead = true;
    }
    return urlDate;
  }

  private Published readUrlDate() {
    String url = metas.get("og:url");
    if (url == null) {
      Element canon = HtmlMetadata.canonical(els);
      url = canon == null ? null : canon.attr("href");
    }
    return UrlDates.find(url);
  }

  /*
   * The day in the address of the page's share image (og:image), htmldate's image search: a
   * site that files uploads by day ("/files/2016/05/04/cover.png") files the article's picture
   * the day it went up. Asked only when nothing on the page dates it.
   */
  private Published imageDate() {
    return UrlDates.find(metas.get("og:image"));
  }

  /**
   * A date a publication word labels, wherever it stands but in comments: "Published: 2 May
   * 2019", "Mise en ligne | 23 mai 2019" (label and date in sibling elements), "am Samstag, 3.
   * Dezember 2011 um 10:00 Uhr veröffentlicht" (the label after the date).
   */
  private Published labelled() {
    if (!labelledRead) {
      labelled = readLabelled();
      labelledRead = true;
    }
    return labelled;
  }

  private Published readLabelled() {
    if (doc.body() == null) {
      return null;
    }
    List<TextNode> nodes = textNodes();
    for (int i = 0; i < nodes.size(); i++) {
      TextNode n = nodes.get(i);
      if (!hasDigits(n.getWholeText(), 4)) {
        continue; // the label is looked for only around a text that can hold a date
      }
      // the text around it in the page's order: a label in the element before ("Mise en
      // ligne" | "23 mai 2019"), or after ("am 3. Dezember 2011" | "veröffentlicht")
      StringBuilder w = new StringBuilder(ContentExtractor.squash(n.getWholeText()));
      for (int j = i - 1; j >= Math.max(0, i - 3) && w.length() < 160; j--) {
        w.insert(0, ContentExtractor.squash(nodes.get(j).getWholeText()) + " ");
      }
      if (i + 1 < nodes.size()) {
        String next = ContentExtractor.squash(nodes.get(i + 1).getWholeText());
        w.append(' ').append(next, 0, Math.min(next.length(), 80));
      }
      String text = w.toString().strip();
      if (text.length() > 400) {
        continue;
      }
      Published p = labelledIn(text);
      if (p != null && !inComments(n.parent())) {
        return p;
      }
    }
    return null;
  }

  /* The body's non-blank text nodes in the page's order, outside scripts, styles and options. */
  private List<TextNode> textNodes() {
    List<TextNode> out = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode t && !t.isBlank() && node.parent() instanceof Element e) {
        String tag = e.tagName();
        if (!tag.equals("script") && !tag.equals("style") && !tag.equals("option")) {
          out.add(t);
        }
      }
    }, doc.body());
    return out;
  }

  /* How far from its label, in characters, a labelled date may stand. */
  private static final int LABEL_REACH = 50;

  /* The date a publication label of {@code text} stands by: after it, else just before it. */
  private static Published labelledIn(String text) {
    Matcher l = LABEL.matcher(text);
    while (l.find()) {
      if (l.group(1) == null) {
        continue;
      }
      String after = text.substring(l.end(), Math.min(text.length(), l.end() + LABEL_REACH));
      Optional<DateExpressions.Found> f = DateExpressions.find(after, true);
      if (f.isPresent() && !LABEL.matcher(after.substring(0, f.get().start())).find()
          && !DateExpressions.UPDATED.matcher(after.substring(0, f.get().start())).find()) {
        return new Published(f.get().value(), f.get().precision(), "page-text",
            text.substring(l.start(), l.end() + f.get().end()));
      }
      int from = Math.max(0, l.start() - LABEL_REACH);
      String before = text.substring(from, l.start());
      Optional<DateExpressions.Found> b = DateExpressions.original(before, true);
      if (b.isPresent() && !LABEL.matcher(before.substring(b.get().end())).find()) {
        return new Published(b.get().value(), b.get().precision(), "page-text",
            text.substring(from + b.get().start(), l.end()));
      }
    }
    return null;
  }

  /**
   * A date written near the headline in an element made for it ("Posted on 2 August 2018",
   * "02.08.2018 | 14:05"): the first of the page's date elements that holds a full date, leaving
   * out update stamps, comments, archives and calendars.
   */
  private Published visibleDate() {
    if (!visibleDateRead) {
      visibleDate = readVisibleDate();
      visibleDateRead = true;
    }
    return visibleDate;
  }

  private Published readVisibleDate() {
    int seen = 0;
    for (Element e : els.select(DATE_ELEMENTS)) {
      if (++seen > 200) {
        return null;
      }
      String marks = e.className() + " " + e.id();
      if (NOT_THE_DATE.matcher(marks).find() || insideNoise(e)) {
        continue;
      }
      String t = ContentExtractor.squash(e.text());
      if (t.isEmpty() || t.length() > 120) {
        continue;
      }
      Optional<DateExpressions.Found> f = DateExpressions.original(t, true);
      if (f.isPresent() && !otherLabelBefore(t, f.get().start()) && !otherLabel(e)) {
        // the line up to its date: "Posted on 19. August 2019", not the update after it
        return new Published(f.get().value(), f.get().precision(), "page-text",
            t.substring(0, f.get().end()).strip());
      }
    }
    return null;
  }

  /**
   * A date written near the headline in an element that no class names as a date ("Datum
   * 28.01.2022", "Handball Schweiz • 02.02.2022", a lead paragraph that opens with "27.1.2022 -"
   * or a dateline "Karlsruhe, (12.11.2021)."): the first short text, or the opening of a longer
   * one, among the elements around the {@code <h1>} that holds a full date; then a title that
   * opens with its date; then the first date of the page (htmldate's last resort too).
   */
  private Published nearHeadline() {
    if (doc.body() == null) {
      return null;
    }
    Elements all = all();
    Element h1 = doc.body().selectFirst("h1");
    if (h1 != null) {
      int at = all.indexOf(h1);
      Published p = dateAmong(all, Math.max(0, at - BEFORE_HEADLINE),
          Math.min(all.size(), at + AFTER_HEADLINE), true);
      if (p != null) {
        return p;
      }
    }
    String t = firstNonNull(metas.get("og:title"), doc.title());
    if (t != null) {
      Optional<DateExpressions.Found> f = DateExpressions.find(t, true);
      if (f.isPresent() && f.get().start() == 0) {
        return new Published(f.get().value(), f.get().precision(), "page-text", t);
      }
    }
    return dateAmong(all, 0, all.size(), false);
  }

  /* The first date line among elements [from, to) of the page's order, or null. */
  private static Published dateAmong(Elements all, int from, int to, boolean shortYears) {
    for (int i = from; i < to; i++) {
      Element e = all.get(i);
      String tag = e.tagName();
      if (tag.equals("script") || tag.equals("style") || tag.equals("a") || tag.equals("option")
          || tag.equals("h1")) {
        continue;
      }
      boolean digits = ownDigits(e, 4);
      if (!digits && !(shortYears && ownDigits(e, 2))) {
        continue; // checked on the text nodes as they are, before building any string
      }
      String own = ContentExtractor.squash(e.ownText());
      if (own.length() < 6 && !(shortYears && own.length() >= 5)) {
        continue;
      }
      String t = own.length() > 160 ? own.substring(0, 60) : own;
      if (NOT_THE_DATE.matcher(e.className() + " " + e.id()).find() || insideNoise(e)) {
        continue;
      }
      // "Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023": the date no update word precedes
      Optional<DateExpressions.Found> f = digits ? DateExpressions.original(t, true)
          : DateExpressions.findShortYear(t);
      if (f.isEmpty() || otherLabelBefore(t, f.get().start()) || otherLabel(e)) {
        continue;
      }
      if (own.length() <= 160 || f.get().start() <= 2 || dateline(t, f.get().start())) {
        return new Published(f.get().value(), f.get().precision(), "page-text", t);
      }
    }
    return null;
  }

  /* True when what stands before the date is a dateline: a place name and a comma or dash. */
  private static boolean dateline(String t, int start) {
    return start <= 32 && DATELINE.matcher(t.substring(0, start)).matches();
  }

  /*
   * True when the element's class or id, or its short text, names another date than the
   * publication's: "profile-joined", "<strong>Registriert:</strong> 18.09.2008".
   */
  private static boolean otherLabel(Element e) {
    if (otherLabelIn(e.className() + " " + e.id())) {
      return true;
    }
    if (e.childNodeSize() > 1 && e.children().size() > 0) {
      String t = e.text();
      return t.length() <= 120 && otherLabelIn(t);
    }
    return false;
  }

  private static boolean otherLabelIn(String s) {
    Matcher l = LABEL.matcher(s);
    while (l.find()) {
      if (l.group(2) != null) {
        return true;
      }
    }
    return false;
  }

  /* True when the nearest label before position {@code at} is another date's ("Registered:"). */
  private static boolean otherLabelBefore(String t, int at) {
    Matcher l = LABEL.matcher(t.substring(0, at));
    boolean other = false;
    while (l.find()) {
      other = l.group(2) != null;
    }
    return other;
  }

  /**
   * The page's local day for a UTC stamp: a {@code <time>} without a zone or with another
   * offset, a labelled date, a date element, a date by the headline or the address's date that
   * falls on the day before or after the stamp's UTC day, when it can be the same moment: a
   * written time a whole number of quarter hours (at most 14 hours) off the stamp, an offset that
   * gives the stamp's instant, or a day alone within 5 hours of the stamp; else the stamp.
   */
  private Published local(Published utc) {
    if (utc.value().length() < 16) {
      return utc;
    }
    LocalDateTime at = LocalDateTime.parse(utc.value());
    List<Supplier<Published>> local = new ArrayList<>();
    int times = 0;
    for (Element t : timeElements()) {
      String dt = t.attr("datetime").strip();
      if (!UTC_STAMP.matcher(dt).find() && ++times <= 10) {
        local.add(() -> stamp(dt));
      }
    }
    local.add(this::labelled);
    local.add(this::visibleDate);
    local.add(() -> {
      Element h1 = doc.body() == null ? null : doc.body().selectFirst("h1");
      int h = h1 == null ? -1 : all().indexOf(h1);
      return h < 0 ? null : dateAmong(all(), Math.max(0, h - BEFORE_HEADLINE),
          Math.min(all().size(), h + AFTER_HEADLINE), false);
    });
    local.add(this::urlDate);
    for (Supplier<Published> next : local) {
      Published p = next.get();
      if (p == null || p.value() == null || UTC_STAMP.matcher(p.evidence()).find()) {
        continue;
      }
      LocalDate d = LocalDate.parse(p.value().substring(0, 10));
      long days = ChronoUnit.DAYS.between(at.toLocalDate(), d);
      if (days == 0 && sameMoment(at, utc.value().length() > 16, p)) {
        return utc;
      }
      if (Math.abs(days) == 1 && sameMoment(at, utc.value().length() > 16, p)) {
        // the local time when the page writes one ("November 8, 2023 at 11:30 p.m."), else the day
        return new Published(p.value(), p.precision(), utc.basis(),
            utc.evidence() + " (UTC); local day: " + p.evidence());
      }
    }
    return utc;
  }

  private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{2}):?(\\d{2})$");

  /* True when the local date or time {@code p} can be the UTC instant {@code at}. */
  private static boolean sameMoment(LocalDateTime at, boolean seconds, Published p) {
    if (p.value().length() < 16) {
      LocalDate d = LocalDate.parse(p.value());
      long toDay = ChronoUnit.MINUTES.between(at, d.atStartOfDay());
      long fromDay = ChronoUnit.MINUTES.between(d.plusDays(1).atStartOfDay(), at);
      return toDay <= 300 && fromDay < 300; // within 5 hours of that day
    }
    LocalDateTime t = LocalDateTime.parse(p.value());
    long minutes = ChronoUnit.MINUTES.between(at, t);
    if (seconds && p.value().length() > 16 && at.getSecond() != t.getSecond()) {
      return false;
    }
    Matcher o = OFFSET.matcher(p.evidence());
    if (o.find()) {
      int off = Integer.parseInt(o.group(2)) * 60 + Integer.parseInt(o.group(3));
      return minutes == (o.group(1).equals("-") ? -off : off);
    }
    return minutes % 15 == 0 && Math.abs(minutes) <= 14 * 60;
  }

  private Elements all() {
    if (all == null) {
      all = doc.body() == null ? new Elements() : doc.body().getAllElements();
    }
    return all;
  }

  /* True when one of the element's own text nodes holds a run of {@code run} digits. */
  private static boolean ownDigits(Element e, int run) {
    for (int c = 0; c < e.childNodeSize(); c++) {
      if (e.childNode(c) instanceof TextNode t && hasDigits(t.getWholeText(), run)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigits(String s, int want) {
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
      if (run >= want) {
        return true;
      }
    }
    return false;
  }

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

  /* Inside a comment section close above. */
  private static boolean inComments(Element e) {
    if (e == null) {
      return false;
    }
    int up = 0;
    for (Element p = e; p != null && up < 6; p = p.parent(), up++) {
      if (COMMENTS.matcher(p.className() + " " + p.id()).find()) {
        return true;
      }
    }
    return false;
  }

  /** A publication date from an ISO-like or written date string, or null. */
  static Published stamp(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    Matcher m = ISO.matcher(raw);
    if (m.find()) {
      String date = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
      int y = Integer.parseInt(m.group(1));
      int mo = Integer.parseInt(m.group(2));
      int d = Integer.parseInt(m.group(3));
      if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > LocalDate.of(y, mo, 1)
          .lengthOfMonth()) {
        return null;
      }
      if (m.group(4) == null) {
        return new Published(date, "day", "page", raw.strip());
      } else if (m.group(6) == null) {
        return new Published(date + "T" + m.group(4) + ":" + m.group(5), "minute", "page",
            raw.strip());
      }
      return new Published(date + "T" + m.group(4) + ":" + m.group(5) + ":" + m.group(6),
          "second", "page", raw.strip());
    }
    Optional<DateExpressions.Found> f = DateExpressions.find(raw, false);
    return f.map(x -> new Published(x.value(), x.precision(), "page", raw.strip())).orElse(null);
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
