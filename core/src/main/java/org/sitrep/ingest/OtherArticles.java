package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.text.TextNormalizer;

/**
 * Finds other articles' text standing inside or after a text page's article, by its shape: a
 * live page's feed of timed updates after the text, a second copy of the story after it, and a
 * box (a list of other headlines with their leads, a newsletter's sign-up quoting another
 * lead) between two runs of the story's prose. Works on the page's rows (one line each, with the lexicon's kind where it gave one).
 */
final class OtherArticles {

  /* s56 (transfer-57's odd half, studied: 5703, 5715, 5707, 5719, 5711, 5723). */

  /** One row of the page: its offsets, its text and the chrome kind the lexicon gave it. */
  record Row(int start, int end, String text, String kind) {
    boolean blank() {
      return text.isBlank();
    }
  }

  /** A part of the page, from one row's start to another's end. */
  record Cut(int from, int to) {}

  private OtherArticles() {}

  /* A time alone on its row ("13:40", "9.05 pm", "10:40 GMT"): a live feed's stamp. */
  private static final Pattern TIME_ROW = Pattern.compile(
      "(?iu)^\\s*([01]?\\d|2[0-3])[:.](\\d\\d)\\s*(am|pm|a\\.m\\.|p\\.m\\.|ص|م)?"
          + "\\s*(?:gmt|utc|[a-z]{3,4})?\\s*$");
  /* Longer than any time TIME_ROW matches ("10:40 p.m. GMT"), spaces around it aside. */
  private static final int TIME_ROW_CHARS = 24;
  /* A feed has at least this many stamps; two could be a short chronology's. */
  private static final int FEED_STAMPS = 3;
  /* Rows of one update's text between two stamps. */
  private static final int UPDATE_ROWS = 2;
  /* Rows above the first stamp that may be the feed's label and its note ("LIVE", a note). */
  private static final int FEED_HEAD_ROWS = 2;
  /* Words of a label row: a feed's or a box's name ("LIVE UPDATES", "THE MORNING BRIEF"). */
  private static final int LABEL_WORDS = 5;

  /**
   * Finds a live feed after the story's text: a label row perhaps, a note perhaps, then at
   * least three time rows, each over one or two rows of an update, the times falling from one
   * stamp to the next (a feed shows its latest entry first; a chronology in a story runs
   * forward, and stays). {@code from} is the index of the body's first row; the feed must
   * leave at least one row of text above it. Returns the feed's extent, from its label (or
   * its first stamp) to its last update's end.
   */
  static java.util.Optional<Cut> findLiveFeed(List<Row> rows, int from) {
    int[] at = new int[rows.size()]; // each row's minutes, read once (-1: no time row)
    for (int i = 0; i < at.length; i++) {
      at[i] = i > from ? minutes(rows.get(i)) : -1;
    }
    for (int i = from + 1; i < rows.size(); i++) {
      int t = at[i];
      if (t < 0) {
        continue;
      }
      int stamps = 1;
      int last = t;
      int lastText = -1;
      int per = -1; // rows of the first update: the last one holds as many
      int k = i;
      while (true) {
        int texts = 0;
        int j = next(rows, k);
        int limit = per < 0 ? UPDATE_ROWS : per;
        while (j >= 0 && at[j] < 0 && texts < limit
            && !"comment-widget".equals(rows.get(j).kind())) {
          texts++;
          lastText = j;
          j = next(rows, j);
        }
        if (texts == 0 || per >= 0 && texts != per) {
          break;
        }
        per = texts;
        if (j < 0 || at[j] < 0 || at[j] >= last) {
          break;
        }
        last = at[j];
        stamps++;
        k = j;
      }
      if (stamps >= FEED_STAMPS && lastText > i) {
        int head = i;
        int r = i;
        for (int n = 0; n < FEED_HEAD_ROWS; n++) {
          r = previous(rows, r);
          if (r <= from) {
            break;
          }
          if (label(rows.get(r).text())) {
            head = r;
            break;
          }
        }
        return java.util.Optional.of(new Cut(rows.get(head).start(), rows.get(lastText).end()));
      }
      i = Math.max(i, k);
    }
    return java.util.Optional.empty();
  }

