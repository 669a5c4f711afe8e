package org.sitrep.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Span;
import org.sitrep.model.Timex;
import org.sitrep.time.DateResolver;

/**
 * Dates events: resolves a body's temporal expressions against the page's anchor, and picks an
 * event's date: the nearest expression of its clause, else the day of the report, else the
 * narrative's date, else the publication day. Thread-safe.
 */
final class DateChooser {
  /**
   * An event's date: the expression it was read from (null when none), its day or first day, its
   * last day, and how it was found.
   */
  record Dated(Timex timex, String date, String end, Event.DateInfo info) {}

  private static final java.util.Set<String> SINCE = Lexicon.vocabulary("since");
  private static final java.util.Set<String> RECALL = Lexicon.vocabulary("recall");
  private static final java.util.Set<String> RELATIVE_WORD = Lexicon.vocabulary("relative-word");
  private static final java.util.Set<String> PREPOSITION = Lexicon.vocabulary("preposition");
  private static final java.util.Set<String> SUBORDINATOR = Lexicon.vocabulary("subordinator");
  private final DateResolver dates = new DateResolver();

  /**
   * Resolves the body's temporal expressions; an undated page reads them through the latest full
   * date it states itself ("22 October 2019"), else through its story's anchor.
   */
  List<Timex> times(Document doc, DateResolver.Anchor anchor) {
    List<Timex> first = new ArrayList<>();
    for (Span p : doc.body().paragraphs()) {
      first.addAll(dates.find(doc.text(), p.start(), p.end(), anchor));
    }
    boolean story = anchor.date() != null && anchor.basis().equals("story");
    if (anchor.date() != null && !story) {
      return first;
    }
    // the page was written on or after the latest day it states; its weekdays follow that day.
    // A day with its year written out is the page's own word and beats a story's guess, unless
    // it lies years before the story (a history recalled: "on 15 March 2011 …")
    LocalDate latest = null;
    LocalDate explicit = null;
    LocalDate dateline = null; // "Dubai. June 22. INTERFAX –": the day the page was written
    int opening = doc.body().paragraphs().isEmpty() ? -1
        : doc.body().paragraphs().get(0).start();
    for (Timex t : first) {
      if ((t.kind().equals("date") || t.kind().equals("span")) && t.precision().equals("day")
          && t.value() != null) {
        LocalDate d = LocalDate.parse(t.value());
        if (t.kind().equals("date") && t.start() >= opening && t.start() - opening <= 40) {
          dateline = d;
        }
        latest = latest == null || d.isAfter(latest) ? d : latest;
        if (t.basis().equals("explicit")) {
          explicit = explicit == null || d.isAfter(explicit) ? d : explicit;
        }
      }
    }
    String basis = "story";
    double confidence = anchor.confidence();
    if (explicit != null && (!story || !explicit.isBefore(anchor.date().minusYears(1)))) {
      latest = explicit;
      if (!story || !sameYear(explicit, anchor.date())) {
        basis = "text"; // the story's year was not the page's
        confidence = 0.7;
      }
    } else if (!story || latest != null && latest.isBefore(anchor.date().minusDays(30))) {
      return first; // no day of its own, or only a past one recalled: the story's date stands
    }
    if (latest == null) {
      return first;
    }
    DateResolver.Anchor forward = new DateResolver.Anchor(latest, basis, confidence,
        DateResolver.Mode.FORWARD);
    LocalDate report = dateline != null && dateline.equals(latest) ? dateline : null;
    for (Span p : doc.body().paragraphs()) {
      if (report != null) {
        break; // the dateline is the day of writing: its weekdays look back from it
      }
      for (Timex t : dates.find(doc.text(), p.start(), p.end(), forward)) {
        if (t.kind().equals("weekday") && t.value() != null && report == null) {
          report = LocalDate.parse(t.value());
        }
      }
    }
    DateResolver.Anchor fin = new DateResolver.Anchor(report != null ? report : latest, basis,
        confidence, DateResolver.Mode.PAST);
    List<Timex> out = new ArrayList<>();
    for (Span p : doc.body().paragraphs()) {
      out.addAll(dates.find(doc.text(), p.start(), p.end(), fin));
    }
    return out;
  }

