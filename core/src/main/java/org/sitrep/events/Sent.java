package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.text.ScanPattern;

/**
 * A sentence of a document's body: its offsets into the document text, its paragraph, its
 * script, and its clause breaks (found once, on first use). Positions taken and returned by its
 * methods are offsets into the document text. Not shared between threads.
 */
final class Sent {
  private static final ScanPattern CLAUSE_BREAK = ScanPattern.compile(
      "(?:,\\s*(?:which|who|whose|where|while|but|adding)\\b|;|[,.!?][\"”]"
          + "|\\bthat (?:was|were|had|has|have)\\b|"
          + "\\bwhich\\b|\\bdespite\\b|\\bafter\\b|\\bbefore\\b|\\bwhile\\b|\\bbecause\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> DETERMINERS = Lexicon.vocabulary("determiner");
  /* An Arabic semicolon, or a comma and the word after it (s52). */
  private static final Pattern ARABIC_PAUSE = Pattern.compile("(؛)|،\\s*(\\p{L}+)");

  /* Words that open a new clause right after an Arabic comma (words.tsv clause-opener). */
  private static final Set<String> CLAUSE_OPENERS = Lexicon.vocabulary("clause-opener");

  final int start;
  final int end;
  final int paragraph;
  final String text;
  /** Mostly Arabic letters: the sentence's script decides word order and cue lists. */
  final boolean arabic;
  private int[][] breaks;
  private java.util.Map<String, Integer> firstCues;
  private String lower;
  /** The sentence's sizes, once read ({@link Sizes}): every event of the sentence shares them. */
  java.util.Map<String, Object> sizes;
  /** Where the sentence's movement words are, {start, end} in turn ({@link DestinationFinder}). */
  int[] moves;
  /** The {start, end} offsets into the sentence text of the actors named in it, or null. */
  int[][] names;
  /** The sentence's trigger hits before attributions and overlaps ({@link TriggerFinder}). */
  List<Hit> triggerHits;
  /** The sentence's triggers when no attribution covers one ({@link TriggerFinder#find}). */
  List<Hit> allTriggers;

  Sent(int start, int end, int paragraph, String text) {
    this.start = start;
    this.end = end;
    this.paragraph = paragraph;
    this.text = text;
    int ar = 0;
    int lat = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF') {
        ar++;
      } else if (c < 0x80 && Character.isLetter(c)) {
        lat++;
      }
    }
    this.arabic = ar > lat;
  }

  /**
   * The start of the first match of a cue kind of {@code attribution.tsv} in the sentence text
   * (an offset into the sentence), or -1; searched once per sentence and kind.
   */
  int firstCue(String kind) {
    if (firstCues == null) {
      firstCues = new java.util.HashMap<>();
    }
    Integer at = firstCues.get(kind);
    if (at == null) {
      ScanPattern.Finder m = Lexicon.cue(kind).matcher(text);
      at = m.find() ? m.start() : -1;
      firstCues.put(kind, at);
    }
    return at;
  }

  /** The sentence text lower-cased ({@code Locale.ROOT}), made once. */
  String lower() {
    if (lower == null) {
      lower = text.toLowerCase(Locale.ROOT);
    }
    return lower;
  }

  /** Clause breaks as {start, end} offsets into the document text. */
  int[][] breaks() {
    if (breaks == null) {
      List<int[]> b = new ArrayList<>();
      ScanPattern.Finder m = CLAUSE_BREAK.matcher(text);
      while (m.find()) {
        b.add(new int[] {start + m.start(), start + m.end()});
      }
      if (arabic) {
        arabicBreaks(b);
      }
      breaks = b.toArray(new int[0][]);
    }
    return breaks;
  }

  /*
   * s52: an Arabic sentence's clause breaks: a semicolon, and a comma before a word that opens a
   * clause of its own (an adverbial participle, "، داعيا", "، مؤكدا"; "، فيما", "، بينما", "، حيث";
   * a relative pronoun), with or without "و". Kept in text order with the others.
   */
  private void arabicBreaks(List<int[]> b) {
    java.util.regex.Matcher m = ARABIC_PAUSE.matcher(text);
    boolean added = false;
    while (m.find()) {
      String w = m.group(2);
      if (w != null && !CLAUSE_OPENERS.contains(w)
          && !(w.length() > 3 && w.charAt(0) == 'و' && CLAUSE_OPENERS.contains(w.substring(1)))) {
        continue;
      }
      b.add(new int[] {start + m.start(), start + m.start() + 1});
      added = true;
    }
    if (added) {
      b.sort((x, y) -> Integer.compare(x[0], y[0]));
    }
  }

  /** True when a clause break or a semicolon lies in {@code [from, to)}. */
  boolean breakBetween(int from, int to) {
    for (int[] br : breaks()) {
      if (br[0] >= from && br[1] <= to) {
        return true;
      }
    }
    return text.substring(from - start, to - start).indexOf(';') >= 0;
  }

  /** The start of the first clause break at or after {@code from}, else the sentence's end. */
  int clauseEnd(int from) {
    for (int[] br : breaks()) {
      if (br[0] >= from) {
        return br[0];
      }
    }
    return end;
  }

  /** The word before a position, lower-cased; the empty string at the sentence's start. */
  String lastWord(int at) {
    int i = at - start;
    int e = i;
    while (e > 0 && !Character.isLetter(text.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return text.substring(b, e).toLowerCase(Locale.ROOT);
  }

  /** The word before a position, past determiners: "from the US-led coalition" gives "from". */
  String headWord(int at) {
    int pos = at;
    for (int k = 0; k < 3; k++) {
      String w = lastWord(pos);
      if (!DETERMINERS.contains(w)) {
        return w;
      }
      int i = lower().lastIndexOf(w, pos - start - 1);
      if (i < 0) {
        return w;
      }
      pos = start + i;
    }
    return lastWord(pos);
  }

  /* A relative clause set off by commas: ", whose troops patrol the town alongside X,". */
  private static final java.util.regex.Pattern RELATIVE_CLAUSE = java.util.regex.Pattern.compile(
      "(?i),\\s+(?:who|whose|which)\\b[^,;:]*,");

  /**
   * The end of a relative clause set off by commas that opens at {@code at} (", whose troops
   * patrol the town,"), or -1.
   */
  int relativeClauseEnd(int at) {
    java.util.regex.Matcher m = RELATIVE_CLAUSE.matcher(text);
    m.region(at - start, text.length());
    return m.lookingAt() ? start + m.end() : -1;
  }

  /**
   * True when the text [from, to) of this sentence holds a relative clause set off by commas
   * around {@code at}: "The coalition, whose troops patrol the town alongside the fighters,
   * rejected": the fighters are not the one who rejected.
   */
  boolean insideRelative(int from, int to, int at) {
    java.util.regex.Matcher m = RELATIVE_CLAUSE.matcher(text);
    m.region(Math.max(0, from - start), Math.max(0, to - start));
    while (m.find()) {
      if (start + m.start() < at && at < start + m.end()) {
        return true;
      }
    }
    return false;
  }

  /** True when text[from, to) holds one of the characters of {@code chars}. */
  static boolean anyOf(String text, int from, int to, String chars) {
    for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