  /* The minutes of the day a time row names, or -1 when the row is no time alone. */
  static int minutes(Row r) {
    if (r.blank() || r.text().length() > TIME_ROW_CHARS
        && r.text().strip().length() > TIME_ROW_CHARS) {
      return -1; // a prose row: no pattern to run
    }
    Matcher m = TIME_ROW.matcher(TextNormalizer.asciiDigits(r.text()));
    if (!m.matches()) {
      return -1;
    }
    int h = Integer.parseInt(m.group(1));
    String half = m.group(3) == null ? "" : m.group(3).toLowerCase(java.util.Locale.ROOT);
    if (half.startsWith("p") || half.equals("م")) {
      h = h % 12 + 12;
    } else if (half.startsWith("a") || half.equals("ص")) {
      h = h % 12;
    }
    return h * 60 + Integer.parseInt(m.group(2));
  }

  /** True when a row reads as a box's or a feed's name: a few words, no sentence, no digit. */
  static boolean label(String t) {
    String s = t.strip();
    return !s.isEmpty() && BodyLines.words(s) <= LABEL_WORDS && !BodyLines.closed(s)
        && !s.endsWith(":") && !BodyLines.LineShapes.hasDigit(s);
  }

  /* A numbered item's row: a number of one or two digits, a dot or a bracket, a space. */
  private static final Pattern NUMBERED = Pattern.compile("^\\s*\\p{Nd}{1,2}[.)]\\s+\\p{L}");
  /* Kinds of the lexicon that open a box of other articles or a pitch inside a story. */
  private static final Set<String> BOX_KINDS = Set.of("related-header", "subscribe", "donation");
  /* Rows a box between two runs of the story's prose may hold. */
  private static final int BOX_ROWS = 12;

  /**
   * Whether rows {@code from} (inclusive) to {@code to} (exclusive) read as a box inside the
   * story rather than the end of one story and the start of another: no more than twelve
   * rows, the box opened by a row the lexicon names a list's head or a pitch, or by two
   * numbered items; no row dated and none a byline (another article's head has them), and no
   * comment widget before the box's opening row.
   */
  static boolean box(List<Row> rows, int from, int to) {
    int seen = 0;
    int numbered = 0;
    boolean opened = false;
    for (int k = from; k < to; k++) {
      Row r = rows.get(k);
      if (r.blank()) {
        continue;
      }
      if (++seen > BOX_ROWS) {
        return false;
      }
      String t = r.text().strip();
      if (Bylines.looksLikeByline(t) || !DateExpressions.all(t, true, 1).isEmpty()) {
        return false;
      }
      if (!opened && "comment-widget".equals(r.kind())) {
        return false;
      }
      numbered += NUMBERED.matcher(t).find() ? 1 : 0;
      opened |= r.kind() != null && BOX_KINDS.contains(r.kind()) || numbered >= 2;
    }
    return opened;
  }

  /**
   * Where the story's prose goes on under a numbered list whose items each hold a headline row
   * and one lead row: when the box's last row is an item's headline and every earlier item had
   * one row under it, the row under that headline is its lead, and the story goes on below
   * it (pastLastUnnumbered: the same without numbers, under a list's head). Returns the index of
   * the row the story resumes at ({@code resume} when no such list).
   */
  static int pastLastLead(List<Row> rows, int from, int resume) {
    List<Integer> items = new ArrayList<>();
    int lastText = -1;
    for (int k = from; k < resume; k++) {
      if (rows.get(k).blank()) {
        continue;
      }
      lastText = k;
      if (NUMBERED.matcher(rows.get(k).text()).find()) {
        items.add(k);
      }
    }
    if (items.size() < 2) {
      return pastLastUnnumbered(rows, from, resume);
    }
    if (lastText != items.get(items.size() - 1)) {
      return resume;
    }
    for (int n = 0; n + 1 < items.size(); n++) {
      int lead = next(rows, items.get(n));
      if (lead < 0 || next(rows, lead) != items.get(n + 1)) {
        return resume; // an item with no lead, or more than one row under it
      }
    }
    int after = next(rows, resume);
    return after < 0 ? resume : after;
  }

