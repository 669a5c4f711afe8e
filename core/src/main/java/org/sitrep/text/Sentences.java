package org.sitrep.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a text range into sentences (English and Arabic): at '.', '!', '?', '؟' and line breaks,
 * not after common abbreviations ("Mr.", "U.S.", "Gen.") or single initials, and not inside
 * numbers.
 */
public final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "col",
      "lt", "maj", "capt", "sgt", "st", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.n", "u.k", "jan",
      "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "jr", "sr",
      "prof", "rev", "gov", "sen", "rep", "inc", "co", "corp", "ltd", "al");

  private Sentences() {}

  /** The sentences of {@code text[from, to)} as {start, end} pairs, trimmed. */
  public static List<int[]> split(CharSequence text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int start = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean end = false;
      if (c == '\n') {
        end = true;
      } else if (c == '!' || c == '?' || c == '؟') {
        end = i + 1 >= to || Character.isWhitespace(text.charAt(i + 1))
            || isQuote(text.charAt(i + 1));
      } else if (c == '.') {
        end = periodEnds(text, start, i, to);
      }
      if (end) {
        int e = i + 1;
        while (e < to && isQuote(text.charAt(e))) {
          e++;
        }
        add(text, start, e, out);
        start = e;
        i = e - 1;
      }
    }
    add(text, start, to, out);
    return out;
  }

  /*
   * A full stop between a lower-case word and a capitalized one with no space ("coalition.Islamic"):
   * pages that lose their paragraph breaks glue sentences so. Not "U.S.Army" (capital before),
   * not "e.g.The" or "etc.The" (short words).
   */
  private static boolean glued(CharSequence t, int start, int i, int to) {
    if (i + 3 >= to || i - 3 < start) {
      return false;
    }
    char a = t.charAt(i + 1);
    char b = t.charAt(i + 2);
    char c = t.charAt(i + 3);
    if (!Character.isUpperCase(a) || !Character.isLowerCase(b) || !Character.isLowerCase(c)) {
      return false;
    }
    for (int j = i - 3; j < i; j++) {
      if (!Character.isLowerCase(t.charAt(j))) {
        return false;
      }
    }
    // a word of four letters or more: "etc.", "seq." and other abbreviations are shorter
    return i - 4 >= start && Character.isLetter(t.charAt(i - 4));
  }

  private static boolean periodEnds(CharSequence t, int start, int i, int to) {
    if (i + 1 < to) {
      char n = t.charAt(i + 1);
      if (glued(t, start, i, to)) {
        return true; // "the coalition.Islamic State fighters": a lost space after a full stop
      }
      if (Character.isDigit(n) || Character.isLetter(n) || n == '.' || n == ',') {
        return false; // 3.5, U.S., ...
      }
    }
    int j = i;
    while (j > start && Character.isLetter(t.charAt(j - 1)) || (j > start && t.charAt(j - 1) == '.')) {
      j--;
    }
    String word = t.subSequence(j, i).toString().toLowerCase(Locale.ROOT);
    if (word.length() == 1 && Character.isUpperCase(t.charAt(j))) {
      return false; // an initial
    }
    if (ABBREVIATIONS.contains(word)) {
      return false;
    }
    // the next non-space character should open a sentence
    int k = i + 1;
    while (k < to && (t.charAt(k) == ' ' || isQuote(t.charAt(k)))) {
      k++;
    }
    if (k >= to) {
      return true;
    }
    char n = t.charAt(k);
    return Character.isUpperCase(n) || Character.isDigit(n) || n >= '\u0600' || n == '\n'
        || n == '[' || n == '(';
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '”' || c == '“' || c == '\'' || c == '’' || c == '»' || c == ')';
  }

  /*
   * The longest sentence kept whole. News sentences run to a few hundred characters (the longest
   * of the dev and seed pages: 828, in an index file); text without full stops (a flattened
   * table, a list, a hostile page) would be one sentence of the whole page, and the stages that
   * look at every trigger against its sentence would take quadratic time. Longer runs are cut at
   * a comma or space near the limit.
   */
  static final int MAX_SENTENCE = 1000;

  private static void add(CharSequence t, int s, int e, List<int[]> out) {
    while (e - s > MAX_SENTENCE) {
      int cut = cutPoint(t, s, s + MAX_SENTENCE);
      addTrimmed(t, s, cut, out);
      s = cut;
    }
    addTrimmed(t, s, e, out);
  }

  /* Where to cut a run that is too long: after the last comma, else space, in its second half. */
  private static int cutPoint(CharSequence t, int s, int limit) {
    int space = -1;
    for (int i = limit - 1; i > s + MAX_SENTENCE / 2; i--) {
      char c = t.charAt(i);
      if (c == ',' || c == '،' || c == ';' || c == '؛') {
        return i + 1;
      }
      if (space < 0 && Character.isWhitespace(c)) {
        space = i + 1;
      }
    }
    if (space > 0) {
      return space;
    }
    return Character.isLowSurrogate(t.charAt(limit)) ? limit - 1 : limit;
  }

  private static void addTrimmed(CharSequence t, int s, int e, List<int[]> out) {
    while (s < e && Character.isWhitespace(t.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new int[] {s, e});
    }
  }
}
