package org.sitrep.text;

/**
 * A set of words, each with a dense id (0, 1, 2, ... in order of addition), looked up by a
 * range of characters so that no String is made for the word looked up. Open addressing with
 * linear probing, at most half full. Adding is not thread-safe; lookups on a table no longer
 * added to are.
 */
public final class WordTable {
  /* Words by id. The hash table interleaves each slot's id (-1: empty) and the word's full
   * hash in one array, so a probe touches one cache line and reads a word's characters only
   * when the hashes agree. */
  private char[][] words = new char[8][];
  private int[] slots = emptySlots(16);
  private int size;
  /* Bit min(length, 63) is set when the table holds a word of that length. */
  private long lengths;

  private static int[] emptySlots(int n) {
    int[] a = new int[n * 2];
    for (int i = 0; i < a.length; i += 2) {
      a[i] = -1;
    }
    return a;
  }

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
    if ((size + 1) * 4 > slots.length) { // at most half of the slots in use
      slots = emptySlots(slots.length);
      for (int i = 0; i < size; i++) {
        put(i, mix(hash(words[i], 0, words[i].length)));
      }
    }
    if (size == words.length) {
      words = java.util.Arrays.copyOf(words, size * 2);
    }
    words[size] = w;
    lengths |= 1L << Math.min(w.length, 63);
    put(size, mix(hash(w, 0, w.length)));
    return size++;
  }

  private void put(int id, int hv) {
    int mask = (slots.length >> 1) - 1;
    int h = hv & mask;
    while (slots[h << 1] != -1) {
      h = (h + 1) & mask;
    }
    slots[h << 1] = id;
    slots[(h << 1) + 1] = hv;
  }

  /** The id of {@code buf[off, off + len)}, or -1 when the table does not hold it. */
  public int id(char[] buf, int off, int len) {
    if ((lengths & (1L << Math.min(len, 63))) == 0) {
      return -1;
    }
    int hv = mix(hash(buf, off, len));
    int[] sl = slots;
    int mask = (sl.length >> 1) - 1;
    for (int h = hv & mask; ; h = (h + 1) & mask) {
      int id = sl[h << 1];
      if (id < 0) {
        return -1;
      }
      if (sl[(h << 1) + 1] == hv) {
        char[] w = words[id];
        if (w.length == len && same(w, buf, off)) {
          return id;
        }
      }
    }
  }

  /**
   * The id of {@code text[from, to)}, lower-cased letter by letter first when {@code lower};
   * -1 when the table does not hold it. Hashes and compares the characters where they stand:
   * no copy, no per-thread buffer.
   */
  public int id(CharSequence text, int from, int to, boolean lower) {
    int len = to - from;
    if ((lengths & (1L << Math.min(len, 63))) == 0) {
      return -1; // no word of that length: most look-ups in a small table end here
    }
    if (text instanceof String str) {
      return id(str, from, len, lower);
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      h = 31 * h + (lower ? NameKeys.lower(c) : c);
    }
    int hv = mix(h);
    int[] sl = slots;
    int mask = (sl.length >> 1) - 1;
    for (int k = hv & mask; ; k = (k + 1) & mask) {
      int id = sl[k << 1];
      if (id < 0) {
        return -1;
      }
      if (sl[(k << 1) + 1] == hv) {
        char[] w = words[id];
        if (w.length == len && same(w, text, from, lower)) {
          return id;
        }
      }
    }
  }

  /* {@link #id(CharSequence, int, int, boolean)} on a String: every charAt is String.charAt. */
  private int id(String text, int from, int len, boolean lower) {
    int to = from + len;
    int h = 0;
    if (lower) {
      for (int i = from; i < to; i++) {
        h = 31 * h + NameKeys.lower(text.charAt(i));
      }
    } else {
      for (int i = from; i < to; i++) {
        h = 31 * h + text.charAt(i);
      }
    }
    int hv = mix(h);
    int[] sl = slots;
    int mask = (sl.length >> 1) - 1;
    for (int k = hv & mask; ; k = (k + 1) & mask) {
      int id = sl[k << 1];
      if (id < 0) {
        return -1;
      }
      if (sl[(k << 1) + 1] == hv) {
        char[] w = words[id];
        if (w.length == len && same(w, text, from, lower)) {
          return id;
        }
      }
    }
  }

  private static boolean same(char[] w, String text, int from, boolean lower) {
    for (int i = 0; i < w.length; i++) {
      char c = text.charAt(from + i);
      if (w[i] != (lower ? NameKeys.lower(c) : c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(char[] w, CharSequence text, int from, boolean lower) {
    for (int i = 0; i < w.length; i++) {
      char c = text.charAt(from + i);
      if (w[i] != (lower ? NameKeys.lower(c) : c)) {
        return false;
      }
    }
    return true;
  }

  /** True when the table holds {@code word}. */
  public boolean contains(CharSequence word) {
    return id(word, 0, word.length(), false) >= 0;
  }

  /* A plain loop: keys are short, shorter than a vectorized compare pays off for. */
  private static boolean same(char[] w, char[] buf, int off) {
    for (int i = 0; i < w.length; i++) {
      if (w[i] != buf[off + i]) {
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
