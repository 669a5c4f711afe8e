package org.sitrep.ingest;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.sitrep.model.Span;
import org.sitrep.text.TextNormalizer;

/**
 * Checks a text page's title against the lead it stands over: the headline is the line whose
 * words the first paragraphs speak of most. A title the lead hardly echoes (a site's slogan, a
 * channel's name, a breadcrumb, a browser's print header with its date and site name) gives way
 * to a line above the body, or to the body's first line when it reads as a headline, that the
 * lead echoes clearly more. Works by shape and shared words only; no site's string is named.
 */
final class TitleEcho {
  private TitleEcho() {}

  /* A title whose words the lead speaks of this much or more stays. */
  private static final double KEEP = 0.5;
  /* A line replaces it only when the lead echoes it this much more, and at least KEEP. */
  private static final double MARGIN = 0.25;
  /* What a line must score to replace a title the lead half echoes. */
  private static final double CLEAR = 0.8;
  /* A title the lead echoes this much is spoken of: a headline, not a slogan over it. */
  private static final double SPOKEN_OF = 0.2;
  /* A title of at most this many words may be a name (a site's, a channel's) the lead repeats. */
  private static final int NAME_WORDS = 5;
  /* How many lines above the body are looked at, counting from the body up. */
  private static final int ABOVE = 30;
  /* A credit's opening word: "By the newsroom, with …", "بقلم …" (no headline opens so). */
  private static final Pattern BY = Pattern.compile("(?iu)(?:by|بقلم)\\s");
  /* A breadcrumb's or a menu's marks between items. */
  private static final Pattern CRUMB_MARK = Pattern.compile("\\s[>»›•|]\\s");
  /* "Forum > Section > Headline", "الرئيسية » أخبار » …": items between breadcrumb marks. */
  private static final Pattern CRUMB = Pattern.compile("\\s+[>»›]\\s+");

  /** A line of the page: its offsets and text. */
  record Candidate(int start, int end, String text, String folded) {}

  /**
   * Replaces {@code p.title} with the line of {@code above} (the page's non-blank lines before its
   * first paragraph, in order) or the first paragraph itself that the lead echoes most, when the
   * lead hardly echoes the title found; a first paragraph taken as the title leaves the body and
   * becomes chrome. {@code folds} holds the folded text of the first paragraphs (eight at most);
   * {@code titleLike} says whether a text can be a headline at all.
   */
  static void retitle(PageParts p, List<Candidate> above, List<String> folds,
      Predicate<String> titleLike) {
    retitle(p, above, folds, titleLike, null);
  }