  /**
   * The day of a weekday after a deed still to come ("ستستأنف القوات هجومها يوم السبت",
   * planned): the next such day from the publication day when the expression, read without
   * the verb's tense, fell before it; else the expression's day.
   */
  private static String ahead(Document doc, Timex when, Hit h, String modality) {
    String pub = doc.published().value();
    if (!when.kind().equals("weekday") || when.value() == null || pub == null
        || when.start() < h.end() // "agreed on Sunday to leave": the day of the agreeing
        || pub.length() < 10 || !(h.future() || modality.equals("planned"))
        || PAST_WEEKDAY.matcher(when.text()).find()) {
      return when.value();
    }
    LocalDate day = LocalDate.parse(when.value());
    LocalDate published = LocalDate.parse(pub.substring(0, 10));
    return day.isBefore(published) ? day.plusWeeks(1).toString() : when.value();
  }

  /* A weekday told as past in its own words: "last Sunday", "الأحد الماضي". */
  private static final java.util.regex.Pattern PAST_WEEKDAY = java.util.regex.Pattern.compile(
      "(?i)(?<![\\p{L}])(?:last|past|الماضي|الفائت|أمس)(?![\\p{L}])");

  /* Two days within half a year of each other: the story's year is the page's. */
  private static boolean sameYear(LocalDate a, LocalDate b) {
    return Math.abs(a.toEpochDay() - b.toEpochDay()) <= 183;
  }

  /**
   * Chooses the date of the event of {@code h}: its clause's own, else none for what is planned
   * or past, else the day of the report ({@code reportDay}), else the narrative's, else the
   * publication day.
   */
  static Dated date(Document doc, Sent s, List<Timex> ts, Hit h, List<Hit> kept, String modality,
      String reportDay, Narrative story) {
    Timex when = nearest(doc, s, ts, h, modality.equals("planned"), kept);
    String date = null;
    String end = null;
    Event.DateInfo info;
    if (when != null && (when.value() != null || when.endValue() != null)) {
      date = ahead(doc, when, h, modality);
      end = when.endValue();
      info = new Event.DateInfo(when.precision(), when.basis(), when.text());
    } else if (modality.equals("planned") || s.text.startsWith("Earlier")
        || modality.equals("historical")) {
      info = new Event.DateInfo("unknown", "none", null);
    } else if (reportDay != null) {
      date = reportDay;
      info = new Event.DateInfo("day", "relative", "the day of the report");
    } else if (story.date != null && story.leadDate != null && story.dateParagraph != s.paragraph
        && recalled(story.date, story.leadDate)) {
      // a day recalled well before the lead's ("… launched an offensive on March 21") holds in
      // its own paragraph; the next paragraph is back at the lead's day
      date = story.leadDate;
      info = new Event.DateInfo("day", "relative", story.leadText);
    } else if (story.date != null) {
      date = story.date;
      info = new Event.DateInfo("day", "relative", story.dateText);
    } else if (story.aheadDate != null && s.end <= story.aheadStart && headline(s)) {
      // a headline or deck above the lead tells of the lead's day ("… on Tuesday"), not of
      // the day the page was published
      date = story.aheadDate;
      info = new Event.DateInfo("day", "relative", story.aheadText);
    } else if (doc.published().value() != null) {
      date = doc.published().value().substring(0, 10);
      info = new Event.DateInfo("day", "publication", doc.published().evidence());
    } else {
      info = new Event.DateInfo("unknown", "none", null);
    }
    return new Dated(when, date, end, info);
  }

  /**
   * Notes in {@code story} the first day that a sentence of the page's opening paragraphs tells
   * relative to its publication ("on Sunday", "yesterday", "today"), and where that sentence
   * starts: what a headline or deck above it tells of happened that day.
   */
  static void ahead(List<Sent> sents, List<Timex> times, Narrative story) {
    for (Timex t : times) {
      if (t.value() == null || !t.precision().equals("day")
          || !(t.kind().equals("weekday") || t.kind().equals("relative"))) {
        continue;
      }
      for (Sent s : sents) {
        if (t.start() >= s.start && t.end() <= s.end) {
          if (s.paragraph <= AHEAD_PARAGRAPHS && since(s, t) < 0) {
            story.aheadDate = t.value();
            story.aheadText = t.text();
            story.aheadStart = s.start;
          }
          return;
        }
      }
    }
  }

