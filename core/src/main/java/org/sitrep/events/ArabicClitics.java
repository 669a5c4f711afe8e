package org.sitrep.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Arabic words as the trigger lexicon reads them: a key with no diacritics and folded alef forms,
 * and the readings of a word as proclitics, a stem and suffixes ("وسيطرتها" = و + سيطرة + ها),
 * with the clitics a verb or a noun may carry. Thread-safe.
 */
final class ArabicClitics {
  /* Arabic proclitics of verbs and of nouns, and the suffixes each may carry (normalized). */
  private static final Set<String> VERB_PREFIXES = Set.of("", "و", "ف", "ل", "س", "وس", "فس", "ول",
      "فل", "لي");
  private static final Set<String> NOUN_PREFIXES = Set.of("", "و", "ف", "ب", "ل", "ك", "ال", "وال",
      "فال", "بال", "كال", "لل", "ولل", "فلل", "وب", "فب", "ول", "فل", "وك", "وبال");
  private static final Set<String> VERB_SUFFIXES = Set.of("", "ت", "وا", "ا", "ن", "تا", "ون",
      "ان", "ين", "ه", "ها", "هم", "هما", "وه", "وها", "تها", "ته", "تهم", "نا", "ي");
  /* "ا" is the indefinite accusative ("قصفا", "طرودا": the tanween's alif, its marks removed). */
  private static final Set<String> NOUN_SUFFIXES = Set.of("", "ه", "ها", "هم", "هما", "ات", "ي",
      "ين", "ان", "ون", "نا", "ا");
  private static final List<String> PREFIX_LIST = sortedByLength(NOUN_PREFIXES, VERB_PREFIXES);
  private static final List<String> SUFFIX_LIST = sortedByLength(NOUN_SUFFIXES, VERB_SUFFIXES);

  /** A reading of a word: its stem and the clitics around it. */
  record Reading(String prefix, String stem, String suffix) {}

  /** True when the reading's clitics are a verb's. */
  static boolean verbReading(Reading r) {
    return VERB_PREFIXES.contains(r.prefix()) && VERB_SUFFIXES.contains(r.suffix());
  }

  /** True when the reading's clitics are a noun's. */
  static boolean nounReading(Reading r) {
    return NOUN_PREFIXES.contains(r.prefix()) && NOUN_SUFFIXES.contains(r.suffix());
  }

  /** The readings of an Arabic word whose stem is one of {@code stems}. */
  static List<Reading> readings(String w, Set<String> stems) {
    List<Reading> out = new ArrayList<>(2);
    for (String p : PREFIX_LIST) {
      if (!w.startsWith(p) || w.length() - p.length() < 2) {
        continue;
      }
      String rest = w.substring(p.length());
      for (String x : SUFFIX_LIST) {
        if (!rest.endsWith(x) || rest.length() - x.length() < 2) {
          continue;
        }
        String stem = rest.substring(0, rest.length() - x.length());
        if (stems.contains(stem)) {
          out.add(new Reading(p, stem, x));
        }
        if (!x.isEmpty() && stem.endsWith("ت")) {
          // a feminine noun before a suffix: سيطرته is سيطرة + ه
          String fem = stem.substring(0, stem.length() - 1) + "ة";
          if (stems.contains(fem)) {
            out.add(new Reading(p, fem, x));
          }
        }
      }
    }
    return out.isEmpty() ? List.of() : List.copyOf(out);
  }

  /**
   * The key an Arabic word is matched by: no diacritics or tatweel; alef forms and alef maqsura
   * folded (أ إ آ ٱ → ا, ى → ي). Ta marbuta stays: "سيطرة" (control) is not "سيطر" + "ه" (he
   * controlled it); before a suffix it is written ت and read back ("سيطرته" = سيطرة + ه).
   */
  static String key(String w) {
    StringBuilder b = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if ((c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640') {
        continue;
      }
      switch (c) {
        case '\u0623', '\u0625', '\u0622', '\u0671' -> b.append('\u0627');
        case '\u0649' -> b.append('\u064A');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  @SafeVarargs
  private static List<String> sortedByLength(Set<String>... sets) {
    Set<String> all = new LinkedHashSet<>();
    for (Set<String> s : sets) {
      all.addAll(s);
    }
    List<String> out = new ArrayList<>(all);
    out.sort((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
    return out;
  }

  private ArabicClitics() {}
}