  /**
   * As {@link #retitle(PageParts, List, List, Predicate)}, with {@code overDateLine} giving the
   * line the page's header sets right over its byline and date line (names, labels, a byline or
   * a deck between), or null: that line is the headline where the title is a kicker right over
   * it, where the title is a short name the lead does not speak of and no line is echoed enough
   * (a feature's lead tells a person's story and hardly repeats the headline's words), or where
   * the lead echoes it nearly whole and the title half at most.
   */
  static void retitle(PageParts p, List<Candidate> above, List<String> folds,
      Predicate<String> titleLike, java.util.function.Supplier<Candidate> overDateLine) {
    // the line over the date line, looked for only where it may be needed (it reads dates)
    Candidate[] found = new Candidate[1];
    boolean[] looked = new boolean[1];
    java.util.function.Supplier<Candidate> overDate = () -> {
      if (!looked[0] && overDateLine != null) {
        looked[0] = true;
        found[0] = overDateLine.get();
      }
      return found[0];
    };
    if (p.paragraphs.isEmpty()) {
      return;
    }
    String key = p.title == null ? null : TextNormalizer.fold(p.title);
    if (key != null && !p.titleJoined) {
      // "6/28/20, 9:14 AM Headline – Site", "Forum > News > Headline" over "Headline": the
      // title was a line above the body dressed with a date, a path or the site's name
      for (int k = above.size() - 1, seen = 0; k >= 0 && seen < ABOVE; k--, seen++) {
        String t = above.get(k).text().strip();
        String f = above.get(k).folded();
        if (f.length() < key.length() && !f.isBlank() && key.contains(f)
            && shaped(t, titleLike)) {
          p.title = t;
          key = f;
        }
      }
      Span first = p.paragraphs.get(0);
      String f = folds.get(0).strip();
      if (p.paragraphs.size() >= 2 && !f.isEmpty() && f.length() < key.length()
          && key.contains(f)) {
        // the same, the headline standing as the body's first line
        String t = p.text.substring(first.start(), first.end()).strip();
        if (!BodyLines.closed(t) && shaped(t, titleLike)) {
          p.title = t;
          p.paragraphs.remove(0);
          p.chrome(first.start(), first.end(), "title");
          return;
        }
      }
    }
    // s40: "Home > News > Statements > Headline" right over "Headline": the page says which
    // line is its headline, however much the lead speaks of a name above (a ministry's page
    // under its government's name: transfer-43's 4306, read after its check half's measure)
    for (int k = 1; k < above.size(); k++) {
      Candidate c = above.get(k);
      String crumb = above.get(k - 1).text();
      String t = c.text().strip();
      if (CRUMB.matcher(crumb).find() && BodyLines.words(t) >= 4
          && TextNormalizer.fold(crumb).strip().endsWith(c.folded().strip())
          && !c.folded().strip().equals(key) && shaped(t, titleLike)) {
        p.title = t;
        return;
      }
    }
    // "Name of the Party - Official Website": the site's own name, however much the lead (the
    // party's statement) speaks of the name
    boolean siteName = key != null && (BodyLines.LineShapes.siteNameLine(p.title)
        || nameOverMenu(p, above));
    if (!siteName && p.titleOverCredit && BodyLines.words(p.title) > NAME_WORDS
        && LeadWords.spokenOf(key, LeadWords.stems(String.join(" ", folds))) >= KEEP) {
      // a headline of some length right above the page's date line, which the body's first
      // paragraphs half echo (a live page's, whose first entry speaks of the latest news, not
      // of the headline): the header's word stands
      return;
    }
    Set<String> lead = leadStems(p, folds, 0);
    double current = key == null || siteName ? 0 : LeadWords.spokenOf(key, lead);
    if (key != null && BodyLines.words(p.title) <= NAME_WORDS && overDate.get() != null
        && kicker(p, overDate.get(), above) && takeOverDate(p, overDate.get(), titleLike)) {
      return; // a kicker or a section's label over the headline, however the lead speaks of it
    }
    if (current >= CLEAR) {
      return;
    }
    // a title the lead half echoes ("Site News of Deir ez-Zor" over a post on Deir ez-Zor)
    // gives way only to a line it echoes nearly whole
    if (current >= KEEP && BodyLines.words(p.title) > NAME_WORDS) {
      return; // a headline of some length that the lead half echoes stays
    }
    double need = current < KEEP ? Math.max(KEEP, current + MARGIN)
        : Math.max(CLEAR, current + MARGIN);
    String best = null;
    double bestScore = need;
    // the header reads down from the top: a misread title was taken too early (a site's name,
    // slogan or channel above the headline), so only lines under the title are looked at
    int from = 0;
    if (key != null) {
      for (int k = 0; k < above.size(); k++) {
        if (above.get(k).folded().contains(key)) {
          from = k + 1;
        }
      }
    }
    for (int k = above.size() - 1, seen = 0; k >= from && seen < ABOVE; k--, seen++) {
      Candidate c = above.get(k);
      String t = headlineOf(c.text());
      int w = BodyLines.words(t);
      if (w < 4 || w > 30) {
        continue;
      }
      if (k == from && from > 0 && (w > BodyLines.words(p.title)
          || BodyLines.words(p.title) > NAME_WORDS && current >= SPOKEN_OF)) {
        // a longer line right under the title: its deck, which restates the lead; so is any
        // line under a headline of some length that the lead speaks of at all (a slogan or a
        // site's name over the headline is not spoken of)
        continue;
      }
      double s = LeadWords.spokenOf(t.equals(c.text().strip()) ? c.folded() : TextNormalizer.fold(t),
          lead);
      if (s >= bestScore && shaped(t, titleLike) && !Bylines.looksLikeByline(t)
          && !BY.matcher(t).lookingAt()) {
        // (ties go to the upper line; a byline names the places its reporters are in, which
        // the lead speaks of: "By the newsroom, with reporters in Tibú …", transfer-43's 4308)
        if (deckOfOverDate(c, k, above, overDate)) {
          continue; // the deck under the headline over the byline and date (s33)
        }
        best = t;
        bestScore = s;
      }
    }
    Span first = p.paragraphs.get(0);
    String firstText = p.text.substring(first.start(), first.end()).strip();
    // a headline of some length that the lead speaks of at all, right over the body's first
    // line: that line is its deck, not a better headline
    boolean deckUnder = from > 0 && from == above.size()
        && BodyLines.words(p.title) > NAME_WORDS && current >= SPOKEN_OF;
    if (p.paragraphs.size() >= 3 && BodyLines.LineShapes.seriesLabel(firstText)) {
      // s37: a series' kicker as the body's first line ("SERIES — Seven years of war in Cabo
      // Delgado (3 of 5)"), a line of headline length under it, closed by a question perhaps:
      // that line is the headline (transfer-37's 3703, studied)
      Span second = p.paragraphs.get(1);
      String t = p.text.substring(second.start(), second.end()).strip();
      int w = BodyLines.words(t);
      if (w >= 4 && w <= 30 && !t.endsWith(".") && shaped(t, titleLike)) {
        p.title = t;
        p.paragraphs.remove(1);
        p.paragraphs.remove(0);
        p.chrome(first.start(), first.end(), "label");
        p.chrome(second.start(), second.end(), "title");
        p.headlineInBody = second.start(); // the page is read again from it, its header under it
        return;
      }
    }
    if (p.paragraphs.size() >= 2 && BodyLines.words(firstText) <= 20
        && !BodyLines.closed(firstText) && !deckUnder) {
      // the body's first line reads as a headline ("Blast hits a convoy near X" over a post)
      Set<String> rest = leadStems(p, folds, 1);
      double s = LeadWords.spokenOf(folds.get(0), rest);
      double titleThere = p.title == null || siteName ? 0
          : LeadWords.spokenOf(TextNormalizer.fold(p.title), rest);
      if (s >= Math.max(bestScore, titleThere < KEEP
          ? Math.max(KEEP, titleThere + MARGIN) : Math.max(CLEAR, titleThere + MARGIN))
          && shaped(firstText, titleLike)) {
        p.title = firstText;
        p.paragraphs.remove(0);
        p.chrome(first.start(), first.end(), "title");
        return;
      }
    }
    Candidate over = best == null ? overDate.get() : null;
    double od = over == null ? 0 : LeadWords.spokenOf(over.folded(), lead);
    if (over != null && (key == null ? od >= SPOKEN_OF
        : (siteName || BodyLines.words(p.title) <= NAME_WORDS) && current < SPOKEN_OF
        && (siteName && opensPage(p.title, above) || od >= SPOKEN_OF)
        || od >= CLEAR && current < KEEP || current < SPOKEN_OF && od >= KEEP)
        && takeOverDate(p, over, titleLike)) {
      // a feature's lead may not speak of its headline at all: under a site's name over its
      // menu, the line's place is enough; a line over the byline and date the lead echoes
      // nearly whole, where it half echoes the title at most, is the headline too
      return;
    }
    if (best != null) {
      p.title = best;
    }
  }