  /**
   * True when {@code t} is a dateline's day ("ALEPPO, Syria, Nov. 27 (Xinhua) --", "MOSCOW,
   * December 29. /TASS/."): a written date within the first characters of its paragraph, the day
   * of writing rather than of the events told.
   */
  static boolean datelineDay(Document doc, Sent s, Timex t) {
    if (!t.kind().equals("date")) {
      return false;
    }
    for (Span p : doc.body().paragraphs()) {
      if (p.start() <= t.start() && t.start() < p.end()) {
        if (t.start() - p.start() > DATELINE_REACH) {
          return false;
        }
        // an all-capital place and a comma before it: "ALEPPO, Syria, ", "MOSCOW, "
        String before = doc.text().substring(p.start(), t.start());
        String after = doc.text().substring(t.end(), Math.min(p.end(), t.end() + 30));
        if (DATELINE_TAIL.matcher(after).lookingAt() && placeOnly(before)) {
          return true; // "Beirut, May 14 (AFP) A car bomb …", "خان يونس 2-7-2019 الأنباء- أصيب"
        }
        int comma = before.indexOf(',');
        if (comma < 3 || !before.stripTrailing().endsWith(",")) {
          return false;
        }
        for (int i = 0; i < comma; i++) {
          if (Character.isLowerCase(before.charAt(i))) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static final int DATELINE_REACH = 40;

  /* What follows a dateline's day, after its clock time if any ("Oct 26, 2015 / 04:15 pm
   * (AGENCY).-"): the agency in brackets or slashes, or a dash, before the lead. */
  private static final java.util.regex.Pattern DATELINE_TAIL = java.util.regex.Pattern.compile(
      "(?:[\\s,]*[/|\u2013-]?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?"
          + "[\\s,]*(?:\\(\\p{L}[^()]{0,25}\\)|/\\p{L}[^/]{0,20}/|\\p{L}[\\p{L} ]{0,20}[-\u2013\u2014]"
          + "|[-\u2013\u2014])");

  /* One to four words of a place name, each capitalized or Arabic, and an optional comma ("On
   * May 14 (Monday)" is no dateline). */
  private static boolean placeOnly(String before) {
    String[] words = before.strip().replaceAll("[,\u060c]$", "").split("[\\s,\u060c]+");
    if (words.length > 4 || words[0].isEmpty()) {
      return false;
    }
    for (String w : words) {
      char c = w.charAt(0);
      if (!(Character.isUpperCase(c) || c >= '\u0620' && c <= '\u064a')
          || !w.chars().allMatch(ch -> Character.isLetter(ch)
              || Character.getType(ch) == Character.NON_SPACING_MARK) // "عمّان"
          || PREPOSITION.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /* A day a week or more before the lead's: a recalled past, not the story going on. */
  private static boolean recalled(String day, String lead) {
    return LocalDate.parse(day).plusDays(RECALLED_DAYS).isBefore(LocalDate.parse(lead));
  }

  private static final int RECALLED_DAYS = 6;

  /* A day this far before the page's is a history recalled whatever the sentence's words. */
  private static final int FAR_DAYS = 30;

  /**
   * The page's day, that its recalled days are told from: the latest day its expressions state
   * up to its anchor's (a day it looks forward to is no day of the page), else the anchor's;
   * null when neither is known.
   */
  static LocalDate pageDay(List<Timex> times, DateResolver.Anchor anchor) {
    LocalDate day = null;
    for (Timex t : times) {
      if (t.value() != null && t.precision().equals("day") && !t.kind().equals("span")
          && !t.kind().equals("duration")) {
        LocalDate d = LocalDate.parse(t.value());
        if ((anchor.date() == null || !d.isAfter(anchor.date()))
            && (day == null || d.isAfter(day))) {
          day = d;
        }
      }
    }
    return day != null ? day : anchor.date();
  }

  /**
   * True when {@code t} dates a past that {@code s} recalls rather than the story going on:
   * more than a month before the page's day, or more than {@link #RECALLED_DAYS} days before it
   * in a sentence with a word of recall ("The offensive began on October 17", "had taken").
   * Such a day dates its own sentence's events only; the sentences after it do not take it.
   */
  static boolean recall(Sent s, Timex t, LocalDate pageDay) {
    if (pageDay == null || t.value() == null) {
      return false;
    }
    LocalDate d = LocalDate.parse(t.value());
    if (d.plusDays(FAR_DAYS).isBefore(pageDay)) {
      return true;
    }
    return d.plusDays(RECALLED_DAYS).isBefore(pageDay) && recallWord(s);
  }

  /* A word of recall anywhere in the sentence; an Arabic word also without its و/ف. */
  private static boolean recallWord(Sent s) {
    String text = s.text;
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int e = wordEnd(text, i);
      String w = text.substring(i, e).toLowerCase(java.util.Locale.ROOT);
      if (RECALL.contains(w) || s.arabic && w.length() > 3
          && (w.charAt(0) == '\u0648' || w.charAt(0) == '\u0641')
          && RECALL.contains(w.substring(1))) {
        return true;
      }
      i = e;
    }
    return false;
  }

  /* A headline or deck: a sentence that ends without a full stop ("… pilot killed"). */
  private static boolean headline(Sent s) {
    String t = s.text.strip();
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(t.length() - 1);
    return c != '.' && c != '!' && c != '?' && c != '"' && c != '\u201d' && c != ':';
  }

  /* How far into the body (paragraphs) the lead that a headline summarizes may lie. */
  private static final int AHEAD_PARAGRAPHS = 4;

  /** The temporal expression of a trigger's own clause nearest to it. */
  private static Timex nearest(Document doc, Sent s, List<Timex> ts, Hit h, boolean planned,
      List<Hit> all) {
    Timex best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Timex t : ts) {
      if (t.kind().equals("duration") || (planned && t.kind().equals("span"))) {
        continue;
      }
      if (t.start() < h.start() && datelineDay(doc, s, t)) {
        continue; // "ALEPPO, Nov. 27 (Xinhua) -- … seized … on Saturday": the day of writing
      }
      boolean own = describes(s, h, all, t);
      if (t.start() >= h.end() && !own && deedBetween(s, all, h, t.start())) {
        continue; // "began deploying ... the agreement that was reached on April 7"
      }
      if (!s.arabic && !own && s.insideRelative(s.start, s.end, t.start())
          && !s.insideRelative(s.start, s.end, h.start())) {
        continue; // "Abadi, who declared victory in Mosul in July, vowed": the clause's own day
      }
      if (t.start() >= h.end() && since(s, t) >= h.end()) {
        continue; // "withdrew from the town they had held since 2012": when a state began
      }
      int d = t.start() >= h.end() ? t.start() - h.end() : h.start() - t.end();
      if (t.precision().equals("year") || t.precision().equals("month")) {
        // "deminers who trained in Croatia last year were killed on Thursday": a day beside a
        // year or a month at about the same distance is the deed's own
        d += COARSE;
      }
      if (t.end() <= h.start() && wordBetween(s, t.end(), h.start(), ClaimantFinder.COMPLEMENTIZERS)) {
        // "قالت المنظمة اليوم إن القصف … يوم الجمعة": the day before "إن" is the saying's
        d += OTHER_CLAUSE;
      }
      if (subordinatorBetween(s, Math.min(t.end(), h.end()), Math.max(t.start(), h.start()))) {
        // "struck the sites early on Tuesday, hours after a rocket was fired on Monday": the
        // rocket's day is the one of its own clause, the nearer Tuesday is the strikes'
        d += OTHER_CLAUSE;
      }
      if (d < bestDist) {
        bestDist = d;
        best = t;
      }
    }
    return best;
  }

  /**
   * Where the "since" that governs {@code t} begins ("since 2012", "منذ انطلاق العملية في 20
   * كانون الثاني"), or -1: a since-word before it in its clause.
   */
  static int since(Sent s, Timex t) {
    String own = t.text() == null ? "" : t.text().strip().split("\\s+", 2)[0];
    if (SINCE.contains(own.toLowerCase(java.util.Locale.ROOT))) {
      return t.start(); // the expression is "since 2012" itself
    }
    int i = t.start() - s.start;
    int w = i;
    while (w > 0 && ",;،:".indexOf(s.text.charAt(w - 1)) < 0) {
      w--;
      if (Character.isLetter(s.text.charAt(w)) && (w == 0
          || !Character.isLetter(s.text.charAt(w - 1)))
          && SINCE.contains(s.lastWord(s.start + wordEnd(s.text, w)))) {
        return s.start + w;
      }
    }
    return -1;
  }

  private static int wordEnd(String text, int from) {
    int e = from;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return e;
  }

  /* What a year or a month counts as further away than a day: a day's few words more. */
  private static final int COARSE = 20;


  /**
   * True when {@code t} lies in a relative clause that describes the deed of {@code h} itself:
   * one opening right after {@code h}'s word ("The attack, which began before dawn on Monday,";
   * "in an attack that began on Saturday"; "الهجوم الإرهابي الذي استهدف يوم الجمعة مسجداً"), or
   * after a word of the same deed in its clause ("The strikes, which began on Saturday, hit
   * …"; "struck the port in an attack that began before dawn on Saturday").
   */
  private static boolean describes(Sent s, Hit h, List<Hit> all, Timex t) {
    if (ownClause(s, h, t) > 0) {
      return true;
    }
    for (Hit o : all) {
      if (o == h || !o.trigger().category().equals(h.trigger().category())) {
        continue;
      }
      int end = ownClause(s, o, t);
      if (end < 0) {
        continue;
      }
      if (o.end() <= h.start()
          ? end <= h.start() && s.text.substring(end - s.start, h.start() - s.start).matches("[,\\s]*")
              || !TriggerFinder.newClause(s, o, h)
          : h.end() <= o.start() && !TriggerFinder.newClause(s, h, o)) {
        return true; // the subject's clause, or the same deed's word after the trigger
      }
    }
    return false;
  }

  /* The end of a relative clause opening right after {@code h}'s word that holds {@code t}: a
   * comma and "which"/"that" in English, up to two adjectives and "الذي"/"التي" in Arabic; the
   * clause runs to the next comma, semicolon or colon, or the sentence's end. -1 when none. */
  private static int ownClause(Sent s, Hit h, Timex t) {
    if (t.start() < h.end() || h.end() < s.start || t.end() > s.end) {
      return -1;
    }
    java.util.regex.Matcher m = (s.arabic ? OWN_CLAUSE_AR : OWN_CLAUSE_EN).matcher(s.text);
    m.region(h.end() - s.start, s.text.length());
    if (!m.lookingAt()) {
      return -1;
    }
    int i = m.end();
    while (i < s.text.length() && ",;:\u060c\u061b".indexOf(s.text.charAt(i)) < 0) {
      i++;
    }
    return t.end() <= s.start + i ? s.start + i : -1;
  }

  private static final java.util.regex.Pattern OWN_CLAUSE_EN = java.util.regex.Pattern.compile(
      "(?i),?\\s+(?:which|that)(?![\\p{L}])");
  private static final java.util.regex.Pattern OWN_CLAUSE_AR = java.util.regex.Pattern.compile(
      "(?:\\s+\u0627\u0644\\p{L}+){0,2}\\s+(?:\u0627\u0644\u0630\u064a|\u0627\u0644\u062a\u064a"
          + "|\u0627\u0644\u0630\u064a\u0646)(?![\\p{L}])");

  /* What a date across a subordinate clause's opener counts as further away. */
  private static final int OTHER_CLAUSE = 10_000;

  /* True when a word opening a subordinate clause ("after", "when") lies in [from, to). */
  private static boolean subordinatorBetween(Sent s, int from, int to) {
    return wordBetween(s, from, to, SUBORDINATOR);
  }

  /* True when a word of {@code words} (lower case) lies in the document's [from, to). */
  static boolean wordBetween(Sent s, int from, int to, java.util.Set<String> words) {
    for (int i = Math.max(0, from - s.start), e = Math.min(s.text.length(), to - s.start);
        i < e; ) {
      if (!Character.isLetter(s.text.charAt(i))) {
        i++;
        continue;
      }
      int end = wordEnd(s.text, i);
      if (words.contains(s.text.substring(i, end).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
      i = end;
    }
    return false;
  }

  /**
   * True when a deed of another clause lies between {@code self} and {@code to}, where a date
   * after it starts: the date is that deed's ("began deploying under the agreement that was
   * reached on April 7"; "the army withdrew, and rebels shelled the town on Sunday"). A word of
   * the same deed is no such deed: "strikes hit a market on Sunday", "rockets fired from the
   * east hit Aleppo on Saturday", "شنت غارة أمس الأحد", "أصيب ثلاثة برصاص القوات مساء أمس".
   */
  private static boolean deedBetween(Sent s, List<Hit> all, Hit self, int to) {
    boolean relative = wordBetween(s, self.end(), Math.max(self.end(), to), RELATIVE_WORD);
    for (Hit o : all) {
      if (o != self && o.start() >= self.end() && o.end() <= to
          && (relative || TriggerFinder.newClause(s, self, o))) {
        return true;
      }
    }
    return false;
  }
}
