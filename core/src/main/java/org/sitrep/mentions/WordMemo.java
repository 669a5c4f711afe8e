package org.sitrep.mentions;

import java.lang.ref.WeakReference;
import org.sitrep.knowledge.NameIndex;
import org.sitrep.knowledge.NameTrie;
import org.sitrep.text.NameKeys;

/**
 * What the name index says about a word (its key id, its acronym key id, the key ids of an Arabic
 * word without a clitic, and the trie nodes those keys lead to from the root), remembered per
 * thread. Pages repeat their words ("The", "said", "في", the names of the story) and every page
 * repeats the language's common words, while a lookup in the index costs folding the word and
 * a few cache misses in tables of millions of keys: remembered, a word costs a hash and a compare.
 * A slot holds one word of up to {@value #LONGEST} characters, stored in place so that a
 * look-up reads one stretch of memory; a word that takes another's slot replaces it, a longer
 * word is looked up anew each time. A slot also keeps the last verdict of the finder on a name
 * that starts with its word ({@link #admitted}). Not thread-safe: one per thread ({@link #of}).
 */
final class WordMemo {
  /** No name holds the key. */
  static final int NONE = -1;

  /* 65,536 slots (some 6 MB a thread): a news vocabulary of tens of thousands of words collides
   * little; with 8,192 the words of 600 distinct local-news articles took each other's slots and
   * each loss cost an index look-up (mention finding 1.16x faster on LGL's pages at 32,768,
   * 1.06x more at 65,536). */
  private static final int SIZE = 1 << 16;
  /* The longest word a slot holds. */
  static final int LONGEST = 16;
  /* A slot no word holds. */
  private static final int SPARE = SIZE;
  private static final ThreadLocal<WordMemo> MEMO = ThreadLocal.withInitial(WordMemo::new);

  /* The trie the nodes below belong to (and so the index the ids belong to); a finder over
   * another index, or an index laid out anew, starts the memo afresh. */
  private WeakReference<NameTrie> owner = new WeakReference<>(null);
  private NameIndex index;
  private NameTrie trie;
  /* Each slot's word: its length (-1: none), its characters at slot * LONGEST. One more slot,
   * SPARE, holds a word too long to keep, for the caller that asked about it. */
  private final byte[] lengths = new byte[SIZE + 1];
  private final char[] chars = new char[SIZE * LONGEST];
  private final int[] key = new int[SIZE + 1];
  private final int[] acronym = new int[SIZE + 1];
  private final int[] clitic1 = new int[SIZE + 1];
  private final int[] clitic2 = new int[SIZE + 1];
  /* How many folded letters each clitic reading cuts from the word's start (its clitics). */
  private final byte[] cut1 = new byte[SIZE + 1];
  private final byte[] cut2 = new byte[SIZE + 1];
  /* The root's children for key, clitic1 and clitic2 ({@link NameTrie#NONE}: none). */
  private final int[] node = new int[SIZE + 1];
  private final int[] clitic1Node = new int[SIZE + 1];
  private final int[] clitic2Node = new int[SIZE + 1];
  /* The last two verdicts on names starting with the slot's word (candidates, context,
   * admitted), the latest at 2 * slot, the one before at 2 * slot + 1: "Syria" after "in" and
   * "Syria" before a verb are two contexts of one word. */
  private final Object[] verdictOf = new Object[2 * (SIZE + 1)];
  private final int[] verdictContext = new int[2 * (SIZE + 1)];
  private final Object[] verdict = new Object[2 * (SIZE + 1)];
  /* The slot's word's spelling form ({@link NameIndex#formOf}), once asked for. */
  private final String[] forms = new String[SIZE + 1];
  private char[] buf = new char[64];

  private WordMemo() {
    java.util.Arrays.fill(lengths, (byte) -1);
  }

  /** This thread's memo for {@code index}. */
  static WordMemo of(NameIndex index) {
    WordMemo m = MEMO.get();
    NameTrie trie = index.trie();
    if (m.owner.get() != trie) {
      java.util.Arrays.fill(m.lengths, (byte) -1);
      java.util.Arrays.fill(m.verdictOf, null);
      java.util.Arrays.fill(m.verdict, null);
      java.util.Arrays.fill(m.forms, null);
      m.owner = new WeakReference<>(trie);
    }
    m.index = index;
    m.trie = trie;
    return m;
  }

