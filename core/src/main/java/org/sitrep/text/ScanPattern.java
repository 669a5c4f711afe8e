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
   * the first match the scan finds is the first match Matcher.find finds.
   */
  private static final int TABLE = 0x800; // Latin, Greek, Cyrillic, Hebrew, Arabic

  private final Pattern pattern;
  /* Whether a character below TABLE can start a match; null: the regex did not say. */
  private final boolean[] starts;
  /* A match never starts right after a letter (1), or a letter or an ASCII digit (2); else 0. */
  private final int notAfter;

  private ScanPattern(Pattern pattern, boolean[] starts, int notAfter) {
    this.pattern = pattern;
    this.starts = starts;
    this.notAfter = notAfter;
  }

  /** Compiles {@code regex} with {@code flags} ({@link Pattern#compile(String, int)}). */
  public static ScanPattern compile(String regex, int flags) {
    Pattern p = Pattern.compile(regex, flags);
    String first = Patterns.firstChars(regex);
    if (first == null) {
      return new ScanPattern(p, null, 0);
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
    return new ScanPattern(p, starts, notAfter);
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
          if (Character.isLetter(p) || notAfter == 2 && p >= '0' && p <= '9') {
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
