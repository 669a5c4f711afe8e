package org.sitrep.text;

import java.util.Collection;

/**
 * A filter over a set of lower-case words that answers "surely not one of them" for a word of a
 * text without making a String of it: a bit per String hash ({@code 2^16} bits). A caller tests
 * a word here before it lower-cases the word and looks it up, and skips the look-up when the
 * filter says no. Immutable, thread-safe.
 */
public final class WordFilter {
  /*
   * Maintainer notes. The hash is String.hashCode of the word's lower case
   * (toLowerCase(Locale.ROOT)), computed character by character, which is exact for ASCII and
   * for the Arabic block (no case); a word with any other character is always let through, as
   * its lower case may not be char by char (a capital sigma, a dotted capital I).
   */
  private static final int MASK = (1 << 16) - 1;
  private final long[] bits = new long[(MASK + 1) / 64];

  /** A filter over {@code words}, each in lower case as {@code toLowerCase(Locale.ROOT)} gives. */
  public WordFilter(Collection<String> words) {
    for (String w : words) {
      int h = w.hashCode();
      bits[(h & MASK) >>> 6] |= 1L << h;
    }
  }

  /**
   * False when the lower case of {@code text[from, to)} is surely none of the words; true when it
   * may be one (look it up).
   */
  public boolean mayHold(CharSequence text, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          c += 32;
        }
      } else if (c < '\u0600' || c > '\u06FF') {
        return true;
      }
      h = 31 * h + c;
    }
    return (bits[(h & MASK) >>> 6] & (1L << h)) != 0;
  }
}
