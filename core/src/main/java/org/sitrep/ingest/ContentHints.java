package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.text.DataFiles;

/**
 * The class/id vocabulary of {@code content-hints.tsv}: tells whether an element's class and id
 * mark it as chrome (strong or weak), protect it, or mark it as content; a box of links to other
 * pages (chrome only when it holds a link), or a picture box.
 */
final class ContentHints {
  enum Kind { STRONG, NEGATIVE, PROTECT, POSITIVE, LINKBOX, PICTURE, GATE }

  private static final ContentHints DEFAULT =
      new ContentHints(DataFiles.readTsv(ContentHints.class, "content-hints.tsv"));

  private final Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);
  private final Map<Kind, List<String>> prefixes = new EnumMap<>(Kind.class);
  /* The same, for all kinds at once: each word's or phrase's kinds as bits (1 << ordinal). */
  private final Map<String, Integer> wordKinds = new HashMap<>();
  private final List<String> prefixList = new ArrayList<>();
  private final List<Integer> prefixKinds = new ArrayList<>();
  /* The first words of the phrases ("most" of "most-popular"). */
  private final Set<String> phraseHeads = new HashSet<>();

  private ContentHints(List<String[]> rows) {
    for (Kind k : Kind.values()) {
      words.put(k, new HashSet<>());
      prefixes.put(k, new ArrayList<>());
    }
    for (String[] r : rows) {
      Kind k = Kind.valueOf(r[0].strip().toUpperCase(Locale.ROOT));
      String text = r[2].strip().toLowerCase(Locale.ROOT);
      switch (r[1].strip()) {
        case "word" -> words.get(k).add(text);
        case "prefix" -> prefixes.get(k).add(text);
        default -> throw new IllegalStateException("content-hints.tsv: bad match type " + r[1]);
      }
      if (r[1].strip().equals("word")) {
        wordKinds.merge(text, 1 << k.ordinal(), (a, b) -> a | b);
        if (text.indexOf('-') > 0) {
          phraseHeads.add(text.substring(0, text.indexOf('-')));
        }
      } else {
        prefixList.add(text);
        prefixKinds.add(1 << k.ordinal());
      }
    }
  }

  static ContentHints get() {
    return DEFAULT;
  }

  /** Splits a class-and-id string into lower-case words at spaces, '-' and '_'. */
  static List<String> words(String hint) {
    List<String> out = new ArrayList<>();
    words(hint, out);
    return out;
  }

  /** Adds the words of {@code hint} ({@link #words(String)}) to {@code out}. */
  static void words(String hint, List<String> out) {
    int start = -1;
    for (int i = 0; i <= hint.length(); i++) {
      char c = i < hint.length() ? hint.charAt(i) : ' ';
      boolean sep = c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n';
      if (!sep && start < 0) {
        start = i;
      } else if (sep && start >= 0) {
        out.add(hint.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
  }

  /** The bit of {@code kind} in a {@link #kinds} mask. */
  static int bit(Kind kind) {
    return 1 << kind.ordinal();
  }

  /**
   * The kinds the words of a hint match, as bits ({@link #bit}): for each kind, set exactly when
   * {@link #has} is true for it.
   */
  int kinds(List<String> w) {
    int mask = 0;
    for (int i = 0; i < w.size(); i++) {
      String a = w.get(i);
      Integer k = wordKinds.get(a);
      if (k != null) {
        mask |= k;
      }
      for (int p = 0; p < prefixList.size(); p++) {
        if (a.startsWith(prefixList.get(p))) {
          mask |= prefixKinds.get(p);
        }
      }
      if (i + 1 < w.size() && phraseHeads.contains(a)) {
        String ab = a + "-" + w.get(i + 1);
        k = wordKinds.get(ab);
        if (k != null) {
          mask |= k;
        }
        if (i + 2 < w.size()) {
          k = wordKinds.get(ab + "-" + w.get(i + 2));
          if (k != null) {
            mask |= k;
          }
        }
      }
    }
    return mask;
  }

  /**
   * The kinds one word matches as bits ({@link #bit}): {@link #kinds} of a one-word list,
   * without building the list.
   */
  int wordKinds(String a) {
    Integer k = wordKinds.get(a);
    int mask = k == null ? 0 : k;
    for (int p = 0; p < prefixList.size(); p++) {
      if (a.startsWith(prefixList.get(p))) {
        mask |= prefixKinds.get(p);
      }
    }
    return mask;
  }

  /** True when the words of a hint match a hint of this kind. */
  boolean has(List<String> w, Kind kind) {
    Set<String> set = words.get(kind);
    List<String> pre = prefixes.get(kind);
    for (int i = 0; i < w.size(); i++) {
      String a = w.get(i);
      if (set.contains(a)) {
        return true;
      }
      for (String p : pre) {
        if (a.startsWith(p)) {
          return true;
        }
      }
      if (i + 1 < w.size()) {
        String ab = a + "-" + w.get(i + 1);
        if (set.contains(ab) || (i + 2 < w.size() && set.contains(ab + "-" + w.get(i + 2)))) {
          return true;
        }
      }
    }
    return false;
  }
}
