package org.sitrep.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.text.TextNormalizer;

/**
 * A second opinion on the lines of a text page's body zone, by shape alone, after jusText's
 * paragraph classifier (Pomikálek 2011): each block (a line, or a run of lines a print column
 * wrapped) is good, near-good, short or bad by its length, its share of function words
 * ({@code function-words.tsv}, English and Arabic, Arabic also with a clitic in front), its
 * links, credits and digits; then short and near-good blocks take the class of their good or
 * bad neighbours, the page's edges counting as bad. Nothing here names a site or a kind of
 * chrome: prose has many function words and ends its sentences, chrome does neither.
 */
final class ProseLines {
  private ProseLines() {}

  /** A block's class, jusText's four. */
  enum Kind { GOOD, NEAR_GOOD, SHORT, BAD }

  /* jusText's lengths (characters; the high one lower, for a line is a paragraph here) and
   * function-word shares per language, set from the development pages (2026-12-01): English body
   * lines over 100 characters have a median share of 0.40 and 95% have 0.26 or more, Arabic ones
   * 0.19 and 0.11 (Arabic writes articles and many prepositions into the word). */
  private static final int LENGTH_LOW = 70;
  private static final int LENGTH_HIGH = 100;
  private static final double EN_LOW = 0.15;
  private static final double EN_HIGH = 0.22;
  private static final double AR_LOW = 0.08;
  private static final double AR_HIGH = 0.11;
  private static final double MAX_LINK = 0.2;
  /* A print column's wrapped line: at most this long, at least the short one long, and a run of
   * at least three of them. */
  private static final int COLUMN = 70;
  private static final int COLUMN_SHORT = 15;
  private static final java.util.regex.Pattern SENTENCE_END =
      java.util.regex.Pattern.compile("[.!?؟][\"”»')’]*\\s*$");

  private static final Set<String> EN = new HashSet<>();
  /* No function word is longer (with a clitic), so longer words are not looked up. */
  private static final int MAX_FUNCTION_WORD = 11;
  private static final Set<String> AR = new HashSet<>();

  static {
    for (String[] r : org.sitrep.text.DataFiles.readTsv(ProseLines.class, "function-words.tsv")) {
      if (r.length < 2) {
        throw new IllegalStateException("function-words.tsv: row needs 2 columns: " + r[0]);
      }
      switch (r[0]) {
        case "en" -> EN.add(TextNormalizer.fold(r[1]));
        case "ar" -> AR.add(TextNormalizer.fold(r[1]));
        default -> throw new IllegalStateException("function-words.tsv: unknown language " + r[0]);
      }
    }
  }

  /** What a block's text is made of. */
  record Stats(int chars, int words, int function, int linkChars, int digits, int letters,
      boolean arabic, boolean closed, boolean credit, boolean conjunction, boolean plain) {
    double functionShare() {
      return words == 0 ? 0 : function / (double) words;
    }
  }

  /** Counts the words, function words, link characters and digits of {@code text}. */
  static Stats stats(String text) {
    return stats(text, TextNormalizer.fold(text));
  }

