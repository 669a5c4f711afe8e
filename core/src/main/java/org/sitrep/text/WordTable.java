package org.sitrep.text;

import java.util.Arrays;

/**
 * A set of words, each with a dense id (0, 1, 2, ... in order of addition), looked up by a
 * range of characters so that no String is made for the word looked up. Open addressing with
 * linear probing, at most half full. Adding is not thread-safe; lookups on a table no longer
 * added to are.
 */
public final class WordTable {
  private char[][] words = new char[16][];
  private int[] ids = new int[16];
  private int size;

  /** The number of words. */
  public int size() {
    return size;
  }

  /** Adds a word if absent; returns its id. */
  public int add(CharSequence word) {
    char[] w = word.toString().toCharArray();
    int id = id(w, 0, w.length);
    if (id >= 0) {
      return id;
    }
    if ((size + 1) * 2 > words.length) {
      char[][] oldWords = words;
      int[] oldIds = ids;
      words = new char[oldWords.length * 2][];
      ids = new int[oldWords.length * 2];
      for (int i = 0; i < oldWords.length; i++) {
        if (oldWords[i] != null) {
          put(oldWords[i], oldIds[i]);
        }
      }
    }
    put(w, size);
    return size++;
  }

  private void put(char[] w, int id) {
    int mask = words.length - 1;
    int h = mix(hash(w, 0, w.length)) & mask;
    while (words[h] != null) {
      h = (h + 1) & mask;
    }
    words[h] = w;
    ids[h] = id;
  }

  /** The id of {@code buf[off, off + len)}, or -1 when the table does not hold it. */
  public int id(char[] buf, int off, int len) {
    char[][] ws = words;
    int mask = ws.length - 1;
    for (int h = mix(hash(buf, off, len)) & mask; ; h = (h + 1) & mask) {
      char[] w = ws[h];
      if (w == null) {
        return -1;
      }
      if (w.length == len && Arrays.equals(w, 0, len, buf, off, off + len)) {
        return ids[h];
      }
    }
  }

  /**
   * The id of {@code text[from, to)}, lower-cased letter by letter first when {@code lower};
   * -1 when the table does not hold it.
   */
  public int id(CharSequence text, int from, int to, boolean lower) {
    int hv = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      hv = 31 * hv + (lower ? Character.toLowerCase(c) : c);
    }
    char[][] ws = words;
    int mask = ws.length - 1;
    int len = to - from;
    for (int h = mix(hv) & mask; ; h = (h + 1) & mask) {
      char[] w = ws[h];
      if (w == null) {
        return -1;
      }
      if (w.length == len && same(w, text, from, lower)) {
        return ids[h];
      }
    }
  }

  /** True when the table holds {@code word}. */
  public boolean contains(CharSequence word) {
    return id(word, 0, word.length(), false) >= 0;
  }

  private static boolean same(char[] w, CharSequence text, int from, boolean lower) {
    for (int i = 0; i < w.length; i++) {
      char c = text.charAt(from + i);
      if (w[i] != (lower ? Character.toLowerCase(c) : c)) {
        return false;
      }
    }
    return true;
  }

  private static int hash(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + buf[i];
    }
    return h;
  }

  private static int mix(int x) {
    int h = x * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