  /* The fewest words of a deck, and how many more than its headline's. */
  private static final int DECK_WORDS = 12;
  private static final int DECK_MORE = 3;

  /*
   * True when candidate {@code c} (at {@code k} in {@code above}) stands right under the
   * headline over the byline and date and is a deck: twelve words or more, and three more than
   * the headline ("Authorities say at least 80 people have been killed …" under "Thousands flee
   * Catatumbo as …"), which the lead echoes more than the headline.
   */
  private static boolean deckOfOverDate(Candidate c, int k, List<Candidate> above,
      java.util.function.Supplier<Candidate> overDate) {
    int w = BodyLines.words(c.text());
    if (k == 0 || w < DECK_WORDS) {
      return false;
    }
    String up = above.get(k - 1).text();
    int uw = BodyLines.words(up);
    if (uw <= NAME_WORDS || w < uw + DECK_MORE || up.indexOf('|') >= 0 || BodyLines.closed(up)
        || BodyLines.LineShapes.menuLine(up)) {
      return false; // no headline's shape right over it: the dates are not read
    }
    Candidate h = overDate.get(); // the headline over the byline and date: the line over it?
    return h != null && above.get(k - 1).start() == h.start();
  }

  /*
   * Takes {@code line}, the line over the page's byline and date line, as the title when it has
   * a headline's shape (more words than a name, no breadcrumb's marks, no writer's note, no
   * byline); a body's first line taken leaves the body. Returns whether it was taken.
   */
  private static boolean takeOverDate(PageParts p, Candidate line, Predicate<String> titleLike) {
    String t = line.text().strip();
    if (BodyLines.words(t) <= NAME_WORDS || !shaped(t, titleLike) || CRUMB_MARK.matcher(t).find()
        || BodyLines.LineShapes.bioLine(t, line.folded()) || Bylines.looksLikeByline(t)
        || glued(t)) {
      return false;
    }
    p.title = t;
    Span first = p.paragraphs.get(0);
    if (first.start() == line.start() && p.paragraphs.size() >= 2) {
      // the headline was the body's first line
      p.paragraphs.remove(0);
      p.chrome(first.start(), first.end(), "title");
    }
    return true;
  }

  /* Menu items run together, a lower-case letter glued to a capital twice or more
   * ("ZurückPodcasts - ÜbersichtBrückengeflüster"). */
  private static boolean glued(String t) {
    int n = 0;
    for (int i = 1; i < t.length(); i++) {
      if (Character.isLowerCase(t.charAt(i - 1)) && Character.isUpperCase(t.charAt(i))) {
        n++;
      }
    }
    return n >= 2;
  }