  /**
   * As {@link #stats(String)}, with the line's {@link TextNormalizer#fold folded} form given
   * (the words are read from it, closing punctuation and credits from {@code text}).
   */
  static Stats stats(String text, String folded) {
    String s = folded;
    int words = 0;
    int function = 0;
    int linkChars = 0;
    int digits = 0;
    int letters = 0;
    int arabicLetters = 0;
    boolean conjunction = false;
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && s.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < n && s.charAt(i) != ' ') {
        i++;
      }
      if (start == i) {
        break;
      }
      if (link(s, start, i)) {
        linkChars += i - start;
        continue;
      }
      int tokLetters = 0;
      int a = -1;
      int b = -1;
      for (int k = start; k < i; k++) {
        char c = s.charAt(k);
        if (Character.isLetter(c)) {
          tokLetters++;
          if (c >= '\u0600' && c <= '\u06FF') {
            arabicLetters++;
          }
        } else if (Character.isDigit(c)) {
          digits++;
        } else {
          continue;
        }
        if (a < 0) {
          a = k;
        }
        b = k + 1;
      }
      letters += tokLetters;
      if (tokLetters == 0) {
        continue;
      }
      if (words++ == 0) {
        // the conjunction written into the line's first word: "وتشهد", "فقد"
        char c = s.charAt(a);
        conjunction = (c == 'و' || c == 'ف') && b - a >= 4;
      }
      if (b - a <= MAX_FUNCTION_WORD && functionWord(s.substring(a, b))) {
        function++;
      }
    }
    String raw = text.strip();
    return new Stats(raw.length(), words, function, linkChars, digits, letters,
        arabicLetters * 2 > letters, BodyLines.closed(raw) && !raw.endsWith(":"),
        raw.indexOf('©') >= 0, conjunction, plainSentence(raw));
  }

  /*
   * A sentence as a story writes one: it opens with a letter, holds no label's colon and ends
   * with a full stop or a question or exclamation mark ("… the resolution 1701."), not a note's
   * number, a figure's label or a price row ("(1) …", "Figure 2: …", "Bread: 225 SYP (0%)").
   */
  private static boolean plainSentence(String raw) {
    int e = raw.length();
    if (e < 2 || !Character.isLetter(raw.codePointAt(0))) {
      return false;
    }
    char q = raw.charAt(e - 1);
    if (q == '"' || q == '”' || q == '»' || q == '’') {
      e--; // a closing quote after the full stop
    }
    if (e < 2) {
      return false;
    }
    char c = raw.charAt(e - 1);
    return (c == '.' || c == '!' || c == '?' || c == '؟')
        && Character.isLetterOrDigit(raw.charAt(e - 2)) && raw.indexOf(':') < 0;
  }

  /* A URL, an address, a handle or a hashtag: a link's characters (s folded: lower case). */
  private static boolean link(String s, int start, int end) {
    if (s.startsWith("http", start) || s.startsWith("www.", start) || s.startsWith("pic.", start)
        || end - start > 1 && s.charAt(start) == '#' && Character.isLetter(s.charAt(start + 1))) {
      return true;
    }
    for (int k = start; k < end; k++) {
      if (s.charAt(k) == '@') {
        return true;
      }
    }
    return false;
  }

  /* A function word of either language, an Arabic one perhaps behind a one-letter clitic. */
  static boolean functionWord(String w) {
    if (w.isEmpty()) {
      return false;
    }
    if (EN.contains(w) || AR.contains(w)) {
      return true;
    }
    char c = w.charAt(0);
    return w.length() >= 3 && (c == 'و' || c == 'ف' || c == 'ب' || c == 'ل' || c == 'ك')
        && AR.contains(w.substring(1));
  }

  /** The class a block has by itself, before its neighbours are looked at. */
  static Kind own(Stats s) {
    if (s.credit || s.chars > 0 && s.linkChars / (double) s.chars > MAX_LINK) {
      return Kind.BAD;
    }
    if (s.digits > 0 && s.digits / (double) (s.digits + s.letters) > 0.3) {
      return Kind.BAD;
    }
    double low = s.arabic ? AR_LOW : EN_LOW;
    double high = s.arabic ? AR_HIGH : EN_HIGH;
    double share = s.functionShare();
    if (s.chars < LENGTH_LOW) {
      // a short sentence of five words or more ("Residents said the road stayed closed."), a short
      // line of six words or more with them, or an Arabic one that a conjunction opens ("وتشهد
      // المدينة نزوحا …"): near-good, so that a short last paragraph stays with the body above it
      // a plain sentence may name a number ("… the resolution 1701.", "… since 2012."): it
      // takes four times as many letters as digits, a date or score line's share is higher
      boolean fewDigits = s.digits * 10 < s.letters || s.plain && s.digits * 4 <= s.letters;
      return fewDigits && (s.closed && s.words >= 5 || s.words >= 6 && share >= low
          || s.arabic && s.words >= 5 && s.conjunction) ? Kind.NEAR_GOOD : Kind.SHORT;
    }
    if (share >= high) {
      return s.chars > LENGTH_HIGH ? Kind.GOOD : Kind.NEAR_GOOD;
    }
    // few function words: a list, a headline, a label; but a long sentence is near-good (an
    // Arabic lead of nouns and verbs: "قتل ثلاثة مدنيين، اليوم الخميس، وأصيب آخرون بقصف …")
    return share >= low || s.closed || s.words >= 12 ? Kind.NEAR_GOOD : Kind.BAD;
  }

  /**
   * Classifies the lines of a body zone: {@code texts} the lines, {@code blankAfter} whether a
   * blank line follows each, {@code chrome} whether the line rules already called it chrome (such a
   * line is passed over when its neighbours are looked for, unless a wrapped block it belongs to
   * reads as prose). Returns the final class of each line (null for such a chrome line) and, in
   * {@code block}, the first line of the block each line belongs to; {@code own} receives each
   * line's class before its neighbours were looked at.
   */
  static Kind[] classify(List<String> texts, List<String> folded, boolean[] blankAfter,
      boolean[] chrome, int[] block, Kind[] own, Stats[] stats) {
    int n = texts.size();
    // wrapped runs: three or more lines of a column's width, none closed but the last
    for (int i = 0; i < n; i++) {
      block[i] = i;
    }
    for (int i = 0; i < n; ) {
      int j = i;
      while (j + 1 < n && columnLine(texts.get(j)) && !SENTENCE_END.matcher(texts.get(j)).find()
          && !blankAfter[j]) {
        j++;
      }
      if ((j > i + 1 && columnLine(texts.get(j)) && SENTENCE_END.matcher(texts.get(j)).find()
          || j > i + 1 && texts.get(j).strip().length() < COLUMN_SHORT
          && SENTENCE_END.matcher(texts.get(j)).find()) && lastWithinWidth(texts, i, j)) {
        for (int k = i; k <= j; k++) {
          block[k] = i;
        }
        i = j + 1;
      } else {
        i = Math.max(j, i + 1);
      }
    }
    for (int i = 0; i < n; ) {
      int j = i;
      while (j + 1 < n && block[j + 1] == i) {
        j++;
      }
      if (j == i) {
        // one line: a rule's chrome line is passed over and needs no counting
        if (!chrome[i]) {
          stats[i] = stats(texts.get(i), folded.get(i));
          own[i] = own(stats[i]);
        }
        i++;
        continue;
      }
      StringBuilder b = new StringBuilder(texts.get(i).strip());
      for (int m = i + 1; m <= j; m++) {
        b.append(' ').append(texts.get(m).strip());
      }
      Kind k = own(stats(b.toString()));
      for (int m = i; m <= j; m++) {
        own[m] = k;
      }
      i = j + 1;
    }
    Kind[] fin = own.clone();
    for (int i = 0; i < n; i++) {
      if (own[i] != Kind.SHORT) {
        continue;
      }
      Kind prev = neighbour(own, i, -1, true);
      Kind next = neighbour(own, i, 1, true);
      if (prev == Kind.GOOD && next == Kind.GOOD) {
        fin[i] = Kind.GOOD;
      } else if (prev == Kind.BAD && next == Kind.BAD) {
        fin[i] = Kind.BAD;
      } else if (prev == Kind.BAD && neighbour(own, i, -1, false) == Kind.NEAR_GOOD
          || next == Kind.BAD && neighbour(own, i, 1, false) == Kind.NEAR_GOOD) {
        fin[i] = Kind.GOOD;
      } else {
        fin[i] = Kind.BAD;
      }
    }
    for (int i = 0; i < n; i++) {
      if (own[i] == Kind.NEAR_GOOD) {
        fin[i] = neighbour(own, i, -1, true) == Kind.BAD && neighbour(own, i, 1, true) == Kind.BAD
            ? Kind.BAD : Kind.GOOD;
      }
    }
    return fin;
  }

  /* How much longer than the run's longest other line its last may be: a word that did not fit. */
  private static final int WRAP_SLACK = 15;

  /*
   * True when the run's last line {@code j} is no wider than the column its lines {@code i} to
   * {@code j - 1} were wrapped at: a paragraph's last line never is, while a sentence under short
   * lines of the header ("updated 20.12.2019 at 17:41", "Image: Name / Agency") is a caption or
   * the lead, not their paragraph's end.
   */
  private static boolean lastWithinWidth(List<String> texts, int i, int j) {
    int widest = 0;
    for (int k = i; k < j; k++) {
      widest = Math.max(widest, texts.get(k).strip().length());
    }
    return texts.get(j).strip().length() <= widest + WRAP_SLACK;
  }

  /* A line of a column's width that is not a credit in brackets ("(The Daily Star/Staff)"). */
  private static boolean columnLine(String t) {
    String s = t.strip();
    int len = s.length();
    return len >= COLUMN_SHORT && len <= COLUMN && !(s.startsWith("(") && s.endsWith(")"))
        && !s.startsWith("©");
  }

  /* The class of the nearest good or bad block (or near-good one) from i in direction d, chrome
   * lines passed over; bad past the edge. */
  private static Kind neighbour(Kind[] k, int i, int d, boolean ignoreNearGood) {
    for (int j = i + d; j >= 0 && j < k.length; j += d) {
      if (k[j] == Kind.GOOD || k[j] == Kind.BAD || !ignoreNearGood && k[j] == Kind.NEAR_GOOD) {
        return k[j];
      }
    }
    return Kind.BAD;
  }
}