  /** Forgets the index once a paragraph is done, so that the memo holds it only weakly. */
  void release() {
    index = null;
    trie = null;
  }

  /** The trie of the index this memo serves now (between {@link #of} and {@link #release}). */
  NameTrie trie() {
    return trie;
  }

  /** The slot that holds what the index says about the word {@code text[s, e)}. */
  int slot(String text, int s, int e) {
    int len = e - s;
    if (len > LONGEST) {
      lengths[SPARE] = -1;
      fill(SPARE, text, s, e);
      return SPARE;
    }
    int h = 0;
    for (int i = s; i < e; i++) {
      h = 31 * h + text.charAt(i);
    }
    h *= 0x9E3779B9;
    int slot = (h ^ (h >>> 16)) & (SIZE - 1);
    if (lengths[slot] == len && same(slot * LONGEST, text, s, len)) {
      return slot;
    }
    fill(slot, text, s, e);
    return slot;
  }

  /**
   * The slot of the word {@code text[s, e)}, as {@link #slot} gives it, when {@code slot} is
   * where that word was looked up before: the slot is only checked to hold it still (no hash);
   * a slot another word has taken since, or -1, is looked up anew.
   */
  int again(int slot, String text, int s, int e) {
    int len = e - s;
    if (slot >= 0 && slot < SPARE && lengths[slot] == len && same(slot * LONGEST, text, s, len)) {
      return slot;
    }
    return slot(text, s, e);
  }

  /**
   * The targets the finder admitted when it last met the candidates {@code targets} (compared
   * by identity) for a name starting with the slot's word, in the context {@code context}; null
   * when it has not.
   */
  @SuppressWarnings("unchecked")
  java.util.List<NameIndex.Target> admitted(int slot, Object targets, int context) {
    int v = 2 * slot;
    if (verdictOf[v] == targets && verdictContext[v] == context) {
      return (java.util.List<NameIndex.Target>) verdict[v];
    }
    v++;
    return verdictOf[v] == targets && verdictContext[v] == context
        ? (java.util.List<NameIndex.Target>) verdict[v] : null;
  }

  /** Keeps the finder's verdict for {@link #admitted}. */
  void admit(int slot, Object targets, int context, java.util.List<NameIndex.Target> admitted) {
    int v = 2 * slot;
    verdictOf[v + 1] = verdictOf[v];
    verdictContext[v + 1] = verdictContext[v];
    verdict[v + 1] = verdict[v];
    verdictOf[v] = targets;
    verdictContext[v] = context;
    verdict[v] = admitted;
  }

  /** The spelling form of the slot's word, {@code text[s, e)} ({@link NameIndex#formOf}). */
  String form(int slot, String text, int s, int e) {
    String f = forms[slot];
    if (f == null) {
      f = NameIndex.formOf(text.substring(s, e));
      forms[slot] = f;
    }
    return f;
  }

  /** The key id of the slot's word ({@link NameIndex#keyId}), or {@link #NONE}. */
  int key(int slot) {
    return key[slot];
  }

  /** The key id of the slot's word as an acronym when it is all capitals or digits, else NONE. */
  int acronym(int slot) {
    return acronym[slot];
  }

  /** The key id of the Arabic word without its prepositional clitic "لل" (ل and the article). */
  int clitic1(int slot) {
    return clitic1[slot];
  }

  /** The key id of the Arabic word without its clitics (و ف, then ب ل), or NONE. */
  int clitic2(int slot) {
    return clitic2[slot];
  }

  /** The root's child for {@link #key}, or {@link NameTrie#NONE}. */
  int node(int slot) {
    return node[slot];
  }

  /** The root's child for {@link #clitic1}, or {@link NameTrie#NONE}. */
  int clitic1Node(int slot) {
    return clitic1Node[slot];
  }

  /** The root's child for {@link #clitic2}, or {@link NameTrie#NONE}. */
  int clitic2Node(int slot) {
    return clitic2Node[slot];
  }

  private boolean same(int at, String text, int s, int len) {
    char[] c = chars;
    for (int i = 0; i < len; i++) {
      if (c[at + i] != text.charAt(s + i)) {
        return false;
      }
    }
    return true;
  }

