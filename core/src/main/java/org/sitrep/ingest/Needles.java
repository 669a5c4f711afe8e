package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of texts (needles), numbered, and which of them a text contains, found in one pass
 * over the text ({@link #in}): what {@code text.contains(needle)} says of each, without a search
 * per needle. A needle of two or more characters is looked up by the pair of characters it opens
 * with at each place of the text, then compared there; one of a single character by indexOf.
 */
final class Needles {
  private final String[] needles;
  /* the needles of one character, and their numbers */
  private final char[] singles;
  private final int[] singleIds;
  /* which needles contain nothing (every text holds them) */
  private final int[] empties;
  /* the needles of two or more characters by their first (up to) four: a table for each
   * length of that opening, 2, 3 and 4 (at index 0, 1, 2) */
  private final Table[] tables = new Table[3];
  /* the characters a needle of two or more opens with, a bit each */
  private final long[] opens = new long[1024];

  /* Open addressing from an opening (its characters packed in a long) to needles' numbers. */
  private static final class Table {
    final long[] keys;
    final boolean[] used;
    final int[][] ids;
    final int mask;
    final int shift;

    Table(Map<Long, List<Integer>> byKey) {
      int size = Integer.highestOneBit(Math.max(4, byKey.size() * 4) - 1) << 1;
      keys = new long[size];
      used = new boolean[size];
      ids = new int[size][];
      mask = size - 1;
      shift = 64 - Integer.numberOfTrailingZeros(size);
      for (Map.Entry<Long, List<Integer>> e : byKey.entrySet()) {
        int s = slot(e.getKey());
        used[s] = true;
        keys[s] = e.getKey();
        ids[s] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      }
    }

    int slot(long key) {
      int s = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
      while (used[s] && keys[s] != key) {
        s = (s + 1) & mask;
      }
      return s;
    }

    int[] get(long key) {
      int s = slot(key);
      return used[s] ? ids[s] : null;
    }
  }

  /** Numbers the distinct texts in the order first given; {@link #id} gives a text's number. */
  Needles(List<String> texts) {
    Map<String, Integer> number = new LinkedHashMap<>();
    for (String t : texts) {
      number.putIfAbsent(t, number.size());
    }
    this.needles = number.keySet().toArray(new String[0]);
    List<Integer> empty = new ArrayList<>();
    List<Integer> single = new ArrayList<>();
    List<Map<Long, List<Integer>>> byOpening = List.of(
        new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
    for (int i = 0; i < needles.length; i++) {
      String n = needles[i];
      if (n.isEmpty()) {
        empty.add(i);
      } else if (n.length() == 1) {
        single.add(i);
      } else {
        opens[n.charAt(0) >>> 6] |= 1L << n.charAt(0);
        int k = Math.min(4, n.length());
        byOpening.get(k - 2).computeIfAbsent(pack(n, 0, k), x -> new ArrayList<>()).add(i);
      }
    }
    this.empties = empty.stream().mapToInt(Integer::intValue).toArray();
    this.singles = new char[single.size()];
    this.singleIds = new int[single.size()];
    for (int i = 0; i < single.size(); i++) {
      singles[i] = needles[single.get(i)].charAt(0);
      singleIds[i] = single.get(i);
    }
    for (int k = 0; k < 3; k++) {
      tables[k] = byOpening.get(k).isEmpty() ? null : new Table(byOpening.get(k));
    }
  }

  private static long pack(String s, int from, int k) {
    long key = 0;
    for (int i = from; i < from + k; i++) {
      key = key << 16 | s.charAt(i);
    }
    return key;
  }

  /** The number of a text given to the constructor. */
  int id(String text) {
    for (int i = 0; i < needles.length; i++) {
      if (needles[i].equals(text)) {
        return i;
      }
    }
    throw new IllegalArgumentException("not a needle: " + text);
  }

  /** Which needles {@code text} contains, as a bit set by number ({@link #has}). */
  long[] in(String text) {
    long[] out = new long[(needles.length + 63) >>> 6];
    for (int i : empties) {
      out[i >>> 6] |= 1L << i;
    }
    for (int k = 0; k < singles.length; k++) {
      if (text.indexOf(singles[k]) >= 0) {
        out[singleIds[k] >>> 6] |= 1L << singleIds[k];
      }
    }
    int n = text.length();
    long key = 0; // the characters from p to p + 3, packed
    for (int p = n - 1; p >= 0; p--) {
      char c = text.charAt(p);
      key = (key >>> 16) | (long) c << 48;
      if ((opens[c >>> 6] & 1L << c) == 0) {
        continue; // no needle opens with it
      }
      for (int k = 2; k <= 4 && p + k <= n; k++) {
        Table tb = tables[k - 2];
        if (tb == null) {
          continue;
        }
        int[] found = tb.get(key >>> (64 - 16 * k));
        if (found == null) {
          continue;
        }
        for (int i : found) {
          if ((out[i >>> 6] & 1L << i) == 0 && text.startsWith(needles[i], p)) {
            out[i >>> 6] |= 1L << i;
          }
        }
      }
    }
    return out;
  }

  /** True when the set {@link #in} gave holds needle {@code id}. */
  static boolean has(long[] set, int id) {
    return (set[id >>> 6] & 1L << id) != 0;
  }

  @Override
  public String toString() {
    return Arrays.toString(needles);
  }
}
