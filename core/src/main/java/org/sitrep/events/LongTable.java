package org.sitrep.events;

/**
 * An open-addressing map from {@code long} keys to {@code int[]} values: lookups without
 * boxing or allocation, for keys packed from a few characters. Filled once, then read by any
 * number of threads.
 */
final class LongTable {
  private long[] keys = new long[16];
  private int[][] values = new int[16][];
  private int size;

  void put(long key, int[] value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int i = slot(key, keys.length);
    while (values[i] != null && keys[i] != key) {
      i = (i + 1) & (keys.length - 1);
    }
    if (values[i] == null) {
      size++;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** The value for {@code key}, or null. */
  int[] get(long key) {
    int i = slot(key, keys.length);
    while (values[i] != null) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & (keys.length - 1);
    }
    return null;
  }

  private static int slot(long key, int capacity) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & (capacity - 1);
  }

  private void grow() {
    long[] k = keys;
    int[][] v = values;
    keys = new long[k.length * 2];
    values = new int[k.length * 2][];
    size = 0;
    for (int i = 0; i < k.length; i++) {
      if (v[i] != null) {
        put(k[i], v[i]);
      }
    }
  }
}
