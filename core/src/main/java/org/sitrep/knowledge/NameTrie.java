package org.sitrep.knowledge;

import java.util.List;

/**
 * The name trie of a {@link NameIndex} laid out flat in arrays once it is built: a node is an
 * offset into one {@code int[]}, a walk compares token key ids ({@link NameIndex#keyId}) and reads
 * no objects but the lists of what a name names. Immutable and thread-safe.
 *
 * <p>A node is {@link #NONE} (no node) or an offset; the root has no offset: its children are
 * read by {@link #rootChild}, one array read per key id.
 */
public final class NameTrie {
  /** No node. */
  public static final int NONE = -1;

  /*
   * Maintainer note. The layout of a node at offset p, in pre-order (a node, then the subtrees
   * of its children, so that a walk reads forward):
   *   cells[p]          child count << 1 | 1 when the node names something
   *   cells[p + 1]      when it names something: its index in targets
   *   then, when it has children (c = their count):
   *     two cells        the bits of the children's keys' first characters
   *                      (NameIndex.keyBits), low half then high half
   *     c cells          the children's key ids, ascending
   *     c cells          the children's offsets, in the same order
   * A leaf that names something takes 8 bytes, where an object node took some 100.
   */
  private final int[] cells;
  private final int[] rootChildren;
  private final List<NameIndex.Target>[] targets;
  private final int nodes;

  private NameTrie(int[] cells, int[] rootChildren, List<NameIndex.Target>[] targets, int nodes) {
    this.cells = cells;
    this.rootChildren = rootChildren;
    this.targets = targets;
    this.nodes = nodes;
  }

  /** The root's child for a token key id, or {@link #NONE}. */
  public int rootChild(int keyId) {
    return keyId < 0 || keyId >= rootChildren.length ? NONE : rootChildren[keyId];
  }

  /** True when the path to {@code node} names something. */
  public boolean named(int node) {
    return (cells[node] & 1) != 0;
  }

  /** True when some name continues past {@code node}. */
  public boolean hasChildren(int node) {
    return cells[node] > 1;
  }

  /** What the path to {@code node} names (empty for inner nodes); the same list every time. */
  public List<NameIndex.Target> targets(int node) {
    return (cells[node] & 1) != 0 ? targets[cells[node + 1]] : List.of();
  }

  /**
   * False when no child's key of {@code node} can be the key of a Latin word whose first two
   * characters are {@code c0, c1} ({@link NameIndex#firstKeyBits}); true when one may.
   */
  public boolean mayContinueWith(int node, char c0, char c1) {
    int h = cells[node];
    if (h <= 1) {
      return false;
    }
    int p = node + 1 + (h & 1);
    long firsts = (long) cells[p + 1] << 32 | (cells[p] & 0xFFFFFFFFL);
    return (firsts & NameIndex.firstKeyBits(c0, c1)) != 0;
  }

  /** The child of {@code node} for a token key id, or {@link #NONE}. */
  public int child(int node, int keyId) {
    int h = cells[node];
    int n = h >>> 1;
    if (n == 0 || keyId < 0) {
      return NONE;
    }
    int[] c = cells;
    int keys = node + 3 + (h & 1);
    if (n <= 8) {
      for (int i = 0; i < n; i++) {
        int k = c[keys + i];
        if (k == keyId) {
          return c[keys + n + i];
        }
        if (k > keyId) {
          return NONE;
        }
      }
      return NONE;
    }
    int lo = 0;
    int hi = n - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int k = c[keys + mid];
      if (k < keyId) {
        lo = mid + 1;
      } else if (k > keyId) {
        hi = mid - 1;
      } else {
        return c[keys + n + mid];
      }
    }
    return NONE;
  }

  /** The number of nodes, the root left out. */
  public int size() {
    return nodes;
  }

  /** The bytes the layout takes, the target lists left out. */
  public long bytes() {
    return 4L * cells.length + 4L * rootChildren.length + 4L * targets.length;
  }

  /** Lays out the trie under {@code root}; {@code keys} is the number of token key ids. */
  @SuppressWarnings("unchecked")
  static NameTrie of(NameIndex.Node root, int keys) {
    int[] count = new int[3]; // cells, nodes, named
    root.compact();
    for (NameIndex.Node c : root.sortedChildren()) {
      measure(c, count);
    }
    int[] cells = new int[count[0]];
    List<NameIndex.Target>[] targets = new List[count[2]];
    int[] rootChildren = new int[keys];
    java.util.Arrays.fill(rootChildren, NONE);
    int[] next = new int[2]; // next free cell, next target index
    int[] rootKeys = root.sortedKeys();
    NameIndex.Node[] rootNodes = root.sortedChildren();
    for (int i = 0; i < rootKeys.length; i++) {
      rootChildren[rootKeys[i]] = write(rootNodes[i], cells, targets, next);
    }
    return new NameTrie(cells, rootChildren, targets, count[1]);
  }

  private static void measure(NameIndex.Node n, int[] count) {
    n.compact();
    boolean named = n.named();
    int c = n.childCount();
    count[0] += 1 + (named ? 1 : 0) + (c > 0 ? 2 + 2 * c : 0);
    count[1]++;
    if (named) {
      count[2]++;
    }
    if (c > 0) {
      for (NameIndex.Node x : n.sortedChildren()) {
        measure(x, count);
      }
    }
  }

  /* Writes n and its subtree at next[0]; returns n's offset. */
  private static int write(NameIndex.Node n, int[] cells, List<NameIndex.Target>[] targets,
      int[] next) {
    int at = next[0];
    boolean named = n.named();
    int[] keys = n.sortedKeys();
    int c = keys.length;
    cells[at] = c << 1 | (named ? 1 : 0);
    int p = at + 1;
    if (named) {
      targets[next[1]] = n.targets;
      cells[p++] = next[1]++;
    }
    if (c == 0) {
      next[0] = p;
      return at;
    }
    long firsts = n.childFirsts();
    cells[p] = (int) firsts;
    cells[p + 1] = (int) (firsts >>> 32);
    int k = p + 2;
    System.arraycopy(keys, 0, cells, k, c);
    next[0] = k + 2 * c;
    NameIndex.Node[] children = n.sortedChildren();
    for (int i = 0; i < c; i++) {
      cells[k + c + i] = write(children[i], cells, targets, next);
    }
    return at;
  }

  /** The object nodes of this trie again, for names added after it was laid out. */
  NameIndex.Node thaw() {
    NameIndex.Node root = new NameIndex.Node();
    for (int key = 0; key < rootChildren.length; key++) {
      if (rootChildren[key] != NONE) {
        root.attach(key, thaw(rootChildren[key]), 0L);
      }
    }
    return root;
  }

  private NameIndex.Node thaw(int node) {
    NameIndex.Node n = new NameIndex.Node();
    int h = cells[node];
    if ((h & 1) != 0) {
      n.targets = targets[cells[node + 1]];
      n.named = true;
    }
    int c = h >>> 1;
    if (c > 0) {
      int p = node + 1 + (h & 1);
      long firsts = (long) cells[p + 1] << 32 | (cells[p] & 0xFFFFFFFFL);
      int keys = p + 2;
      for (int i = 0; i < c; i++) {
        n.attach(cells[keys + i], thaw(cells[keys + c + i]), firsts);
      }
    }
    return n;
  }
}
