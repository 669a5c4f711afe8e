package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rejoins the paragraphs of a text a crawler hard-wrapped at a fixed width, before its lines
 * are classified: the line breaks inside a wrapped paragraph become spaces, so the text keeps
 * its length and every offset.
 */
final class HardWraps {
  private HardWraps() {}

  /* A row of prose has at least this many words; only such rows measure the width. */
  private static final int PROSE_WORDS = 4;
  /* So many rows of prose at least, on a wrapped page. */
  private static final int PROSE_ROWS = 8;
  /* The widest rows of prose that may run past the width (a long menu or rule line). */
  private static final int OVER_WIDTH = 2;
  /* A row so much wider than the third widest is no row of the wrapped text. */
  private static final int OUTLIER = 2;
  /* The widths a wrapper uses: a text edition's 60 to 80 columns, a mail's 64 to 78. */
  private static final int MIN_WIDTH = 40;
  private static final int MAX_WIDTH = 120;
  /* A row a wrapper filled is within this of the width (a long word may leave more room). */
  private static final int FULL_SLACK = 25;
  /* So many rows at least within FULL_SLACK of the width. */
  private static final int FULL_ROWS = 6;
  /* So many wrapped paragraphs at least on the page. */
  private static final int PARAGRAPHS = 2;

  /*
   * A greedy wrapper breaks a row only where the next word would not fit in the width: so a row
   * that is continued has no room left for the next row's first word, and a row that leaves room
   * for it ends its paragraph (or the line was broken on purpose). A wrapped paragraph is a run
   * of such full rows closed by a row that ends a sentence; a run that ends in no stop (a
   * headline over its second line, a menu over a section's name) is cut back to its last stop.
   * The page is taken for wrapped when its rows of prose stand at one width (the third widest
   * sets it, so a long menu or rule line cannot) with many rows near it, and when at least two
   * such paragraphs break a row where no sentence ends: a list of headlines one to a row has
   * rows of like length too, but none of its rows goes on in the next. Above the first such
   * paragraph, a headline the wrapper broke in two is joined as well.
   */
  static String rejoin(String text) {
    List<int[]> rows = rows(text);
    int width = width(text, rows);
    if (width == 0) {
      return text;
    }
    List<int[]> paragraphs = new ArrayList<>();
    int i = 0;
    while (i < rows.size()) {
      int a = i;
      int b = i;
      while (b + 1 < rows.size() && full(text, rows.get(b), rows.get(b + 1), width)) {
        b++;
      }
      i = b + 1;
      while (b > a && !closes(text, rows.get(b))) {
        b--;
      }
      if (b > a && brokenMidSentence(text, rows, a, b) && !midParagraph(text, rows, a, width)) {
        paragraphs.add(new int[] {a, b});
      }
    }
    if (paragraphs.size() < PARAGRAPHS) {
      return text;
    }
    int[] headline = headline(text, rows, paragraphs.get(0)[0], width);
    if (headline != null) {
      paragraphs.add(headline);
    }
    char[] out = text.toCharArray();
    for (int[] p : paragraphs) {
      for (int k = p[0]; k < p[1]; k++) {
        // the row's break (and any white space left at its end) becomes one space's worth
        for (int c = rows.get(k)[1]; c < rows.get(k + 1)[0]; c++) {
          out[c] = ' ';
        }
      }
    }
    return new String(out);
  }

  /* A headline has at least so many words on its first row, at most so many on its second. */
  private static final int HEADLINE_WORDS = 5;
  private static final int HEADLINE_REST_WORDS = 12;

  /*
   * The two rows of a headline the wrapper broke, above row {@code first}: a full row and a
   * shorter one under it, neither ending in a stop or a colon nor holding a menu's or a byline's
   * separators, and the row under them not going on ({a, a + 1}, or null).
   */
  private static int[] headline(String text, List<int[]> rows, int first, int width) {
    for (int a = 0; a + 1 < first; a++) {
      int[] r = rows.get(a);
      int[] n = rows.get(a + 1);
      if (!full(text, r, n, width)
          || a + 2 < rows.size() && full(text, n, rows.get(a + 2), width)) {
        continue;
      }
      String head = text.substring(r[0], r[1]);
      String rest = text.substring(n[0], n[1]);
      int restWords = Spaces.splitLength(rest);
      if (Spaces.splitLength(head) >= HEADLINE_WORDS && restWords <= HEADLINE_REST_WORDS
          && headlineRow(head) && headlineRow(rest)) {
        return new int[] {a, a + 1};
      }
    }
    return null;
  }

