package org.sitrep.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex and the characters its matches can start with: {@link #matcher} finds the same
 * matches as {@link Pattern#matcher} and {@link Matcher#find}, but scans the text for those
 * characters (and, where the regex opens with a lookbehind for a letter, for word starts) and
 * tries the regex only there. Java's regex search spends tens of nanoseconds at every position
 * of a text; the scan spends one table look-up. Thread-safe; its finders are not.
 */
public final class ScanPattern {
  /*
   * Maintainer notes. The characters a match can start with are read from the regex by
   * Patterns.firstChars; a character below TABLE is looked up in a table filled at compile time
   * by matching that character class (compiled with the regex's flags, so with the same case
   * folding) against the character; a character above it is always tried. Where the regex
   * cannot say (a '.' or an inline flag up front, a regex that may match the empty string), the
   * finder is a plain Matcher.find. A position is skipped only where the regex cannot match, so
   * the first match the scan finds is the first match Matcher.find finds. Where FirstPairs reads
   * the regex, a position is also skipped when the character after it cannot be the second
   * character of a match (a match of one character is always tried).
   */
  private static final int TABLE = 0x800; // Latin, Greek, Cyrillic, Hebrew, Arabic
  /* Character.isLetter of the characters below TABLE. */
  private static final boolean[] LETTER = new boolean[TABLE];

  static {
    for (char c = 0; c < TABLE; c++) {
      LETTER[c] = Character.isLetter(c);
    }
  }

  private final Pattern pattern;
  /* Whether a character below TABLE can start a match; null: the regex did not say. */
  private final boolean[] starts;
  /* A match never starts right after a letter (1), or a letter or an ASCII digit (2); else 0. */
  private final int notAfter;
  /*
   * For a first character below TABLE, the second characters below TABLE a match can go on with
   * (a bit set), or null where any may follow (or the match may be one character long); the
   * whole table null where the regex did not say (FirstPairs).
   */
  private final long[][] seconds;

  private ScanPattern(Pattern pattern, boolean[] starts, int notAfter, long[][] seconds) {
    this.pattern = pattern;
    this.starts = starts;
    this.notAfter = notAfter;
    this.seconds = seconds;
  }

  /** Compiles {@code regex} with {@code flags} ({@link Pattern#compile(String, int)}). */
  public static ScanPattern compile(String regex, int flags) {
    Pattern p = Pattern.compile(regex, flags);
    String first = Patterns.firstChars(regex);
    if (first == null) {
      return new ScanPattern(p, null, 0, null);
    }
    Pattern cls = Pattern.compile(first, flags);
    boolean[] starts = new boolean[TABLE];
    for (char c = 0; c < TABLE; c++) {
      starts[c] = cls.matcher(String.valueOf(c)).matches();
    }
    int notAfter = 0;
    if (Patterns.opensWith(regex, "(?<![\\p{L}])")) {
      notAfter = 1;
    } else if (Patterns.opensWith(regex, "(?<![\\p{L}\\d])")) {
      notAfter = 2;
    }
    return new ScanPattern(p, starts, notAfter, seconds(regex, flags, starts));
  }

  /* The second-character table of a regex (see {@code seconds}), or null. */
  private static long[][] seconds(String regex, int flags, boolean[] starts) {
    if ((flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
      return null;
    }
    java.util.Set<java.util.List<String>> pairs = FirstPairs.of(regex);
    if (pairs == null || pairs.contains(java.util.List.of())) {
      return null;
    }
    boolean[] free = new boolean[TABLE]; // a first character after which anything may follow
    long[][] table = new long[TABLE][];
    for (java.util.List<String> seq : pairs) {
      long[] first = chars(seq.get(0), flags);
      long[] second = seq.size() < 2 ? null : chars(seq.get(1), flags);
      for (int c = 0; c < TABLE; c++) {
        if ((first[c >>> 6] & (1L << c)) == 0 || free[c]) {
          continue;
        }
        if (second == null) {
          free[c] = true;
          table[c] = null;
          continue;
        }
        long[] t = table[c] == null ? new long[TABLE / 64] : table[c];
        for (int k = 0; k < t.length; k++) {
          t[k] |= second[k];
        }
        table[c] = t;
      }
    }
    // a first character no sequence names is left without a filter (null: try it)
    boolean any = false;
    java.util.Map<java.util.List<Long>, long[]> shared = new java.util.HashMap<>();
    for (int c = 0; c < TABLE; c++) {
      if (table[c] != null) {
        if (!starts[c]) {
          table[c] = null; // never looked at
          continue;
        }
        java.util.List<Long> key = new java.util.ArrayList<>(TABLE / 64);
        for (long w : table[c]) {
          key.add(w);
        }
        long[] same = shared.putIfAbsent(key, table[c]);
        if (same != null) {
          table[c] = same; // one array for the first characters that allow the same seconds
        }
        any = true;
      }
    }
    return any ? table : null;
  }

  /* Per (flags, class fragment): the characters below TABLE the class matches, as bits. */
  private static final java.util.concurrent.ConcurrentHashMap<String, long[]> CLASSES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static long[] chars(String cls, int flags) {
    return CLASSES.computeIfAbsent(flags + "\0" + cls, k -> {
      Matcher m = Pattern.compile(cls, flags).matcher("");
      long[] bits = new long[TABLE / 64];
      for (char c = 0; c < TABLE; c++) {
        if (m.reset(String.valueOf(c)).matches()) {
          bits[c >>> 6] |= 1L << c;
        }
      }
      return bits;
    });
  }

  /** The regex. */
  public Pattern pattern() {
    return pattern;
  }

  /** A finder over all of {@code text}, as {@code pattern().matcher(text)}. */
  public Finder matcher(CharSequence text) {
    return new Finder(text, 0, text.length(), 0);
  }

  /**
   * A finder over {@code text[from, to)} that sees the text around it, as {@code
   * pattern().matcher(text).region(from, to)} with transparent, non-anchoring bounds.
   */
  public Finder matcher(CharSequence text, int from, int to) {
    return new Finder(text, from, to, 0);
  }

  /**
   * A finder over {@code text[from, to)} that does not see the text around it, as {@code
   * pattern().matcher(text).region(from, to)}: lookarounds see nothing beyond the region.
   */
  public Finder opaqueMatcher(String text, int from, int to) {
    return new Finder(text.substring(from, to), 0, to - from, from);
  }

  /** True when the regex matches somewhere in {@code text}: {@code matcher(text).find()}. */
  public boolean foundIn(CharSequence text) {
    return matcher(text).find();
  }

  /** Finds the matches of the regex in a text, one after another, as a {@link Matcher} does. */
  public final class Finder {
    private final CharSequence text;
    private final Matcher m;
    private final int from;
    private final int to;
    /* What offsets into {@code text} add to be offsets into the caller's text. */
    private final int offset;
    private int next;

    private Finder(CharSequence text, int from, int to, int offset) {
      this.text = text;
      this.from = from;
      this.to = to;
      this.offset = offset;
      this.next = from;
      this.m = pattern.matcher(text);
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      m.region(from, to);
    }

    /** The next match, as {@link Matcher#find()}: true when there is one. */
    public boolean find() {
      if (starts == null) {
        return m.find();
      }
      CharSequence t = text;
      for (int i = next; i < to; i++) {
        char c = t.charAt(i);
        if (c < TABLE && !starts[c]) {
          continue;
        }
        if (notAfter > 0 && i > 0) {
          char p = t.charAt(i - 1);
          if ((p < TABLE ? LETTER[p] : Character.isLetter(p))
              || notAfter == 2 && p >= '0' && p <= '9') {
            continue;
          }
        }
        if (seconds != null && c < TABLE && i + 1 < to) {
          long[] s = seconds[c];
          char d = t.charAt(i + 1);
          if (s != null && d < TABLE && (s[d >>> 6] & (1L << d)) == 0) {
            continue;
          }
        }
        m.region(i, to);
        if (m.lookingAt()) {
          next = m.end() > i ? m.end() : i + 1;
          return true;
        }
      }
      next = to;
      return false;
    }

    /** A match at the start of the finder's text, as {@link Matcher#lookingAt()}. */
    public boolean lookingAt() {
      m.region(from, to);
      return m.lookingAt();
    }

    /** The start of the last match. */
    public int start() {
      return m.start() + offset;
    }

    /** The end of the last match. */
    public int end() {
      return m.end() + offset;
    }

    /** The text of the last match. */
    public String group() {
      return m.group();
    }

    /** The number of capturing groups of the regex. */
    public int groupCount() {
      return m.groupCount();
    }

    /** The text of a group of the last match, or null when it did not take part. */
    public String group(int g) {
      return m.group(g);
    }
  }
}
