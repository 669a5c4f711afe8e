package org.sitrep.text;

import java.util.Arrays;

/**
 * Word tokens of a text range, as parallel arrays of offsets (no object per token): a token is a
 * run of letters, digits and word-internal apostrophes; hyphens and other punctuation separate
 * tokens. For each token the tokenizer records whether a hyphen follows it directly and whether
 * it opens a sentence.
 */
public final class Tokens {
  private int[] start = new int[64];
  private int[] end = new int[64];
  private boolean[] hyphenAfter = new boolean[64];
  private boolean[] sentenceStart = new boolean[64];
  private int size;
  private String text; // a String, so that every charAt below is String.charAt
  private char[] chars = new char[256];

  /** Tokenizes {@code text[from, to)}, replacing what this object held. */
  public Tokens reset(CharSequence text, int from, int to) {
    String str = text.toString();
    this.text = str;
    size = 0;
    // read from a copy of the range: an array read costs less than String.charAt, which checks
    // the string's coder and bounds for each character
    int n = to - from;
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    char[] b = chars;
    str.getChars(from, to, b, 0);
    boolean newSentence = true;
    int i = 0;
    while (i < n) {
      char c = b[i];
      if (wordChar(c)) {
        int s = i;
        i++;
        while (i < n) {
          char d = b[i];
          if (innerChar(d)) {
            i++;
          } else if ((d == '\'' || d == '’' || d == 'ʼ') && i + 1 < n
              && Character.isLetter(b[i + 1])
              && !(Character.toLowerCase(b[i + 1]) == 's'
                  && (i + 2 >= n || !Character.isLetter(b[i + 2])))) {
            i++; // "Hay'at" is one word; "State's" is "State" and a possessive
          } else {
            break;
          }
        }
        add(from + s, from + i, i < n && (b[i] == '-' || b[i] == '‐'), newSentence);
        newSentence = false;
      } else {
        if (c == '.' && i > 0 && i + 1 < n && Character.isUpperCase(b[i - 1])
            && (i == 1 || !Character.isLetter(b[i - 2]))
            && Character.isLetter(b[i + 1])) {
          // "U.S.", "W.Va.": a full stop after an initial and before a letter ends no sentence
        } else if (c == '.' || c == '!' || c == '?' || c == '؟' || c == '\n' || c == ':'
            || c == '“' || c == '"') {
          newSentence = true;
        }
        i++;
      }
    }
    return this;
  }

  /* A letter or digit (ASCII letters and digits only, below 0x80). */
  private static boolean wordChar(char c) {
    return (WORD_CHARS[c >>> 6] & (1L << c)) != 0;
  }

  /* A word character inside a word: a letter or digit, a combining mark, the Arabic tatweel. */
  private static boolean innerChar(char c) {
    return (INNER_CHARS[c >>> 6] & (1L << c)) != 0;
  }

  /* Character.isLetterOrDigit of every char, and that or a non-spacing mark or the tatweel, as
   * bits: one load instead of the Unicode tables' look-ups for each non-ASCII character. */
  private static final long[] WORD_CHARS = new long[1 << 10];
  private static final long[] INNER_CHARS = new long[1 << 10];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isLetterOrDigit((char) c)) {
        WORD_CHARS[c >>> 6] |= 1L << c;
        INNER_CHARS[c >>> 6] |= 1L << c;
      } else if (c >= 0x300 && Character.getType((char) c) == Character.NON_SPACING_MARK
          || c == '\u0640') {
        INNER_CHARS[c >>> 6] |= 1L << c;
      }
    }
  }


  private void add(int s, int e, boolean hyphen, boolean sentence) {
    if (size == start.length) {
      int n = size * 2;
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      hyphenAfter = Arrays.copyOf(hyphenAfter, n);
      sentenceStart = Arrays.copyOf(sentenceStart, n);
    }
    start[size] = s;
    end[size] = e;
    hyphenAfter[size] = hyphen;
    sentenceStart[size] = sentence;
    size++;
  }

  public int size() {
    return size;
  }

  public int start(int i) {
    return start[i];
  }

  public int end(int i) {
    return end[i];
  }

  public boolean hyphenAfter(int i) {
    return hyphenAfter[i];
  }

  public boolean sentenceStart(int i) {
    return sentenceStart[i];
  }

  /** The text the tokens point into. */
  public String text() {
    return text;
  }

  /** The token's characters. */
  public String token(int i) {
    return text.substring(start[i], end[i]);
  }

  /** True when the token starts with an upper-case letter or is written in Arabic script. */
  public boolean capitalized(int i) {
    char c = text.charAt(start[i]);
    // Arabic first: a letter of the basic block is neither upper case nor a digit, and asking
    // the Unicode tables outside Latin-1 costs more than the range test
    return NameKeys.isArabic(c) || Character.isUpperCase(c) || Character.isDigit(c);
  }
}
