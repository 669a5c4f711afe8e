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
  /*
   * A match never starts right after a letter (1), a letter or an ASCII digit (2), a letter or a
   * hyphen (3); else 0.
   */
  private final int notAfter;
  /*
   * For a first character below TABLE, the second characters below TABLE a match can go on with
   * (a bit set), or null where any may follow (or the match may be one character long); the
   * whole table null where the regex did not say (FirstPairs).
   */
  private final long[][] seconds;
  /*
   * For a first character below TABLE, what a match's third character can be after its second:
   * pairs of bit sets (seconds, then the thirds that may follow them, null: any or none); null
   * where any may follow; the whole table null where the regex did not say.
   */
  private final long[][][] thirds;

  private ScanPattern(Pattern pattern, boolean[] starts, int notAfter, long[][] seconds,
      long[][][] thirds) {
    this.pattern = pattern;
    this.starts = starts;
    this.notAfter = notAfter;
    this.seconds = seconds;
    this.thirds = thirds;
  }

  /** Compiles {@code regex} with {@code flags} ({@link Pattern#compile(String, int)}). */
  public static ScanPattern compile(String regex, int flags) {
    Pattern p = Pattern.compile(regex, flags);
    int notAfter = 0;
    if (Patterns.opensWith(regex, "(?<![\\p{L}])")) {
      notAfter = 1;
    } else if (Patterns.opensWith(regex, "(?<![\\p{L}\\d])")) {
      notAfter = 2;
    } else if (Patterns.opensWith(regex, "(?<![\\p{L}-])")) {
      notAfter = 3;
    }
    String first = Patterns.firstChars(regex);
    if (first == null) {
      // a regex whose first characters the parser cannot read (inline flags inside it) is
      // still tried at word starts only when it opens with a word-start lookbehind and cannot
      // match the empty string (which the scan, like the one below, never tries at the end)
      if (notAfter > 0 && !p.matcher("").matches()) {
        boolean[] any = new boolean[TABLE];
        java.util.Arrays.fill(any, true);
        return new ScanPattern(p, any, notAfter, null, null);
      }
      return new ScanPattern(p, null, 0, null, null);
    }
    Pattern cls = Pattern.compile(first, flags);
    boolean[] starts = new boolean[TABLE];
    for (char c = 0; c < TABLE; c++) {
      starts[c] = cls.matcher(String.valueOf(c)).matches();
    }
    if ((flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
      return new ScanPattern(p, starts, notAfter, null, null);
    }
    java.util.Set<java.util.List<String>> triples = FirstPairs.of(regex, 3);
    java.util.Set<java.util.List<String>> pairs = FirstPairs.of(regex, 2);
    if (pairs == null || pairs.contains(java.util.List.of())) {
      return new ScanPattern(p, starts, notAfter, null, null);
    }
    return new ScanPattern(p, starts, notAfter, seconds(pairs, flags, starts),
        triples == null ? null : thirds(triples, flags, starts));
  }

  /* The third-character table of a regex's first triples (see {@code thirds}), or null. */
  private static long[][][] thirds(java.util.Set<java.util.List<String>> triples, int flags,
      boolean[] starts) {
    if (triples.contains(java.util.List.of())) {
      return null;
    }
    boolean[] free = new boolean[TABLE];
    // per first character: "second class NUL third class" (the third empty: any), sorted
    java.util.List<java.util.TreeSet<String>> keys = new java.util.ArrayList<>(TABLE);
    for (int c = 0; c < TABLE; c++) {
      keys.add(null);
    }
    for (java.util.List<String> seq : triples) {
      String rest = seq.size() == 1 ? null
          : seq.get(1) + '\0' + (seq.size() > 2 ? seq.get(2) : "");
      for (int c : members(chars(seq.get(0), flags))) {
        if (free[c] || !starts[c]) {
          continue;
        }
        if (rest == null) {
          free[c] = true;
          keys.set(c, null);
          continue;
        }
        if (keys.get(c) == null) {
          keys.set(c, new java.util.TreeSet<>());
        }
        keys.get(c).add(rest);
      }
    }
    long[][][] table = new long[TABLE][][];
    java.util.Map<java.util.TreeSet<String>, long[][]> shared = new java.util.HashMap<>();
    boolean any = false;
    for (int c = 0; c < TABLE; c++) {
      java.util.TreeSet<String> key = keys.get(c);
      if (key == null) {
        continue;
      }
      table[c] = shared.computeIfAbsent(key, k -> entries(k, flags));
      any = true;
    }
    return any ? table : null;
  }

  /* Second classes with the union of the thirds that may follow each (null: any). */
  private static long[][] entries(java.util.Set<String> pairs, int flags) {
    java.util.Map<String, long[]> bySecond = new java.util.LinkedHashMap<>();
    java.util.Set<String> open = new java.util.HashSet<>(); // seconds a match may end after
    for (String pair : pairs) {
      int nul = pair.indexOf('\0');
      String second = pair.substring(0, nul);
      String third = pair.substring(nul + 1);
      long[] u = bySecond.computeIfAbsent(second, x -> new long[TABLE / 64]);
      if (third.isEmpty()) {
        open.add(second);
      } else {
        long[] t = chars(third, flags);
        for (int k = 0; k < u.length; k++) {
          u[k] |= t[k];
        }
      }
    }
    long[][] out = new long[bySecond.size() * 2][];
    int j = 0;
    for (java.util.Map.Entry<String, long[]> e : bySecond.entrySet()) {
      out[j++] = chars(e.getKey(), flags);
      out[j++] = open.contains(e.getKey()) ? null : e.getValue();
    }
    return out;
  }

  /* The second-character table of a regex's first pairs (see {@code seconds}), or null. */
  private static long[][] seconds(java.util.Set<java.util.List<String>> pairs, int flags,
      boolean[] starts) {
    boolean[] free = new boolean[TABLE]; // a first character after which anything may follow
    long[][] table = new long[TABLE][];
    for (java.util.List<String> seq : pairs) {
      long[] first = chars(seq.get(0), flags);
      long[] second = seq.size() < 2 ? null : chars(seq.get(1), flags);
      for (int c : members(first)) {
        if (free[c]) {
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

  /* The characters a bit set holds. */
  private static int[] members(long[] bits) {
    int n = 0;
    for (long w : bits) {
      n += Long.bitCount(w);
    }
    int[] out = new int[n];
    int j = 0;
    for (int k = 0; k < bits.length; k++) {
      for (long w = bits[k]; w != 0; w &= w - 1) {
        out[j++] = k * 64 + Long.numberOfTrailingZeros(w);
      }
    }
    return out;
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

  /*
   * The word starts of the texts a thread scans most recently: the positions no letter precedes,
   * where a regex that opens with a lookbehind for a letter can match. The event coder and the
   * date resolver search one sentence with tens of such regexes; listing its word starts once
   * lets each visit a word where it visited every character. A text is listed the second time
   * it is asked for among the last few (one searched once costs no list and evicts none), by
   * identity, as a String cannot change; a text over LISTED characters is never listed.
   */
  private static final class WordStarts {
    private static final int SLOTS = 8;
    private static final int LISTED = 20_000;
    private static final ThreadLocal<WordStarts> CACHE = ThreadLocal.withInitial(WordStarts::new);
    /* Texts listed, and texts asked for once (a text searched once must not evict a list). */
    private final String[] texts = new String[SLOTS];
    private final int[][] lists = new int[SLOTS][];
    private final String[] seen = new String[SLOTS];
    private int nextList;
    private int nextSeen;

    /*
     * The word starts of text: element 0 the count, then the positions in order; null when the
     * text was not asked for before (scan it plainly).
     */
    static int[] of(String text) {
      if (text.length() > LISTED) {
        return null;
      }
      WordStarts c = CACHE.get();
      for (int j = 0; j < SLOTS; j++) {
        if (c.texts[j] == text) {
          return c.lists[j];
        }
      }
      for (int j = 0; j < SLOTS; j++) {
        if (c.seen[j] == text) {
          c.seen[j] = null;
          int k = c.nextList;
          c.nextList = (k + 1) % SLOTS;
          c.texts[k] = text;
          c.lists[k] = list(text);
          return c.lists[k];
        }
      }
      c.seen[c.nextSeen] = text;
      c.nextSeen = (c.nextSeen + 1) % SLOTS;
      return null;
    }

    private static int[] list(String t) {
      int n = t.length();
      int[] out = new int[Math.min(n, 16) + 1];
      int k = 0;
      boolean afterLetter = false;
      for (int i = 0; i < n; i++) {
        if (!afterLetter) {
          if (++k == out.length) {
            out = java.util.Arrays.copyOf(out, Math.min(n + 1, out.length * 2));
          }
          out[k] = i;
        }
        char p = t.charAt(i);
        afterLetter = p < TABLE ? LETTER[p] : Character.isLetter(p);
      }
      out[0] = k;
      return out;
    }
  }

  /** Finds the matches of the regex in a text, one after another, as a {@link Matcher} does. */
  public final class Finder {
    private final CharSequence text;
    /* Made when a position first passes the filters: most finders over a sentence try none. */
    private Matcher m;
    private final int from;
    private final int to;
    /* What offsets into {@code text} add to be offsets into the caller's text. */
    private final int offset;
    private int next;
    /* For a regex that opens after a non-letter: the text's word starts, and the next to try. */
    private int[] wordStarts;
    private int wordStart = -1;

    private Finder(CharSequence text, int from, int to, int offset) {
      this.text = text;
      this.from = from;
      this.to = to;
      this.offset = offset;
      this.next = from;
    }

    /* The matcher over the text, with the bounds the finder promises; made once. */
    private Matcher matcher() {
      if (m == null) {
        m = pattern.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        m.region(from, to);
      }
      return m;
    }

    /** The next match, as {@link Matcher#find()}: true when there is one. */
    public boolean find() {
      if (starts == null) {
        return matcher().find();
      }
      if (notAfter > 0 && text instanceof String str) {
        if (wordStart < 0) {
          wordStarts = WordStarts.of(str);
        }
        if (wordStarts != null) {
          return findAtWordStarts(str);
        }
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
              || notAfter == 2 && p >= '0' && p <= '9' || notAfter == 3 && p == '-') {
            continue;
          }
        }
        if (tryAt(t, i)) {
          return true;
        }
      }
      next = to;
      return false;
    }

    /*
     * find() for a regex that opens with a lookbehind for a letter, over a text whose word starts
     * (the positions no letter precedes) are listed: the positions the scan above would not skip
     * for that lookbehind, visited in the same order.
     */
    private boolean findAtWordStarts(String t) {
      int[] ws = wordStarts;
      int n = ws[0];
      int k = wordStart;
      if (k < 0) {
        // the first word start at or after next
        int lo = 1;
        int hi = n + 1;
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          if (ws[mid] < next) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        k = lo;
      }
      for (; k <= n; k++) {
        int i = ws[k];
        if (i < next) {
          continue;
        }
        if (i >= to) {
          break;
        }
        char c = t.charAt(i);
        if (c < TABLE && !starts[c]) {
          continue;
        }
        if (notAfter >= 2 && i > 0) {
          char p = t.charAt(i - 1);
          if (notAfter == 2 ? p >= '0' && p <= '9' : p == '-') {
            continue;
          }
        }
        if (tryAt(t, i)) {
          wordStart = k + 1;
          return true;
        }
      }
      wordStart = n + 1;
      next = to;
      return false;
    }

    /* Tries the regex at i when the next characters can continue a match; on a match, true. */
    private boolean tryAt(CharSequence t, int i) {
      char c = t.charAt(i);
      if (seconds != null && c < TABLE && i + 1 < to) {
        long[] s = seconds[c];
        char d = t.charAt(i + 1);
        if (s != null && d < TABLE && (s[d >>> 6] & (1L << d)) == 0) {
          return false;
        }
        if (thirds != null && s != null && d < TABLE && i + 2 < to && !third(c, d,
            t.charAt(i + 2))) {
          return false;
        }
      }
      Matcher x = matcher();
      x.region(i, to);
      if (x.lookingAt()) {
        next = x.end() > i ? x.end() : i + 1;
        return true;
      }
      return false;
    }

    /* Whether a match can open with c, d, e (c and d below TABLE), by the thirds table. */
    private boolean third(char c, char d, char e) {
      long[][] th = thirds[c];
      if (th == null || e >= TABLE) {
        return true;
      }
      for (int j = 0; j < th.length; j += 2) {
        if ((th[j][d >>> 6] & (1L << d)) != 0
            && (th[j + 1] == null || (th[j + 1][e >>> 6] & (1L << e)) != 0)) {
          return true;
        }
      }
      return false;
    }

    /** A match at the start of the finder's text, as {@link Matcher#lookingAt()}. */
    public boolean lookingAt() {
      Matcher x = matcher();
      x.region(from, to);
      return x.lookingAt();
    }

    /** The start of the last match. */
    public int start() {
      return matcher().start() + offset;
    }

    /** The end of the last match. */
    public int end() {
      return matcher().end() + offset;
    }

    /** The text of the last match. */
    public String group() {
      return matcher().group();
    }

    /** The number of capturing groups of the regex. */
    public int groupCount() {
      return matcher().groupCount();
    }

    /** The text of a group of the last match, or null when it did not take part. */
    public String group(int g) {
      return matcher().group(g);
    }
  }
}