  /* True when a row may be part of a headline: no stop or colon at its end, no separators. */
  private static boolean headlineRow(String row) {
    char last = row.charAt(row.length() - 1);
    if (".!?؟…:".indexOf(last) >= 0) {
      return false;
    }
    for (String mark : new String[] {" | ", " - ", " / ", " – ", " — ", "[", "•", "* ", "·"}) {
      if (row.contains(mark)) {
        return false;
      }
    }
    return true;
  }

  /* The page's rows as {start, end} of their visible text (blank rows as {start, start}) and the
   * offset where the row begins: a wrapper counts a row's indent in its width (also the text
   * page parser's lines). */
  static List<int[]> rows(String text) {
    List<int[]> rows = new ArrayList<>();
    int s = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int a = s;
        int b = i;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
          a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
          b--;
        }
        rows.add(new int[] {a, b, s}); // (and where the row starts, its indent before a)
        s = i + 1;
      }
    }
    return rows;
  }

  /* The width the page's prose was wrapped at, or 0 when its rows stand at no one width. */
  private static int width(String text, List<int[]> rows) {
    int[] lengths = rows.stream()
        .filter(r -> Spaces.splitLength(text.substring(r[0], r[1])) >= PROSE_WORDS)
        .mapToInt(r -> r[1] - r[2]).sorted().toArray();
    if (lengths.length < PROSE_ROWS) {
      return 0;
    }
    // the third widest row, or a wider one close to it: the wrapper filled few rows to the brim
    int third = lengths[lengths.length - 1 - OVER_WIDTH];
    int widest = third;
    for (int n : lengths) {
      widest = n <= third + OUTLIER ? Math.max(widest, n) : widest;
    }
    int width = widest;
    if (width < MIN_WIDTH || width > MAX_WIDTH) {
      return 0;
    }
    long near = Arrays.stream(lengths).filter(n -> n <= width && n >= width - FULL_SLACK).count();
    return near >= FULL_ROWS ? width : 0;
  }

  /* True when row r is full: row n right under it, and its first word would not fit on r. */
  private static boolean full(String text, int[] r, int[] n, int width) {
    int len = r[1] - r[2];
    if (r[1] == r[0] || n[1] == n[0] || len > width || len < width - FULL_SLACK) {
      return false;
    }
    if (text.substring(r[1], n[0]).chars().filter(c -> c == '\n').count() != 1) {
      return false; // a blank row between
    }
    if (!hasLetter(text, r) || !hasLetter(text, n)) {
      return false; // a rule line ("=====", "-----") is no row of prose
    }
    if (Boilerplate.get().kindOf(text.substring(r[0], r[1])).isPresent()) {
      return false; // a line of chrome a paragraph's first row happens to follow ("اقرأ أيضاً: …")
    }
    int word = 0;
    while (n[0] + word < n[1] && !Character.isWhitespace(text.charAt(n[0] + word))) {
      word++;
    }
    return len + 1 + word > width;
  }

  private static boolean hasLetter(String text, int[] r) {
    for (int c = r[0]; c < r[1]; c++) {
      if (Character.isLetter(text.charAt(c))) {
        return true;
      }
    }
    return false;
  }

  /* True when the row ends a sentence (its stop, perhaps inside a closing quote or bracket). */
  private static boolean closes(String text, int[] r) {
    int e = r[1];
    while (e > r[0] && "\"”’'»)]".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    if (e < r[1] && e > r[0] && text.charAt(r[1] - 1) != ')' && text.charAt(r[1] - 1) != ']') {
      return true; // a quotation closed: "… for centuries."; «… رجاله»
    }
    return e > r[0] && ".!?؟…".indexOf(text.charAt(e - 1)) >= 0;
  }

  /*
   * True when row a, the first of a run of full rows, goes on from a long row right above it that
   * ends no sentence: the paragraph began higher up, where the width found does not explain the
   * breaks (a scanned clipping's columns), and its rows are left as they stand.
   */
  private static boolean midParagraph(String text, List<int[]> rows, int a, int width) {
    if (a == 0) {
      return false;
    }
    int[] r = rows.get(a - 1);
    int[] first = rows.get(a);
    return r[1] > r[0] && text.substring(r[1], first[0]).indexOf('\n') == text.substring(r[1],
        first[0]).lastIndexOf('\n') && (r[1] - r[2]) * 5 >= width * 3
        && Spaces.splitLength(text.substring(r[0], r[1])) >= PROSE_WORDS && !closes(text, r);
  }

  /* True when some row of paragraph a..b but its last breaks where no sentence ends. */
  private static boolean brokenMidSentence(String text, List<int[]> rows, int a, int b) {
    for (int k = a; k < b; k++) {
      if (!closes(text, rows.get(k))) {
        return true;
      }
    }
    return false;
  }
}