  /* Words of an unnumbered item's headline row at least. */
  private static final int ITEM_WORDS = 4;

  /*
   * The same for a list under a list's head the lexicon knows ("Most read") whose items have no
   * numbers: under the head, headline rows (no sentence's end) and lead rows (closed) take
   * turns, and the box ends on a headline row: its lead is the row under it.
   */
  private static int pastLastUnnumbered(List<Row> rows, int from, int resume) {
    int head = -1;
    for (int k = from; k < resume && head < 0; k++) {
      head = "related-header".equals(rows.get(k).kind()) ? k : -1;
    }
    if (head < 0) {
      return resume;
    }
    int n = 0;
    for (int k = next(rows, head); k >= 0 && k < resume; k = next(rows, k), n++) {
      String t = rows.get(k).text().strip();
      boolean headline = !BodyLines.closed(t) && BodyLines.words(t) >= ITEM_WORDS;
      if (n % 2 == 0 ? !headline : !BodyLines.closed(t)) {
        return resume;
      }
    }
    if (n < 3 || n % 2 == 0) {
      return resume;
    }
    int after = next(rows, resume);
    return after < 0 ? resume : after;
  }

  /* Words the body's first paragraph holds at least, for its repeat to mark a second copy. */
  private static final int COPY_WORDS = 12;
  /* Paragraphs over a second copy's first one that may be its head (label, title, date). */
  private static final int COPY_HEAD = 3;

  /**
   * Finds a second copy of the story in the body (an AMP or print rendering the crawl appended
   * after the text): a paragraph that repeats a long row standing above it on the page, perhaps
   * after an inline dateline ("PORT SELMA — …"), then a paragraph that repeats the next such
   * row. {@code paragraphs} are the body's, folded, at offsets {@code starts}; {@code prose}
   * tells which read as the story's prose; {@code rows} are the page's rows. Returns the index
   * of the copy's first paragraph, taken back over up to three paragraphs of no prose (its
   * label, its title, its date) but never to the body's first, or -1.
   */
  static int secondCopy(List<String> paragraphs, List<Integer> starts, List<Boolean> prose,
      List<Row> rows) {
    List<Row> longRows = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Row r : rows) {
      if (!r.blank() && BodyLines.words(r.text()) >= COPY_WORDS) {
        longRows.add(r);
        keys.add(TextNormalizer.fold(r.text()).strip());
      }
    }
    for (int k = 1; k + 1 < paragraphs.size(); k++) {
      String a = paragraphs.get(k).strip();
      String b = paragraphs.get(k + 1).strip();
      for (int n = 0; n + 1 < longRows.size() && longRows.get(n).start() < starts.get(k); n++) {
        if (!a.equals(keys.get(n)) && !a.endsWith(" " + keys.get(n))) {
          continue;
        }
        if (longRows.get(n + 1).start() < starts.get(k) && keys.get(n + 1).equals(b)) {
          int from = k;
          for (int h = 0; h < COPY_HEAD && from - 1 >= 1 && !prose.get(from - 1); h++) {
            from--;
          }
          return from;
        }
      }
    }
    return -1;
  }

  static int next(List<Row> rows, int i) {
    for (int k = i + 1; k < rows.size(); k++) {
      if (!rows.get(k).blank()) {
        return k;
      }
    }
    return -1;
  }

  static int previous(List<Row> rows, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (!rows.get(k).blank()) {
        return k;
      }
    }
    return -1;
  }
}