  private void fill(int slot, String text, int s, int e) {
    int len = e - s;
    if (slot != SPARE) {
      text.getChars(s, e, chars, slot * LONGEST);
      lengths[slot] = (byte) len;
    }
    verdictOf[2 * slot] = null;
    verdict[2 * slot] = null;
    verdictOf[2 * slot + 1] = null;
    verdict[2 * slot + 1] = null;
    forms[slot] = null;
    key[slot] = NONE;
    acronym[slot] = NONE;
    clitic1[slot] = NONE;
    clitic2[slot] = NONE;
    cut1[slot] = 0;
    cut2[slot] = 0;
    if (buf.length < len + 1) {
      buf = new char[(len + 1) * 2];
    }
    if (NameKeys.isArabic(text.charAt(s))) {
      arabic(text, s, e, slot);
    } else {
      int n = NameKeys.latinInto(text, s, e, false, buf);
      key[slot] = n == 0 ? NONE : index.keyId(buf, 0, n);
      if (len >= 2 && allCaps(text, s, e)) {
        acronym[slot] = index.acronymKeyId(text, s, e, buf);
      }
    }
    node[slot] = trie.rootChild(key[slot]);
    clitic1Node[slot] = trie.rootChild(clitic1[slot]);
    clitic2Node[slot] = trie.rootChild(clitic2[slot]);
  }

  /**
   * The key ids of an Arabic word: the word without its article, and the word without a clitic
   * conjunction or preposition (و ف ب ل ك; "لل" is ل and the article).
   */
  private void arabic(String text, int s, int e, int slot) {
    char[] b = buf;
    int len = NameKeys.arabicInto(text, s, e, b);
    int art = NameKeys.arabicArticleLength(b, 0, len);
    key[slot] = index.keyId(b, art, len - art);
    if (len <= 3) {
      return;
    }
    int cut = 0;
    // و and ف join words; ف before a name only with ب or ل ("فبدمشق"), never alone ("فراس" is
    // a name); ك ("like") is no clitic of names ("كبيرة" is "big", not ك + Bira)
    if (len >= 4 && (b[0] == 'و' || b[0] == 'ف' && (b[1] == 'ب' || b[1] == 'ل'))) {
      cut = 1;
    }
    if (len > cut + 3 && "بل".indexOf(b[cut]) >= 0) {
      if (b[cut] == 'ل' && b[cut + 1] == 'ل') {
        clitic1[slot] = index.keyId(b, cut + 2, len - cut - 2); // لل = ل + ال
        cut1[slot] = (byte) (cut + 2);
      } else {
        if (cut == 1) {
          // "ولبنان", "وبغداد", "وبيت لحم": و before a name that opens with ل or ب
          int a = NameKeys.arabicArticleLength(b, 1, len - 1);
          clitic1[slot] = index.keyId(b, 1 + a, len - 1 - a);
          cut1[slot] = 1;
        }
        cut++;
      }
    }
    if (cut > 0) {
      int a = NameKeys.arabicArticleLength(b, cut, len - cut);
      clitic2[slot] = index.keyId(b, cut + a, len - cut - a);
      cut2[slot] = (byte) cut;
    }
  }

  /**
   * How many folded letters the slot's clitic reading {@link #clitic1} ({@code first}) or
   * {@link #clitic2} cuts from its word: 1 for "و" of "ومصر" (and of "ولبنان" in the first), 2
   * for "ول" of "ولبنان" in the second, 2 for "لل" of "للجيش"; 0 when it makes none.
   */
  int cliticCut(int slot, boolean first) {
    return first ? cut1[slot] : cut2[slot];
  }

  /**
   * How many characters of the Arabic word at {@code s} the first {@code cut} folded letters take
   * as written: the marks and tatweel among them counted.
   */
  static int writtenLength(String text, int s, int e, int cut) {
    int i = s;
    for (int n = 0; n < cut && i < e; i++) {
      char c = text.charAt(i);
      if (!((c >= '\u064B' && c <= '\u065F') || c == '\u0640' || c == '\u0670')) {
        n++;
      }
    }
    return i - s;
  }

  /** True when every character of {@code s[from, to)} is a capital A-Z or a digit. */
  static boolean allCaps(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
        continue;
      }
      if (c < 0x80 || !Character.isDigit(c)) {
        return false; // (other digits than ASCII's: Arabic-Indic ones)
      }
    }
    return true;
  }
}