  /* Whether the title is among the first three lines of {@code above}: a name at the page's top. */
  private static boolean opensPage(String title, List<Candidate> above) {
    for (int k = 0; k < Math.min(3, above.size()); k++) {
      if (above.get(k).text().strip().equals(title.strip())) {
        return true;
      }
    }
    return false;
  }

  /* Whether the title is the line right over {@code line} among {@code above}: a kicker or a
   * section's label over the headline ("The War in Ukraine" over "Holding the Line …"). */
  private static boolean kicker(PageParts p, Candidate line, List<Candidate> above) {
    Candidate prev = null;
    for (Candidate c : above) {
      if (c.end() <= line.start()) {
        prev = c;
      }
    }
    if (prev == null) {
      return false;
    }
    if (prev.text().strip().equals(p.title.strip())) {
      return p.text.substring(prev.end(), line.start()).isBlank();
    }
    // s40: one tag of a word or two may stand between them ("خاص", "EXCLUSIVE"; transfer-43's
    // 4323, studied), right under the kicker
    int k = above.indexOf(prev);
    return BodyLines.words(prev.text()) <= TAG_WORDS && k > 0
        && above.get(k - 1).text().strip().equals(p.title.strip())
        && p.text.substring(above.get(k - 1).end(), prev.start()).isBlank()
        && p.text.substring(prev.end(), line.start()).isBlank();
  }

  /* The most words of a tag between a kicker and the headline under it. */
  private static final int TAG_WORDS = 2;

  /* Menu items under a short title that make it the site's name over its menu. */
  private static final int MENU_ITEMS = 3;
  private static final Set<String> MENU_KINDS = Set.of("navigation", "label");

  /*
   * True when the title is a name of a few words ("X Radio 24/7", "X TV") with a menu under it
   * (three items or more that the header read as navigation or labels, between it and the
   * body): the site's or station's name over its menu, which a headline under the menu that
   * the lead echoes replaces as a title the lead barely echoes would be replaced.
   */
  private static boolean nameOverMenu(PageParts p, List<Candidate> above) {
    if (BodyLines.words(p.title) > NAME_WORDS) {
      return false;
    }
    String title = p.title.strip();
    int end = -1;
    for (int k = above.size() - 1; k >= 0 && end < 0; k--) {
      if (above.get(k).text().strip().equals(title)) {
        end = above.get(k).end();
      }
    }
    if (end < 0) {
      return false;
    }
    int body = p.paragraphs.get(0).start();
    int items = 0;
    for (org.sitrep.model.Chrome c : p.chrome) {
      if (c.start() >= end && c.end() <= body && MENU_KINDS.contains(c.kind())) {
        items++;
      }
    }
    return items >= MENU_ITEMS;
  }

  /* The headline a line holds: the line, or the last item of a breadcrumb of three or more. */
  private static String headlineOf(String line) {
    String t = line.strip();
    if (t.indexOf('>') < 0 && t.indexOf('»') < 0 && t.indexOf('›') < 0) {
      return t;
    }
    String[] items = CRUMB.split(t);
    if (items.length >= 3) {
      return items[items.length - 1].strip();
    }
    return t;
  }

  /* A headline's shape: four to thirty words, no sentence's end, no date, no link, no list
   * item's bullet, no picture's credit at its end. */
  private static boolean shaped(String t, Predicate<String> titleLike) {
    int w = BodyLines.words(t);
    return w >= 4 && w <= 30 && !t.endsWith(".") && !t.contains("://") && !t.startsWith("www.")
        && !BodyLines.LineShapes.bulleted(t)
        && titleLike.test(t) && !TextPageParser.dateOnly(t)
        && !BodyLines.LineShapes.dateLine(t)
        && !BodyLines.LineShapes.photoCredit(t); // "… - أرشيفية": a picture's caption
  }

  /* The lead's length in words when its paragraphs are a print column's short lines. */
  private static final int LEAD_WORDS = 60;

  /* The stems of the lead from paragraph {@code from} ({@code folds}: the first paragraphs'
   * folded text): up to three paragraphs of ten words or more, or its first sixty words. */
  private static Set<String> leadStems(PageParts p, List<String> folds, int from) {
    StringBuilder lead = new StringBuilder();
    int taken = 0;
    int words = 0;
    for (int k = from; k < folds.size() && taken < 3 && words < LEAD_WORDS; k++) {
      Span s = p.paragraphs.get(k);
      int w = BodyLines.words(p.text.substring(s.start(), s.end()));
      lead.append(folds.get(k)).append(' ');
      words += w;
      if (w >= 10) {
        taken++;
      }
    }
    return LeadWords.stems(lead.toString());
  }
}
