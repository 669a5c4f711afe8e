package org.sitrep.ingest;

/**
 * The characters and pairs of adjacent characters of a text, hashed into 4096 bits: a cheap
 * necessary test that a text contains a piece ({@link #mayContain}). When it says no, {@code
 * text.contains(piece)} is false; when it says yes, only {@code contains} can tell.
 */
final class Grams {
  private static final int BITS = 4096;
  private final long[] bits = new long[BITS / 64];

  Grams(String text) {
    long[] b = bits;
    char prev = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int h = one(c);
      b[h >>> 6] |= 1L << h;
      if (i > 0) {
        h = two(prev, c);
        b[h >>> 6] |= 1L << h;
      }
      prev = c;
    }
  }

  /** The hashes a text holding {@code piece} has all of (none for the empty piece). */
  static int[] of(String piece) {
    int n = piece.length();
    int[] h = new int[n == 0 ? 0 : 2 * n - 1];
    for (int i = 0; i < n; i++) {
      h[i] = one(piece.charAt(i));
      if (i > 0) {
        h[n + i - 1] = two(piece.charAt(i - 1), piece.charAt(i));
      }
    }
    return h;
  }

  /** False when the text cannot contain the piece whose {@link #of hashes} these are. */
  boolean mayContain(int[] hashes) {
    long[] b = bits;
    for (int h : hashes) {
      if ((b[h >>> 6] & (1L << h)) == 0) {
        return false;
      }
    }
    return true;
  }

  private static int one(char c) {
    return (c * 0x9E3779B1) >>> 20;
  }

  private static int two(char a, char c) {
    return ((a * 31 + c + 0x5bd1e995) * 0x9E3779B1) >>> 20;
  }
}
