package org.sitrep.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.text.NameKeys;
import org.sitrep.text.Tokens;
import org.sitrep.text.WordTable;

/**
 * A trie over name keys (one edge per token key) mapping names of places, actors and
 * descriptions to what they name. Built once at load time; read-only and thread-safe after.
 */
public final class NameIndex {
  /**
   * What a name points to. {@code facts} holds, as the bits below, what the finder asks of a
   * target's surface and place for every candidate of a name: read from the target itself, they
   * spare a read of the place record and of the surface string per candidate (names such as
   * "Springfield" have dozens).
   */
  public record Target(Kind kind, String id, boolean exactCase, boolean lowercaseOk,
      boolean singleToken, String surface, boolean primary, List<String> forms, Place place,
      int facts) {
    /** The surface ends in a period: an abbreviation ("Kan.", "W. Va."). */
    public static final int ABBREVIATION = 1;
    /** The target holds its place. */
    public static final int HAS_PLACE = 2;
    /** Its place is curated. */
    public static final int CURATED = 4;
    /** Its place is a country. */
    public static final int COUNTRY = 8;
    /** Its place is a first-order division. */
    public static final int ADMIN1 = 16;

    public Target(Kind kind, String id, boolean exactCase, boolean lowercaseOk,
        boolean singleToken, String surface, boolean primary, List<String> forms, Place place) {
      this(kind, id, exactCase, lowercaseOk, singleToken, surface, primary, forms, place,
          factsOf(surface, place));
    }

    private static int factsOf(String surface, Place place) {
      int f = surface.length() > 1 && surface.charAt(surface.length() - 1) == '.'
          ? ABBREVIATION : 0;
      if (place != null) {
        f |= HAS_PLACE | (place.curated() ? CURATED : 0)
            | ("country".equals(place.feature()) ? COUNTRY : 0)
            | ("admin1".equals(place.feature()) ? ADMIN1 : 0);
      }
      return f;
    }

    /** True when every bit of {@code bits} is set in {@link #facts}. */
    public boolean is(int bits) {
      return (facts & bits) == bits;
    }
  }

  /** The kind of thing a name names. */
  public enum Kind { ACTOR, PLACE, DESCRIPTION }

  /*
   * A node of the trie while names are added; {@link #trie} lays the nodes out flat
   * ({@link NameTrie}) once adding is done and drops them. Children are keyed by the id of a
   * token key ({@link #keyId}), in an open-addressing table; {@link #compact} sorts them by id
   * for the layout.
   */
  static final class Node {
    private int[] childKeys;
    private Node[] children;
    private int childCount;
    /* The first characters of the children's keys, as {@link #keyBits} bits: a quick test that
     * a word cannot continue a name from here before its key is computed. */
    private long childFirsts;
    /* What the path from the root names; null until something. */
    List<Target> targets;
    boolean named;

    boolean named() {
      return named;
    }

    int childCount() {
      return childCount;
    }

    long childFirsts() {
      return childFirsts;
    }

    /* The child for a token key id, or null; not after {@link #compact}. */
    Node child(int keyId) {
      int[] ks = childKeys;
      if (ks == null || keyId < 0) {
        return null;
      }
      int mask = ks.length - 1;
      for (int h = mix(keyId) & mask; ; h = (h + 1) & mask) {
        int k = ks[h];
        if (k == keyId) {
          return children[h];
        }
        if (k == -1) {
          return null;
        }
      }
    }

    /* Makes the children two dense arrays sorted by key id (the hash table is gone after). */
    void compact() {
      int[] keys = new int[childCount];
      Node[] nodes = new Node[childCount];
      if (childKeys != null) {
        int n = 0;
        for (int i = 0; i < childKeys.length; i++) {
          if (childKeys[i] >= 0) {
            keys[n++] = childKeys[i];
          }
        }
        java.util.Arrays.sort(keys);
        for (int i = 0; i < n; i++) {
          nodes[i] = child(keys[i]);
        }
      }
      childKeys = keys;
      children = nodes;
    }

    /* After {@link #compact}: the children's key ids, ascending. */
    int[] sortedKeys() {
      return childKeys;
    }

    /* After {@link #compact}: the children in the order of {@link #sortedKeys}. */
    Node[] sortedChildren() {
      return children;
    }

    /* Adds a child under a key id not yet used, with the first-character bits of its key. */
    void attach(int keyId, Node child, long firsts) {
      childFirsts |= firsts;
      grow();
      put(keyId, child);
    }

