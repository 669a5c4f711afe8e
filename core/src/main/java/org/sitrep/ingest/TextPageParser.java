package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Comment;
import org.sitrep.model.Credit;
import org.sitrep.model.Published;
import org.sitrep.model.Related;
import org.sitrep.model.Span;
import org.sitrep.text.Languages;
import org.sitrep.text.TextNormalizer;

/**
 * Parses a page that a crawler already flattened to text: one block per line, blank lines between
 * paragraphs, site chrome, reader comments and related headlines kept inline.
 *
 * <p>The page is read in zones: a header (chrome, title, byline, dateline), the body, and after
 * it a comment section (opened by a comment-widget line, or recognized by its shape: short author
 * lines each followed by a comment, and comments separated by two blank lines) and lists of
 * related headlines.
 */
final class TextPageParser {
  private static final Pattern SHORT_PARENS = Pattern.compile("\\([^()]{0,40}\\)");
  private static final Pattern LEADING_NON_WORD = Pattern.compile("^[^\\p{L}\\p{N}]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /* A count alone: "845", "12,400", "1.2K". */
  private static final Pattern SHARE_COUNT =
      Pattern.compile("\\d{1,3}(?:[,.]\\d{3})*(?:[.,]\\d)?\\s?[KkMm]?");
  private static final Pattern LINK_OR_SENTENCE_MARK = Pattern.compile("https?://|www\\.|[\"“”:;?!,…؟،]");
  /* One line of the page with its offsets, its folded form (TextNormalizer.fold) and the blank
   * lines around it. */
  private record Line(int start, int end, String text, String folded, int blanksBefore,
      int blanksAfter, String kind) {
    boolean blank() {
      return text.isBlank();
    }
  }

  private static final Pattern CRAWLER_DATE =
      Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})(?:\\s+|$)");
  private static final Pattern SIDE_DATELINE =
      Pattern.compile("^(.{2,40}?)\\s*[-–—]\\s*(.{2,40})$");
  private static final Pattern LEAD_DATELINE =
      Pattern.compile(
          "^(\\p{L}[\\p{L}'’.-]*(?:,?\\s+\\p{L}[\\p{L}'’.-]*){0,3})(?:[\\s,،]+(.{0,40}?))?"
              + "\\s*\\(\\s*([^()]{2,40}?)\\s*\\)\\s*[-–—:]?\\s");
  private static final int HEADER_LINES = 15;

  private final Boilerplate lexicon = Boilerplate.get();
  private final Outlets outlets = Outlets.get();

  PageParts parse(String page) {
    // s55: a text hard-wrapped at a fixed width is read paragraph by paragraph, not row by row
    String text = HardWraps.rejoin(page);
    PageParts r = parseOnce(text);
    r.published = numericOrder(text, r.published);
    return r;
  }

  /* A numeric date the day and the month of which could change places ("10/2/2019"). */
  private static final Pattern SWAPPABLE =
      Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");
  /* The page's head, where its other dates stand (a cache's or an archive's capture line). */
  private static final int OTHER_DATES_CHARS = 4000;
  /* How many days before another date of the page the other order may fall. */
  private static final int ORDER_NEAR_DAYS = 7;
  /* How far from every other date of the page the first order must fall to give way. */
  private static final int ORDER_FAR_DAYS = 31;

  /*
   * A publication date read from a numeric date whose day and month could change places
   * ("10/2/2019 4:37 PM", read day first) takes the other order when that one falls at most a
   * week before a date the page names with a month's name ("a snapshot of the page as it
   * appeared on 5 Oct 2019") and the first order falls more than a month from every such date.
   */
  static Published numericOrder(String text, Published pub) {
    if (pub == null || pub.value() == null || pub.evidence() == null
        || pub.value().length() < 10) {
      return pub;
    }
    Matcher m = SWAPPABLE.matcher(pub.evidence());
    if (!m.find()) {
      return pub;
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    int y = Integer.parseInt(m.group(3));
    if (a > 12 || b > 12 || a == b || a == 0 || b == 0) {
      return pub;
    }
    LocalDate chosen;
    LocalDate dayFirst;
    LocalDate monthFirst;
    try {
      chosen = LocalDate.parse(pub.value().substring(0, 10));
      dayFirst = LocalDate.of(y, b, a);
      monthFirst = LocalDate.of(y, a, b);
    } catch (DateTimeException e) {
      return pub;
    }
    LocalDate other = chosen.equals(dayFirst) ? monthFirst
        : chosen.equals(monthFirst) ? dayFirst : null;
    if (other == null) {
      return pub;
    }
    String head = text.substring(0, Math.min(text.length(), OTHER_DATES_CHARS));
    boolean otherNear = false;
    boolean chosenNear = false;
    for (DateExpressions.Found f : DateExpressions.all(head, true, 50)) {
      String shown = head.substring(f.start(), f.end());
      if (f.value() == null || f.value().length() < 10 || SWAPPABLE.matcher(shown).find()
          || shown.chars().noneMatch(Character::isLetter)) {
        continue; // a date with its month in words only: its order is not in doubt
      }
      LocalDate d;
      try {
        d = LocalDate.parse(f.value().substring(0, 10));
      } catch (DateTimeException e) {
        continue;
      }
      long toOther = ChronoUnit.DAYS.between(other, d);
      otherNear |= toOther >= 0 && toOther <= ORDER_NEAR_DAYS;
      chosenNear |= Math.abs(ChronoUnit.DAYS.between(chosen, d)) <= ORDER_FAR_DAYS;
    }
    if (!otherNear || chosenNear) {
      return pub;
    }
    return new Published(other + pub.value().substring(10), pub.precision(), pub.basis(),
        pub.evidence());
  }

  private PageParts parseOnce(String text) {
    PageParts p = parse(text, -1);
    if (p.headlineInBody >= 0) {
      // the headline was found as the body's first line, under lines the header let through (a
      // slogan, a menu): read the page again from that headline, so that its deck, byline and
      // date line are read as its header, not as the story's first paragraphs
      PageParts q;
      try {
        q = parse(text, p.headlineInBody);
      } catch (RuntimeException e) {
        return p; // the first reading stands; the second may not lose the page
      }
      // (kept when it ends where the first reading did, or keeps most of its words)
      if (!q.paragraphs.isEmpty() && (lastEnd(q) == lastEnd(p)
          || proseWords(q) * 5 >= proseWords(p) * 4)) {
        return q;
      }
    }
    return p;
  }

  private static int lastEnd(PageParts p) {
    return p.paragraphs.isEmpty() ? -1 : p.paragraphs.get(p.paragraphs.size() - 1).end();
  }

  private static int proseWords(PageParts p) {
    int w = 0;
    for (Span s : p.paragraphs) {
      w += BodyLines.words(p.text.substring(s.start(), s.end()));
    }
    return w;
  }

  /*
   * Reads the page; {@code headline} is the offset of the line to take as the headline, the
   * header read above it and under it, or -1 to find it.
   */
  private PageParts parse(String text, int headline) {
    PageParts p = new PageParts();
    p.text = text;
    List<Line> lines = split(text);
    List<String> texts = new ArrayList<>(Math.min(lines.size(), 24));
    for (int k = 0; k < Math.min(lines.size(), 24); k++) {
      texts.add(lines.get(k).text);
    }
    CopyWrapper.Found copy = CopyWrapper.find(texts);
    int wrapper = copy.lines();
    if (wrapper > 0) {
      // a cache's or an archive's banner and toolbar above the copied page: chrome, and the
      // page is read from the line under them (s46: or a forwarded mail's note and header)
      String kind = copy.forwarded() ? "forward" : "archive";
      for (Line l : lines.subList(0, wrapper)) {
        if (!l.blank()) {
          p.chrome(l.start, l.end, kind);
        }
      }
      lines = lines.subList(wrapper, lines.size());
    }
    int h = -1;
    for (int k = 0; headline >= 0 && k < lines.size() && h < 0; k++) {
      if (lines.get(k).start == headline && !lines.get(k).blank()) {
        h = k;
      }
    }
    List<Line> all = lines;
    int i;
    if (h >= 0) {
      // what stands above the headline: its dates read, the rest the site's chrome
      int stop = header(lines.subList(0, h), p, false);
      String above = p.title;
      for (int k = 0; k < h; k++) {
        Line l = lines.get(k);
        if (!l.blank() && (k >= stop || above != null && stripQuotes(l.text).equals(above))
            && !covered(p, l)) {
          p.chrome(l.start, l.end, l.kind != null ? l.kind : "navigation");
        }
      }
      Line hl = lines.get(h);
      p.title = stripQuotes(hl.text);
      p.chrome(hl.start, hl.end, "title");
      // s37: a date read above it, under a line the header took for the headline (a weekly's
      // slogan over its issue's days, "العدد 1187 - من 5 إلى 11 جوان 2025": transfer-35's 3523),
      // is the site's day, which a date line under the headline goes over
      headlineAgain(p);
      lines = lines.subList(h + 1, lines.size());
      i = header(lines, p, true);
    } else {
      i = header(lines, p, false);
    }
    int end = acrossSidebars(lines, body(lines, i, p), p);
    int story = heavierRun(lines, end, p);
    int across = story > 0 ? acrossBox(lines, story, p) : -1;
    if (across >= 0) {
      end = across;
    } else if (story > 0 && nextArticle(lines, end, story, p)) {
      story = -1; // the body stands; what follows is read as the page's tail
    } else if (story > 0) {
      // more prose after what was read as the body's end than in the body: a deck, a teaser or
      // a share bar was taken for the story and a box of links, a byline read as a comment's
      // author or a widget above the story ended it. The story is the heavier run; what stood
      // before it is the page's chrome
      for (Span s : p.paragraphs) {
        p.chrome(s.start(), s.end(), "teaser");
      }
      p.paragraphs.clear();
      tail(lines.subList(0, story), end, p);
      storyHeader(lines, end, story, p);
      end = body(lines, story, p);
    }
    tail(lines, end, p);
    liveFeed(lines, p);
    secondCopy(lines, p);
    pitchLabels(lines, p);
    if (!p.paragraphs.isEmpty() && h < 0) {
      Span first = p.paragraphs.get(0);
      List<TitleEcho.Candidate> above = linesAbove(lines, p);
      List<Line> ls = lines;
      TitleEcho.retitle(p, above, paragraphFolds(lines, p), this::titleLike,
          () -> overDateLine(ls, above, p));
      if (headline < 0 && !p.paragraphs.isEmpty() && p.paragraphs.get(0) != first
          && p.title != null && p.title.equals(text.substring(first.start(), first.end()).strip())) {
        p.headlineInBody = first.start();
      }
    }
    if (!p.paragraphs.isEmpty()) {
      runningHeaders(p);
      // once the headline is settled: a deck under it is no paragraph of the story
      if (p.paragraphs.size() >= 2
          && deckUnderHeadline(p, p.paragraphs.get(0), p.paragraphs.get(1))) {
        Span deck = p.paragraphs.remove(0);
        p.chrome(deck.start(), deck.end(), "deck");
      } else if (p.paragraphs.size() >= 3 && isolatedFirst(p)) {
        Span deck = p.paragraphs.remove(0);
        p.chrome(deck.start(), deck.end(), "deck");
      }
    }
    if (p.title != null) {
      // "عام / …": an agency's category is no part of the headline
      String bare = BodyLines.LineShapes.afterSlashLabel(p.title);
      p.title = bare != null ? bare : p.title;
    }
    listTag(all, p);
    headerWriters(p);
    ownerPrefix(all, p);
    YearlessDates.date(p);
    addressDate(all, p);
    dateOutsideBody(all, p);
    hijriDate(all, p);
    YearlessDates.settleNumeric(p);
    if (p.paragraphs.isEmpty() && p.title != null) {
      // a page of one sentence ("Warplanes pounded a village on Sunday") or of a headline only:
      // what it says is its body as well as its title
      for (Line l : all) {
        if (!l.blank() && l.kind == null && stripQuotes(l.text).equals(p.title)) {
          p.paragraphs.add(new Span(l.start, l.end));
          break;
        }
      }
      if (!p.paragraphs.isEmpty() && p.published.value() == null) {
        // a short article flattened into one line ("Fri 07 Apr 2017 at 0914 Homs governor
        // says …"): the run's header date is the page's, the headline what follows it
        int was = p.paragraphs.get(0).start();
        runOnHeaderDate(p);
        int now = p.paragraphs.get(p.paragraphs.size() - 1).start();
        if (p.published.value() != null && now > was) {
          String rest = text.substring(now, p.paragraphs.get(p.paragraphs.size() - 1).end());
          int stop = rest.indexOf(". ");
          p.title = stop > 0 && stop <= 200 ? rest.substring(0, stop) : rest.strip();
        }
      }
    }
    p.chrome.sort(java.util.Comparator.comparingInt(org.sitrep.model.Chrome::start));
    StringBuilder body = new StringBuilder();
    for (Span s : p.paragraphs) {
      body.append(text, s.start(), s.end()).append(' ');
    }
    String lang = Languages.detect(body.length() > 0 ? body : text);
    p.language = lang;
    for (int k = 0; k < p.related.size(); k++) {
      Related r = p.related.get(k);
      p.related.set(k, new Related(r.title(), Languages.detect(r.title())));
    }
    return p;
  }

  /* Words a printed copy's running header may add to the title ("… Flash Update No. 4 | 2"). */
  private static final int RUNNING_HEADER_WORDS = 8;

  /*
   * A paragraph after the first that opens with the title and adds a few words holding a number,
   * with no sentence's end ("Floods in the South: Situation Report No. 3 | 2"): a printed
   * copy's running header at a page break, not the body's text; so is a paragraph that is only
   * a page's number ("2").
   */
  private static final Pattern BARE_NUMBER = Pattern.compile("\\p{Nd}{1,3}");

  private static void runningHeaders(PageParts p) {
    if (p.title == null || BodyLines.words(p.title) < 3) {
      return;
    }
    String key = p.title.strip();
    for (int k = p.paragraphs.size() - 1; k >= 1; k--) {
      Span s = p.paragraphs.get(k);
      int len = s.end() - s.start();
      if (len <= 3) {
        String t = p.text.substring(s.start(), s.end()).strip();
        if (BARE_NUMBER.matcher(t).matches()) {
          p.paragraphs.remove(k); // "2": its page number
          p.chrome(s.start(), s.end(), "page-number");
        }
        continue;
      }
      // the header repeats the title as printed: compared as written, case aside (no fold)
      if (len <= key.length() || !p.text.regionMatches(true, s.start(), key, 0, key.length())) {
        continue;
      }
      String t = p.text.substring(s.start(), s.end()).strip();
      if (BodyLines.closed(t)) {
        continue;
      }
      String rest = t.substring(key.length());
      if (BodyLines.words(rest) <= RUNNING_HEADER_WORDS && BodyLines.LineShapes.hasDigit(rest)) {
        p.paragraphs.remove(k);
        p.chrome(s.start(), s.end(), "running-header");
      }
    }
  }

  /* The label of a repost's original date ("Originally published", "First published on"). */
  private static final Pattern ORIGINALLY = Pattern.compile(
      "(?iu)\\b(?:originally|first)\\s+(?:published|posted|appeared)\\b|نشر (?:أول مرة|لأول مرة)"
          + "|(?:النشر|المنشور|المصدر) الأصلي"
          // s46: "نُشر هذا المقال أولاً في «…» بتاريخ …" (transfer-46's 4624, studied)
          + "|(?:نُشر|نشر|نُشرت|نشرت) (?:هذا|هذه) \\S+ (?:أولاً|أولا|في الأصل)");

  private static final Pattern PAGE_OF =
      Pattern.compile("(?iu)^(?:page|صفحة|الصفحة)?\\s?\\d{1,3}\\s?(?:of|من|/)\\s?\\d{1,3}$");

  /* A counter of items, slides or pages ("Item 1 of 20", "Slide 3/12", "العنصر 1 من 25"). */
  private static final Pattern COUNTER =
      Pattern.compile("(?iu)^(?:\\p{L}+\\s)?\\d{1,4}\\s?(?:of|من|/)\\s?\\d{1,5}$");

  /*
   * A printed copy's page number ("Page 2 of 3") with prose within the four lines under it (past
   * other chrome, links, a headline and a date): a page break inside the body, not its end.
   */
  private static boolean pageBreak(List<Line> lines, int i) {
    if (!PAGE_OF.matcher(lines.get(i).text.strip()).matches()) {
      return false;
    }
    for (int j = nextText(lines, i), seen = 0; j >= 0 && seen < 4; j = nextText(lines, j), seen++) {
      Line b = lines.get(j);
      if (b.kind == null && !b.text.contains("://") && BodyLines.prose(b.text)) {
        return true;
      }
    }
    return false;
  }

  /* A token that opens a title: "rassd_sy Fires burn …". */
  private static final Pattern FIRST_TOKEN = Pattern.compile("^(\\S{3,40})\\s+");

  /*
   * A title that opens with a token standing alone on a line above it, a handle by its shape (a
   * mark or digit in it, or a script other than the title's): a social post's account over its
   * caption ("rassd_sy" then "rassd_sy Fires burn the wheat …"), not the headline's first word.
   */
  private static void ownerPrefix(List<Line> lines, PageParts p) {
    if (p.title == null) {
      return;
    }
    Matcher m = FIRST_TOKEN.matcher(p.title);
    if (!m.find() || BodyLines.words(p.title.substring(m.end())) < 3) {
      return;
    }
    String token = m.group(1);
    String rest = p.title.substring(m.end());
    boolean handle = token.chars().anyMatch(c -> !Character.isLetter(c))
        || Character.UnicodeScript.of(token.codePointAt(0))
            != Character.UnicodeScript.of(rest.codePointAt(0));
    if (!handle) {
      return; // a plain word ("Iraq" in the menu, "Iraq votes …" the headline) is the headline's
    }
    for (Line l : lines) {
      if (l.blank()) {
        continue;
      }
      if (l.text.startsWith(token) && l.text.length() > token.length() + 1) {
        return; // the title's own line, or one under it: no line of the token alone above it
      }
      if (l.text.equals(token)) {
        p.title = p.title.substring(m.end()).strip();
        return;
      }
    }
  }

  /* A tag in brackets that opens a line: "[Syria-Updates] Daily brief: …". */
  private static final Pattern LIST_TAG = Pattern.compile("^\\[[^\\[\\]\\s]{2,40}\\]\\s+");

  /*
   * A tag in brackets opening the title that opens another line of the page too (a mailing
   * list's name on its subject and on the previous and next messages' links): the list's, not
   * the headline's.
   */
  private static void listTag(List<Line> lines, PageParts p) {
    if (p.title == null) {
      return;
    }
    Matcher m = LIST_TAG.matcher(p.title);
    if (!m.find()) {
      return;
    }
    String tag = m.group().strip();
    int seen = 0;
    for (Line l : lines) {
      if (!l.blank() && l.text.contains(tag) && ++seen >= 2) {
        p.title = p.title.substring(m.end()).strip();
        return;
      }
    }
  }

  /* Lines under the last paragraph looked at for a post's date ("November 25, 2020" under a
   * channel's post, its view count and time). */
  private static final int DATE_BELOW = 8;
  /* The body's first paragraphs looked at for a date line read as one of them. */
  private static final int DATE_PARAGRAPHS = 6;

  /*
   * When nothing dated the page, a line that is only a date and stands outside the body: the
   * nearest above the lead (a forum post's "01-13-2021, 09:15 PM" among its member panel), else
   * the first of the few lines under the last paragraph (a channel post's date under it).
   */
  private static void dateOutsideBody(List<Line> lines, PageParts p) {
    if (p.published.value() != null || p.paragraphs.isEmpty()) {
      return;
    }
    int first = p.paragraphs.get(0).start();
    int last = p.paragraphs.get(p.paragraphs.size() - 1).end();
    Line found = null;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.start >= first) {
        break;
      }
      if (!l.blank() && datedList(lines, i)) {
        continue; // a sidebar's dated headlines: no date of the page
      }
      String field = l.blank() ? null : publishedField(l.text);
      if (field != null) {
        // "Received: 12 September 2016 / Accepted: 3 March 2017 / Published online: 14 June
        // 2017": a line of labelled dates, the one labelled as the publication's dates the page
        DateExpressions.find(field, true).ifPresent(d -> {
          p.published = new Published(d.value(), d.precision(), "page", field.strip());
          p.chrome(l.start, l.end, "date");
        });
        return;
      }
      if (!l.blank() && (l.text.length() <= 60 && dateOnly(l.text)
              || l.text.length() <= 100 && BodyLines.LineShapes.dateLine(l.text)
                  && fullDate(l.text))
          && !DateExpressions.UPDATED.matcher(l.text).find() && !EMBED.matcher(l.text).find()
          && !BodyLines.LineShapes.otherDateLabel(l.text)) {
        // (or a writer's name and the date: "Jane Roe, 03.11.2023 15:32")
        found = l;
      }
    }
    if (found == null) {
      int seen = 0;
      for (int i = 0; i < lines.size(); i++) {
        Line l = lines.get(i);
        if (l.start < last || l.blank()) {
          continue;
        }
        if (++seen > DATE_BELOW || "comment-widget".equals(l.kind)) {
          break; // (s43: past the comments' label, a reader's time dates his comment: 4419)
        }
        if (datedList(lines, i)) {
          continue; // a list of dated headlines under the story (its videos, its related links)
        }
        if ((l.text.length() <= 60 && dateOnly(l.text)
            || BodyLines.LineShapes.postMeta(l.text, l.folded)) && !EMBED.matcher(l.text).find()
            && !BodyLines.LineShapes.otherDateLabel(l.text)) {
          found = l;
          break;
        }
      }
    }
    if (found == null) {
      // a date line or a byline with its date among the body's first paragraphs ("VON NAME am
      // 21. April 2020", "By Jane Roe, March 3, 2021" under a notice and a share bar that the
      // story's start was read from): the page's date, and no paragraph of the story (s28)
      for (int k = 0; k < Math.min(p.paragraphs.size(), DATE_PARAGRAPHS); k++) {
        Span s = p.paragraphs.get(k);
        String t = p.text.substring(s.start(), s.end()).strip();
        if (t.length() > 100 || BodyLines.words(t) > 12 || EMBED.matcher(t).find()
            || DateExpressions.UPDATED.matcher(t).find()
            || BodyLines.LineShapes.otherDateLabel(t)
            || !(dateOnly(t) || Bylines.looksLikeByline(t) || BodyLines.LineShapes.dateLine(t))) {
          continue;
        }
        java.util.Optional<DateExpressions.Found> d = DateExpressions.find(t, true);
        // (a day, or a day and its time: "Jane Roe, 03.11.2023 15:32 Uhr")
        if (d.isPresent() && fullDate(t)) {
          p.published = new Published(d.get().value(), d.get().precision(), "page", t);
          p.paragraphs.remove(k);
          p.chrome(s.start(), s.end(), "date");
          return;
        }
      }
    }
    if (found == null) {
      // s36: a date line set among the body's chrome, under its last paragraph but above a
      // promo line read as one ("Last modified: Sat, 14 Sep 2024 16:05 GMT" over "Africa
      // Tonight — weeknights at 20:00 WAT …": transfer-32's 3212, studied): an update's stamp
      // too, as nothing else dates the page
      for (Line l : lines) {
        if (l.blank() || l.start < first || l.start >= last || inParagraph(p, l)
            || !chromeOf(p, l, "footer") && !chromeOf(p, l, "date")) {
          continue; // (not a related box's date: only a line read as the footer's or a date)
        }
        if (l.text.length() <= 60 && dateOnly(l.text) && fullDate(l.text)
            && !EMBED.matcher(l.text).find() && !BodyLines.LineShapes.otherDateLabel(l.text)) {
          found = l;
          break;
        }
      }
    }
    if (found != null) {
      Line l = found;
      DateExpressions.find(l.text, true).ifPresent(d -> {
        p.published = new Published(d.value(), d.precision(), "page", l.text.strip());
        p.publishedIsUpdate = DateExpressions.UPDATED.matcher(l.text).find();
        p.chrome(l.start, l.end, "date");
      });
    }
  }

  /* True when line {@code l} was set aside as chrome of kind {@code kind}. */
  private static boolean chromeOf(PageParts p, Line l, String kind) {
    for (org.sitrep.model.Chrome c : p.chrome) {
      if (c.start() <= l.start && c.end() >= l.end && c.kind().equals(kind)) {
        return true;
      }
    }
    return false;
  }

  /* True when line {@code l} lies inside one of the body's paragraphs. */
  private static boolean inParagraph(PageParts p, Line l) {
    for (Span s : p.paragraphs) {
      if (l.start < s.end() && l.end > s.start()) {
        return true;
      }
    }
    return false;
  }

  /* The most words a section's label of the day has besides its date. */
  private static final int DATED_LABEL_WORDS = 4;

  /*
   * A section's label of the day: a full date and at most four other words, one of them a date
   * word such as the day's name, no sentence ("World News of Monday, 24 April 2023", "أخبار
   * اليوم الاثنين 24 أبريل 2023").
   */
  static boolean datedLabel(String t) {
    if (t.length() > 80 || !BodyLines.LineShapes.hasDigit(t) || BodyLines.closed(t.strip())) {
      return false;
    }
    Optional<DateExpressions.Found> d = DateExpressions.find(t, true);
    if (d.isEmpty() || !fullDate(t)) {
      return false;
    }
    String rest = t.substring(0, d.get().start()) + " " + t.substring(d.get().end());
    int w = BodyLines.words(rest);
    if (w < 1 || w > DATED_LABEL_WORDS) {
      return false;
    }
    // the day's name or another date word beside the date ("of Monday", "اليوم الاثنين"): a
    // headline that names a date ("Minutes of the board meeting of 10 October 2019") has none
    for (String word : rest.split("[\\s,،.:|/–—-]+")) {
      if (!word.isEmpty() && BodyLines.LineShapes.dateWordsOnly(word)) {
        return true;
      }
    }
    return false;
  }

  /* True when the first date of {@code t} names its day (a day's or a minute's precision). */
  private static boolean fullDate(String t) {
    return DateExpressions.find(t, true)
        .map(d -> "day".equals(d.precision()) || "minute".equals(d.precision())).orElse(false);
  }

  /*
   * The field of a line of two labelled dates or more ("Received: … / Accepted: … / Published
   * online: 14 June 2017") that a publication label opens and that holds a date, or null.
   */
  private static String publishedField(String s) {
    if (s.length() > 160 || s.indexOf('|') < 0 && s.indexOf('/') < 0
        || !BodyLines.LineShapes.hasDigit(s)) {
      return null;
    }
    String[] fields = BodyLines.LineShapes.FIELD_BREAK.split(s);
    if (fields.length < 2) {
      return null;
    }
    String found = null;
    int dated = 0;
    for (String f : fields) {
      if (DateExpressions.find(f, true).isEmpty()) {
        continue;
      }
      dated++;
      if (found == null && HtmlDates.opensWithPublicationLabel(f)) {
        found = f;
      }
    }
    return dated >= 2 ? found : null;
  }

  /*
   * When nothing dated the page, the day in its address on a line outside the body: a printed
   * copy's address line above the headline or under the text, a saved copy's "Saved from: …"
   * (https://site/world/2020/02/13/…). The page's own address outranks a stray date line.
   */
  private static void addressDate(List<Line> lines, PageParts p) {
    if (p.published.value() != null || p.paragraphs.isEmpty()) {
      return;
    }
    int first = p.paragraphs.get(0).start();
    int last = p.paragraphs.get(p.paragraphs.size() - 1).end();
    int below = 0;
    for (Line l : lines) {
      if (l.blank() || l.start >= first && l.start < last) {
        continue;
      }
      if (l.start >= last && ++below > DATE_BELOW) {
        break;
      }
      Published u = l.text.length() <= 400 ? UrlDates.inLine(l.text) : null;
      if (u != null) {
        p.published = u;
        return;
      }
    }
  }

  /* Characters of the lead looked at for a Hijri dateline ("جازان 14 رمضان 1440 هـ واس"). */
  private static final int LEAD_HEAD = 80;

  /*
   * When nothing else dated the page, a Hijri date above the lead or in its dateline (a page
   * dated in that calendar only: "1440/09/14 هـ", "الاثنين 14 رمضان 1440 هـ"), as its Gregorian
   * day.
   */
  private static void hijriDate(List<Line> lines, PageParts p) {
    if (p.published.value() != null || p.paragraphs.isEmpty()) {
      return;
    }
    int first = p.paragraphs.get(0).start();
    for (Line l : lines) {
      if (l.start >= first) {
        break;
      }
      if (!l.blank() && l.text.length() <= LEAD_HEAD && BodyLines.LineShapes.hasDigit(l.text)) {
        Optional<HijriDates.Found> h = HijriDates.find(l.text);
        if (h.isPresent()) {
          p.published = new Published(h.get().day().toString(), "day", "page", l.text.strip());
          return;
        }
      }
    }
    Span s = p.paragraphs.get(0);
    String head = p.text.substring(s.start(), Math.min(s.end(), s.start() + LEAD_HEAD));
    HijriDates.find(head).ifPresent(h -> p.published = new Published(h.day().toString(), "day",
        "page", head.substring(h.start(), h.end()).strip()));
  }

  /* The folded text of the page's first paragraphs (at most eight), from its lines' folds. */
  private static List<String> paragraphFolds(List<Line> lines, PageParts p) {
    int n = Math.min(8, p.paragraphs.size());
    List<String> out = new ArrayList<>(n);
    int k = 0;
    StringBuilder b = new StringBuilder();
    for (Line l : lines) {
      if (k >= n) {
        break;
      }
      Span s = p.paragraphs.get(k);
      while (l.start >= s.end()) {
        out.add(b.toString());
        b.setLength(0);
        if (++k >= n) {
          return out;
        }
        s = p.paragraphs.get(k);
      }
      if (!l.blank() && l.start >= s.start()) {
        b.append(l.folded).append(' ');
      }
    }
    while (out.size() < n) {
      out.add(b.toString());
      b.setLength(0);
    }
    return out;
  }

  /* The fewest "Label: value" lines in a row that make a card (a book's, a report's). */
  private static final int CARD_FIELDS = 3;
  /* A field of a card: a label of a few words, a colon, a value ("Pages: 248"). */
  private static final Pattern FIELD_ROW = Pattern.compile("^([^:\\d]{1,30}):\\s*(\\S.{0,80})$");

  /* True for a card's field: a label of at most three words, a colon and a value of at most six
   * words that is not a sentence ("Publisher: Northgate Press", "المؤلف: عبد الله الخلف"). */
  private static boolean fieldRow(String t) {
    Matcher m = FIELD_ROW.matcher(t.strip());
    return m.matches() && BodyLines.words(m.group(1)) <= 3 && BodyLines.words(m.group(2)) <= 6
        && !BodyLines.closed(m.group(2));
  }

  /* The most lines (names, labels, a byline) between a headline and its date line. */
  private static final int OVER_DATE_LINES = 5;
  /* The most words of such a line between them. */
  private static final int OVER_DATE_WORDS = 5;
  /* The most words of a date line with other words ("Friday, 11 October 2024 | 6:04 PM CEST •
   * from X 42/2024"). */
  private static final int OVER_DATE_LINE_WORDS = 14;
  /* How many of the body's first paragraphs may stand over the date line (headline, deck). */
  private static final int OVER_DATE_PARAGRAPHS = 5;
  /* The most words of a deck between a headline and its byline. */
  private static final int OVER_DATE_DECK_WORDS = 40;

  /*
   * The line of {@code above} that stands over the page's date line (the line its published
   * date was read from) with at most five short lines between (the writer's name, the outlet's,
   * a place or series label, "By …"): where a header sets its headline; null when there is none.
   */
  private static TitleEcho.Candidate overDateLine(List<Line> lines, List<TitleEcho.Candidate> above,
      PageParts p) {
    if (above.isEmpty() || p.paragraphs.isEmpty()) {
      return null;
    }
    // the date line may stand under the first paragraphs (a headline and a deck read as the lead)
    int first = p.paragraphs.get(Math.min(OVER_DATE_PARAGRAPHS, p.paragraphs.size() - 1)).start();
    for (int d = 0; d < lines.size() && lines.get(d).start <= first; d++) {
      Line l = lines.get(d);
      if (l.blank() || !headerDateLine(l.text)) {
        continue;
      }
      TitleEcho.Candidate c = overDate(lines, above, d, p);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /* The headline over the date line {@code d}, past at most five short lines, or null. */
  private static TitleEcho.Candidate overDate(List<Line> lines, List<TitleEcho.Candidate> above,
      int d, PageParts p) {
    int between = 0;
    for (int k = d - 1; k >= 0; k--) {
      Line l = lines.get(k);
      if (l.blank()) {
        continue;
      }
      if (p.title != null && stripQuotes(l.text).equals(p.title)) {
        return null; // the title found stands over the date line already
      }
      if (BodyLines.words(l.text) > OVER_DATE_WORDS && titleOver(lines, k, p)) {
        return null; // the title found over this line: it is the headline, this line its deck
      }
      int below = nextText(lines, k);
      if (BodyLines.words(l.text) > OVER_DATE_WORDS && l.text.indexOf(':') > 0 && below >= 0
          && fieldRow(lines.get(below).text)) {
        return null; // "Spokesperson: Jane Roe" over "Place: Geneva": a card's rows
      }
      if (BodyLines.words(l.text) <= OVER_DATE_WORDS || shortByline(l.text)) {
        // a name, a label, a byline ("By Jane Roe and John Doe in Pokrovsk, Ukraine")
        if (++between > OVER_DATE_LINES) {
          return null;
        }
        continue;
      }
      int at = -1;
      for (int a = 0; a < above.size() && at < 0; a++) {
        if (above.get(a).start() == l.start) {
          at = a;
        }
      }
      if (at < 0) {
        // one of the body's first lines right over the byline and date: the headline read as
        // the lead (the first), or, closed as a sentence, its deck, with the headline over it
        int pi = -1;
        for (int q = 0; q <= OVER_DATE_PARAGRAPHS && q < p.paragraphs.size() && pi < 0; q++) {
          if (p.paragraphs.get(q).start() == l.start) {
            pi = q;
          }
        }
        if (pi < 0 || p.paragraphs.size() < 2) {
          return null;
        }
        boolean stop = ".!?؟".indexOf(l.text.charAt(l.text.length() - 1)) >= 0;
        if (stop) {
          if (++between > OVER_DATE_LINES || BodyLines.words(l.text) > OVER_DATE_DECK_WORDS) {
            return null;
          }
          continue;
        }
        return pi == 0 ? new TitleEcho.Candidate(l.start, l.end, l.text, l.folded) : null;
      }
      TitleEcho.Candidate c = above.get(at);
      if (fieldRow(c.text())) {
        return null; // "Spokesperson: Jane Roe": a card's row, no headline
      }
      if (at > 0) {
        // a shorter line of some length right over it: the headline over its deck
        TitleEcho.Candidate up = above.get(at - 1);
        int w = BodyLines.words(up.text());
        if (w > OVER_DATE_WORDS && w < BodyLines.words(c.text())
            && nextText(lines, lineAt(lines, up.start())) == k) {
          return up;
        }
      }
      return c;
    }
    return null;
  }

  /* Whether the line over line {@code k} is the title found, a headline longer than a name. */
  private static boolean titleOver(List<Line> lines, int k, PageParts p) {
    int over = k - 1;
    while (over >= 0 && lines.get(over).blank()) {
      over--;
    }
    return over >= 0 && p.title != null && BodyLines.words(p.title) > OVER_DATE_WORDS
        && stripQuotes(lines.get(over).text).equals(p.title);
  }

  /* A date line of a story's header: a date alone or with its labels, or a full date among at
   * most fourteen words ("Friday, 11 October 2024 | 6:04 PM CEST • from X 42/2024"). */
  private static boolean headerDateLine(String t) {
    return t.length() <= 140 && BodyLines.LineShapes.hasDigit(t) && (dateOnly(t)
        || BodyLines.LineShapes.dateLine(t)
        || t.length() <= 100 && BodyLines.words(t) <= OVER_DATE_LINE_WORDS && fullDate(t));
  }

  /* "By Jane Roe and John Doe in Pokrovsk, Ukraine": a byline of twelve words at most. */
  private static boolean shortByline(String t) {
    return BodyLines.BY_FIRST.matcher(t).lookingAt() && BodyLines.words(t) <= 12;
  }

  /* The index of the line that starts at {@code start}, or -1. */
  private static int lineAt(List<Line> lines, int start) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).start == start) {
        return i;
      }
    }
    return -1;
  }

  /* The non-blank lines above the page's first paragraph that no lexicon called chrome. */
  private static List<TitleEcho.Candidate> linesAbove(List<Line> lines, PageParts p) {
    List<TitleEcho.Candidate> out = new ArrayList<>();
    if (p.paragraphs.isEmpty()) {
      return out;
    }
    // up to the lead: the first paragraph of ten words or more; lines of the body left out
    int first = p.paragraphs.get(0).start();
    for (Span s : p.paragraphs) {
      if (BodyLines.words(p.text.substring(s.start(), s.end())) >= 10) {
        first = s.start();
        break;
      }
    }
    // a byline or a date line the header read is never the headline (its writer's name may be
    // what the lead's first line, a reporter's line of a live page, speaks of)
    java.util.Set<Integer> credits = new java.util.HashSet<>();
    for (org.sitrep.model.Chrome c : p.chrome) {
      if (c.start() < first && (c.kind().equals("byline") || c.kind().equals("date"))) {
        credits.add(c.start());
      }
    }
    // a card's fields, three or more "Label: value" lines in a row ("Author: …", "Publisher: …",
    // "Pages: 248"): its values, never the headline, though the lead may speak of them
    java.util.Set<Integer> card = new java.util.HashSet<>();
    List<Line> run = new ArrayList<>();
    for (Line l : lines) {
      if (l.start >= first || !l.blank() && !fieldRow(l.text)) {
        if (run.size() >= CARD_FIELDS) {
          run.forEach(r -> card.add(r.start));
        }
        run.clear();
        if (l.start >= first) {
          break;
        }
      } else if (!l.blank()) {
        run.add(l);
      }
    }
    int k = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.start >= first) {
        break;
      }
      while (k < p.paragraphs.size() && p.paragraphs.get(k).end() <= l.start) {
        k++;
      }
      boolean inBody = k < p.paragraphs.size() && p.paragraphs.get(k).start() <= l.start;
      // a picture's caption over its credit line ("… in Umayyad Square" over "حقوق النشر
      // AFP"): the lead may speak of the picture, the line is no headline
      int below = nextText(lines, i);
      boolean overCredit = below >= 0 && "caption".equals(lines.get(below).kind);
      if (!l.blank() && l.kind == null && !inBody && !credits.contains(l.start)
          && !card.contains(l.start) && !overCredit) {
        out.add(new TitleEcho.Candidate(l.start, l.end, l.text, l.folded));
      }
    }
    return out;
  }

  private List<Line> split(String text) {
    // the lines' offsets trimmed to their visible text (both at its end for a blank line)
    List<int[]> raw = HardWraps.rows(text);
    int n = raw.size();
    int[] before = new int[n];
    int[] after = new int[n];
    for (int k = 1; k < n; k++) {
      before[k] = blank(raw.get(k - 1)) ? before[k - 1] + 1 : 0;
    }
    for (int k = n - 2; k >= 0; k--) {
      after[k] = blank(raw.get(k + 1)) ? after[k + 1] + 1 : 0;
    }
    List<Line> lines = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      int[] r = raw.get(k);
      String t = text.substring(r[0], r[1]);
      String folded = TextNormalizer.fold(t);
      String kind = lexicon.kindOf(t, folded);
      if (kind == null && BodyLines.LineShapes.consentLine(t, folded)) {
        kind = "consent"; // "We use some essential cookies …": the site's consent banner
      }
      if (kind == null) {
        // "Get the app for breaking news alerts. Download now", "Your donation helps …": a call
        // to action, never the headline nor the story's text
        kind = BodyLines.LineShapes.callToAction(t, folded);
      }
      if (kind == null && BodyLines.LineShapes.mediaLabel(t)) {
        kind = "embed"; // "… in Khan Sheikhoun 02:31": a clip's label, not the headline
      }
      int clip = kind == null ? BodyLines.LineShapes.runningTime(t) : 0;
      if (clip == 2 || clip == 1 && !lines.isEmpty() && (underChrome(lines) || underClipLabel(lines))) {
        // "2:14 min", "00:00 / 01:47", or "02:36" under a clip's label ("Watch: …", "شاهد:
        // …"): the clip's running time, never the story's text (a clock's time alone stays
        // what it was, a live page's entry stamp)
        kind = "embed";
      }
      lines.add(new Line(r[0], r[1], t, folded, before[k], after[k], kind));
    }
    // s38: a clip's short label over its running time or its line ("LISTEN" over "The
    // Examiner Daily | … | 24:32", "استمع إلى التقرير" over "03:20"): the player's
    for (int k = n - 2; k >= 0; k--) {
      Line l = lines.get(k);
      if (l.kind() != null || l.blank() || !BodyLines.LineShapes.clipHead(l.text())) {
        continue;
      }
      int j = k + 1;
      while (j < n && lines.get(j).blank()) {
        j++;
      }
      if (j < n && "embed".equals(lines.get(j).kind())) {
        lines.set(k, new Line(l.start(), l.end(), l.text(), l.folded(), l.blanksBefore(),
            l.blanksAfter(), "embed"));
      }
    }
    // a box's pitch right over its button ("Your gift can provide …" over "Donate now"): the
    // reader spoken to, the button's kind; a box comes in a run
    for (int k = n - 2; k >= 0; k--) {
      Line l = lines.get(k);
      if (l.kind() != null || l.blank()) {
        continue;
      }
      int j = k + 1;
      while (j < n && lines.get(j).blank()) {
        j++;
      }
      Line b = j < n ? lines.get(j) : null;
      if (b != null && BodyLines.LineShapes.callButton(b.text(), b.folded(), b.kind())
          && BodyLines.LineShapes.buttonPitch(l.text(), l.folded())) {
        String kind = b.kind() != null ? b.kind()
            : BodyLines.LineShapes.buttonKind(b.folded(), l.folded());
        lines.set(k, new Line(l.start(), l.end(), l.text(), l.folded(), l.blanksBefore(),
            l.blanksAfter(), kind));
        if (b.kind() == null) {
          lines.set(j, new Line(b.start(), b.end(), b.text(), b.folded(), b.blanksBefore(),
              b.blanksAfter(), kind)); // "Give today": the pitch's button
        }
      }
    }
    // s34: a bare number right under a share line ("Share full article" over "845"): the
    // share count (transfer-28's 2802, studied)
    for (int k = 1; k < n; k++) {
      Line l = lines.get(k);
      if (l.kind() != null || l.blank() || !SHARE_COUNT.matcher(l.text()).matches()) {
        continue;
      }
      int j = k - 1;
      while (j > 0 && lines.get(j).blank()) {
        j--;
      }
      if ("share".equals(lines.get(j).kind())) {
        lines.set(k, new Line(l.start(), l.end(), l.text(), l.folded(), l.blanksBefore(),
            l.blanksAfter(), "share"));
      }
    }
    // a header over a bulleted list of headlines, by its shape ("Related coverage")
    for (int k = 0; k < n; k++) {
      Line l = lines.get(k);
      if (l.kind() != null || l.blank()) {
        continue;
      }
      int j = k + 1;
      while (j < n && lines.get(j).blank()) {
        j++;
      }
      if (j < n && BodyLines.LineShapes.relatedHeader(l.folded(), lines.get(j).text())) {
        lines.set(k, new Line(l.start(), l.end(), l.text(), l.folded(), l.blanksBefore(),
            l.blanksAfter(), "related-header"));
      }
    }
    return lines;
  }

  /*
   * True when header line {@code i} is a clip's label with a headline of six words or more
   * ("WATCH: …", "شاهد: …") and the next text line is the clip's running time ("02:35").
   */
  private static boolean clipPageHeadline(List<Line> lines, int i) {
    String t = lines.get(i).text();
    if (!BodyLines.LineShapes.clipLabel(t) || BodyLines.words(t) < 7) {
      return false;
    }
    int j = nextText(lines, i);
    return j > i && BodyLines.LineShapes.runningTime(lines.get(j).text()) > 0;
  }

  /* Arabic words that open a phrase going on from the line before (a preposition; not "من",
   * which opens a wire's byline, "من سالم الحكيمي وداليا حسن"). */
  private static final Set<String> GOES_ON_AR = java.util.stream.Stream.of("على", "في", "إلى",
      "عن", "بعد", "قبل", "رغم", "وسط", "مع", "حتى", "دون", "عقب", "إثر", "بين", "ضد", "لدى", "خلال")
      .map(TextNormalizer::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /*
   * True when line {@code i}, right under the headline's line {@code titleAt} with no blank line
   * between, goes on with it: the headline ends in no stop, the line is short (3 to 14 words),
   * opens in a lower-case letter (in Arabic, with a preposition) and ends in no stop, and the
   * line under it is a date or a byline.
   */
  private static boolean headlineGoesOn(List<Line> lines, int titleAt, int i) {
    Line t = lines.get(titleAt);
    Line l = lines.get(i);
    if (i != nextText(lines, titleAt) || l.blanksBefore > 0 || l.kind != null) {
      return false;
    }
    String head = t.text.strip();
    String next = l.text.strip();
    int words = BodyLines.words(next);
    if (head.isEmpty() || next.isEmpty() || words < 3 || words > 14
        || ".!?؟:»\"”'…".indexOf(head.charAt(head.length() - 1)) >= 0
        || ".!?؟…".indexOf(next.charAt(next.length() - 1)) >= 0) {
      return false;
    }
    if (Bylines.looksLikeByline(next)) {
      return false; // "by Naharnet Newsdesk", "من سالم الحكيمي وداليا حسن": the byline
    }
    char c = next.charAt(0);
    boolean goesOn = Character.isLowerCase(c)
        || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC
        && GOES_ON_AR.contains(TextNormalizer.fold(next.split("\\s+")[0]));
    if (!goesOn) {
      return false;
    }
    int k = nextText(lines, i);
    if (k < 0) {
      return false;
    }
    String under = lines.get(k).text.strip();
    return dateOnly(under) || BodyLines.LineShapes.dateLine(under)
        || Bylines.looksLikeByline(under) && BodyLines.words(under) <= 8;
  }

  /* True when a menu line (navigation) stands between lines {@code from} and {@code to}. */
  private static boolean menuBetween(List<Line> lines, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if ("navigation".equals(lines.get(k).kind)) {
        return true;
      }
    }
    return false;
  }

  /* True when the last text line of {@code lines} so far is a clip's label ("فيديو | …"). */
  private static boolean underClipLabel(List<Line> lines) {
    for (int k = lines.size() - 1; k >= 0; k--) {
      if (!lines.get(k).blank()) {
        return BodyLines.LineShapes.clipLabel(lines.get(k).text())
            || BodyLines.LineShapes.clipHead(lines.get(k).text());
      }
    }
    return false;
  }

  /* True when the last text line of {@code lines} so far was classed as chrome. */
  private static boolean underChrome(List<Line> lines) {
    for (int k = lines.size() - 1; k >= 0; k--) {
      if (!lines.get(k).blank()) {
        return lines.get(k).kind() != null;
      }
    }
    return false;
  }

  private static boolean blank(int[] trimmed) {
    return trimmed[0] == trimmed[1];
  }

  /** Reads chrome, title, byline and dateline; returns the index of the first body line. */
  /* The most lines of a summary box, and the most words of each. */
  private static final int SUMMARY_LINES = 5;
  private static final int SUMMARY_LINE_WORDS = 45;

  /*
   * A summary box's label ("Key points", "Highlights", "Synopsis", "أبرز النقاط") at line i, with
   * one to five lines under it and then a date line or a byline, or a note on how the summary was
   * made (s52, transfer-53's odd half): the index of that date line or byline, or the line after
   * the note, else -1.
   */
  private static int summaryBox(List<Line> lines, int i) {
    if (!BodyLines.LineShapes.summaryLabel(lines.get(i).folded)) {
      return -1;
    }
    int n = 0;
    for (int j = nextText(lines, i); j >= 0; j = nextText(lines, j)) {
      Line l = lines.get(j);
      String t = l.text.strip();
      if (n > 0 && (headerDateLine(t) || shortByline(t))) {
        return j;
      }
      if (n > 0 && BodyLines.LineShapes.summaryNote(l.folded)) {
        return nextText(lines, j) < 0 ? -1 : j + 1; // s52: "This summary was produced with …"
      }
      if (++n > SUMMARY_LINES || BodyLines.words(t) > SUMMARY_LINE_WORDS) {
        return -1;
      }
    }
    return -1;
  }

  /* Whether a chrome span of {@code p} covers line {@code l}. */
  private static boolean covered(PageParts p, Line l) {
    for (org.sitrep.model.Chrome c : p.chrome) {
      if (c.start() <= l.start && c.end() >= l.end) {
        return true;
      }
    }
    return false;
  }

  /*
   * Reads the page's header from the top of {@code lines}; {@code titled}: the headline is
   * already known (p.title), and only its credit lines are read. Returns the index where the
   * body begins.
   */
  private int header(List<Line> lines, PageParts p, boolean titled) {
    int seen = 0;
    String titleFolded = null;
    String bylineFolded = null;
    List<Line> mastheads = new ArrayList<>();
    List<Line> siteNames = new ArrayList<>(); // the masthead lines above the headline
    Set<String> menuItems = new java.util.HashSet<>(); // the items of the menu lines above it
    boolean reconsidered = titled; // whether a later headline was looked for
    int titleAt = -1; // the headline's line, when the header took one
    int stop = lines.size();
    int start = titled ? -1 : storyUnderRule(lines);
    if (start > 0) {
      // s45: the mailing's or the paper's apparatus over a rule line, the story's headline
      // under it (a newsletter's "View in browser", masthead, slogan, issue date and greeting:
      // transfer-45's 4511, studied): the lines above are chrome, their date the page's
      for (int k = 0; k < start; k++) {
        Line x = lines.get(k);
        if (x.blank()) {
          continue;
        }
        if (x.kind != null) {
          p.chrome(x.start, x.end, x.kind);
        } else if (!creditLine(x, p, x.folded)) {
          p.chrome(x.start, x.end, "masthead");
        }
      }
      seen = 0;
    }
    for (int i = Math.max(start, 0); i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.blank()) {
        continue;
      }
      if (++seen > HEADER_LINES) {
        stop = i;
        break;
      }
      Matcher cd = CRAWLER_DATE.matcher(p.text).region(l.start, l.end);
      if (cd.lookingAt()) {
        p.published = new Published(cd.group(1), "day", "page", cd.group().strip());
        p.chrome(l.start, l.start + cd.group().stripTrailing().length(), "date");
        String rest = p.text.substring(cd.end(), l.end).strip();
        if (p.title == null && headlineAfterCrawlerDate(rest, lines, i)) {
          // " date 2019-04-09 Haftar Army Launches New Strikes … - Reports": the headline
          p.title = stripQuotes(rest);
          titleFolded = TextNormalizer.fold(rest);
          continue;
        }
        if (cd.end() < l.end && menuLike(p.text.substring(cd.end(), l.end))) {
          // the crawler's date field runs into the site's menu: chrome, the header goes on
          p.chrome(cd.end(), l.end, "navigation");
          continue;
        }
        if (cd.end() < l.end) {
          // the crawler's date field runs into the first paragraph
          String lead = p.text.substring(cd.end(), l.end);
          lines.set(i, new Line(cd.end(), l.end, lead, TextNormalizer.fold(lead),
              l.blanksBefore, l.blanksAfter, null));
          return i;
        }
        continue;
      }
      Optional<DateExpressions.Found> stamp = channelStamp(l.text);
      if (stamp.isPresent()) {
        // s46: a channel's post stamp over the post, "مراسل خان يونس, [14.07.24 09:12]" (a
        // Telegram export: transfer-46's 4619, studied): the post's date, no headline
        if (p.published.value() == null) {
          DateExpressions.Found d = stamp.get();
          p.published = new Published(d.value(), d.precision(), "page", l.text.strip());
        }
        p.chrome(l.start, l.end, "date");
        continue;
      }
      if (l.kind == null && datedList(lines, i)) {
        // a sidebar's dated headlines crawled above the story: teasers, their dates not the page's
        p.chrome(l.start, l.end, "teaser");
        continue;
      }
      if (p.title == null && p.published.value() == null && gluedHeadline(l, p)) {
        // "28-12-2018 Headline of the story": a date field run into the headline
        titleFolded = TextNormalizer.fold(p.title);
        continue;
      }
      if (p.title != null && titleAt >= 0 && headlineGoesOn(lines, titleAt, i)) {
        // s51: a headline the crawl broke over two lines ("Houthis claim sinking of second bulk
        // carrier in Red Sea" / "as search for Eternity C crew continues"; "… وتبسط سيطرتها" /
        // "على حاضرة ولاية الجزيرة …"), its date or byline under the second: one headline
        // (transfer-52's 5207 and 5219, studied)
        p.title = stripQuotes(lines.get(titleAt).text.strip() + " " + l.text.strip());
        p.titleJoined = true;
        titleFolded = TextNormalizer.fold(p.title);
        p.chrome(l.start, l.end, "title");
        titleAt = -1;
        continue;
      }
      Optional<String> kind = Optional.ofNullable(l.kind);
      if (p.title != null && kind.isPresent() && kind.get().equals("note")) {
        // a note under the headline ("This article was produced with …", "Our live coverage has
        // moved here"): the article's own zone begins, where the body sorts it out as chrome
        return i;
      }
      boolean siteOverMenu = p.title != null && titleAt >= 0 && menuBetween(lines, titleAt, i);
      if ((p.title == null || siteOverMenu) && kind.isPresent()
          && (kind.get().equals("embed") || kind.get().equals("related"))
          && clipPageHeadline(lines, i)) {
        // s51: a clip's page, its label and headline over the clip's running time in the
        // header ("WATCH: First aid convoy reaches Madaya" over "02:35" and the player's line,
        // "شاهد: لحظة استهداف …" over "01:48"; transfer-52's 5209 and 5221, studied): the
        // page's headline, as the page shows it; a line taken for it over the site's menu was
        // the site's name
        if (siteOverMenu) {
          Line site = lines.get(titleAt);
          p.chrome(site.start, site.end, "masthead");
        }
        int player = nextText(lines, nextText(lines, i));
        if (player > i && BodyLines.LineShapes.menuLine(lines.get(player).text)) {
          // the player's buttons under the running time ("Play video | Show transcript")
          Line x = lines.get(player);
          lines.set(player, new Line(x.start, x.end, x.text, x.folded, x.blanksBefore,
              x.blanksAfter, "embed"));
        }
        p.title = l.text.strip();
        titleFolded = l.folded;
        titleAt = i;
        continue;
      }
      if (kind.isPresent() && !kind.get().equals("comment-widget")
          && !kind.get().equals("related-header")) {
        originalDateLine(l, p);
        p.chrome(l.start, l.end, kind.get());
        if (kind.get().equals("donation")) {
          noteOutlet(p, l.text); // "Support SouthFront"
        }
        continue;
      }
      int rail = p.title == null && "related-header".equals(l.kind) ? railHeadline(lines, i) : -1;
      if (rail > i) {
        // s37: a rail of other headlines under its label above the article ("أهم الأخبار",
        // "Top stories" over three headlines, then the story's headline, its byline and date):
        // the rail is chrome, and the headline the line of the run the lead speaks of
        // (transfer-37's 3715, studied)
        p.chrome(l.start, l.end, "related-header");
        for (int k = nextText(lines, i); k >= 0 && k < rail; k = nextText(lines, k)) {
          Line x = lines.get(k);
          p.related.add(new Related(x.text, null));
          p.chrome(x.start, x.end, "related");
        }
        Line hl = lines.get(rail);
        p.title = stripQuotes(hl.text);
        titleFolded = hl.folded;
        titleAt = rail;
        siteLines(mastheads, siteNames, p);
        i = rail;
        continue;
      }
      if (BodyLines.LineShapes.otherCalendar(l.text) || BodyLines.LineShapes.stampLine(l.text)) {
        // a Hijri or Hebrew date line (not the Gregorian date), a stamp with no year
        p.chrome(l.start, l.end, "date");
        continue;
      }
      if (BodyLines.LineShapes.otherDateLabel(l.text)) {
        // "Reporting period: 31 October – 3 November 2019", "Saved on: 2024-05-11": a date of
        // another role than the page's publication
        p.chrome(l.start, l.end, "date");
        continue;
      }
      int v = labelledDate(lines, i, p);
      if (v >= 0) {
        // "Originally published" over "3 Mar 2020": a label and its value, flattened one to a
        // line, read as one date line
        bylineFolded = lines.get(v).folded;
        i = v;
        continue;
      }
      if (p.title == null && agenciesOnly(l.text)) {
        p.chrome(l.start, l.end, "byline"); // "أ ف ب (درعا)، رويترز (بيروت)": wire credits
        continue;
      }
      String folded = l.folded;
      if (p.title == null && dateline(l.text, p, mastheads)) {
        p.chrome(l.start, l.end, "dateline");
        continue;
      }
      if (p.title == null && !mastheads.isEmpty() && !headlineFollows(lines, i)
          && creditLine(l, p, folded)) {
        // "Posted on July 16, 2018 by Admin", "الأحد 15 تموز 2018" under a short headline: the
        // short line was the headline, and this its date line
        Line m = mastheads.remove(mastheads.size() - 1);
        p.title = stripQuotes(m.text);
        titleFolded = m.folded;
        for (Line x : mastheads) {
          p.chrome(x.start, x.end, "masthead");
          noteOutlet(p, x.text);
        }
        mastheads.clear();
        bylineFolded = folded;
        continue;
      }
      if (p.title == null && BodyLines.LineShapes.fieldsLine(l.text)) {
        // "Source: … | 2019-12-04 10:22:31 | Editor: …" over the headline: who and when, read
        // for its date when it gives one the page has not
        if (!creditLine(l, p, folded)) {
          p.chrome(l.start, l.end, "byline");
        }
        bylineFolded = folded;
        continue;
      }
      if (p.title == null && (BodyLines.LineShapes.menuLine(l.text) || pathLabel(l.text))) {
        p.chrome(l.start, l.end, "navigation"); // "Home | World | Middle East", a weekday menu
        for (String item : BodyLines.LineShapes.MENU_SEP.split(l.text.strip())) {
          menuItems.add(TextNormalizer.fold(item.strip()));
        }
        continue;
      }
      if (p.title == null && menuSection(l.text, menuItems)) {
        // s48: "محليات | العدوان الأمريكي البريطاني على اليمن" under a menu that opens with
        // "محليات": a section of the menu and its file, never the headline (transfer-49's 4923)
        p.chrome(l.start, l.end, "navigation");
        continue;
      }
      if (p.title == null && BodyLines.LineShapes.dateLine(l.text) && creditLine(l, p, folded)) {
        // the page opens with its date line ("Sunday, 19 March 2017", "Last Update: …",
        // "Posted: 3/19/2017 4:13:12 PM"): the headline, if any, follows
        bylineFolded = folded;
        continue;
      }
      if (p.title == null && underCaption(p, lines, i)
          && BodyLines.LineShapes.pictureCaption(l.text, folded)) {
        // "Photo Handout from the Army" under "Soldiers at a checkpoint (File photo)": the
        // caption's credit, not the headline under it
        p.chrome(l.start, l.end, "caption");
        continue;
      }
      if (p.title == null && timedItem(l.text) && timedRun(lines, i)) {
        // s50: "17:55 · Airlines cancel Tel Aviv flights …" over the headline: a ticker's item
        // (transfer-51's 5105, studied)
        p.chrome(l.start, l.end, "ticker");
        continue;
      }
      if (p.title == null && NUMBERED_ITEM.matcher(l.text).lookingAt()) {
        // "1. News and analysis only", "2) No personal attacks": an item of a numbered list (a
        // forum's rules, a site's list) above the headline, never the headline
        p.chrome(l.start, l.end, "label");
        continue;
      }
      if (p.title == null && BodyLines.LineShapes.dataLine(l.text)) {
        // a ticker's or a widget's row of figures above the headline (an index and its arrow,
        // the prayer times, the weather): never the headline, and the header goes on
        p.chrome(l.start, l.end, "ticker");
        continue;
      }
      if (p.title == null && menuStub(l.text)) {
        // "UK", "US" among the menu items above the headline: an item too short to be read as
        // a headline, which does not end the header
        p.chrome(l.start, l.end, "navigation");
        continue;
      }
      int item = p.title == null ? tickerEnd(lines, i) : -1;
      if (item >= 0) {
        // s38: "BREAKING" / "Turkish drones hit … near Tarhuna, sources say" over the section
        // and the headline: the ticker's label and its items, and the header goes on
        // (transfer-39's 3905 and 3917, studied)
        for (int k = i; k >= 0 && k <= item; k = nextText(lines, k)) {
          p.chrome(lines.get(k).start, lines.get(k).end, "ticker");
        }
        i = item;
        continue;
      }
      if (p.title == null && sponsoredItem(lines, i)) {
        // s37: "Sponsored" over "Discover Cartagena's walled city: …" over "Presented by …": an
        // advertiser's item above the article, never its headline (transfer-37's 3708)
        p.chrome(l.start, l.end, "advert");
        continue;
      }
      if (p.title == null) {
        if (!titleLike(l.text)) {
          stop = i;
          break;
        }
        if (masthead(l.text) || sectionAboveHeadline(lines, i)
            || (seen <= 2 || siteMenuBelow(lines, i)) && menuBelow(lines, i)
            || BodyLines.LineShapes.afterTickerLabel(l.text) != null || datedLabel(l.text)
            || dateWithFewWords(l.text) || BodyLines.LineShapes.seriesLabel(l.text)) {
          // a site or section name above the headline, or a ticker's line ("BREAKING: …",
          // "عاجل: …"), or a section's label of the day ("World News of Monday, 24 April
          // 2023"), or a date with a few words beside it (s35: a report's period, "Week 48 |
          // 25 November – 1 December 2024": transfer-29's 2911, studied); kept aside in case
          // no headline follows
          mastheads.add(l);
          continue;
        }
        Line ticker = mastheads.isEmpty() ? null : mastheads.get(mastheads.size() - 1);
        if (ticker != null && BodyLines.words(l.text) > TICKER_LEAD_WORDS
            && BodyLines.LineShapes.afterTickerLabel(ticker.text) != null) {
          // s37: "BREAKING NEWS: Chelsea activate …" over a line longer than headlines run (a
          // date line between them, perhaps): the label's line was the headline, and this the
          // lead (a Zyte page)
          mastheads.remove(mastheads.size() - 1);
          for (Line m : mastheads) {
            p.chrome(m.start, m.end, "masthead");
          }
          p.title = stripQuotes(ticker.text);
          return i;
        }
        p.title = stripQuotes(l.text);
        titleFolded = folded;
        titleAt = i;
        siteLines(mastheads, siteNames, p);
        continue;
      }
      if (folded.equals(titleFolded)) {
        p.chrome(l.start, l.end, "title");
        headlineAgain(p);
        continue;
      }
      String siteSuffix = siteSuffix(p.title, l.text);
      if (siteSuffix != null) {
        // "Headline - The Site" above "Headline": the site's name was on the first
        p.title = stripQuotes(l.text);
        titleFolded = folded;
        noteOutlet(p, siteSuffix);
        if (p.outlet == null) {
          p.outlet = outlets.byName(siteSuffix);
        }
        p.chrome(l.start, l.end, "title");
        continue;
      }
      if (folded.equals(bylineFolded)) {
        p.chrome(l.start, l.end, "byline");
        continue;
      }
      if (creditLine(l, p, folded)) {
        bylineFolded = folded;
        // the headline right above the page's date line: the header vouches for it
        p.titleOverCredit |= titleAt >= 0 && nextText(lines, titleAt) == i
            && p.published.value() != null && (dateOnly(l.text) || BodyLines.LineShapes.dateLine(l.text));
        continue;
      }
      if (dateline(l.text, p, siteNames)) {
        p.chrome(l.start, l.end, "dateline");
        continue;
      }
      if (agencyCredit(l.text)) {
        // "France 24 with AFP", "… مع أ ف ب" under the headline: the desk and the agency it
        // wrote from, a credit line, not the lead
        p.chrome(l.start, l.end, "byline");
        noteOutlet(p, l.text);
        continue;
      }
      int over = titleAt >= 0 ? lineOverMenu(lines, titleAt, i) : -1;
      int under = over >= 0 ? headlineUnderMenu(lines, over) : -1;
      if (under >= 0) {
        // the lead must speak of the line under the menu, and more than of the title (a
        // headline's tags under its date line are no site's menu)
        java.util.Set<String> lead = leadUnder(lines, under);
        double echo = lead == null ? 0 : LeadWords.spokenOf(lines.get(under).folded, lead);
        if (echo < MENU_HEADLINE_ECHO || echo <= LeadWords.spokenOf(titleFolded, lead)) {
          under = -1;
        }
      }
      if (under >= 0) {
        // s37: the site's name over its slogan over the site's menu, then the date and the
        // headline ("Notes from the Frontera" / "A teacher's blog from Cúcuta, …" / "Home" /
        // "About" / "Contact" / date / headline: transfer-33's 3304), or the slogan and the
        // issue's date line over the menu ("Colombia's English-language newspaper since 1998" /
        // "Issue No. 389 · March 20–26, 2025" / menu / headline: transfer-35's 3509): a
        // headline never stands over the site's menu, so the lines above it are the site's
        Line t = lines.get(titleAt);
        p.chrome(t.start, t.end, "masthead");
        noteOutlet(p, t.text);
        if (over == i) {
          p.chrome(l.start, l.end, "masthead");
        }
        for (int k = nextText(lines, over); k >= 0 && k < under; k = nextText(lines, k)) {
          Line x = lines.get(k);
          if (!creditLine(x, p, x.folded)) {
            p.chrome(x.start, x.end, x.kind != null ? x.kind : "navigation");
          } else {
            bylineFolded = x.folded;
          }
        }
        Line hl = lines.get(under);
        p.title = stripQuotes(hl.text);
        titleFolded = hl.folded;
        titleAt = under;
        reconsidered = true;
        headlineAgain(p); // a date read so far stood above the headline: the site's day
        i = under;
        continue;
      }
      int h = reconsidered ? -1 : laterHeadline(lines, i, p.title);
      reconsidered = true;
      if (h >= 0) {
        // "The Times of Israel", "Emirates News Agency - WAM" above menu items, dates and the
        // real headline: the site's name, which the lead does not speak of
        for (int k = 0; k < i; k++) {
          Line x = lines.get(k);
          if (!x.blank() && x.kind == null && stripQuotes(x.text).equals(p.title)) {
            p.chrome(x.start, x.end, "masthead");
            noteOutlet(p, x.text);
            break;
          }
        }
        for (int k = i; k < h; k++) {
          Line x = lines.get(k);
          if (x.blank()) {
            continue;
          }
          if (x.kind != null) {
            p.chrome(x.start, x.end, x.kind);
          } else if (BodyLines.LineShapes.otherCalendar(x.text)
              || BodyLines.LineShapes.stampLine(x.text)) {
            p.chrome(x.start, x.end, "date");
          } else if (!creditLine(x, p, x.folded)) {
            p.chrome(x.start, x.end, "navigation");
          }
        }
        Line hl = lines.get(h);
        p.title = stripQuotes(hl.text);
        titleFolded = hl.folded;
        // s37: a date read so far stood above the headline, the site's day or its issue's
        // ("العدد 1187 - من 5 إلى 11 جوان 2025" under the slogan: transfer-35's 3523)
        headlineAgain(p);
        i = h;
        continue;
      }
      return i;
    }
    int late = !mastheads.isEmpty() && stop < lines.size() ? headlineNearStop(lines, stop) : -1;
    if (late >= 0) {
      // s37: the header's window ran out in a long menu (a country strip, a weather bar, two
      // section labels) right above the headline over its byline or date line: the short lines
      // were the site's, and the headline is that line (transfer-35's 3522)
      for (Line x : mastheads) {
        p.chrome(x.start, x.end, "masthead");
      }
      for (int k = stop; k < late; k++) {
        Line x = lines.get(k);
        if (!x.blank()) {
          p.chrome(x.start, x.end, x.kind != null ? x.kind : "navigation");
        }
      }
      Line hl = lines.get(late);
      p.title = stripQuotes(hl.text);
      p.chrome(hl.start, hl.end, "title");
      headlineAgain(p);
      return late + 1;
    }
    if (!mastheads.isEmpty()) {
      // no headline below the short line: it was the headline after all
      Line m = mastheads.get(mastheads.size() - 1);
      p.title = stripQuotes(m.text);
      for (Line x : mastheads.subList(0, mastheads.size() - 1)) {
        p.chrome(x.start, x.end, "masthead");
      }
    }
    return stop;
  }

  /*
   * A line of date words only over a date line ("Originally published" over "3 Mar 2020": a
   * label and its value, flattened one to a line): read as one date line; returns the value's
   * line index when it was, else -1.
   */
  private int labelledDate(List<Line> lines, int i, PageParts p) {
    Line l = lines.get(i);
    int v = BodyLines.LineShapes.dateWordsOnly(l.text) ? nextText(lines, i) : -1;
    if (v < 0 || lines.get(v).kind != null || !dateOnly(lines.get(v).text)) {
      return -1;
    }
    Line value = lines.get(v);
    String joined = l.text.strip() + " " + value.text;
    Line both = new Line(l.start, value.end, joined, TextNormalizer.fold(joined),
        l.blanksBefore, value.blanksAfter, null);
    return creditLine(both, p, both.folded) ? v : -1;
  }

  /* True when the text line above line i was taken as a caption. */
  private static boolean underCaption(PageParts p, List<Line> lines, int i) {
    int j = i - 1;
    while (j >= 0 && lines.get(j).blank()) {
      j--;
    }
    if (j < 0 || p.chrome.isEmpty()) {
      return false;
    }
    org.sitrep.model.Chrome c = p.chrome.get(p.chrome.size() - 1);
    return c.start() == lines.get(j).start && c.kind().equals("caption");
  }

  /* A short line, no sentence, with a publication or update label and its date among its words. */
  private static boolean labelledLine(String t) {
    return BodyLines.words(t) <= LABELLED_LINE_WORDS && !t.strip().endsWith(".")
        && HtmlDates.labelledDate(t, true).isPresent();
  }

  /*
   * s45: "First published on Mon 17 Oct 2016 05.10 BST" over "Last modified on …" (a live blog's
   * header; transfer-45's 4509, studied): a republication note's words (boilerplate's
   * disclaimer), but a short date line of its own, the original's date, read as a credit line.
   */
  private void originalDateLine(Line l, PageParts p) {
    if (!"disclaimer".equals(l.kind) && !"note".equals(l.kind)) {
      return;
    }
    Matcher m = ORIGINALLY.matcher(l.text);
    if (!m.find()) {
      return;
    }
    if (labelledLine(l.text)) {
      creditLine(l, p, l.folded);
      return;
    }
    // s46: a partner's note in a sentence, "This article was originally published by Sudan
    // Insight on March 22, 2025. Republished with permission." (transfer-46's 4612 and 4624,
    // studied): the first date after its words, in the same sentence, is the original's
    int to = Math.min(l.text.length(), m.end() + ORIGINAL_DATE_CHARS);
    String rest = l.text.substring(m.end(), to);
    Matcher e = SENTENCE_END.matcher(rest);
    int stop = e.find() ? e.start() : rest.length();
    Optional<DateExpressions.Found> d = DateExpressions.find(rest.substring(0, stop), true);
    if (d.isPresent() && !p.publishedIsOriginal) {
      DateExpressions.Found f = d.get();
      p.published = new Published(f.value(), f.precision(), "page",
          rest.substring(f.start(), f.end()).strip());
      p.publishedIsUpdate = false;
      p.publishedIsOriginal = true;
    }
  }

  /* How far after a republication note's words its original's date is looked for. */
  private static final int ORIGINAL_DATE_CHARS = 120;
  /* A sentence's end inside a line: a full stop or a question mark and a space. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟](?:\\s|$)");

  /* The most words of a credit line read for the date its label introduces. */
  private static final int LABELLED_LINE_WORDS = 20;

  /*
   * A byline or a line that is only a date ("By Jane Doe", "Posted on July 16, 2018 by Admin",
   * "Sunday, 15 July 2018"): its credits, date, section and tags are noted and the line is chrome.
   */
  private boolean creditLine(Line l, PageParts p, String folded) {
    boolean dateOnly = (dateOnly(l.text) || BodyLines.LineShapes.dateLine(l.text))
        && !EMBED.matcher(l.text).find();
    // a byline or a credit line with its labelled date among other words ("By Jane Doe, Staff
    // Writer Published 3:15 PM EST, Mon March 4, 2024"); not a sentence
    Optional<DateExpressions.Found> labelledIn = dateOnly || BodyLines.words(l.text) > LABELLED_LINE_WORDS
        || l.text.strip().endsWith(".") || EMBED.matcher(l.text).find() ? Optional.empty()
        : HtmlDates.labelledDate(l.text, true);
    if (!dateOnly && labelledIn.isEmpty() && !Bylines.looksLikeByline(l.text)) {
      return false;
    }
    Bylines.Parsed b = Bylines.parse(l.text, true);
    if (b.isEmpty() && !dateOnly && labelledIn.isEmpty()) {
      return false;
    }
    p.addCredits(b.credits());
    // "Last updated: …" gives way to "Published: …" wherever the two stand
    boolean hasUpdate = DateExpressions.UPDATED.matcher(l.text).find();
    Optional<DateExpressions.Found> orig = hasUpdate
        ? DateExpressions.original(l.text, true) : Optional.empty();
    boolean update = hasUpdate && orig.isEmpty();
    // "Originally published …" under a repost's "Posted …": the original's date wins
    boolean original = ORIGINALLY.matcher(l.text).find();
    boolean labelled = HtmlDates.opensWithPublicationLabel(l.text);
    boolean open = p.published.value() == null || p.publishedIsUpdate && !update
        || original && !p.publishedIsOriginal
        || p.publishedAboveTitle && p.title != null && !update;
    String before = p.published.value();
    if (original && open) {
      p.publishedIsOriginal = true;
    }
    Optional<DateExpressions.Found> published = labelledIn.isEmpty() ? Optional.empty()
        : HtmlDates.labelledDate(l.text, true, false);
    if (published.isPresent() && orig.isEmpty() && open) {
      // "Received: 12 September 2016 / … / Published online: 14 June 2017": the date the
      // publication label gives, before any other the line holds
      DateExpressions.Found d = published.get();
      p.published = new Published(d.value(), d.precision(), "page",
          l.text.substring(d.start(), d.end()).strip());
      p.publishedIsUpdate = false;
    } else if (orig.isPresent() && open) {
      // "Updated July 16, 2018 / Originally published July 15, 2018": the original
      DateExpressions.Found d = orig.get();
      p.published = new Published(d.value(), d.precision(), "page",
          l.text.substring(d.start(), d.end()).strip());
      p.publishedIsUpdate = false;
    } else if (b.date() != null && open) {
      // the byline's segments cut a time off its date ("Sun, 15 Jul 2018 | 10:48 AM"): the
      // whole line's reading of the same day, when it has one
      DateExpressions.Found whole = null;
      for (DateExpressions.Found f : DateExpressions.all(l.text, true, 3)) {
        if (f.value().startsWith(b.date().value()) && f.value().length() > b.date().value().length()) {
          whole = f;
          break;
        }
      }
      p.published = whole == null
          ? new Published(b.date().value(), b.date().precision(), "page", b.dateEvidence())
          : new Published(whole.value(), whole.precision(), "page",
              l.text.substring(whole.start(), whole.end()).strip());
      p.publishedIsUpdate = update;
    } else if (dateOnly && open) {
      DateExpressions.find(l.text, true).ifPresent(d -> {
        p.published = new Published(d.value(), d.precision(), "page", l.text.strip());
        p.publishedIsUpdate = update;
      });
    } else if (labelledIn.isPresent() && open) {
      DateExpressions.Found d = labelledIn.get();
      p.published = new Published(d.value(), d.precision(), "page",
          l.text.substring(d.start(), d.end()).strip());
      p.publishedIsUpdate = update;
    }
    if (!java.util.Objects.equals(before, p.published.value())) {
      // a date line above the headline without a publication label: the site's header day
      p.publishedAboveTitle = p.title == null && !labelled;
    }
    if (b.section() != null && p.section == null) {
      p.section = b.section();
    }
    p.tags.addAll(b.tags());
    p.chrome(l.start, l.end, "byline");
    noteOutlet(p, l.text);
    return true;
  }


  private static final Pattern TITLE_SITE = Pattern.compile("\\s+[-–—|:]\\s+([^-–—|:]{2,50})$");

  /* The site name that {@code title} adds to {@code line} ("Headline - The Site"), or null. */
  private static String siteSuffix(String title, String line) {
    if (title == null) {
      return null;
    }
    Matcher m = TITLE_SITE.matcher(title);
    if (!m.find()) {
      return null;
    }
    String head = title.substring(0, m.start());
    return TextNormalizer.fold(head).equals(TextNormalizer.fold(stripQuotes(line)))
        && BodyLines.words(m.group(1)) <= 5 ? m.group(1).strip() : null;
  }

  /*
   * True when the text after a crawler's date field is a headline: a short line not closed as a
   * sentence, above a paragraph of prose.
   */
  private boolean headlineAfterCrawlerDate(String rest, List<Line> lines, int i) {
    if (rest.length() > 200 || BodyLines.words(rest) < 4 || BodyLines.closed(rest)
        || !titleLike(rest)) {
      return false;
    }
    for (int j = i + 1; j < lines.size(); j++) {
      Line x = lines.get(j);
      if (!x.blank()) {
        return x.kind == null && BodyLines.closed(x.text) && BodyLines.words(x.text) >= 8;
      }
    }
    return false;
  }

  /* A site menu: many words, most capitalized, no sentence punctuation. */
  private static boolean menuLike(String s) {
    String t = s.strip();
    if (t.matches(".*[.,;!?؟،\"“”:(].*")) {
      return false;
    }
    String[] words = t.split("\\s+");
    int caps = 0;
    int letters = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isLetter(w.codePointAt(0))) {
        letters++;
        if (Character.isUpperCase(w.codePointAt(0))) {
          caps++;
        }
      }
    }
    return letters >= 6 && caps >= 0.75 * letters;
  }

  /*
   * A site section's name above the headline ("Middle East & North Africa", "أخبار سوريا والعالم
   * العربي"): a line of at most five words, no digit and no sentence end, right above a longer
   * line that reads as a headline (not closed as a sentence) with prose, a date or a byline
   * under it.
   */
  private boolean sectionAboveHeadline(List<Line> lines, int i) {
    String a = lines.get(i).text;
    int wa = BodyLines.words(a);
    if (wa > 5 || BodyLines.closed(a) || BodyLines.LineShapes.hasDigit(a)) {
      return false;
    }
    int j = nextText(lines, i);
    if (j < 0) {
      return false;
    }
    Line b = lines.get(j);
    int wb = BodyLines.words(b.text);
    if (b.kind != null || wb < 5 || wb <= wa + 1 || BodyLines.closed(b.text)) {
      return false;
    }
    int k = nextText(lines, j);
    if (k < 0) {
      return false;
    }
    String c = lines.get(k).text;
    return (BodyLines.words(c) >= 12 && BodyLines.closed(c) || dateOnly(c)
        || BodyLines.LineShapes.dateLine(c) || Bylines.looksLikeByline(c))
        && !BodyLines.LineShapes.dateLine(b.text) && titleLike(b.text);
  }

  /* The most lines past the header's window a headline is looked for among short lines. */
  private static final int LATE_HEADLINE_LINES = 4;

  /*
   * From line {@code stop}, past short lines of at most three words not closed as sentences
   * (menu items, section labels), the first line shaped as a headline (four to thirty words,
   * not closed, no kind) with a date line or a byline right under it; else -1.
   */
  private int headlineNearStop(List<Line> lines, int stop) {
    int k = lines.get(stop).blank() ? nextText(lines, stop) : stop;
    for (int n = 0; k >= 0 && n <= LATE_HEADLINE_LINES; n++, k = nextText(lines, k)) {
      Line x = lines.get(k);
      int w = BodyLines.words(x.text);
      if (x.kind == null && w >= 4 && w <= 30 && !BodyLines.closed(x.text) && titleLike(x.text)
          && !dateOnly(x.text) && !BodyLines.LineShapes.dateLine(x.text)) {
        int j = nextText(lines, k);
        String u = j < 0 ? "" : lines.get(j).text;
        if (j >= 0 && (overDateLine(lines, k) || BodyLines.words(u) <= 10
            && (Bylines.looksLikeByline(u) || nextText(lines, j) >= 0
            && overDateLine(lines, j)))) {
          return k;
        }
        return -1;
      }
      if (w > 3 || BodyLines.closed(x.text)) {
        return -1;
      }
    }
    return -1;
  }

  /* The short lines kept aside above the headline: the site's, marked and moved to siteNames. */
  private void siteLines(List<Line> mastheads, List<Line> siteNames, PageParts p) {
    for (Line m : mastheads) {
      p.chrome(m.start, m.end, "masthead");
      noteOutlet(p, m.text);
    }
    siteNames.addAll(mastheads);
    mastheads.clear();
  }

  /* A line between an advertising label above it and a sponsor's line under it. */
  private static boolean sponsoredItem(List<Line> lines, int i) {
    int k = i - 1;
    while (k >= 0 && lines.get(k).blank()) {
      k--;
    }
    int j = nextText(lines, i);
    return k >= 0 && j >= 0 && "advert".equals(lines.get(k).kind)
        && "advert".equals(lines.get(j).kind);
  }

  /* The most lines of a rail of headlines, and how much the lead must echo the story's. */
  private static final int RAIL_LINES = 7;
  private static final double RAIL_ECHO = 0.3;

  /*
   * Under a related-header line {@code i} above the headline, a run of headline-shaped lines
   * (three to twenty-five words, no stop at the end, no kind; short labels between passed): the
   * index of the line of the run the lead under it echoes most, when some line of the run
   * stands above it (the rail's), it is echoed at least {@link #RAIL_ECHO} and more than any
   * rail line; else -1.
   */
  private int railHeadline(List<Line> lines, int i) {
    List<Integer> run = new ArrayList<>();
    for (int k = nextText(lines, i); k >= 0 && run.size() < RAIL_LINES; k = nextText(lines, k)) {
      Line x = lines.get(k);
      int w = BodyLines.words(x.text);
      if (x.kind == null && w <= 3 && !BodyLines.closed(x.text) && !run.isEmpty()
          && !dateOnly(x.text)) {
        continue; // a section's label between the rail and the headline ("World / Asean")
      }
      if (x.kind != null || w < 3 || w > 25 || x.text.strip().endsWith(".") || !titleLike(x.text)
          || BodyLines.LineShapes.dateLine(x.text)) {
        break;
      }
      run.add(k);
    }
    if (run.size() < 2) {
      return -1;
    }
    java.util.Set<String> lead = leadUnder(lines, run.get(run.size() - 1));
    if (lead == null) {
      return -1;
    }
    int best = -1;
    double bestEcho = RAIL_ECHO;
    double railEcho = 0;
    for (int n = 0; n < run.size(); n++) {
      double e = LeadWords.spokenOf(lines.get(run.get(n)).folded, lead);
      if (e > bestEcho) {
        if (best >= 0) {
          railEcho = Math.max(railEcho, bestEcho);
        }
        best = n;
        bestEcho = e;
      } else {
        railEcho = Math.max(railEcho, e);
      }
    }
    return best >= 1 && bestEcho > railEcho ? run.get(best) : -1;
  }

  /* The most words of a headline under a ticker's line: a longer line under it is the lead. */
  private static final int TICKER_LEAD_WORDS = 24;

  /* How much the lead must echo a headline under the site's menu to take it over the title. */
  private static final double MENU_HEADLINE_ECHO = 0.3;

  /* The most date lines between a line taken for the headline and the site's menu under it. */
  private static final int DATES_OVER_MENU = 2;

  /* Kinds of a site's buttons that stand among its menu's items, and their most words. */
  private static final Set<String> MENU_BAR_KINDS = Set.of("subscribe", "donation");
  private static final int MENU_BAR_WORDS = 6;

  /*
   * The line under which a menu may begin, when line {@code i} is the first after the title's
   * line {@code titleAt} but for date lines and menu items already passed as navigation: the
   * title or its last date line when such lines stand between (the menu may begin under it),
   * or {@code i} itself when it follows the title and is not closed as a sentence (a slogan
   * over the menu); else -1.
   */
  private static int lineOverMenu(List<Line> lines, int titleAt, int i) {
    int k = nextText(lines, titleAt);
    int dates = 0;
    int last = titleAt;
    while (k >= 0 && k < i && dates < DATES_OVER_MENU
        && (dateOnly(lines.get(k).text) || BodyLines.LineShapes.dateLine(lines.get(k).text))) {
      dates++;
      last = k;
      k = nextText(lines, k);
    }
    int menu = k; // (s37: the menu's first items the header has passed as navigation already,
    // "Home" over "News": transfer-38's 3801)
    while (k >= 0 && k < i && ("navigation".equals(lines.get(k).kind)
        || MENU_BAR_KINDS.contains(String.valueOf(lines.get(k).kind))
        && BodyLines.words(lines.get(k).text) <= MENU_BAR_WORDS)) {
      // (s38: or the site's subscribe or donate button among them, "Subscribe for $1.99 a
      // week": transfer-41's 4107, studied)
      k = nextText(lines, k);
    }
    if (k != i) {
      return -1;
    }
    if (menu != i) {
      return last; // the menu began under the title or its date lines
    }
    return dates > 0 ? last : BodyLines.closed(lines.get(i).text) ? -1 : i;
  }

  /*
   * True when a site's menu stands under line {@code i} and a headline under the menu: a
   * navigation line ("Home", "Home | World"), or three short items one to a line ("Local",
   * "Regional", "Sports"), then a line of four words or more that reads as a headline. The line
   * atop such a menu is the site's name ("Sahel News Service (SNS)"), not the headline.
   */
  private boolean menuBelow(List<Line> lines, int i) {
    return headlineUnderMenu(lines, i) >= 0;
  }

  /*
   * As {@link #menuBelow}: the index of the headline-shaped line under the menu (and the date
   * line under it) below line {@code i}, or -1.
   */
  private int headlineUnderMenu(List<Line> lines, int i) {
    int j = nextText(lines, i);
    int items = 0;
    boolean nav = false;
    while (j >= 0) {
      Line b = lines.get(j);
      String t = b.text.strip();
      if ("navigation".equals(b.kind) || BodyLines.LineShapes.menuLine(t)) {
        nav = true;
      } else if ("donation".equals(b.kind)
          || "subscribe".equals(b.kind) && BodyLines.words(t) <= MENU_BAR_WORDS) {
        // "Donate now", "Subscribe" among the menu's items (s38: transfer-40's 4005)

      } else if (b.kind == null && BodyLines.words(t) <= 3 && t.length() <= 25
          && !BodyLines.closed(t) && !BodyLines.LineShapes.hasDigit(t)
          && !Bylines.looksLikeByline(t)) {
        items++;
      } else {
        break;
      }
      j = nextText(lines, j);
    }
    // a label of a word or two with its number under the menu ("PolicyWatch 3210", "Issue 45"):
    // the series of the piece, above its headline
    for (int skipped = 0; j >= 0 && skipped < 2 && items >= 3; skipped++) {
      Line b = lines.get(j);
      String t = b.text.strip();
      if (b.kind != null || BodyLines.words(t) > 3 || t.length() > 25 || BodyLines.closed(t)
          || !BodyLines.LineShapes.hasDigit(t) || dateOnly(t) || BodyLines.LineShapes.dateLine(t)) {
        break;
      }
      j = nextText(lines, j);
    }
    if (!nav && items < 3 || j < 0) {
      return -1;
    }
    // s34: the page's date line between the menu and the headline ("Home / News / Ituri" over
    // "12 February 2025" over the headline: transfer-28's 2806, studied)
    for (int skipped = 0; j >= 0 && skipped < 2; skipped++) {
      Line b = lines.get(j);
      if (b.kind != null || !dateOnly(b.text) && !BodyLines.LineShapes.dateLine(b.text)) {
        break;
      }
      j = nextText(lines, j);
    }
    if (j < 0) {
      return -1;
    }
    Line h = lines.get(j);
    int w = BodyLines.words(h.text);
    return h.kind == null && w >= 4 && w <= 30 && !BodyLines.closed(h.text) && titleLike(h.text)
        && !dateOnly(h.text) ? j : -1;
  }

  /*
   * s34: a navigation line right under line {@code i} ("About | Mandate | News | Contact", "Home
   * / News"): the site's own menu, which never follows the headline, so the line above it may
   * be the site's name however far down the page's top it stands (under a language bar, an
   * umbrella site's name).
   */
  private static boolean siteMenuBelow(List<Line> lines, int i) {
    int j = nextText(lines, i);
    return j >= 0 && lines.get(j).kind == null
        && (BodyLines.LineShapes.menuLine(lines.get(j).text) || pathLabel(lines.get(j).text));
  }

  /*
   * True when line {@code l} is a numeric date run into a headline at either end ("28-12-2018
   * Headline", "Headline 2018/12/28"): a headline of four to thirty words, not closed as a
   * sentence, with no other date. Sets the page's title and date and marks the date as chrome.
   */
  /*
   * True when the line at {@code i} and the next or previous non-blank line both open or close
   * with a numeric date beside words: a list of dated headlines ("2023-10-06 | Cabinet declares
   * …" over "2023-10-05 | Russia and Iran condemn …"), a sidebar's teasers, whose dates are not
   * the page's.
   */
  private static boolean datedList(List<Line> lines, int i) {
    if (!datedHeadline(lines.get(i).text)) {
      return false;
    }
    for (int step : new int[] {-1, 1}) {
      for (int k = i + step; k >= 0 && k < lines.size(); k += step) {
        if (!lines.get(k).blank()) {
          if (datedHeadline(lines.get(k).text)) {
            return true;
          }
          break;
        }
      }
    }
    return false;
  }

  /*
   * A date at a line's start or end with three words or more beside it: a numeric one, or any
   * set apart by a mark ("Jan 14, 2025 · Council approves …", "… | 05-04-2019").
   */
  private static boolean datedHeadline(String line) {
    if (line.length() > 240 || !edgeDigit(line)) {
      return false; // most lines: no digit near either end
    }
    String t = DIACRITICS.matcher(line).replaceAll(""); // "نُشر": one word
    List<DateExpressions.Found> ds = DateExpressions.all(t, true, 2);
    if (ds.size() != 1) {
      return false;
    }
    DateExpressions.Found d = ds.get(0);
    String before = t.substring(0, d.start());
    String after = t.substring(d.end());
    boolean edge = before.isBlank() || after.isBlank();
    return edge && (NUMERIC_DATE.matcher(t.substring(d.start(), d.end())).matches()
        || TEASER_MARK.matcher(before.isBlank() ? after : before).find())
        && BodyLines.words(before + " " + after) >= 3
        // "نُشر في: 15/05/2025", "آخر مراجعة: …": the page's own date lines
        && !labelledLine(t) && !DateExpressions.UPDATED.matcher(t).find()
        && !HtmlDates.opensWithPublicationLabel(t);
  }

  /* A digit among the first or the last 24 characters of a line: where a teaser's date is. */
  private static boolean edgeDigit(String t) {
    int n = t.length();
    for (int i = 0; i < n && i < 24; i++) {
      if (Character.isDigit(t.charAt(i)) || Character.isDigit(t.charAt(n - 1 - i))) {
        return true;
      }
    }
    return false;
  }

  /* Arabic short vowels and marks, which split a word in two for a count of words. */
  private static final Pattern DIACRITICS = Pattern.compile("[\\u064B-\\u0652\\u0670]");
  /* The mark between a teaser's date and its headline: "·", "|", a dash. */
  private static final Pattern TEASER_MARK = Pattern.compile("^\\s*[·|•–—-]\\s|\\s[·|•–—-]\\s*$");

  private boolean gluedHeadline(Line l, PageParts p) {
    String t = l.text;
    if (l.kind != null || t.length() > 240) {
      return false;
    }
    List<DateExpressions.Found> ds = DateExpressions.all(t, true, 2);
    if (ds.size() != 1 || BodyLines.LineShapes.dateLine(t)) {
      return false;
    }
    DateExpressions.Found d = ds.get(0);
    if (!NUMERIC_DATE.matcher(t.substring(d.start(), d.end())).matches()) {
      return false; // "Talks to resume on July 15, 2018": a headline that names a day
    }
    String before = t.substring(0, d.start());
    String after = t.substring(d.end());
    String rest;
    int restStart;
    if (before.isBlank()) {
      rest = GLUE_HEAD.matcher(after).replaceFirst("");
      restStart = l.start + t.length() - rest.length();
    } else if (after.isBlank()) {
      rest = GLUE_TAIL.matcher(before).replaceFirst("");
      restStart = l.start;
    } else {
      return false;
    }
    int w = BodyLines.words(rest);
    if (w < 4 || w > 30 || BodyLines.closed(rest) || !titleLike(rest)
        || Character.isDigit(rest.charAt(0))) {
      return false;
    }
    p.title = stripQuotes(rest);
    p.published = new Published(d.value(), d.precision(), "page",
        t.substring(d.start(), d.end()).strip());
    if (before.isBlank()) {
      p.chrome(l.start, restStart, "date");
    } else {
      p.chrome(restStart + rest.length(), l.end, "date");
    }
    return true;
  }

  /*
   * True when a headline stands below the date line at {@code i}, past any chrome: a line that
   * reads as a headline (four words or more, not closed as a sentence, no date) with a line
   * under it. The short lines above the date line ("Home", "Politics", "Culture", a site's name)
   * are then the site's menu, not a short headline.
   */
  private boolean headlineFollows(List<Line> lines, int i) {
    for (int j = nextText(lines, i); j >= 0; j = nextText(lines, j)) {
      Line b = lines.get(j);
      if (b.kind != null || BodyLines.LineShapes.menuLine(b.text)
          || BodyLines.LineShapes.otherCalendar(b.text) || BodyLines.LineShapes.stampLine(b.text)
          || BodyLines.words(b.text) <= 3 && !BodyLines.closed(b.text)
          || b.text.length() <= 120 && (BodyLines.LineShapes.dateLine(b.text) || dateOnly(b.text))) {
        // chrome, a short label, or a second date line ("Last update: …" under "Published: …")
        // between the date line and the headline
        continue;
      }
      int wb = BodyLines.words(b.text);
      return wb >= 4 && wb <= 30 && !BodyLines.closed(b.text) && titleLike(b.text)
          && !BodyLines.LineShapes.dateLine(b.text) && !dateOnly(b.text)
          && nextText(lines, j) >= 0;
    }
    return false;
  }

  /*
   * The index of a headline below line {@code i}, past menu items, dates and labels, when the
   * page's {@code title} so far is a short line (at most six words) that the lead does not speak
   * of (under 30% of its words in the three paragraphs under the headline) and the headline's
   * words mostly come back there (half or more); else -1. A site's name atop the page ("The
   * Times of Israel", "وكالة الأنباء اليمنية سبأ") reads as a headline by its shape alone.
   */
  private int laterHeadline(List<Line> lines, int i, String title) {
    if (title == null || BodyLines.words(title) > 6) {
      return -1;
    }
    int seen = 0;
    int read = 0;
    int skipped = 0; // menu items, date lines and labels passed over
    double titleEcho = -1;
    for (int j = i; j >= 0 && j < lines.size() && seen < 8 && read < LATER_HEADLINE_LINES;
        j = nextText(lines, j)) {
      Line b = lines.get(j);
      if (b.blank()) {
        continue;
      }
      read++;
      String t = b.text;
      if (b.kind != null || BodyLines.LineShapes.menuLine(t) || BodyLines.LineShapes.otherCalendar(t)
          || BodyLines.LineShapes.stampLine(t) || BodyLines.LineShapes.dateLine(t) || dateOnly(t)
          || BodyLines.words(t) <= 3 && !BodyLines.closed(t) || COUNTER.matcher(t.strip()).matches()
          // (s37: a radio's "On Air Now: Midday Xpress with …" under its name: transfer-35's 3504)
          || BodyLines.LineShapes.afterTickerLabel(t) != null) {
        skipped++;
        continue;
      }
      seen++;
      int w = BodyLines.words(t);
      if (w < 4 || w > 30 || t.strip().endsWith(".") || !titleLike(t)
          || BodyLines.LineShapes.photoCredit(t)) {
        return -1; // not headline-shaped, or a picture's caption ("… - أرشيفية")
      }
      // a headline-shaped line: the headline when the lead echoes it and not the title; else a
      // second header line (an office's or a section's name of four words or more: "Regional
      // Office for Arab States" under the agency's name), and the headline may be further down
      java.util.Set<String> leadWords = leadUnder(lines, j);
      if (leadWords == null) {
        return -1;
      }
      if (titleEcho < 0) {
        titleEcho = LeadWords.spokenOf(TextNormalizer.fold(title), leadWords);
      }
      double echo = LeadWords.spokenOf(b.folded, leadWords);
      if (titleEcho >= 0.3) {
        // the lead speaks of the title: it stands, unless the page opened with it over a menu
        // (an organisation's name over its statement, which names it) and a line under the
        // page's date line is echoed by the lead, where a statement's headline stands
        // (s37: or right over it, "راديو الساحل الغربي 94.7 FM" over "Listen live", the menu and
        // the headline over its date line, a radio's lead naming the station: transfer-35's 3517)
        if (skipped >= 3 && echo >= 0.5 && w > NAME_WORDS
            && (underDateLine(lines, j) || overDateLine(lines, j)) && firstTextIs(lines, title)) {
          return j;
        }
      } else if (echo >= 0.5 || w > NAME_WORDS && echo >= OVER_DATE_ECHO && echo > titleEcho
          && (overDateLine(lines, j) || underDateLine(lines, j))) {
        // a line the lead echoes, or half as much when it is longer than a name and stands
        // right over the page's date line or right under it, where a headline stands
        return j;
      }
      if (w > HEADER_LINE_WORDS || BodyLines.closed(t)) {
        return -1; // a line of headline length the lead does not echo: no header line
      }
    }
    return -1;
  }

  /* A desk, a joining word and what it wrote from: "France 24 with AFP", "X مع أ ف ب". */
  private static final Pattern WITH_AGENCY =
      Pattern.compile("^(\\S.{1,40}?)\\s+(?:with|and|&|مع)\\s+(\\S.{0,30})$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /*
   * True for a credit line of a desk and an agency: at most seven words, no sentence, the last
   * words after "with", "and" or "مع" a news agency's name as a whole ("AFP", "أ ف ب") or
   * "agencies" ("Staff and agencies", "… ووكالات" aside).
   */
  private boolean agencyCredit(String text) {
    String t = text.strip();
    if (t.length() > 70 || BodyLines.words(t) > 7 || BodyLines.closed(t)) {
      return false;
    }
    Matcher m = WITH_AGENCY.matcher(t);
    if (!m.matches()) {
      return false;
    }
    String agency = m.group(2).strip();
    if (agency.equalsIgnoreCase("agencies") || agency.equals("وكالات")) {
      return true;
    }
    Optional<Outlets.Hit> h = outlets.findIn(agency);
    return h.isPresent() && h.get().start() == 0 && h.get().end() >= agency.length();
  }

  /* How many lines under the first header line a later headline is looked for in. */
  private static final int LATER_HEADLINE_LINES = 24;

  /* True when the page's first line of text is {@code title}. */
  private static boolean firstTextIs(List<Line> lines, String title) {
    for (Line l : lines) {
      if (!l.blank()) {
        return stripQuotes(l.text).equals(title);
      }
    }
    return false;
  }

  /* A header line (a site's, an office's, a section's name) holds at most this many words. */
  private static final int HEADER_LINE_WORDS = 6;
  /* A line of at most this many words may be a name (a site's) over its date line, as a
   * headline may. */
  private static final int NAME_WORDS = 5;
  /* What the lead must echo of a line over the page's date line to make it the headline. */
  private static final double OVER_DATE_ECHO = 0.25;

  /* True when the next line under line {@code j} is a date line ("20 February 2020"). */
  private static boolean overDateLine(List<Line> lines, int j) {
    int k = nextText(lines, j);
    if (k >= 0 && ADDRESS_LINE.matcher(lines.get(k).text.strip()).matches()) {
      // s45: a feed item's "Link: https://…" between its title and its "pubDate: …"
      // (transfer-45's 4507, studied)
      k = nextText(lines, k);
    }
    if (k < 0) {
      return false;
    }
    String t = lines.get(k).text;
    return t.length() <= 120 && (dateOnly(t) || BodyLines.LineShapes.dateLine(t));
  }

  /* True when the text line right above line {@code j} is a date line ("17 May 2019" over the
   * headline, a meeting's or a release's order). */
  private static boolean underDateLine(List<Line> lines, int j) {
    int k = j - 1;
    while (k >= 0 && lines.get(k).blank()) {
      k--;
    }
    if (k >= 0 && lines.get(k).kind != null && COUNTER_KINDS.contains(lines.get(k).kind)) {
      // s37: a counter between the date and the headline ("15.07.2025, 11:24" over "Views:
      // 4 311" over the headline: transfer-35's 3512)
      k--;
      while (k >= 0 && lines.get(k).blank()) {
        k--;
      }
    }
    if (k < 0) {
      return false;
    }
    String t = lines.get(k).text;
    return t.length() <= 120 && (dateOnly(t) || BodyLines.LineShapes.dateLine(t));
  }

  /* The chrome kinds of a counter or a reading time beside a date line. */
  private static final Set<String> COUNTER_KINDS = Set.of("share", "read-time");

  /* The stems of the first three lines of ten words or more under line {@code h}, or null. */
  private static java.util.Set<String> leadUnder(List<Line> lines, int h) {
    StringBuilder lead = new StringBuilder();
    int paragraphs = 0;
    for (int j = nextText(lines, h); j >= 0 && paragraphs < 3; j = nextText(lines, j)) {
      if (BodyLines.words(lines.get(j).text) >= 10) {
        lead.append(lines.get(j).folded).append(' ');
        paragraphs++;
      }
    }
    return paragraphs == 0 ? null : LeadWords.stems(lead.toString());
  }

  /*
   * True when the next line of text under {@code j} is shaped as a headline: no kind, two to
   * twenty words, not closed as a sentence (a list of other stories goes on).
   */
  private static boolean headlineNext(List<Line> lines, int j) {
    int k = nextText(lines, j);
    if (k < 0 || lines.get(k).kind != null) {
      return false;
    }
    String t = lines.get(k).text.strip();
    int w = BodyLines.words(t);
    return w >= 2 && w <= 20 && !BodyLines.closed(t);
  }

  private static int nextText(List<Line> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (!lines.get(j).blank()) {
        return j;
      }
    }
    return -1;
  }

  /** A short line (under four words) or an outlet's name: a masthead rather than a headline. */
  private boolean masthead(String s) {
    if (SPACES.split(s).length < 4) {
      return true;
    }
    Optional<Outlets.Hit> h = outlets.findIn(s);
    return h.isPresent() && s.length() - (h.get().end() - h.get().start()) <= 4;
  }

  /** True for a line that is only a date (and perhaps a weekday or place). */
  /* A date and at most four words of no more than 25 characters beside it ("Week 48 | 25
   * November – 1 December 2024"), not a headline that names a date ("Protokoll der
   * Vorstandssitzung vom 10. Oktober 2019"). */
  private static boolean dateWithFewWords(String s) {
    String rest = s.length() > 100 ? null : restAroundDate(s);
    return rest != null && rest.length() <= 25 && BodyLines.words(rest) <= 4;
  }

  /* The line without the first full date in it, stripped; null when it holds none. */
  static String restAroundDate(String s) {
    Optional<DateExpressions.Found> d = DateExpressions.find(s, true);
    return d.isEmpty() ? null
        : (s.substring(0, d.get().start()) + s.substring(d.get().end())).strip();
  }

  static boolean dateOnly(String s) {
    String rest = restAroundDate(s);
    if (rest == null) {
      return false;
    }
    if (rest.length() <= 25) {
      return true;
    }
    // "Agency (AVA), 16 Jul 2018 - 8:19": a short credit line around a date, not a sentence
    // (s36: words, not the dashes between them: "الميزان — العدد ٨٤١٢ — الإثنين ٢٤ آذار ٢٠٢٥ —
    // الصفحة ٥", an e-paper's page head, transfer-31's 3123, studied)
    return rest.length() <= 60 && s.length() <= 100 && !s.strip().matches(".*[.!?؟]$")
        && tokens(rest) <= 8;
  }

  /* The tokens between spaces that hold a letter or a digit (a dash alone is none; "10:58" and
   * "نُشر" are one each). */
  private static int tokens(String s) {
    int n = 0;
    for (String t : SPACES.split(s)) {
      for (int k = 0; k < t.length(); k++) {
        if (Character.isLetterOrDigit(t.charAt(k))) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /**
   * Recognizes "Rif Dimashq - SMART" and "سمارت – حلب": a place beside an outlet name, a known
   * one or one of the page's masthead lines ({@code siteNames}: "Site News" above the headline,
   * "Site News - Idlib (exclusive)" under it).
   */
  private boolean dateline(String s, PageParts p, List<Line> siteNames) {
    Matcher m = SIDE_DATELINE.matcher(s.strip());
    if (!m.matches()) {
      return false;
    }
    String left = m.group(1).strip();
    String right = m.group(2).strip();
    for (Line site : siteNames) {
      String name = stripQuotes(site.text);
      boolean l = TextNormalizer.fold(left).equals(site.folded);
      if ((l || TextNormalizer.fold(right).equals(site.folded)) && BodyLines.words(name) <= 4) {
        p.dateline = l ? right : left;
        if (p.outlet == null) {
          p.outlet = outlets.byName(name);
        }
        return true;
      }
    }
    Optional<Outlets.Hit> r = outlets.findIn(right);
    if (r.isPresent() && r.get().start() == 0 && r.get().end() == right.length()) {
      p.dateline = left;
      p.outlet = r.get().outlet();
      return true;
    }
    Optional<Outlets.Hit> l = outlets.findIn(left);
    if (l.isPresent() && l.get().start() == 0 && l.get().end() == left.length()) {
      p.dateline = right;
      p.outlet = l.get().outlet();
      return true;
    }
    return false;
  }

  private static final Pattern SUPPORT_US =
      Pattern.compile("^(?:support|donate to)\\s+(.{2,40})$", Pattern.CASE_INSENSITIVE);

  /** Takes the outlet from a line that names it: a known name, or "Support X" for any X. */
  private void noteOutlet(PageParts p, String line) {
    if (p.outlet != null) {
      return;
    }
    Optional<Outlets.Hit> hit = outlets.findIn(line);
    if (hit.isPresent()) {
      p.outlet = hit.get().outlet();
      return;
    }
    Matcher m = SUPPORT_US.matcher(line.strip());
    if (m.matches()) {
      p.outlet = outlets.byName(m.group(1));
    }
  }

  /* A numbered list's item: a number of one or two digits, a dot or a bracket, a space. */
  private static final Pattern NUMBERED_ITEM = Pattern.compile("^\\s*\\p{Nd}{1,2}[.)]\\s+\\p{L}");
  /*
   * s50: a ticker's item above the headline, its time or its day first, then a mark and the
   * item's headline ("17:55 · Airlines cancel …", "3 May, 22:15 · Gaza: …", "2 May 2025 · Drone
   * strike hits …"): a day, a month's name and perhaps a year, or a time, or both.
   */
  private static final Pattern TIMED_ITEM = Pattern.compile(
      "^\\s*(?:(\\d{1,2})\\s+(\\p{L}{3,9})\\.?(?:\\s+\\d{4})?,?\\s*)?(\\d{1,2}[:.]\\d{2})?"
          + "\\s*[·•|]\\s+(?=\\p{L})(.+)$");

  /*
   * True when the text line before or after line {@code i} is a ticker's item too: a ticker runs
   * its items (a live page's one entry, "18:20 — Erdogan and Putin on the phone", is none).
   */
  private static boolean timedRun(List<Line> lines, int i) {
    int next = nextText(lines, i);
    if (next >= 0 && timedItem(lines.get(next).text)) {
      return true;
    }
    for (int k = i - 1; k >= 0; k--) {
      if (!lines.get(k).blank()) {
        return timedItem(lines.get(k).text);
      }
    }
    return false;
  }

  /* True when a line is a ticker's item: a time or a day and month, a mark, a headline. */
  static boolean timedItem(String s) {
    Matcher m = TIMED_ITEM.matcher(org.sitrep.text.TextNormalizer.asciiDigits(s));
    if (!m.matches() || m.group(3) == null && m.group(1) == null) {
      return false;
    }
    if (m.group(2) != null && org.sitrep.text.Months.month(m.group(2)) == null) {
      return false;
    }
    return BodyLines.words(m.group(4)) >= 4;
  }

  /* A bar between two items, with its spaces. */
  private static final Pattern BAR = Pattern.compile("\\s*\\|\\s*");

  /*
   * A section of the page's menu and the file or topic under it ("World | Red Sea crisis"): two
   * items apart by a bar, the first an item of a menu line above, the second of at most eight
   * words, no digit, no sentence mark.
   */
  static boolean menuSection(String s, Set<String> menuItems) {
    String t = s.strip();
    if (menuItems.isEmpty() || t.length() > 120 || t.indexOf('|') < 0
        || LINK_OR_SENTENCE_MARK.matcher(t).find() || BodyLines.LineShapes.hasDigit(t)) {
      return false;
    }
    String[] items = BAR.split(t);
    return items.length == 2 && !items[1].isBlank() && BodyLines.words(items[1]) <= 8
        && menuItems.contains(TextNormalizer.fold(items[0].strip()));
  }

  /* A separator with a space on either side: " / ", " > ", " » ", " › ". */
  private static final Pattern SPACED_PATH_SEP = Pattern.compile("\\s+[/>»›]\\s+");

  /*
   * A label of a site's sections: items of a few words apart by a spaced slash or arrow, no
   * digit and no sentence mark ("Commentary / Middle East & North Africa", "Analysis › Iraq"):
   * a type and a region over the headline, never the headline.
   */
  static boolean pathLabel(String s) {
    String t = s.strip();
    if (t.length() > 80 || LINK_OR_SENTENCE_MARK.matcher(t).find()
        || BodyLines.LineShapes.hasDigit(t)) {
      return false;
    }
    String[] items = SPACED_PATH_SEP.split(t);
    if (items.length < 2) {
      return false;
    }
    for (String item : items) {
      if (item.isBlank() || BodyLines.words(item) > 5) {
        return false;
      }
    }
    return true;
  }

  /* A menu item of one or two letters ("UK", "US", "AR"): no digit, no punctuation. */
  private static final Pattern MENU_STUB = Pattern.compile("\\p{L}{1,2}");

  private static boolean menuStub(String s) {
    return MENU_STUB.matcher(s.strip()).matches();
  }

  /*
   * A line that is a link and no headline: a web address ("https://…", "<https://…>"), or a line
   * with a text browser's numbered link marks ("[9]Syria > [10]Aleppo", "[16]READ MORE: …").
   */
  private static final Pattern LINK_LINE = Pattern.compile(
      "(?i)(?:.*<https?://\\S+>.*|(?:view|read|open)\\b.*https?://\\S+|https?://\\S+|www\\.\\S+"
          + "|\\[\\d{1,4}\\]\\S.*)");

  /* A line that is a web address, perhaps after a short label ("Link: https://…", "الرابط: …"). */
  private static final Pattern ADDRESS_LINE =
      Pattern.compile("(?iu)(?:[\\p{L} ]{1,20}:\\s*)?<?https?://\\S+>?");

  private boolean titleLike(String s) {
    String t = s.strip();
    if (t.length() > 300 || LINK_LINE.matcher(t).matches()) {
      return false;
    }
    if (t.length() > 60 && (t.endsWith(".") || t.endsWith("。"))) {
      return false;
    }
    if (HASHTAG.matcher(t).find()) {
      return false; // "#عاجل | …": a post's text, not a headline
    }
    if (agenciesOnly(t)) {
      return false; // "أ ف ب (درعا)، رويترز (بيروت)": the wire credits of the copy
    }
    Matcher m = LEAD_DATELINE.matcher(t);
    if (m.lookingAt() && outlets.findIn(m.group(3)).isPresent()) {
      return false;
    }
    return t.codePoints().filter(Character::isLetter).count() >= 3;
  }

  /* True when a line holds only outlet names, places in parentheses and punctuation. */
  private boolean agenciesOnly(String t) {
    String rest = SHORT_PARENS.matcher(t).replaceAll(" ");
    if (rest.codePoints().filter(Character::isLetter).count() >= 3 + 4L * outlets.longestName()) {
      return false; // four names cannot take so many letters away: no search
    }
    boolean any = false;
    for (int k = 0; k < 4; k++) {
      Optional<Outlets.Hit> h = outlets.findIn(rest);
      if (h.isEmpty()) {
        break;
      }
      any = true;
      rest = rest.substring(0, h.get().start()) + " " + rest.substring(h.get().end());
    }
    return any && rest.codePoints().filter(Character::isLetter).count() < 3;
  }

  /* "Headline - The Site": a line that is the title and a short name after a dash or a bar. */
  /*
   * The headline printed again over the story ("Headline / Tue, 14 Jan 2020 / menu / Headline /
   * 13 Jan 2020, 22:11"): a date found so far, with no publication label, stood above the
   * headline as the story prints it, the site's header day; a date under it is the story's.
   */
  private static void headlineAgain(PageParts p) {
    if (p.published.value() != null && !p.publishedIsOriginal
        && !HtmlDates.opensWithPublicationLabel(String.valueOf(p.published.evidence()))) {
      p.publishedAboveTitle = true;
    }
  }

  /* A rule line: a run of one mark across the line ("-----", "=====", "_____"). */
  private static final Pattern RULE = Pattern.compile("([-=_~*—─])\\1{9,}");

  /* The share of a headline's words under a rule line its lead must speak of. */
  private static final double RULE_HEADLINE_ECHO = 0.3;

  /* The most text lines over a rule line read for a story's headline under it. */
  private static final int RULE_HEADER_LINES = 12;

  /*
   * The headline's line right under a rule line among the page's first lines, when the lead
   * under it speaks of it (a third of its words) and of no line above the rule as much; else -1.
   */
  private int storyUnderRule(List<Line> lines) {
    int seen = 0;
    for (int r = 0; r < lines.size() && seen < RULE_HEADER_LINES; r++) {
      Line l = lines.get(r);
      if (l.blank()) {
        continue;
      }
      seen++;
      if (!RULE.matcher(l.text.strip()).matches()) {
        continue;
      }
      int h = nextText(lines, r);
      if (seen == 1 || h < 0) {
        return -1;
      }
      String t = lines.get(h).text;
      int w = BodyLines.words(t);
      java.util.Set<String> lead = leadUnder(lines, h);
      if (w < 4 || w > 30 || BodyLines.closed(t) || !titleLike(t) || lead == null) {
        return -1;
      }
      double echo = LeadWords.spokenOf(lines.get(h).folded, lead);
      if (echo < RULE_HEADLINE_ECHO) {
        return -1;
      }
      for (int k = 0; k < r; k++) {
        Line x = lines.get(k);
        if (!x.blank() && BodyLines.words(x.text) >= 4
            && LeadWords.spokenOf(x.folded, lead) >= echo) {
          return -1;
        }
      }
      return h;
    }
    return -1;
  }

  /* The most lines over a later story that are read as its header. */
  private static final int STORY_HEADER_LINES = 4;

  /*
   * The story found after what was first read as the body's end may have its own header right
   * over it: the headline printed again and its date line ("Headline / News24 / 13 Jan 2020,
   * 22:11 GMT+10" under the site's menu). A date line among the last lines over the story, under
   * the headline's repeat, is the story's date where the page's was the site's header day above
   * the headline, or none was found.
   */
  private void storyHeader(List<Line> lines, int from, int story, PageParts p) {
    int top = story;
    for (int k = story - 1, seen = 0; k >= from && seen < STORY_HEADER_LINES; k--) {
      if (!lines.get(k).blank()) {
        top = k;
        seen++;
      }
    }
    String titleKey = p.title == null ? null : TextNormalizer.fold(p.title);
    for (int k = top; k < story; k++) {
      Line l = lines.get(k);
      if (l.blank()) {
        continue;
      }
      if (titleKey != null && l.folded.equals(titleKey)) {
        headlineAgain(p);
        continue;
      }
      if (l.kind != null) {
        originalDateLine(l, p); // s46: a partner's note over the story (transfer-46's 4612)
      }
      boolean open = p.published.value() == null
          || p.publishedAboveTitle && p.title != null && !p.publishedIsOriginal;
      if (open && l.text.length() <= 120 && (dateOnly(l.text) || BodyLines.LineShapes.dateLine(l.text))
          && !EMBED.matcher(l.text).find() && !DateExpressions.UPDATED.matcher(l.text).find()) {
        DateExpressions.find(l.text, true).ifPresent(d -> {
          p.published = new Published(d.value(), d.precision(), "page", l.text.strip());
          p.publishedIsUpdate = false;
          p.publishedAboveTitle = false;
        });
      }
    }
  }

  /* The most words of a button's label set before the headline on one line. */
  private static final int TITLE_LABEL_WORDS = 6;

  /*
   * A button's or a box's label and the headline after it on one line ("Share All sharing
   * options for: Title", "Email this: Title"): the label ends in a colon, has at most six words,
   * and the rest of the line is the headline.
   */
  static boolean labelAndTitle(String text, String folded, String titleKey) {
    if (folded.length() <= titleKey.length() || !folded.endsWith(titleKey)) {
      return false;
    }
    int colon = text.indexOf(':');
    return colon > 0 && BodyLines.words(text.substring(0, colon)) <= TITLE_LABEL_WORDS
        && TextNormalizer.fold(text.substring(colon + 1)).strip().equals(titleKey);
  }

  private static boolean titleAndSite(String folded, String titleKey) {
    if (folded.length() <= titleKey.length() || !folded.startsWith(titleKey)) {
      return false;
    }
    Matcher m = TITLE_SITE.matcher(folded);
    return m.find() && m.start() == titleKey.length();
  }

  /* What stands between a date and the headline it runs into: a time, bars, dashes, colons. */
  private static final Pattern GLUE_HEAD =
      Pattern.compile("^(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?[\\s|:–—-]+");
  private static final Pattern NUMERIC_DATE = Pattern.compile("[\\d\\s/.:-]+");
  private static final Pattern GLUE_TAIL = Pattern.compile("[\\s|:–—-]+$");
  private static final Pattern HASHTAG = Pattern.compile("(?:^|\\s)#\\p{L}{2,}");

  private static String stripQuotes(String s) {
    String t = s.strip();
    if (t.length() > 2) {
      char a = t.charAt(0);
      char b = t.charAt(t.length() - 1);
      if ((a == '‘' && b == '’') || (a == '“' && b == '”') || (a == '"' && b == '"')
          || (a == '«' && b == '»')) {
        return t.substring(1, t.length() - 1).strip();
      }
    }
    return t;
  }

  /** Reads body paragraphs from line {@code from}; returns the index where the body ends. */
  private int body(List<Line> lines, int from, PageParts p) {
    List<BodyLines.Line> kept = new ArrayList<>();
    int plain = 0; // lines the lexicon did not classify
    int prose = 0; // those of them that read as prose
    int proseLines = 0; // how many of them read as prose
    int end = lines.size();
    String titleKey = p.title == null ? null : TextNormalizer.fold(p.title);
    // the lines from here on without the blank ones, for the look ahead of chromeRunStartsHere
    List<String> texts = new ArrayList<>();
    List<String> folds = new ArrayList<>();
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).blank()) {
        texts.add(lines.get(i).text);
        folds.add(lines.get(i).folded);
      }
    }
    int q = -1; // the place of line i among them
    for (int i = from; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.blank()) {
        continue;
      }
      q++;
      // "KEY POINTS" over three sentences, then the date line: the headline's summary box, set
      // in the header above the credits, not the story's first paragraphs; s37: so are bulleted
      // highlights under the headline over the byline or the date line ("• مفوضية اللاجئين: …"
      // thrice, then "أدري - مراسل …" and "04/11/2024 - 16:30": transfer-37's 3723, studied)
      int box = proseLines == 0 ? summaryBox(lines, i) : -1;
      if (box <= i && proseLines == 0 && l.kind == null) {
        box = bulletDeck(lines, i);
      }
      // "KEY FACTS" over three bulleted lines, then the story goes on: a fact box set inside
      // the text, not a list of other headlines ending it (s33, transfer-27's study half)
      int facts = box <= i && prose > 0 && l.kind == null ? factBox(lines, i) : -1;
      if (box > i || facts > i) {
        int to = Math.max(box, facts);
        q += chromeRun(p, lines, i, to, box > i ? "deck" : "box") - 1;
        i = to - 1;
        continue;
      }
      if (prose > 0 && (channelStamp(l.text).isPresent()
          || FULL_ARTICLE_LINK.matcher(l.text.strip()).matches())) {
        // s46: the channel's next post under its stamp, or the post's link to its full article
        // with the link's preview under it ("📎 Full article: https://…"; a Telegram export:
        // transfer-46's 4607 and 4619, studied): the post ends
        end = i;
        break;
      }
      Optional<String> kind = Optional.ofNullable(l.kind);
      if (kind.isPresent()) {
        String k = kind.get();
        if (k.equals("comment-widget") && (prose == 0 && (BodyLines.LineShapes.hasDigit(l.folded)
            || plain == 0 && shareNext(lines, i))
            || proseLines <= 1 && commentsAgainBelowProse(lines, i))) {
          // "0 Comments" above the lead (under a byline, perhaps): the count of the comments
          // below, not their section; "Comments" over "Share this article" before any body
          // line: a button of the bar above the lead; "Join the conversation" above the lead
          // (under a deck at most) with the comment section's own label under paragraphs of
          // prose further down: the link to that section
          kept.add(new BodyLines.Line(l.start, l.end, l.text, l.folded, l.blanksBefore,
              l.blanksAfter, "share"));
          continue;
        }
        if (k.equals("navigation") && plain > 0 && pageBreak(lines, i)) {
          // "Page 2 of 3" of a printed copy with prose under it: the body goes on
          p.chrome(l.start, l.end, "navigation");
          continue;
        }
        // (s34: or a link's line with no headline after a colon that heads a box, "Read more
        // on the war in the hills" over two headlines; "Related post: X" is one link)
        int resume = (k.equals("related-header") || k.equals("related")
            && l.text.indexOf(':') < 0) && prose > 0 ? readAlsoBlock(lines, i) : -1;
        if (resume > 0) {
          // "اقرأ أيضاً" over two or three headlines, then the story goes on: a box of links
          // inside the body, not its end
          q += alsoBoxChrome(p, lines, i, resume) - 1;
          i = resume - 1;
          continue;
        }
        if (k.equals("comment-widget") || k.equals("related-header") || k.equals("comments-end")
            || (k.equals("navigation") && plain > 0)) {
          end = i;
          break;
        }
        if (k.equals("copyright") && prose > 0 && RIGHTS_YEAR.matcher(l.text).find()) {
          // "© 2019 AFP" under the story: the copy's rights notice ends it; what follows is the
          // site's (a newsletter's pitch, a list of other stories)
          p.chrome(l.start, l.end, k);
          end = i + 1;
          break;
        }
        if (k.equals("donation")) {
          noteOutlet(p, l.text);
        }
        if (plain < 4) {
          originalDateLine(l, p);
        }
        kept.add(new BodyLines.Line(l.start, l.end, l.text, l.folded, l.blanksBefore,
            l.blanksAfter, k));
        continue;
      }
      if (prose > 0 && laterPostNumber(l.text)) {
        // "#2" after the first post's prose: a forum thread's replies begin (its user card
        // above the number is sifted as the edge's short lines)
        end = i;
        break;
      }
      if (proseLines >= 2 && commentsStartHere(lines, i)) {
        end = i;
        break;
      }
      if (plain >= 2 && chromeRunStartsHere(texts, folds, q) && (prose > 0 || !proseAhead(lines, i))) {
        end = i;
        break;
      }
      if (prose > 0 && BodyLines.LineShapes.nextStory(l.text, l.folded)) {
        // "Next story: Vegetable prices rise …", "الخبر التالي: …" after the text: what follows
        // is that other article, not this one's end
        lines.set(i, new Line(l.start, l.end, l.text, l.folded, l.blanksBefore, l.blanksAfter,
            "related-header"));
        end = i;
        break;
      }
      String tailKind = plain >= 2 && l.text.length() <= 50
          ? BodyLines.LineShapes.tailHeader(l.text, texts.subList(q + 1, texts.size())) : null;
      if (tailKind != null && BodyLines.LineShapes.readMore(l.text)) {
        tailKind = null; // "...المزيد": a link to another article, sifted with the body's lines
      }
      int resume = prose > 0 && ("related-header".equals(tailKind) || tailKind == null
          && plain >= 2 && l.text.length() <= 50 && inBodyHeader(l.text))
          ? readAlsoBlock(lines, i) : -1;
      if (resume > 0) {
        q += alsoBoxChrome(p, lines, i, resume) - 1;
        i = resume - 1;
        continue;
      }
      if (tailKind != null) {
        // "Discussion", "مواضيع مرتبطة" under the last paragraph: the comments or the list of
        // other headlines begin
        lines.set(i, new Line(l.start, l.end, l.text, l.folded, l.blanksBefore, l.blanksAfter,
            tailKind));
        end = i;
        break;
      }
      if (titleKey != null && (l.folded.equals(titleKey) || titleAndSite(l.folded, titleKey)
          || labelAndTitle(l.text, l.folded, titleKey))) {
        p.chrome(l.start, l.end, "title"); // the headline again, perhaps with the site's name
        if (prose == 0) {
          headlineAgain(p);
        }
        continue;
      }
      if (plain < 4 && BodyLines.LineShapes.otherDateLabel(l.text)) {
        p.chrome(l.start, l.end, "date"); // "Saved on: …" under the headline: not its date
        continue;
      }
      int v = plain < 4 ? labelledDate(lines, i, p) : -1;
      if (v >= 0) {
        i = v; // "Originally published" over "3 Mar 2020" above the lead: one date line
        q++;
        if (deckAboveDate(kept, p, plain, prose)) {
          plain = 0;
          prose = 0;
        }
        continue;
      }
      // a date line under the headline goes over the site's day above it (a date widget)
      boolean dateOpen = p.published.value() == null
          || (p.publishedIsUpdate || p.publishedAboveTitle && p.title != null)
              && !DateExpressions.UPDATED.matcher(l.text).find();
      if (plain < 4 && !dateOpen && l.text.length() <= 120
          && DateExpressions.UPDATED.matcher(l.text).find()
          && (dateOnly(l.text) || BodyLines.LineShapes.dateLine(l.text))
          && !EMBED.matcher(l.text).find()) {
        // "updated 20.12.2019 at 17:41" under the page's own date line: the update's stamp, no
        // line of the story and no date of its publication
        p.chrome(l.start, l.end, "date");
        continue;
      }
      if (plain < 4 && dateOpen && l.text.length() <= 140
          && !dateOnly(l.text) && (BodyLines.LineShapes.dateLine(l.text) || labelledLine(l.text))
          && !EMBED.matcher(l.text).find() && creditLine(l, p, l.folded)) {
        // "Published date: Saturday 22 June 2019 10:31 UTC | Last update: 2 days ago" under the
        // deck: the page's date line, its original date before an update
        if (deckAboveDate(kept, p, plain, prose)) {
          plain = 0;
          prose = 0;
        }
        continue;
      }
      if (plain < 4 && dateOpen && l.text.length() <= 120
          && dateOnly(l.text)
          && !EMBED.matcher(l.text).find()) {
        // "29 June, 2018" under the deck: the page's date line, not body; "Last updated: …"
        // gives way to a "Published: …" line under it
        boolean update = DateExpressions.UPDATED.matcher(l.text).find();
        DateExpressions.find(l.text, true).ifPresent(d -> {
          p.published = new Published(d.value(), d.precision(), "page", l.text.strip());
          p.publishedIsUpdate = update;
          p.publishedAboveTitle = false;
        });
        p.chrome(l.start, l.end, "date");
        if (deckAboveDate(kept, p, plain, prose)) {
          plain = 0;
          prose = 0;
        }
        // a name of a few words right above the date line: the byline ("Jane Doe" over
        // "September 14, 2018"); s35: and a second such line over it, the writer over the
        // place he writes from ("Name Name" / "Aizawl" / "Updated: Dec 3, 2024": transfer-29's
        // 2901, studied)
        for (int k = kept.size() - 1; k >= 0 && k >= kept.size() - 2; k--) {
          BodyLines.Line prev = kept.get(k);
          if (prev.preset() != null || BodyLines.words(prev.text()) > 3
              || BodyLines.closed(prev.text()) || BodyLines.LineShapes.hasDigit(prev.text())
              || prev.text().length() > 40
              || k < kept.size() - 1 && Bylines.looksLikeByline(prev.text())) {
            break; // ("By Jane Doe" over "Staff Writer" keeps its own way, which reads credits)
          }
          kept.set(k, new BodyLines.Line(prev.start(), prev.end(), prev.text(),
              prev.folded(), prev.blanksBefore(), prev.blanksAfter(), "byline"));
          plain--;
        }
        continue;
      }
      kept.add(new BodyLines.Line(l.start, l.end, l.text, l.folded, l.blanksBefore,
          l.blanksAfter, null));
      plain++;
      if (BodyLines.prose(l.text)) {
        prose = 1;
        proseLines++;
      }
    }
    boxedBetween(kept);
    BodyLines.sift(kept, p, outlets, end < lines.size());
    if (!p.paragraphs.isEmpty()) {
      cutGluedDate(p);
      Span s = p.paragraphs.get(0);
      String lead = p.text.substring(s.start(), s.end());
      leadDateline(new Line(s.start(), s.end(), lead, TextNormalizer.fold(lead), 0, 0, null), p);
      if (p.published.value() == null) {
        runOnHeaderDate(p);
      }
      if (p.published.value() == null && p.paragraphs.size() >= 2
          && BodyLines.words(lead) <= DECK_WORDS && !BodyLines.closed(lead.strip())) {
        // a line not closed as a sentence over a lead that opens with its place and date
        // ("Statement by the Regional Director …" over "Amman, 12 October 2019 – …"): a deck or
        // an attribution above the story, and the story's date
        Span s2 = p.paragraphs.get(1);
        String second = p.text.substring(s2.start(), s2.end());
        leadDate(new Line(s2.start(), s2.end(), second, TextNormalizer.fold(second), 0, 0, null), p);
        if (p.published.value() != null) {
          p.paragraphs.remove(0);
          p.chrome(s.start(), s.end(), "deck");
        }
      }
    }
    return end;
  }

  /* A list's mark opening a line: "• ", "- ", "▪ ". */
  private static final Pattern BULLET = Pattern.compile("^\\s*[•▪►■●◆◾▶▸–-]\\s*\\S");
  /* The most lines and words of a bulleted deck. */
  private static final int DECK_BULLETS = 6;
  private static final int DECK_BULLET_WORDS = 30;

  /*
   * Two to six bulleted lines from line {@code i}, each of at most thirty words, with a date
   * line or a byline among the two lines under them: the index of the first line after the
   * bullets, else -1.
   */
  private static int bulletDeck(List<Line> lines, int i) {
    int n = 0;
    int k = i;
    while (k >= 0 && n < DECK_BULLETS && lines.get(k).kind == null
        && BULLET.matcher(lines.get(k).text).lookingAt()
        && BodyLines.words(lines.get(k).text) <= DECK_BULLET_WORDS) {
      n++;
      k = nextText(lines, k);
    }
    if (n < 2 || k < 0) {
      return -1;
    }
    for (int j = k, seen = 0; j >= 0 && seen < 2; j = nextText(lines, j), seen++) {
      String t = lines.get(j).text;
      if (t.length() <= 120 && (dateOnly(t) || BodyLines.LineShapes.dateLine(t))
          || BodyLines.words(t) <= 10 && Bylines.looksLikeByline(t)) {
        return k;
      }
    }
    return -1;
  }

  /* The chrome kinds of the lines a story's header sets between its deck and its lead. */
  private static final Set<String> HEADER_KINDS = Set.of("byline", "date", "label");

  /* "(AGENCY) - ROME, APR 8 -": an agency's opener, its name before the place and day. */
  private static final Pattern AGENCY_OPENER = Pattern.compile(
      "^\\(\\p{Lu}[\\p{Lu}\\p{N}&./-]{1,15}\\)\\s*[-–—]\\s*\\p{Lu}[\\p{L} .'’-]{1,40},\\s*"
          + "\\p{L}{3,9}\\.?\\s+\\d{1,2}\\s*[-–—]\\s");

  /*
   * True when the first paragraph {@code lead} is the headline's deck (standfirst): a sentence
   * of at most {@link #DECK_LINE_WORDS} words standing right under the headline's line, with
   * the story's own header between it and the paragraph {@code next} (a byline, a date line, a
   * place label such as "Basra, Iraq:"), or, not closed as a sentence, over a lead that opens
   * with the place and day ("(AGENCY) - CITY, MON 8 -", "City, May 2 (AGENCY) -").
   */
  private static boolean deckUnderHeadline(PageParts p, Span lead, Span next) {
    String t = p.text.substring(lead.start(), lead.end()).strip();
    int words = BodyLines.words(t);
    if (p.title == null || words < 4 || words > DECK_LINE_WORDS
        || !TextNormalizer.fold(lineBefore(p.text, lead.start())).equals(
            TextNormalizer.fold(p.title.strip()))) {
      return false;
    }
    if (entries(p)) {
      return false; // a live page's first entry, its stamp under it as under the others
    }
    if (chromeBetween(p, lead.end(), next.start(), HEADER_KINDS)) {
      // (a short line with no sentence's end is a deck too: "Twenty teams have booked places")
      return BodyLines.prose(t) || !BodyLines.closed(t);
    }
    if (BodyLines.prose(t) && !AGENCY_OPENER.matcher(t).lookingAt()
        && !LEAD_DATELINE.matcher(t).lookingAt() && listBetween(p, lead.end(), next.start())) {
      // s50: one sentence under the headline over a box of other headlines ("Latest" and its
      // timed items), the story under the box: the box stands between the deck and the story
      // (transfer-51's 5111, studied)
      return true;
    }
    String second = p.text.substring(next.start(), next.end());
    return !BodyLines.closed(t) && (AGENCY_OPENER.matcher(second).lookingAt()
        || LEAD_DATELINE.matcher(second).lookingAt());
  }

  /*
   * Whether date lines stand between the body's later paragraphs (from the second on): a live
   * page's entries under their stamps.
   */
  private static boolean entries(PageParts p) {
    if (p.paragraphs.size() < 3) {
      return false;
    }
    return chromeBetween(p, p.paragraphs.get(1).end(),
        p.paragraphs.get(p.paragraphs.size() - 1).start(), DATE_KIND);
  }

  private static final Set<String> DATE_KIND = Set.of("date");

  /* Whether a list's header and two of its items or more lie wholly between two offsets. */
  private static boolean listBetween(PageParts p, int from, int to) {
    int header = 0;
    int items = 0;
    for (org.sitrep.model.Chrome c : p.chrome) {
      if (c.start() >= from && c.end() <= to) {
        header += c.kind().equals("related-header") ? 1 : 0;
        items += c.kind().equals("related") ? 1 : 0;
      }
    }
    return header >= 1 && items >= 2;
  }

  /* Whether chrome of one of {@code kinds} lies wholly between offsets {@code from} and {@code to}. */
  private static boolean chromeBetween(PageParts p, int from, int to, Set<String> kinds) {
    for (org.sitrep.model.Chrome c : p.chrome) {
      if (c.start() >= from && c.end() <= to && kinds.contains(c.kind())) {
        return true;
      }
    }
    return false;
  }

  /* The chrome a page sets between a deck or teaser and the story it stands over. */
  /* (Not a date line: a live page stamps each entry, the first too; not an ad, a box of links
   * or a newsletter's box: sites set those under the lead.) */
  private static final Set<String> APART_KINDS = Set.of("share", "byline", "label");
  /* A place, a numeric day and an agency before a dash: "غزة 7-11-2023 قدس-", "Gaza 7.11.2023 QNA -". */
  private static final Pattern DATE_AGENCY_OPENER = Pattern.compile(
      "^\\p{L}[\\p{L}'’.-]*(?:\\s+\\p{L}[\\p{L}'’.-]*){0,2}\\s+\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}"
          + "\\s+\\p{L}[\\p{L}.' ]{0,20}?\\s?[-–—:]");
  private static final Pattern CAPS_DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .,'’/-]{2,40}\\s?[-–—:]");

  /*
   * The body's first paragraph set apart from the story by the page's chrome (a share bar, a
   * byline, a label) while two paragraphs of prose follow: a deck or a teaser
   * over the story, not its lead. A first paragraph that opens with a dateline stays, and so
   * does the first entry of a page whose later paragraphs stand apart by such chrome too.
   */
  private static boolean isolatedFirst(PageParts p) {
    Span a = p.paragraphs.get(0);
    Span b = p.paragraphs.get(1);
    Span c = p.paragraphs.get(2);
    String t = p.text.substring(a.start(), a.end()).strip();
    if (BodyLines.words(t) > 40 || LEAD_DATELINE.matcher(t).lookingAt()
        || AGENCY_OPENER.matcher(t).lookingAt() || CAPS_DATELINE.matcher(t).lookingAt()
        || DATE_AGENCY_OPENER.matcher(t).lookingAt()) {
      return false;
    }
    String tb = p.text.substring(b.start(), b.end());
    String tc = p.text.substring(c.start(), c.end());
    if (BodyLines.words(tb) < 15 || !BodyLines.prose(tb) || !BodyLines.prose(tc)) {
      return false;
    }
    // such chrome between later paragraphs too (a live page's share rows): the page is a run of
    // entries and the first is one of them
    return chromeBetween(p, a.end(), b.start(), APART_KINDS) && !chromeBetween(p, b.end(),
        p.paragraphs.get(p.paragraphs.size() - 1).start(), APART_KINDS);
  }

  /* A deck under the headline: at most this many words. */
  private static final int DECK_LINE_WORDS = 30;

  /* The last non-blank line of {@code text} before offset {@code at}, stripped ("" for none). */
  static String lineBefore(String text, int at) {
    int e = at;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > 0 && text.charAt(b - 1) != '\n') {
      b--;
    }
    return text.substring(b, e).strip();
  }

  /* The most headlines a box of links inside the body holds. */
  private static final int READ_ALSO_ITEMS = 4;
  /* The fewest words of the sentence that resumes the story under such a box. */
  private static final int RESUME_WORDS = 6;

  /* The most bulleted lines of a fact box inside the text. */
  private static final int FACT_BOX_ITEMS = 6;

  /*
   * When line {@code i} is a fact box's label alone ("KEY FACTS", "What we know", "BACKGROUND":
   * box-label or summary-label in line-shapes.tsv) over one to six bulleted lines, and a
   * paragraph of prose comes after them: the index of that paragraph; else -1.
   */
  private static int factBox(List<Line> lines, int i) {
    if (!BodyLines.LineShapes.boxLabelAlone(lines.get(i).folded)) {
      return -1;
    }
    int items = 0;
    int j = i + 1;
    for (; j < lines.size(); j++) {
      Line x = lines.get(j);
      if (x.blank()) {
        continue;
      }
      if (x.kind != null || !BodyLines.LineShapes.bulleted(x.text)) {
        break;
      }
      if (++items > FACT_BOX_ITEMS) {
        return -1;
      }
    }
    if (items == 0) {
      return -1;
    }
    for (int k = j; k < lines.size(); k++) {
      Line x = lines.get(k);
      if (x.blank() || x.kind != null) {
        continue;
      }
      return BodyLines.prose(x.text) ? j : -1;
    }
    return -1;
  }

  /*
   * Marks the lines of a read-also box inside the body, its header at {@code from} and its
   * headlines up to {@code resume}, as chrome; returns how many non-blank lines it held.
   */
  /* Marks the text lines from {@code from} to {@code to} as chrome of {@code kind}; their count. */
  private static int chromeRun(PageParts p, List<Line> lines, int from, int to, String kind) {
    int n = 0;
    for (int j = from; j < to; j++) {
      Line x = lines.get(j);
      if (!x.blank()) {
        p.chrome(x.start, x.end, kind);
        n++;
      }
    }
    return n;
  }

  private static int alsoBoxChrome(PageParts p, List<Line> lines, int from, int resume) {
    int n = 0;
    for (int j = from; j < resume; j++) {
      Line x = lines.get(j);
      if (!x.blank()) {
        p.chrome(x.start, x.end, j == from ? "related-header" : "related");
        n++;
      }
    }
    return n;
  }

  /*
   * When header line {@code i} says "also" ("Read also:", "اقرأ أيضاً", "شاهد أيضا": also-word in
   * line-shapes.tsv) and one to four headlines (no sentence's end) stand under it, then a
   * paragraph of prose: the index of that paragraph, where the story goes on past a box of links
   * set inside it; else -1. A list of other stories at the page's foot has no prose under it.
   * A header that only sends the reader on ("Read more", "اقرأ المزيد": read-more in
   * line-shapes.tsv, two words or more) holds one headline, and the paragraph under it must be
   * the story's, not that headline's teaser: no other headline under it, only chrome, prose or
   * the page's end (s22-ingest).
   */
  private static int readAlsoBlock(List<Line> lines, int i) {
    String head = lines.get(i).text;
    boolean also = BodyLines.LineShapes.saysAlso(lines.get(i).folded);
    boolean more = !also && BodyLines.words(head) >= 2 && BodyLines.LineShapes.readMore(head);
    // any other box header ("Related:", "More on this"): the story resumes only where two
    // paragraphs of prose follow its links; a list at the page's foot pairs each headline with
    // one sentence of teaser at most
    boolean other = !also && !more;
    int items = 0;
    int labels = 0;
    for (int j = nextText(lines, i); j >= 0; j = nextText(lines, j)) {
      Line b = lines.get(j);
      String t = b.text.strip();
      int w = BodyLines.words(t);
      // a headline may end in its quotation's mark ('Spacewalking into "her-story"') or ask
      // ("Who Are Syria's New Rulers, and What Do They Want?": in headline case)
      // (s36: under a box's label, any short question is a headline, in a script without
      // capitals too: "ما هي أبرز بنود اتفاق وقف إطلاق النار بين إسرائيل ولبنان؟" under "اقرأ
      // أيضاً", "اليمن: ما الذي يعنيه …؟" under "المزيد حول هذه القصة": transfer-32's 3217 and
      // 3218, studied)
      boolean quoted = other && quotedHeadline(t, w) || askingHeadline(t)
          || w <= 20 && (t.endsWith("?") || t.endsWith("؟"));
      if (items == 0 && other && b.kind == null && w >= RUN_WORDS && statementEnd(t)
          && !quoted) {
        // "Sponsored Content" / "Recommended by" with no headline under them, then the story's
        // prose: a widget the page fills by script, empty in the copy, set inside the text
        // (two paragraphs of prose must follow, as under any other box, and the first must end
        // as a statement: a headline may end in a question mark)
        return twoProse(lines, j) ? j : -1;
      }
      if (items > 0 && b.kind == null && w >= RESUME_WORDS && BodyLines.sentenceEnd(t) && !quoted) {
        if (other) {
          return twoProse(lines, j) ? j : -1;
        }
        // "Read More" over two links or more, then two paragraphs of prose: a box set inside the
        // story (a list at the page's foot gives each headline its teaser in turn)
        return !more || items == 1 && !headlineNext(lines, j) || items >= 2 && twoProse(lines, j)
            ? j : -1;
      }
      if (labels < READ_ALSO_ITEMS && BodyLines.LineShapes.boxLabel(t, b.folded)
          && (b.kind == null || b.kind.equals("related-header"))) {
        labels++; // the box's label again ("Read More" / "Related Articles" over each link)
        continue;
      }
      // (a headline may end in its quotation's mark: "Spacewalking into 'her-story'")
      if (items >= (other ? BOX_ITEMS : READ_ALSO_ITEMS) || w < 2 || w > 20
          || BodyLines.sentenceEnd(t) && !quoted
          || b.kind != null && !b.kind.equals("related") && !b.kind.equals("embed")) {
        // (an item may be a video's link, "فيديو: آثار القصف على قرى الساحل")
        return -1;
      }
      items++;
    }
    return -1;
  }

  /*
   * s34: a question in headline case, each word of four letters or more capitalized ("Who Are
   * Syria's New Rulers, and What Do They Want?"): a link's headline in a box, no sentence of
   * the story (transfer-28's 2802, studied).
   */
  static boolean askingHeadline(String t) {
    String s = t.strip();
    if (!s.endsWith("?") || BodyLines.words(s) > 20) {
      return false;
    }
    int caps = 0;
    for (String w : SPACES.split(s)) {
      String x = LEADING_NON_WORD.matcher(w).replaceFirst("");
      if (x.isEmpty() || !Character.isLetter(x.codePointAt(0))) {
        continue;
      }
      if (Character.isUpperCase(x.codePointAt(0))) {
        caps++;
      } else if (x.length() >= 4) {
        return false;
      }
    }
    return caps >= 4;
  }

  /*
   * A related-word header ("More:", "More on this", "Related coverage") with the story's prose
   * still below it: not the body's end (tailHeader says a header over long prose is none), but
   * perhaps a box of links set inside the story, which readAlsoBlock then tells by the headlines
   * under it and the two paragraphs of prose after them.
   */
  private static boolean inBodyHeader(String text) {
    return "related-header".equals(BodyLines.LineShapes.tailHeader(text, List.of()));
  }

  /* The most headlines of a box under any other header ("Trending News"), which two paragraphs
   * of prose must follow. */
  private static final int BOX_ITEMS = 8;
  /* The most words of a headline that ends in a quotation. */
  private static final int QUOTED_HEADLINE_WORDS = 14;

  /*
   * A headline that ends in the words it quotes after a colon ('Rescue on video: "We got
   * her!"'): closed by its quote, and short, a headline still.
   */
  private static boolean quotedHeadline(String t, int words) {
    int colon = t.indexOf(':');
    return words <= QUOTED_HEADLINE_WORDS && colon > 0 && (t.endsWith("\"") || t.endsWith("”"))
        && t.indexOf('"', colon) > colon || words <= QUOTED_HEADLINE_WORDS && colon > 0
        && t.endsWith("”") && t.indexOf('“', colon) > colon;
  }

  /* A line closed by a full stop, perhaps inside a quotation's mark: a statement, not a question. */
  private static boolean statementEnd(String t) {
    String x = t.strip();
    while (!x.isEmpty() && "\"'”’»)".indexOf(x.charAt(x.length() - 1)) >= 0) {
      x = x.substring(0, x.length() - 1);
    }
    return x.endsWith(".") && !x.endsWith("..");
  }

  /* The fewest words of a line of a run of prose. */
  private static final int RUN_WORDS = 12;

  /* What a page sets between two paragraphs in a slot of its own: an ad's label, a media embed. */
  private static final Set<String> SLOT_KINDS = Set.of("advert", "embed");

  /*
   * The last item of a breaking-news ticker whose label stands alone on line {@code i}
   * ("BREAKING", "عاجل", "Breaking News"): the headline-shaped line under it, and each next one
   * that stands over another headline-shaped line or over a section's short label; -1 when line
   * {@code i} is no such label.
   */
  private int tickerEnd(List<Line> lines, int i) {
    if (!BodyLines.LineShapes.tickerLabelAlone(lines.get(i).text)) {
      return -1;
    }
    int item = nextText(lines, i);
    if (item < 0 || lines.get(item).kind != null || !titleLike(lines.get(item).text)) {
      return -1;
    }
    for (int k = nextText(lines, item), n = 1; k >= 0 && n < TICKER_ITEMS; n++) {
      Line x = lines.get(k);
      int after = nextText(lines, k);
      if (x.kind != null || BodyLines.words(x.text) < 4 || !titleLike(x.text) || after < 0
          || lines.get(after).kind != null) {
        break;
      }
      Line y = lines.get(after);
      boolean label = BodyLines.words(y.text) <= 3 && !dateOnly(y.text)
          && !BodyLines.LineShapes.dateLine(y.text) && !Bylines.looksLikeByline(y.text);
      if (!label && !(BodyLines.words(y.text) >= 4 && titleLike(y.text))) {
        break;
      }
      item = k;
      k = after;
    }
    return item;
  }

  /* The most items of a breaking-news ticker under its label alone. */
  private static final int TICKER_ITEMS = 5;

  /* The most words of an advertiser's line under its label. */
  private static final int AD_TEXT_WORDS = 12;

  /* Line j and the next text line are both prose of at least 12 words, closed as sentences. */
  private static boolean twoProse(List<Line> lines, int j) {
    int k = nextText(lines, j);
    while (k >= 0 && (lines.get(k).kind != null && SLOT_KINDS.contains(lines.get(k).kind)
        || lines.get(k).kind == null && BodyLines.LineShapes.sponsorLabel(lines.get(k).folded))) {
      // s34: an ad's label between the two ("Advertisement": 2407); s35: or a video's slot
      // ("Video: Residents flee Goma as rebels advance": transfer-30's 3004, studied)
      k = nextText(lines, k);
      if (k >= 0 && lines.get(k).kind == null && !BodyLines.closed(lines.get(k).text.strip())
          && BodyLines.words(lines.get(k).text) <= AD_TEXT_WORDS) {
        // s38: and the advertiser's short line under its label ("إعلان ممول" / "عروض الشتاء:
        // خصومات …": transfer-40's 4020, read after its check half's measure)
        k = nextText(lines, k);
      }
    }
    // (the second may be the page's last line, cut where the copy ends)
    return k >= 0 && runLine(lines.get(j)) && (runLine(lines.get(k))
        && BodyLines.closed(lines.get(k).text.strip())
        || nextText(lines, k) < 0 && lines.get(k).kind == null
        && BodyLines.words(lines.get(k).text) >= RUN_WORDS);
  }

  /* The fewest words of a deck not closed as a sentence, and how many more than its headline's. */
  private static final int OPEN_DECK_WORDS = 12;
  private static final int OPEN_DECK_MORE = 3;

  /*
   * Where the deck begins when the first kept line is a picture's caption over its credit: 2
   * when the credit is the second kept line ("Photo: …", "تصوير: …" of twelve words at most), 1
   * when it stands between them as chrome already; else 0.
   */
  private static int creditUnder(List<BodyLines.Line> kept, PageParts p) {
    BodyLines.Line second = kept.get(1);
    if (kept.size() >= 3 && BodyLines.words(second.text()) <= 12
        && (second.preset() != null || BodyLines.LineShapes.photoCredit(second.text()))) {
      return 2;
    }
    String between = p.text.substring(kept.get(0).end(), second.start()).strip();
    return !between.isEmpty() && between.indexOf('\n') < 0 && BodyLines.words(between) <= 12
        && BodyLines.LineShapes.photoCredit(between) ? 1 : 0;
  }

  /*
   * The page's date line under one sentence that opens the zone below the headline, perhaps with
   * a byline between them ("Kurdish officials say … since the start of the week." over "Sunday
   * 12/01/2020"): the sentence is the headline's deck (standfirst), set above the date and the
   * byline, and the story starts under them. Marks it "deck" and returns whether it was.
   */
  private static boolean deckAboveDate(List<BodyLines.Line> kept, PageParts p, int plain, int prose) {
    int credit = p.title != null && prose >= 1 && prose <= 2 && plain >= 2 && plain <= 5
        && kept.size() >= 2
        && kept.get(0).preset() == null && BodyLines.prose(kept.get(0).text())
        ? creditUnder(kept, p) : 0;
    if (credit > 0
        && deckAboveDate(kept.subList(credit, kept.size()), p, plain - credit + 1, 1, true)) {
      // s51: the lead picture's caption and its credit under the headline, then the deck over
      // the byline and date line ("Syrian army soldiers walk past …" over "Photo: Handout via
      // Compass Wire"; transfer-52's 5203 and 5215, studied): the caption is the picture's
      BodyLines.Line c = kept.get(0);
      kept.set(0, new BodyLines.Line(c.start(), c.end(), c.text(), c.folded(), c.blanksBefore(),
          c.blanksAfter(), "caption"));
      BodyLines.Line r = kept.get(1);
      if (credit == 2 && r.preset() == null) {
        kept.set(1, new BodyLines.Line(r.start(), r.end(), r.text(), r.folded(),
            r.blanksBefore(), r.blanksAfter(), "caption"));
      }
      return true;
    }
    return deckAboveDate(kept, p, plain, prose, false);
  }

  /* The most words of a deck over the date line; under a caption and its credit, more. */
  private static final int DATE_DECK_WORDS = 40;
  private static final int CAPTIONED_DECK_WORDS = 60;

  /* As above; {@code captioned}: the deck stands under the headline's caption and credit. */
  private static boolean deckAboveDate(List<BodyLines.Line> kept, PageParts p, int plain,
      int prose, boolean captioned) {
    int deckWords = captioned ? CAPTIONED_DECK_WORDS : DATE_DECK_WORDS;
    if (p.title == null || prose != 1 || plain < 1 || plain > 4) {
      return false;
    }
    int first = -1;
    for (int k = 0; k < kept.size(); k++) {
      BodyLines.Line b = kept.get(k);
      if (b.preset() == null) {
        if (first >= 0 && !(BodyLines.words(b.text()) <= 14
            && (Bylines.looksLikeByline(b.text()) || BY_APPOSITIVE.matcher(b.text()).matches()
                || BY_PLACE.matcher(b.text()).matches()))
            && !shortLabel(b.text())) {
          // a second plain line that is no byline nor label: the story began above the date
          return false;
        }
        if (first < 0) {
          first = k;
        }
      }
    }
    if (first != 0) {
      return false; // not the first line under the header
    }
    BodyLines.Line d = kept.get(first);
    if (!BodyLines.prose(d.text()) || BodyLines.words(d.text()) > deckWords
        || !BodyLines.closed(d.text().strip()) && !(BodyLines.words(d.text()) >= OPEN_DECK_WORDS
            && BodyLines.words(d.text()) >= BodyLines.words(p.title) + OPEN_DECK_MORE
            && (captioned // under the headline's caption and credit
                || TextNormalizer.fold(lineBefore(p.text, d.start())).equals(
                    TextNormalizer.fold(p.title.strip()))))) {
      // a line not closed as a sentence may be the headline the header missed, unless it stands
      // right under the headline and is longer by some words ("Six months after the split,
      // residents say …" under the headline, over "By …" and the date line: transfer-33's 3306)
      return false;
    }
    kept.set(first, new BodyLines.Line(d.start(), d.end(), d.text(), d.folded(),
        d.blanksBefore(), d.blanksAfter(), "deck"));
    boolean byline = false; // whether a byline stands right above
    for (int k = first + 1; k < kept.size(); k++) {
      BodyLines.Line b = kept.get(k);
      if (b.preset() == null) { // the byline or a label between the deck and the date line
        // (s37: "By Jane Doe" and the role or second name under it are the byline's)
        boolean label = !byline && !Bylines.looksLikeByline(b.text()) && shortLabel(b.text());
        kept.set(k, new BodyLines.Line(b.start(), b.end(), b.text(), b.folded(),
            b.blanksBefore(), b.blanksAfter(), label ? "label" : "byline"));
        if (!label) {
          p.addCredits(Bylines.parse(b.text(), true).credits()); // the writer's name, for notes
          p.addCredits(placeBylineCredits(b.text()));
        }
        byline = !label;
      } else {
        byline = "byline".equals(b.preset());
      }
    }
    return true;
  }

  /*
   * s50: a header line under the headline that names the writer with no role's word, read as a
   * label or a caption ("صنعاء - فؤاد السقاف" under the date line, "Mariam Al Suwaidi, Foreign
   * Desk"): a byline, and its writer a credit (transfer-51's 5109, 5113 and 5121, studied).
   */
  private static void headerWriters(PageParts p) {
    if (p.paragraphs.isEmpty() || !p.credits.isEmpty()) {
      return;
    }
    int body = p.paragraphs.get(0).start();
    for (int k = 0; k < p.chrome.size(); k++) {
      org.sitrep.model.Chrome c = p.chrome.get(k);
      // (s54: or read as a byline already, with no writer taken from it: "صنعاء – فؤاد العبسي"
      // under the headline; transfer-55's 5513 and 5521, studied)
      if (c.end() > body || !c.kind().equals("label") && !c.kind().equals("caption")
          && !c.kind().equals("byline")) {
        continue;
      }
      String line = p.text.substring(c.start(), c.end());
      String writer = Bylines.headerWriter(line);
      if (writer != null && Bylines.writerByShape(line) && elsewhere(p.text, writer, c)) {
        // s55: a name of no given name the lexicon lists, said again on the page (its masthead,
        // its copyright line: "عدن - صوت شمسان" under "صحيفة صوت شمسان"): the outlet's
        continue;
      }
      if (writer != null) {
        p.chrome.set(k, new org.sitrep.model.Chrome(c.start(), c.end(), "byline"));
        p.addCredits(List.of(new Credit("author", writer)));
        return;
      }
    }
  }

  /* True when {@code name} stands in the text outside chrome span {@code c}. */
  private static boolean elsewhere(String text, String name, org.sitrep.model.Chrome c) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (at < c.start() || at >= c.end()) {
        return true;
      }
    }
    return false;
  }

  /* A line of at most eight words not closed as a sentence ("From:", "Page: 4", a ministry's
   * name): a label or its value, never a paragraph of the story. */
  private static boolean shortLabel(String t) {
    String u = t.strip();
    return BodyLines.words(u) <= 8 && (u.endsWith(":") || !BodyLines.closed(u))
        && !BodyLines.prose(u);
  }

  /* "By Jane Roe, a staff writer at The Outlet.": a writer's name with her role after a comma. */
  /* s48: a byline of writers and where they write from, with no "By" ("Martin Ashdown in
   * Beirut and our correspondent in Damascus", "Staff and agencies in Gaza"): read as one only
   * between a deck and the page's date line (deckAboveDate). */
  private static final String WRITER = "(?:\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}"
      + "|[Oo]ur\\s+(?:own\\s+)?correspondents?|[Ss]taff(?:\\s+and\\s+agencies)?|[Aa]gencies)";
  private static final Pattern BY_PLACE = Pattern.compile("(?u)^\\s*" + WRITER
      + "\\s+in\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}(?:\\s*(?:,|and)\\s+"
      + WRITER + "\\s+in\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2})*\\s*$");
  private static final Pattern WRITER_IN = Pattern.compile("(?u)(" + WRITER + ")\\s+in\\s+");

  /* The named writers of a BY_PLACE byline (not "our correspondent", "staff", "agencies"). */
  private static List<Credit> placeBylineCredits(String t) {
    List<Credit> out = new ArrayList<>();
    if (!BY_PLACE.matcher(t).matches() || t.strip().regionMatches(true, 0, "by ", 0, 3)) {
      return out; // "By X in Bamenda": Bylines reads it
    }
    Matcher m = WRITER_IN.matcher(t);
    while (m.find()) {
      String w = m.group(1).strip();
      if (Character.isUpperCase(w.charAt(0)) && !w.startsWith("Our ") && !w.startsWith("Staff")
          && !w.startsWith("Agencies")) {
        out.add(new Credit("author", w));
      }
    }
    return out;
  }

  private static final Pattern BY_APPOSITIVE = Pattern.compile(
      "(?u)^\\s*(?:By|by|BY)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}\\s*,\\s*[^.!?]{3,80}\\.?\\s*$");

  /*
   * Whether a line of prose stands within the twelve text lines after line i: a run of short
   * lines before any prose (a forum post's user card: name, rank, "Messages", "1,842", the
   * post's date and number) is the chrome above the story, not the end of the page.
   */
  private static boolean proseAhead(List<Line> lines, int i) {
    for (int j = nextText(lines, i), seen = 0; j >= 0 && seen < 12; j = nextText(lines, j), seen++) {
      Line b = lines.get(j);
      if (b.kind == null && BodyLines.prose(b.text)) {
        return true;
      }
    }
    return false;
  }

  /* A channel's post stamp: its name, a comma and the date and time in brackets. */
  private static final Pattern CHANNEL_STAMP = Pattern.compile(
      "^[^\\[\\]]{2,60}?,\\s*\\[(\\p{Nd}{1,2}[./-]\\p{Nd}{1,2}[./-]\\p{Nd}{2,4})"
          + "(?:,?\\s+\\p{Nd}{1,2}:\\p{Nd}{2}(?::\\p{Nd}{2})?)?\\]$");

  /* The date of a channel's post stamp ("Syria Frontline Desk, [16/07/2025 17:05]"), if any. */
  private static Optional<DateExpressions.Found> channelStamp(String t) {
    if (t.length() > 90 || t.indexOf('[') < 0) {
      return Optional.empty();
    }
    Matcher m = CHANNEL_STAMP.matcher(t.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String d = TextNormalizer.asciiDigits(m.group(1));
    Optional<DateExpressions.Found> f = DateExpressions.find(d, true);
    return f.isPresent() ? f : DateExpressions.findShortYear(d);
  }

  /* A post's link to its full article, alone on its line with its label ("📎 Full article: …"). */
  private static final Pattern FULL_ARTICLE_LINK = Pattern.compile("(?iu)^[^\\p{L}\\p{Nd}]{0,4}"
      + "(?:(?:read )?(?:the )?full (?:article|story|report)"
      + "|(?:اقرأ |طالع )?(?:التفاصيل|الخبر|المقال|التقرير) (?:كاملة|كاملا|كاملاً|كامل)[^:]{0,30})"
      + "\\s?:?\\s?(?:https?://|www\\.)\\S+$");

  /* A post's number in a forum thread, alone on its line: "#2", "# 14". */
  private static final Pattern POST_NUMBER = Pattern.compile("#\\s?(\\p{Nd}{1,4})");

  /* True when t is a forum post's number after the first ("#2"). */
  private static boolean laterPostNumber(String t) {
    if (t.length() > 7 || t.indexOf('#') < 0) {
      return false;
    }
    Matcher m = POST_NUMBER.matcher(TextNormalizer.asciiDigits(t.strip()));
    return m.matches() && Integer.parseInt(m.group(1)) >= 2;
  }

  /* A year in a rights notice ("© 2019 AFP", "Copyright 2021 The Outlet"). */
  private static final Pattern RIGHTS_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

  /* True when the next text line after line i is a share button or bar. */
  /*
   * True when, below line i, two or more lines of prose come before another comment-section
   * line ("Comments", "Join the conversation"): the comment section is further down, so line i,
   * above them, only links to it.
   */
  private static boolean commentsAgainBelowProse(List<Line> lines, int i) {
    int proseLines = 0;
    for (int j = i + 1; j < lines.size(); j++) {
      Line l = lines.get(j);
      if (l.blank()) {
        continue;
      }
      if ("comment-widget".equals(l.kind) || "comments-end".equals(l.kind)) {
        return proseLines >= 2;
      }
      if (l.kind == null && BodyLines.prose(l.text)) {
        proseLines++;
      }
    }
    return false;
  }

  /* The kinds of box whose label and button may hold a line of their pitch between them. */
  private static final Set<String> PITCH_BOXES = Set.of("donation", "subscribe");

  /*
   * A line between two lines of one appeal box (a donation box's "Readers like you keep these
   * stories free..." and its "Support us now") is that box's pitch, unless it reports someone's
   * words.
   */
  private static void boxedBetween(List<BodyLines.Line> kept) {
    for (int i = 1; i + 1 < kept.size(); i++) {
      BodyLines.Line a = kept.get(i - 1);
      BodyLines.Line b = kept.get(i);
      BodyLines.Line c = kept.get(i + 1);
      if (b.preset() == null && a.preset() != null && PITCH_BOXES.contains(a.preset())
          && a.preset().equals(c.preset()) && !BodyLines.reports(b.text())) {
        // (a line reporting someone's words is the story's, between a sign-up box's last line
        // and a follow prompt)
        kept.set(i, new BodyLines.Line(b.start(), b.end(), b.text(), b.folded(),
            b.blanksBefore(), b.blanksAfter(), a.preset()));
      }
    }
  }

  private static boolean shareNext(List<Line> lines, int i) {
    int j = nextText(lines, i);
    return j >= 0 && "share".equals(lines.get(j).kind);
  }

  private static final Pattern GLUE = Pattern.compile("^(?:\\p{L}|\\s*[-–—:/|]\\s*"
      // "19/03/2017 Damascus, SANA – …": a place and an agency's dateline after the date
      + "|\\s+(?=\\p{Lu}[\\p{L}'’.-]*[,،]?\\s+\\(?\\p{Lu}))");

  /*
   * A date line glued to the first paragraph by the crawler ("١٥ ديسمبر ٢٠١٦وقال في بيان …",
   * "15 December 2016 - The army …"): the date is the page's, the paragraph starts after it.
   */
  private static void cutGluedDate(PageParts p) {
    Span s = p.paragraphs.get(0);
    String t = p.text.substring(s.start(), s.end());
    Optional<DateExpressions.Found> d = DateExpressions.find(t.substring(0, Math.min(60, t.length())), true);
    if (d.isEmpty() || d.get().end() >= t.length() - 20
        || d.get().start() > 0 && !BodyLines.LineShapes.dateWordsOnly(t.substring(0, d.get().start()))) {
      return; // the date opens the paragraph, after a weekday at most ("Sunday, 19 March 2017 -")
    }
    Matcher g = GLUE.matcher(t.substring(d.get().end()));
    if (!g.lookingAt()) {
      return;
    }
    if (p.published.value() == null) {
      p.published = new Published(d.get().value(), d.get().precision(), "page",
          t.substring(0, d.get().end()).strip());
    }
    int cut = s.start() + d.get().end() + g.end() - (g.group().matches("\\p{L}") ? 1 : 0);
    p.chrome(s.start(), s.start() + d.get().end(), "date");
    p.paragraphs.set(0, new Span(cut, s.end()));
  }

  /*
   * A run of short repeated lines (a comment section's badges and buttons) starts at the k-th of
   * the lines (their texts and folded forms, blank lines left out).
   */
  private static boolean chromeRunStartsHere(List<String> texts, List<String> folded, int k) {
    int six = Math.min(k + 6, texts.size());
    return BodyLines.chromeRun(texts.subList(k, six), folded.subList(k, six),
        folded.subList(six, folded.size()));
  }

  /* A post embedded in the page ("— Agency (@handle) February 20, 2020"): its date is the post's. */
  private static final Pattern EMBED = Pattern.compile("@\\w+\\)|pic\\.twitter|^\\s*[—–-]\\s");

  /*
   * A date that opens the first paragraph, after at most a place name: "DARAA - 15 July 2018:
   * Syrian rebels …", "دمشق 21 فبراير 2018 / أعلنت …", "١٥ ديسمبر ٢٠١٦وقال …"; a release's
   * places apart by slashes ("GENEVA/AMMAN, 6 November 2018 -") count as one, and so do a city
   * and its country apart by a comma ("Homs, Syria, May 3, 2016 / 10:20 am (AGENCY).- …").
   */
  private static final Pattern LEAD_PLACE = Pattern.compile(
      "^(?:\\p{L}[\\p{L}\\p{M}'’.]*(?:(?:[,،]?\\s+|\\s*/\\s*)\\p{L}[\\p{L}\\p{M}'’.]*){0,2})?\\s*[-–—,،.]?\\s*$");
  /* A deck or an attribution line over the lead: at most this many words. */
  private static final int DECK_WORDS = 20;

  private static void leadDate(Line l, PageParts p) {
    if (p.published.value() != null && !p.publishedIsUpdate || EMBED.matcher(l.text).find()) {
      return;
    }
    String head = l.text.substring(0, Math.min(l.text.length(), 60));
    DateExpressions.find(head, true).ifPresent(d -> {
      if (LEAD_PLACE.matcher(head.substring(0, d.start())).matches() && beforeUpdate(d, p)) {
        p.published = new Published(d.value(), d.precision(), "page",
            head.substring(0, d.end()).strip());
        p.publishedIsUpdate = false;
      }
    });
  }

  /* Characters of a flattened first paragraph looked at for its header's date. */
  private static final int RUN_ON_HEAD = 240;
  /* A sentence closed before the date: then the date is the story's, not the header's. */
  private static final Pattern CLOSED_SENTENCE = Pattern.compile("[.!?][\"”’]?\\s+\\p{Lu}");
  /* A weekday (or its short form) right before the date: "AFP Thursday 5 Feb 2015". */
  private static final Pattern WEEKDAY_TAIL = Pattern.compile(
      "(?iu)[\\s,،-]*" + DateExpressions.WEEKDAY + "?[\\s,،:-]*$");
  /* A clock time and zone after the date: "KSA 11:20 - GMT 08:20", "at 0914", "10:05". */
  private static final Pattern TIME_TAIL = Pattern.compile(
      "^(?:\\s*[-–|/]?\\s*(?:KSA|GMT|UTC|EDT|EST|AST|at)?\\s*\\d{1,2}[:.]?\\d{2}(?::\\d{2})?"
          + "(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:GMT|UTC|EDT|EST|AST))?(?!\\d))+");
  private static final Set<String> DAY_OR_FINER = Set.of("day", "minute", "second");
  /* A dateline's place between the agency and the date: "SANA Damascus 3/24/2016". */
  private static final Pattern DATELINE_PLACE = Pattern.compile(
      "[\\s,،-]*\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)?[\\s,،:-]*");
  /* Label words before a date at the very top: "Last Updated:", "Posted on:", "Published time:". */
  private static final int LABEL_WORDS = 4;

  /*
   * A page whose header a crawl flattened into its first paragraph, one run of text with no line
   * breaks: "Twin blasts kill 30 in Homs Monitor AFP Sunday 21 Feb 2016 At least 30 people …",
   * "Last Updated: Sunday 26 April 2015 KSA 11:20 - GMT 08:20 Rebels seize …", "Posted on:
   * 15/07/2017 Clashes flare …". A full date in the paragraph's head is the page's when no
   * sentence closes before it and it follows either a publication or update label opening the
   * paragraph, or an agency's or outlet's name (a weekday between them at most): the headline
   * and kicker that stood above it. The date becomes chrome; a headline before it stands apart
   * as the first paragraph, the story starts after the date and its clock time.
   */
  private void runOnHeaderDate(PageParts p) {
    Span s = p.paragraphs.get(0);
    String t = p.text.substring(s.start(), s.end());
    String head = t.substring(0, Math.min(t.length(), RUN_ON_HEAD));
    Optional<DateExpressions.Found> found = DateExpressions.find(head, true);
    if (found.isEmpty() || !DAY_OR_FINER.contains(found.get().precision())
        || found.get().end() >= t.length() - 20) {
      return;
    }
    DateExpressions.Found d = found.get();
    String before = head.substring(0, d.start());
    if (CLOSED_SENTENCE.matcher(before).find()
        || EMBED.matcher(before).find()) {
      return;
    }
    Matcher wd = WEEKDAY_TAIL.matcher(before);
    String bare = wd.find() ? before.substring(0, wd.start()) : before;
    // a weekday alone before the date opens the run as a label does ("Fri 07 Apr 2017 at 0914
    // Homs governor says …": its clock time kept the date from reading as glued to the lead)
    boolean label = bare.isBlank() || Spaces.splitLength(bare.strip()) <= LABEL_WORDS
        && (HtmlDates.opensWithPublicationLabel(bare)
            || DateExpressions.UPDATED.matcher(bare.strip()).lookingAt());
    int agencyAt = -1; // where the agency's name starts, the headline ending before it
    if (!label) {
      Optional<Outlets.Hit> h = outlets.findIn(bare);
      if (h.isPresent() && h.get().start() > 0 && !bare.substring(0, h.get().start()).isBlank()
          && (h.get().end() >= bare.strip().length() - 1
              || DATELINE_PLACE.matcher(bare.substring(h.get().end())).matches())) {
        agencyAt = h.get().start();
      }
    }
    boolean agency = agencyAt > 0;
    if (!label && !agency) {
      return;
    }
    boolean update = label && DateExpressions.UPDATED.matcher(bare.strip()).lookingAt();
    p.published = new Published(d.value(), d.precision(), "page",
        (label ? before : before.substring(agencyAt)).strip() + " "
            + t.substring(d.start(), d.end()));
    p.publishedIsUpdate = update;
    int after = d.end();
    Matcher tm = TIME_TAIL.matcher(t.substring(after));
    if (tm.lookingAt()) {
      after += tm.end();
    }
    while (after < t.length() && (Character.isWhitespace(t.charAt(after))
        || "-–—:|".indexOf(t.charAt(after)) >= 0)) {
      after++;
    }
    if (after >= t.length()) {
      return;
    }
    int dateFrom = label ? s.start() : s.start() + agencyAt;
    p.chrome(dateFrom, s.start() + after, "date");
    p.paragraphs.set(0, new Span(s.start() + after, s.end()));
    if (agency) {
      int headEnd = s.start() + t.substring(0, agencyAt).stripTrailing().length();
      p.paragraphs.add(0, new Span(s.start(), headEnd));
    }
  }

  /** A dateline that opens the first paragraph: "دمشق 15 ديسمبر 2016 ( شينخوا )", "BEIRUT (AP) —". */
  private void leadDateline(Line l, PageParts p) {
    Matcher m = LEAD_DATELINE.matcher(l.text);
    if (!m.lookingAt()) {
      leadDate(l, p);
      return;
    }
    Optional<Outlets.Hit> h = outlets.findIn(m.group(3));
    if (h.isEmpty()) {
      leadDate(l, p); // "دمشق 21 فبراير 2018 / أعلنت دمشق اليوم (الأربعاء)": no outlet, a date
      dateAfterDateline(l, m.end(), p);
      return;
    }
    if (p.dateline == null) {
      p.dateline = m.group(1).strip().replaceAll("[,،]$", "");
    }
    if (p.outlet == null) {
      p.outlet = h.get().outlet();
    }
    if (p.published.value() == null || p.publishedIsUpdate) {
      // "Damascus, 19 March 2017 (SANA) –", "DAMASCUS, Syria, March 19, 2017 (AP) —": the date
      // between the place and the agency
      String before = l.text.substring(0, m.start(3));
      DateExpressions.find(before, true).filter(d -> beforeUpdate(d, p)).ifPresent(d -> {
        p.published = new Published(d.value(), d.precision(), "page",
            before.substring(d.start(), d.end()));
        p.publishedIsUpdate = false;
      });
    }
    dateAfterDateline(l, m.end(), p);
  }

  /* What may stand between a dateline's closing bracket and its date: dashes, colons, commas
   * and a weekday ("– الأربعاء 14/04/2015 –", "— Tuesday, 3 May 2016:"). */
  private static final Pattern TO_DATELINE_DATE = Pattern.compile(
      "[\\s,،:\\-–—]*" + DateExpressions.WEEKDAY + "?[\\s,،:\\-–—]*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /* Characters after a dateline's bracket looked at for its date. */
  private static final int AFTER_DATELINE = 60;

  /*
   * When nothing else dated the page, a date right after a dateline's place and bracketed
   * agency: "المدينة (وكالة) – 14/04/2015 – …", "CITY (AGENCY) — 3 May 2016: …". {@code from}
   * is where the bracket and its separator end in the line.
   */
  private static void dateAfterDateline(Line l, int from, PageParts p) {
    if (p.published.value() != null && !p.publishedIsUpdate) {
      return;
    }
    int back = from;
    while (back > 0 && l.text.charAt(back - 1) != ')') {
      back--; // from the bracket on, so that the separator after it is read too
    }
    String rest = l.text.substring(back, Math.min(l.text.length(), back + AFTER_DATELINE));
    DateExpressions.find(rest, true)
        .filter(d -> TO_DATELINE_DATE.matcher(rest.substring(0, d.start())).matches())
        .filter(d -> beforeUpdate(d, p))
        .ifPresent(d -> {
          p.published = new Published(d.value(), d.precision(), "page",
              rest.substring(d.start(), d.end()).strip());
          p.publishedIsUpdate = false;
        });
  }

  /*
   * True when nothing dated the page, or only an update stamp ("Last updated 23 June 2021") of a
   * later day than the lead's dateline date {@code d}: the dateline gives the day the story was
   * filed, which the update does not change.
   */
  private static boolean beforeUpdate(DateExpressions.Found d, PageParts p) {
    String now = p.published.value();
    if (now == null) {
      return true;
    }
    return p.publishedIsUpdate && d.value().length() >= 10 && now.length() >= 10
        && d.value().substring(0, 10).compareTo(now.substring(0, 10)) < 0;
  }

  /**
   * True when line {@code i} opens a comment section that no widget announced: it is an author
   * line, and more author lines or the two-blank-line separators of comments follow.
   */
  private boolean commentsStartHere(List<Line> lines, int i) {
    Line l = lines.get(i);
    int words = Spaces.splitLength(l.text); // SPACES.split(l.text).length, without a regex
    if (words < 2 || words > 4 || !authorLine(lines, i) || Bylines.looksLikeByline(l.text)
        || inBodyHeader(l.text) || !nameShaped(SPACES.split(l.text.strip()))) {
      // ("موضوعات متعلقة" over headlines: a box's header, no commenter's name)
      return false;
    }
    int authors = 0;
    for (int j = i + 1; j < lines.size() && j < i + 60; j++) {
      Line x = lines.get(j);
      if (x.blank()) {
        continue;
      }
      if (x.blanksBefore >= 2) {
        return true;
      }
      if (authorLine(lines, j) && ++authors >= 2) {
        return true;
      }
    }
    return false;
  }

  /*
   * s36: the words of a name or a handle, not of a subhead ("What the video shows", "ماذا يُظهر
   * المقطع؟", "التتمة في الصفحة ١٢": transfer-31's 3107, 3119 and 3123, studied): one word, or
   * in a script with capitals no lower-case word but a name's particle ("bin", "de", "al-"), and
   * in any script no preposition.
   */
  private static boolean nameShaped(String[] words) {
    if (words.length < 2) {
      return true;
    }
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      String f = TextNormalizer.fold(w);
      if (NOT_IN_NAMES.contains(f)) {
        return false;
      }
      int c = w.codePointAt(0);
      if (Character.isLowerCase(c) && !NAME_PARTICLES.contains(f) && !f.startsWith("al-")
          && !f.startsWith("el-")) {
        return false;
      }
    }
    return true;
  }

  /* Lower-case words of names: "bin", "de", "van", "al", …. */
  private static final Set<String> NAME_PARTICLES = Set.of("bin", "ibn", "bint", "al", "el", "abu",
      "de", "da", "di", "do", "dos", "das", "du", "del", "della", "der", "den", "van", "von", "la",
      "le", "ter", "y", "e", "ben", "ould", "ag", "wa");
  /* Words no name holds: prepositions and question words in both languages. */
  private static final Set<String> NOT_IN_NAMES = Set.of("في", "من", "على", "إلى", "الى", "عن",
      "مع", "ماذا", "كيف", "لماذا", "هل", "ما", "متى", "أين", "اين");

  /** True when line {@code i} looks like a comment's author: a short name, then one blank line. */
  private boolean authorLine(List<Line> lines, int i) {
    Line l = lines.get(i);
    String t = l.text;
    if (t.length() > 40 || l.blanksAfter != 1 || i + 2 >= lines.size()
        || l.kind != null && !l.kind.equals("byline")) {
      return false; // (a line the lexicon knows as chrome is nobody's name)
    }
    String[] words = t.split("\\s+");
    if (words.length > 5 || !Character.isLetterOrDigit(t.codePointAt(0))) {
      return false;
    }
    if (LINK_OR_SENTENCE_MARK.matcher(t).find()) {
      return false;
    }
    // a final period only after an abbreviation ("Jr.") or alone ("name ."); none inside
    String last = words[words.length - 1];
    if (t.endsWith(".") && last.length() > 3) {
      return false;
    }
    if (t.substring(0, t.length() - 1).contains(". ")) {
      return false;
    }
    Line next = lines.get(i + 2);
    // nor is a picture's credit ("Image copyright Agency")
    return !next.blank() && next.kind == null && !BodyLines.LineShapes.pictureCaption(t, l.folded);
  }

  /* A sidebar's group between two paragraphs has at most so many lines of so many words. */
  private static final int SIDEBAR_LINES = 6;
  private static final int SIDEBAR_WORDS = 12;
  /* A table flattened one cell to a line: so many lines at least and at most. */
  private static final int TABLE_MIN = 6;
  private static final int TABLE_LINES = 60;
  /* A table's cell of a figure: "210", "25,000", "4.5%", "١٢٠". */
  private static final Pattern FIGURE = Pattern.compile("[+-]?\\p{Nd}[\\p{Nd},.٬٫]*\\s?%?");
  /* A sidebar set between the paragraphs breaks them in at least so many places. */
  private static final int SIDEBAR_GROUPS = 2;
  /* The body has at least so many lines of prose before a sidebar may stand inside it. */
  private static final int SIDEBAR_AFTER_PROSE = 2;

  /*
   * s55: the body's end after the groups of a sidebar set between its paragraphs (a page's
   * second column flattened into the text: "Most read" and its numbered headlines, "Latest" and
   * its times and headlines, a group to a gap; transfer-56's 5611 and 5623, studied). A group is
   * a few short lines, none closed as a sentence, none dated (a comment's stamp is) nor a
   * comment widget's, and a line of prose follows it: the group is the sidebar's, the prose the
   * story's, which goes on from there. The column breaks the text more than once, or the
   * groups are no sidebar's.
   */
  private int acrossSidebars(List<Line> lines, int end, PageParts p) {
    int first = -1; // where the first group stood
    int groups = 0;
    int was = end;
    PageParts before = null; // the parts as the body left them, kept once a group is taken
    while (end < lines.size() && proseParagraphs(p) >= SIDEBAR_AFTER_PROSE) {
      // (from the line under the last paragraph: the body may have read the group's first lines
      // as a run of chrome before it ended)
      end = afterLastParagraph(lines, end, p);
      int j = end;
      int group = 0;
      int figures = 0; // lines that are a number alone: a table's cells
      while (j < lines.size() && group <= TABLE_LINES) {
        Line x = lines.get(j);
        if (x.blank()) {
          j++;
          continue;
        }
        if (runLine(x) || !sidebarLine(x)) {
          break;
        }
        group++;
        figures += FIGURE.matcher(x.text.strip()).matches() ? 1 : 0;
        j++;
      }
      // s55: a table flattened one cell to a line (its caption, its heads, its cells, its
      // source; transfer-56's 5617, studied) stands in the text as a sidebar does, longer
      boolean table = group >= TABLE_MIN && figures * 3 >= group;
      if (group == 0 || group > SIDEBAR_LINES && !table || group > TABLE_LINES
          || j >= lines.size() || !runLine(lines.get(j))) {
        break;
      }
      if (before == null) {
        before = p.copy();
      }
      int from = lines.get(end).start;
      int to = lines.get(j).start;
      p.chrome.removeIf(c -> c.start() >= from && c.end() <= to);
      for (int k = end; k < j; k++) {
        Line x = lines.get(k);
        if (!x.blank()) {
          p.chrome(x.start, x.end, table ? "table" : "sidebar");
          first = first < 0 && !table ? x.start : first;
        }
      }
      groups += table ? SIDEBAR_GROUPS : 1;
      int next = body(lines, j, p);
      if (next <= j) {
        break;
      }
      end = next;
    }
    if (groups < SIDEBAR_GROUPS) {
      // one box of links and a line of prose under it (a writer's note, a policy, a related
      // story's lead): the body ended there after all
      if (before != null) {
        p.restore(before);
      }
      return was;
    }
    if (first >= 0) {
      sidebarRowsInBody(p, first);
    }
    return end;
  }

  /*
   * Under a sidebar's first group, a later group the body took in (a time over a headline:
   * short lines the story's subheads would look like) is the sidebar's too: short lines of no
   * sentence and no date between two paragraphs of prose.
   */
  private static void sidebarRowsInBody(PageParts p, int first) {
    List<Span> ps = p.paragraphs;
    for (int k = 1; k < ps.size() - 1; k++) {
      if (ps.get(k).start() < first || !prose(p, ps.get(k - 1))) {
        continue;
      }
      int e = k;
      while (e < ps.size() - 1 && e - k < SIDEBAR_LINES && sidebarRow(p, ps.get(e))) {
        e++;
      }
      if (e > k && prose(p, ps.get(e))) {
        for (Span s : ps.subList(k, e)) {
          p.chrome(s.start(), s.end(), "sidebar");
        }
        ps.subList(k, e).clear();
      }
    }
  }

  private static boolean prose(PageParts p, Span s) {
    return BodyLines.prose(p.text.substring(s.start(), s.end()));
  }

  private static boolean sidebarRow(PageParts p, Span s) {
    String t = p.text.substring(s.start(), s.end()).strip();
    return !BodyLines.prose(t) && BodyLines.words(t) <= SIDEBAR_WORDS && !BodyLines.closed(t)
        && DateExpressions.all(t, true, 1).isEmpty();
  }

  /*
   * s56: other articles' text inside or after the story (transfer-57's odd half, studied):
   * OtherArticles finds it by its shape; here the parts are moved.
   */
  private static List<OtherArticles.Row> rows(List<Line> lines) {
    List<OtherArticles.Row> rows = new ArrayList<>(lines.size());
    for (Line l : lines) {
      rows.add(new OtherArticles.Row(l.start, l.end, l.text, l.kind));
    }
    return rows;
  }

  /* The index of the last line that starts at or before offset {@code at}, or -1 (a binary
   * search: the lines run in order). */
  private static int lineOf(List<Line> lines, int at) {
    int lo = 0;
    int hi = lines.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (lines.get(mid).start <= at) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /* Paragraphs at the body's end that may be a box's rows rather than the story's prose. */
  private static final int BOX_PARAGRAPHS = 3;
  /* A paragraph that is one quotation from end to end: a box's quoted lead. */
  private static final Pattern WHOLE_QUOTE =
      Pattern.compile("^[«\"“„].*[»\"”][.!?؟]?$", Pattern.DOTALL);

  /*
   * A box between two runs of the story's prose (a most-read list of headlines and their leads,
   * a newsletter's sign-up quoting another article's lead) ended the body, and the prose under
   * it outweighed the prose above, which heavierRun would call a teaser. When the body above
   * holds two paragraphs of prose or more and the rows between read as a box (OtherArticles.box:
   * opened by a list's head, a pitch or numbered items; no date and no byline, which another
   * article's head would show), the story goes on under the box: the box's rows are chrome, and
   * so are the body's last paragraphs that are no prose of the story (the box's label, its quoted
   * lead). Returns where the body then ends, or -1 when the box reading does not hold.
   */
  private int acrossBox(List<Line> lines, int story, PageParts p) {
    List<Span> ps = p.paragraphs;
    int keep = ps.size();
    while (keep > 0 && ps.size() - keep < BOX_PARAGRAPHS && !storyProse(p, ps.get(keep - 1))) {
      keep--;
    }
    int prose = 0;
    for (Span s : ps.subList(0, keep)) {
      prose += storyProse(p, s) ? 1 : 0;
    }
    if (p.title == null || prose < 2) {
      return -1;
    }
    List<OtherArticles.Row> rows = rows(lines);
    int from = lineOf(lines, ps.get(keep - 1).end() - 1) + 1;
    if (from <= 0 || from >= story || !OtherArticles.box(rows, from, story)) {
      return -1;
    }
    int resume = OtherArticles.pastLastLead(rows, from, story);
    if (!runLine(lines.get(resume))) {
      return -1;
    }
    ps.subList(keep, ps.size()).clear();
    int a = lines.get(from).start;
    int b = lines.get(resume).start;
    p.chrome.removeIf(c -> c.start() >= a && c.end() <= b);
    for (Line x : lines.subList(from, resume)) {
      if (!x.blank()) {
        p.chrome(x.start, x.end, x.kind != null ? x.kind : "related");
      }
    }
    return body(lines, resume, p);
  }

  /* Rows over a later run of prose that may be its head: a label, a headline, a byline, a date. */
  private static final int NEXT_HEAD_ROWS = 4;

  /*
   * A later run of prose that outweighs the body is the next article's (an infinite scroll's)
   * rather than the page's story when the body stands under the page's own head (its headline,
   * and a date line or a byline under it, read above the body's first paragraph), holds two
   * paragraphs of prose or more, and the run has a head of its own: among the last rows over it
   * a byline or a date line, under a headline that is not the page's. A headline printed again
   * over the run (a page's header captured twice) is the same story's, and is left to
   * storyHeader.
   */
  private boolean nextArticle(List<Line> lines, int end, int story, PageParts p) {
    if (p.title == null || p.paragraphs.isEmpty()
        || p.published.value() == null && p.credits.isEmpty()
        || p.published.value() != null && p.publishedAboveTitle) {
      return false;
    }
    int prose = 0;
    for (Span s : p.paragraphs) {
      prose += storyProse(p, s) ? 1 : 0;
    }
    if (prose < 2) {
      return false;
    }
    String titleKey = TextNormalizer.fold(p.title);
    boolean credit = false;
    boolean otherTitle = false;
    for (int k = story - 1, seen = 0; k >= end && seen < NEXT_HEAD_ROWS; k--) {
      Line l = lines.get(k);
      if (l.blank()) {
        continue;
      }
      seen++;
      String t = l.text.strip();
      if (l.folded.equals(titleKey) || l.folded.contains(titleKey)) {
        return false;
      }
      if (Bylines.looksLikeByline(t) || t.length() <= 120 && (dateOnly(t)
          || BodyLines.LineShapes.dateLine(t))) {
        credit = true;
      } else if (credit && !BodyLines.closed(t) && BodyLines.words(t) >= 4 && titleLike(t)) {
        otherTitle = true;
        break;
      }
    }
    return credit && otherTitle;
  }

  /* A paragraph of the story's prose: twelve words or more, closed, not one quotation. */
  private static boolean storyProse(PageParts p, Span s) {
    String t = p.text.substring(s.start(), s.end()).strip();
    return BodyLines.prose(t) && BodyLines.words(t) >= 12 && BodyLines.closed(t)
        && !WHOLE_QUOTE.matcher(t).matches();
  }

  /*
   * A live page's feed after the story's text (OtherArticles.findLiveFeed: time rows, latest
   * first, each over its update) is the feed's, not the story's: its paragraphs leave the body
   * when two paragraphs of prose stay above it.
   */
  private static void liveFeed(List<Line> lines, PageParts p) {
    if (p.paragraphs.size() < 3) {
      return;
    }
    int first = lineOf(lines, p.paragraphs.get(0).start());
    var feed = OtherArticles.findLiveFeed(rows(lines), Math.max(first, 0));
    if (feed.isEmpty()) {
      return;
    }
    int a = feed.get().from();
    int b = feed.get().to();
    int above = 0;
    for (Span s : p.paragraphs) {
      above += s.end() <= a && storyProse(p, s) ? 1 : 0;
    }
    if (above < 2) {
      return;
    }
    p.paragraphs.removeIf(s -> s.start() >= a && s.start() < b);
    p.chrome.removeIf(c -> c.start() >= a && c.end() <= b);
    for (Line x : lines) {
      if (!x.blank() && x.start >= a && x.end <= b) {
        p.chrome(x.start, x.end, "live");
      }
    }
  }

  /*
   * A second copy of the story after its text (OtherArticles.secondCopy: the first two
   * paragraphs again, under the copy's label, title and date) is no part of the body: its
   * paragraphs and all the body's paragraphs under it leave the body.
   */
  private static void secondCopy(List<Line> lines, PageParts p) {
    if (!openedBefore(p)) {
      return; // no paragraph the page shows twice: nothing to fold
    }
    List<String> folded = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Boolean> prose = new ArrayList<>();
    for (Span s : p.paragraphs) {
      folded.add(TextNormalizer.fold(p.text.substring(s.start(), s.end())));
      starts.add(s.start());
      prose.add(storyProse(p, s));
    }
    int from = OtherArticles.secondCopy(folded, starts, prose, rows(lines));
    if (from < 0) {
      return;
    }
    List<Span> copy = p.paragraphs.subList(from, p.paragraphs.size());
    for (Span s : copy) {
      p.chrome(s.start(), s.end(), "copy");
    }
    copy.clear();
  }

  /* The opening words a paragraph must show again above it to be a copy's (secondCopy). */
  private static final int COPY_OPENING = 40;

  /*
   * True when a paragraph after the body's second opens with words the page shows above it: a
   * copy's paragraph says a row of the story again, verbatim (most pages show none, and then
   * secondCopy folds no paragraph).
   */
  private static boolean openedBefore(PageParts p) {
    for (int k = 2; k < p.paragraphs.size(); k++) {
      Span s = p.paragraphs.get(k);
      String opening = p.text.substring(s.start(), Math.min(s.end(), s.start() + COPY_OPENING));
      int at = p.text.indexOf(opening);
      if (at >= 0 && at < s.start()) {
        return true;
      }
    }
    return false;
  }

  /*
   * A short label paragraph right over a pitch box the lexicon knows ("THE MORNING BRIEF" over
   * "Get the day's stories in your inbox"), with the story going on under the box, is the box's
   * name, not a subheading of the story (a subheading stands over the story's prose).
   */
  private static void pitchLabels(List<Line> lines, PageParts p) {
    for (int k = p.paragraphs.size() - 2; k >= 1; k--) {
      Span s = p.paragraphs.get(k);
      int at = lineOf(lines, s.start());
      if (at < 0 || lines.get(at).end < s.end() || !OtherArticles.label(lines.get(at).text)) {
        continue;
      }
      int n = nextText(lines, at);
      if (n >= 0 && lines.get(n).kind != null && PITCH_BOXES.contains(lines.get(n).kind)
          && lines.get(n).start < p.paragraphs.get(k + 1).start()) {
        p.paragraphs.remove(k);
        p.chrome(s.start(), s.end(), lines.get(n).kind);
      }
    }
  }

  /* The first line under the body's last paragraph, at most {@code end}. */
  private static int afterLastParagraph(List<Line> lines, int end, PageParts p) {
    int last = p.paragraphs.get(p.paragraphs.size() - 1).end();
    int k = end;
    while (k > 0 && lines.get(k - 1).start >= last) {
      k--;
    }
    return k;
  }

  /* The body's paragraphs that read as a story's: prose of twelve words or more, closed. */
  private static int proseParagraphs(PageParts p) {
    int n = 0;
    for (Span s : p.paragraphs) {
      String t = p.text.substring(s.start(), s.end()).strip();
      n += BodyLines.prose(t) && BodyLines.words(t) >= 12 && BodyLines.closed(t) ? 1 : 0;
    }
    return n;
  }

  /* True when a line may be a sidebar's: short, no sentence, no date, no comment widget. */
  private static boolean sidebarLine(Line x) {
    String t = x.text.strip();
    return BodyLines.words(t) <= SIDEBAR_WORDS && !BodyLines.closed(t)
        && !"comment-widget".equals(x.kind) && !"comment".equals(x.kind)
        && DateExpressions.all(t, true, 1).isEmpty();
  }

  /**
   * Where a run of prose after the body's end starts that outweighs the body, or -1. A run is two
   * or more lines in a row (blank lines between them, nothing else) that the lexicon leaves
   * unclassified, each of at least 12 words and closed as a sentence (or of 25, cut); it outweighs the body when it holds
   * at least 40 words and more than the prose lines of the body together. Comments do not make
   * such a run (their authors' lines stand between them), nor do lists of headlines.
   */
  private static int heavierRun(List<Line> lines, int from, PageParts p) {
    if (from >= lines.size()) {
      return -1;
    }
    int bodyWords = 0;
    for (Span s : p.paragraphs) {
      String t = p.text.substring(s.start(), s.end());
      if (BodyLines.prose(t)) {
        bodyWords += BodyLines.words(t);
      }
    }
    int j = from;
    while (j < lines.size()) {
      if (!runLine(lines.get(j))) {
        j++;
        continue;
      }
      int k = j;
      int n = 0;
      int w = 0;
      while (k < lines.size()) {
        Line x = lines.get(k);
        if (!x.blank()) {
          if (!runLine(x)) {
            break;
          }
          n++;
          w += BodyLines.words(x.text);
        }
        k++;
      }
      if (n >= 2 && w >= 40 && w > bodyWords) {
        return runBack(lines, from, j);
      }
      j = k;
    }
    return -1;
  }

  /*
   * The run's first line, taken back over prose lines above it that stand apart from it by at
   * most two short labels ("Article content", "Advertisement"): the lead over a widget's label
   * belongs to the story.
   */
  private static int runBack(List<Line> lines, int from, int j) {
    int start = j;
    int labels = 0;
    for (int k = j - 1; k >= from; k--) {
      Line x = lines.get(k);
      if (x.blank()) {
        continue;
      }
      if (runLine(x)) {
        start = k;
        labels = 0;
      } else if (++labels > 2 || BodyLines.words(x.text) > 4) {
        break;
      }
    }
    return start;
  }

  private static boolean runLine(Line l) {
    if (l.blank() || l.kind != null) {
      return false;
    }
    int w = BodyLines.words(l.text);
    // closed as a sentence, or long enough to be one cut where the page's copy ends
    return w >= 12 && (BodyLines.closed(l.text.strip()) || w >= 25);
  }

  /** Reads what follows the body: related headlines, comments, and the chrome between them. */
  private void tail(List<Line> lines, int from, PageParts p) {
    trailingHeadlines(lines, from, p);
    String mode = "none";
    CommentBuilder current = null;
    List<CommentBuilder> comments = new ArrayList<>();
    for (int i = from; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.blank()) {
        continue;
      }
      Optional<String> kind = Optional.ofNullable(l.kind);
      if (kind.isPresent()) {
        String k = kind.get();
        if (k.equals("comment-widget")) {
          mode = "comments";
          current = null;
        } else if (k.equals("related-header") || k.equals("navigation")) {
          mode = "related";
          current = null;
        } else if (k.equals("comments-end")) {
          current = null;
        }
        // a widget label glued to the end of a comment's last line stays with the comment
        p.chrome(l.start, l.end, k.equals("comments-end") ? "comment-widget" : k);
        continue;
      }
      if (mode.equals("none")) {
        mode = authorLine(lines, i) || l.blanksBefore >= 2
            || BodyLines.LineShapes.commentAuthor(l.text) != null ? "comments" : "related";
      }
      if (mode.equals("related") && commentsResume(l.text)) {
        mode = "comments"; // "#2" over a forum's next post, "X says:" under a signature
        current = null;
      }
      if (mode.equals("related")) {
        if (Bylines.looksLikeByline(l.text)) {
          p.chrome(l.start, l.end, "byline");
        } else {
          p.related.add(new Related(l.text, null));
          p.chrome(l.start, l.end, "related");
        }
        continue;
      }
      boolean meta = BodyLines.LineShapes.commentMeta(l.text);
      String by = commentAuthorAt(lines, i, meta); // before its time, which the line may hold
      if (by == null && meta) {
        // "Reply", "Report abuse", "إعجاب (45) | رد", a date or time alone, "المشاركات: 412":
        // the comment's apparatus, not its words
        p.chrome(l.start, l.end, "comment-widget");
        continue;
      }
      if (by != null) {
        if (current != null && current.start >= 0 && current.author == null
            && BodyLines.LineShapes.commentByLine(l.text)) {
          // "Posted by Fatima on 17/02/2015" under the words it signs
          current.author = by;
          current = null;
        } else {
          current = new CommentBuilder(by);
          comments.add(current);
        }
        continue;
      }
      if (current == null || current.start >= 0 && l.blanksBefore >= 2) {
        current = new CommentBuilder(null);
        comments.add(current);
      }
      current.add(l);
    }
    for (CommentBuilder c : comments) {
      if (c.start >= 0) {
        p.comments.add(new Comment(c.author, p.text.substring(c.start, c.end), c.start, c.end,
            null));
      }
    }
  }

  /** Headline-like lines at the end of the body (before chrome) list other articles. */
  private void trailingHeadlines(List<Line> lines, int end, PageParts p) {
    while (!p.paragraphs.isEmpty()) {
      Span last = p.paragraphs.get(p.paragraphs.size() - 1);
      String t = p.text.substring(last.start(), last.end());
      if (p.paragraphs.size() < 2 || !headline(t)) {
        return;
      }
      p.paragraphs.remove(p.paragraphs.size() - 1);
      p.related.add(0, new Related(t, null));
      p.chrome(last.start(), last.end(), "related");
    }
  }

  /** A title-cased line without closing punctuation: "There Are Some ‘Problems’ With Gas …". */
  private static boolean headline(String t) {
    if (t.length() > 200 || t.matches(".*[.!?:;…\"”]$")) {
      return false;
    }
    String[] words = t.split("\\s+");
    if (words.length < 4) {
      return false;
    }
    int caps = 0;
    int lower = 0;
    for (String w : words) {
      String x = LEADING_NON_WORD.matcher(w).replaceAll("");
      if (x.isEmpty()) {
        continue;
      }
      if (Character.isUpperCase(x.codePointAt(0)) || Character.isDigit(x.codePointAt(0))) {
        caps++;
      } else if (Character.isLowerCase(x.codePointAt(0))) {
        lower++;
      }
    }
    return caps >= 0.75 * (caps + lower) && caps + lower >= 4;
  }

  /* A numbered list's item ("1. …", "3) …"). */
  private static final Pattern LIST_NUMBER = Pattern.compile("^[\\d٠-٩]{1,3}[.)-].*");

  /*
   * s43: true when a line of what follows the body opens the comments again after lines read
   * as other chrome (a signature, a list): a forum's next post number, or a comment's head in
   * words ("Samir H. says:"), not a numbered list's item.
   */
  private static boolean commentsResume(String t) {
    String s = t.strip();
    return laterPostNumber(s) || !LIST_NUMBER.matcher(s).matches()
        && !s.startsWith("#") && BodyLines.LineShapes.commentAuthor(s) != null;
  }

  /*
   * s43: the writer a comment's head line names (transfer-44's odd pages, studied): in words
   * ("X says:", "Comment by X — date", "Posted by X on date", "X in reply to Y", "#1 X - place
   * date", "1. X"), or as a short name over a blank line ({@link #authorLine}), or as a short
   * name right over its date or its profile's lines ("Abu Hadi" over "August 23, 2013 at 2:14
   * pm", "حمصي حر" over "عضو"), or a name before a "·" and its place ("محمود الغزاوي · جامعة
   * الأزهر - غزة"); null for a line of the comment's words.
   */
  private String commentAuthorAt(List<Line> lines, int i, boolean meta) {
    Line l = lines.get(i);
    String named = BodyLines.LineShapes.commentAuthor(l.text);
    if (named != null) {
      return named;
    }
    if (authorLine(lines, i)) {
      return BodyLines.LineShapes.commentName(l.text); // ("jerry hamilton" over a blank line)
    }
    String last = l.text.strip().replaceAll("^.*\\s", "");
    boolean shaped = l.text.length() <= 60 && !LINK_OR_SENTENCE_MARK.matcher(l.text).find()
        && !(last.length() > 2 && last.matches(".*[.!؟]$")) // a sentence, not "Salem B."
        && !meta // "عضو" over "تاريخ التسجيل": a rank
        && nameShaped(SPACES.split(BodyLines.LineShapes.commentName(l.text)));
    if (!shaped) {
      return null;
    }
    int j = i + 1;
    while (j < lines.size() && lines.get(j).blank()) {
      j++;
    }
    if (j < lines.size() && lines.get(j).kind == null
        && BodyLines.LineShapes.commentStamp(lines.get(j).text)) {
      return BodyLines.LineShapes.commentName(l.text);
    }
    return l.text.contains(" · ") && Spaces.splitLength(l.text) <= 10
        ? BodyLines.LineShapes.commentName(l.text) : null;
  }

  private static final class CommentBuilder {
    String author;
    int start = -1;
    int end = -1;

    CommentBuilder(String author) {
      this.author = author;
    }

    void add(Line l) {
      if (start < 0) {
        start = l.start;
      }
      end = l.end;
    }
  }
}
