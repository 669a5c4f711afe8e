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
  /* A title of at most this many words may be a name (a site's, a channel's) the lead repeats. */
  private static final int NAME_WORDS = 5;
  /* How many lines above the body are looked at, counting from the body up. */
  private static final int ABOVE = 30;
  /* "Forum > Section > Headline", "الرئيسية » أخبار » …": items between breadcrumb marks. */
  private static final Pattern CRUMB = Pattern.compile("\\s+[>»›]\\s+");

  /** A line of the page: its offsets and text. */
  record Candidate(int start, int end, String text) {}

  /**
   * Replaces {@code p.title} with the line of {@code above} (the page's non-blank lines before its
   * first paragraph, in order) or the first paragraph itself that the lead echoes most, when the
   * lead hardly echoes the title found; a first paragraph taken as the title leaves the body and
   * becomes chrome. {@code titleLike} says whether a text can be a headline at all.
   */
  static void retitle(PageParts p, List<Candidate> above, Predicate<String> titleLike) {
    if (p.paragraphs.isEmpty()) {
      return;
    }
    if (p.title != null) {
      // "6/28/20, 9:14 AM Headline – Site", "Forum > News > Headline" over "Headline": the
      // title was a line above the body dressed with a date, a path or the site's name
      String key = TextNormalizer.fold(p.title);
      for (int k = above.size() - 1, seen = 0; k >= 0 && seen < ABOVE; k--, seen++) {
        String t = above.get(k).text().strip();
        String f = TextNormalizer.fold(t);
        if (f.length() < key.length() && key.contains(f) && shaped(t, titleLike)) {
          p.title = t;
          key = f;
        }
      }
      Span first = p.paragraphs.get(0);
      String t = p.text.substring(first.start(), first.end()).strip();
      String f = TextNormalizer.fold(t);
      if (p.paragraphs.size() >= 2 && f.length() < key.length() && key.contains(f)
          && !BodyLines.closed(t) && shaped(t, titleLike)) {
        // the same, the headline standing as the body's first line
        p.title = t;
        p.paragraphs.remove(0);
        p.chrome(first.start(), first.end(), "title");
        return;
      }
    }
    Set<String> lead = leadStems(p, 0);
    double current = p.title == null ? 0 : LeadWords.spokenOf(TextNormalizer.fold(p.title), lead);
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
    if (p.title != null) {
      String key = TextNormalizer.fold(p.title);
      for (int k = 0; k < above.size(); k++) {
        if (TextNormalizer.fold(above.get(k).text()).contains(key)) {
          from = k + 1;
        }
      }
    }
    for (int k = above.size() - 1, seen = 0; k >= from && seen < ABOVE; k--, seen++) {
      String t = headlineOf(above.get(k).text());
      if (t == null || !shaped(t, titleLike)) {
        continue;
      }
      if (k == from && from > 0 && BodyLines.words(t) > BodyLines.words(p.title)) {
        continue; // a longer line right under the title: its deck, which restates the lead
      }
      double s = LeadWords.spokenOf(TextNormalizer.fold(t), lead);
      if (s >= bestScore) { // ties go to the upper line
        best = t;
        bestScore = s;
      }
    }
    Span first = p.paragraphs.get(0);
    String firstText = p.text.substring(first.start(), first.end()).strip();
    if (p.paragraphs.size() >= 2 && BodyLines.words(firstText) <= 20
        && !BodyLines.closed(firstText) && shaped(firstText, titleLike)) {
      // the body's first line reads as a headline ("Blast hits a convoy near X" over a post)
      Set<String> rest = leadStems(p, 1);
      String firstKey = TextNormalizer.fold(firstText);
      double s = LeadWords.spokenOf(firstKey, rest);
      double titleThere = p.title == null ? 0
          : LeadWords.spokenOf(TextNormalizer.fold(p.title), rest);
      if (s >= Math.max(bestScore, titleThere < KEEP
          ? Math.max(KEEP, titleThere + MARGIN) : Math.max(CLEAR, titleThere + MARGIN))) {
        p.title = firstText;
        p.paragraphs.remove(0);
        p.chrome(first.start(), first.end(), "title");
        return;
      }
    }
    if (best != null) {
      p.title = best;
    }
  }

  /* The headline a line holds: the line, or the last item of a breadcrumb of three or more. */
  private static String headlineOf(String line) {
    String t = line.strip();
    String[] items = CRUMB.split(t);
    if (items.length >= 3) {
      return items[items.length - 1].strip();
    }
    return t;
  }

  /* A headline's shape: four to thirty words, no sentence's end, no date, no link. */
  private static boolean shaped(String t, Predicate<String> titleLike) {
    int w = BodyLines.words(t);
    return w >= 4 && w <= 30 && !t.endsWith(".") && !t.contains("://") && !t.startsWith("www.")
        && titleLike.test(t) && !TextPageParser.dateOnly(t)
        && !BodyLines.LineShapes.dateLine(t);
  }

  /* The lead's length in words when its paragraphs are a print column's short lines. */
  private static final int LEAD_WORDS = 60;

  /* The stems of the lead from paragraph {@code from}: up to three paragraphs of ten words or more,
   * or the lines that make up its first sixty words. */
  private static Set<String> leadStems(PageParts p, int from) {
    StringBuilder lead = new StringBuilder();
    int taken = 0;
    int words = 0;
    for (int k = from; k < p.paragraphs.size() && taken < 3 && words < LEAD_WORDS; k++) {
      Span s = p.paragraphs.get(k);
      String t = p.text.substring(s.start(), s.end());
      int w = BodyLines.words(t);
      lead.append(TextNormalizer.fold(t)).append(' ');
      words += w;
      if (w >= 10) {
        taken++;
      }
    }
    return LeadWords.stems(lead.toString());
  }
}