    private Node childOrNew(int keyId) {
      Node n = child(keyId);
      if (n != null) {
        return n;
      }
      grow();
      n = new Node();
      put(keyId, n);
      return n;
    }

    private void grow() {
      if (childKeys == null || (childCount + 1) * 4 > childKeys.length * 3) {
        int[] oldKeys = childKeys;
        Node[] oldChildren = children;
        int cap = oldKeys == null ? 2 : oldKeys.length * 2;
        childKeys = new int[cap];
        java.util.Arrays.fill(childKeys, -1);
        children = new Node[cap];
        childCount = 0;
        if (oldKeys != null) {
          for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] >= 0) {
              put(oldKeys[i], oldChildren[i]);
            }
          }
        }
      }
    }

    private Node childOrNew(int keyId, String key) {
      childFirsts |= keyBits(key.isEmpty() ? '\0' : key.charAt(0));
      return childOrNew(keyId);
    }

    private void put(int keyId, Node n) {
      int mask = childKeys.length - 1;
      int h = mix(keyId) & mask;
      while (childKeys[h] != -1) {
        h = (h + 1) & mask;
      }
      childKeys[h] = keyId;
      children[h] = n;
      childCount++;
    }
  }

  /* A key's first character as one bit: a-z, 0-9 and '=' their own, anything else one more. */
  static long keyBits(char c) {
    if (c >= 'a' && c <= 'z') {
      return 1L << (c - 'a');
    }
    if (c >= '0' && c <= '9') {
      return 1L << (26 + c - '0');
    }
    return c == '=' ? 1L << 36 : 1L << 63;
  }

  /*
   * The bits ({@link #keyBits}) of the first characters the key of a word starting with
   * {@code c0, c1} may have: a word starting with an ASCII letter or digit starts its key with
   * that character lower-cased, or with what a transliteration pair of {@link NameKeys} folds it
   * to ("ch" to 's', "ph" to 'f', "dj" to 'j', "ou" to 'u', "ei" to 'a', 'q' and 'c' to 'k', 'o' to
   * 'u', 'e' to 'i'); any other word may start its key with anything.
   */
  static long firstKeyBits(char c0, char c1) {
    if (c0 >= '0' && c0 <= '9') {
      return keyBits(c0);
    }
    char c = c0 >= 'A' && c0 <= 'Z' ? (char) (c0 + 32) : c0;
    if (c < 'a' || c > 'z') {
      return -1L;
    }
    char d = c1 >= 'A' && c1 <= 'Z' ? (char) (c1 + 32) : c1;
    // the second character decides only when it is an ASCII letter or digit: an apostrophe is
    // dropped and anything else may fold to any letter
    boolean known = d >= 'a' && d <= 'z' || d >= '0' && d <= '9';
    return switch (c) {
      case 'c' -> known ? keyBits(d == 'h' ? 's' : 'k') : keyBits('s') | keyBits('k');
      case 'p' -> known ? keyBits(d == 'h' ? 'f' : 'p') : keyBits('f') | keyBits('p');
      case 'd' -> known ? keyBits(d == 'j' ? 'j' : 'd') : keyBits('j') | keyBits('d');
      case 'e' -> known ? keyBits(d == 'i' || d == 'y' ? 'a' : 'i') : keyBits('a') | keyBits('i');
      case 'o' -> keyBits('u');
      case 'q' -> keyBits('k');
      default -> keyBits(c);
    };
  }

  private static int mix(int x) {
    int h = x * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /* Every token key the trie holds, with its id: looked up by characters, no String made. */
  private final WordTable keyTable = new WordTable();

  /** The id of a token key ({@code buf[off, off + len)}), or -1 when no name holds that key. */
  public int keyId(char[] buf, int off, int len) {
    return keyTable.id(buf, off, len);
  }

  /**
   * The id of the key {@code "=" + text[from, to)}: an acronym ("SANA") matched case-exactly
   * beside its folded key; -1 when no name holds it.
   */
  public int acronymKeyId(CharSequence text, int from, int to, char[] scratch) {
    scratch[0] = '=';
    for (int i = from; i < to; i++) {
      scratch[i - from + 1] = text.charAt(i);
    }
    return keyTable.id(scratch, 0, to - from + 1);
  }

  /** The id of a token key, or -1 when no name holds it. */
  public int keyId(CharSequence key) {
    return keyTable.id(key, 0, key.length(), false);
  }

  /* Articles as GeoNames romanizes them, with a space: "Ar Ruḩaybah", "As Salamiyah". */
  private static final java.util.Set<String> ROMANIZED_ARTICLES =
      java.util.Set.of("al", "el", "ar", "as", "ash", "ad", "at", "az", "an", "adh", "ath", "ed",
          "es", "et", "ul", "aḑ", "aş", "aţ", "az̧");

  private static final ThreadLocal<Tokens> FORM_TOKENS = ThreadLocal.withInitial(Tokens::new);

  /* The trie's nodes while names are added (null once laid out), and the laid-out trie. */
  private Node root = new Node();
  private volatile NameTrie trie;
  /* First words (lower case) of names that may be written in lower case: "armed group". */
  private final WordTable lowercaseStarts = new WordTable();
  /* The first two letters of those words, as a quick filter: [(c0 & 127) << 7 | c1 & 127]. */
  private final boolean[] lowercasePrefix = new boolean[128 * 128];
  private int names;

  /**
   * The trie of the names added, laid out flat; laid out on the first call after an
   * {@link #add} (the knowledge does it once its names are in). Thread-safe.
   */
  public NameTrie trie() {
    NameTrie t = trie;
    if (t == null) {
      synchronized (this) {
        t = trie;
        if (t == null) {
          t = NameTrie.of(root, keyTable.size());
          root = null; // the flat trie holds all the object nodes held, in a tenth of the room
          trie = t;
        }
      }
    }
    return t;
  }

  /** A quick test on a word's first two letters before {@link #lowercaseStart}. */
  public boolean mayStartLowercase(char a, char b) {
    return lowercasePrefix[(NameKeys.lower(a) & 127) << 7 | NameKeys.lower(b) & 127];
  }

  /** True when a lower-case word may start a name ("armed" in "armed group"). */
  public boolean lowercaseStart(CharSequence word) {
    return lowercaseStart(word, 0, word.length());
  }

  /** {@link #lowercaseStart(CharSequence)} for the word {@code text[from, to)}. */
  public boolean lowercaseStart(CharSequence text, int from, int to) {
    char a = NameKeys.lower(text.charAt(from));
    char b = to - from > 1 ? NameKeys.lower(text.charAt(from + 1)) : ' ';
    if (!lowercasePrefix[(a & 127) << 7 | b & 127]) {
      return false;
    }
    return lowercaseStarts.id(text, from, to, true) >= 0;
  }

  /** How many names were added. */
  public int size() {
    return names;
  }

  /** Adds a name; the keys of its tokens form the path. */
  void add(String name, Kind kind, String id) {
    add(name, kind, id, true, null);
  }

  /**
   * Adds a name; {@code primary} is false for a place's alternate names, which alone (one word,
   * no place cue) are too weak to count.
   */
  void add(String name, Kind kind, String id, boolean primary, Place place) {
    add(prepare(name), kind, id, primary, place);
  }

  /**
   * A name's trie path (token keys; an acronym's one key starts with '=') and spelling form,
   * computed apart from the trie so that loading can prepare names on another thread.
   */
  record Prepared(String name, List<String> keys, String form, boolean acronym) {}

  /** Prepares a name for {@link #add(Prepared, Kind, String, boolean, Place)}; thread-safe. */
  static Prepared prepare(String name) {
    boolean acronym = isAcronym(name);
    List<String> keys = new ArrayList<>(4);
    if (acronym) {
      keys.add("=" + name.replace(".", ""));
    }
    Tokens t = FORM_TOKENS.get().reset(name, 0, name.length());
    StringBuilder form = new StringBuilder(name.length());
    boolean any = false;
    for (int i = 0; i < t.size(); i++) {
      if (dropped(t, i, !any)) {
        continue;
      }
      String f = NameKeys.form(t.token(i));
      if (form.length() > 0) {
        form.append(' ');
      }
      form.append(f);
      if (!f.isEmpty()) {
        any = true;
        if (!acronym) {
          keys.add(NameKeys.keyOfForm(f));
        }
      }
    }
    return new Prepared(name, keys, form.toString(), acronym);
  }

  /** Adds a prepared name (see {@link #add(String, Kind, String, boolean, Place)}). */
  void add(Prepared prepared, Kind kind, String id, boolean primary, Place place) {
    String name = prepared.name();
    List<String> keys = prepared.keys();
    if (keys.isEmpty()) {
      return;
    }
    boolean acronym = prepared.acronym();
    boolean lowerOk = false;
    if (kind != Kind.PLACE || Character.isLowerCase(name.charAt(0))) {
      String first = firstWord(name);
      lowerOk = !first.isEmpty() && Character.isLowerCase(first.charAt(0));
    }
    if (lowerOk || kind == Kind.DESCRIPTION) {
      String fw = firstWord(name).toLowerCase(Locale.ROOT);
      if (!fw.isEmpty()) {
        lowercaseStarts.add(fw);
        char second = fw.length() > 1 ? fw.charAt(1) : ' ';
        lowercasePrefix[(fw.charAt(0) & 127) << 7 | second & 127] = true;
      }
    }
    if (root == null) {
      root = trie.thaw(); // a name added after the trie was laid out: lay it out anew
      trie = null;
    }
    Node n = root;
    for (String k : keys) {
      n = n.childOrNew(keyTable.add(k), k);
    }
    String form = prepared.form();
    if (n.targets == null) {
      n.targets = new ArrayList<>(1);
    }
    for (int i = 0; i < n.targets.size(); i++) {
      Target t = n.targets.get(i);
      if (t.kind() == kind && t.id().equals(id)) {
        if (!t.forms().contains(form)) {
          t.forms().add(form);
        }
        if (primary && !t.primary()) {
          n.targets.set(i, new Target(kind, id, t.exactCase(), t.lowercaseOk(), t.singleToken(),
              t.surface(), true, t.forms(), t.place()));
        }
        return;
      }
    }
    List<String> forms = new ArrayList<>(2);
    forms.add(form);
    n.named = true;
    n.targets.add(new Target(kind, id, acronym, lowerOk || kind == Kind.DESCRIPTION,
        keys.size() == 1, name, primary, forms, place));
    names++;
  }

  /**
   * True for a token a name's keys and form leave out: an article, a leading "the", a
   * GeoNames-style romanized article before the last word ("Ar Ruhaybah").
   */
  private static boolean dropped(Tokens t, int i, boolean first) {
    String tok = t.token(i);
    return NameKeys.isArticle(tok, t.hyphenAfter(i)) || (first && isThe(tok))
        || (i < t.size() - 1 && ROMANIZED_ARTICLES.contains(tok.toLowerCase(Locale.ROOT)));
  }

  /** The spelling form of a name: its tokens' forms, articles dropped, joined by spaces. */
  public static String formOf(CharSequence name) {
    return FORMS.get().formOf(name.toString());
  }

  /*
   * The forms of the names a thread asked for last, direct-mapped by the name's hash: the finder
   * asks for the form of every name it matches, and a page, like the pages before it, repeats
   * its names ("Islamic State", "the Syrian army"), while a form costs tokenizing and folding.
   */
  private static final ThreadLocal<FormCache> FORMS = ThreadLocal.withInitial(FormCache::new);

  private static final class FormCache {
    private static final int SIZE = 1 << 13;
    private final String[] names = new String[SIZE];
    private final String[] forms = new String[SIZE];

    String formOf(String name) {
      int h = name.hashCode() * 0x9E3779B9;
      int slot = (h ^ (h >>> 16)) & (SIZE - 1);
      if (name.equals(names[slot])) {
        return forms[slot];
      }
      String form = computeForm(name);
      names[slot] = name;
      forms[slot] = form;
      return form;
    }
  }

  private static String computeForm(String name) {
    Tokens t = FORM_TOKENS.get().reset(name, 0, name.length());
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      if (dropped(t, i, b.length() == 0)) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(NameKeys.form(t.token(i)));
    }
    return b.toString();
  }

  /** An all-capital Latin name of up to six letters ("SAA", "RT", "HTS"): matched case-exactly. */
  static boolean isAcronym(String name) {
    String t = name.replace(".", "");
    if (t.length() < 2 || t.length() > 6) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  private static String firstWord(String name) {
    Tokens t = new Tokens().reset(name, 0, name.length());
    for (int i = 0; i < t.size(); i++) {
      if (!NameKeys.isArticle(t.token(i), t.hyphenAfter(i)) && !isThe(t.token(i))) {
        return t.token(i).toString();
      }
    }
    return "";
  }

  static boolean isThe(CharSequence s) {
    return s.length() == 3 && s.toString().toLowerCase(Locale.ROOT).equals("the");
  }
}
