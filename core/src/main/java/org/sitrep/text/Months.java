package org.sitrep.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Month names in English, French and Arabic (both the Egyptian/Gulf and the Levantine systems)
 * from {@code /org/sitrep/lexicon/months.tsv}.
 */
public final class Months {
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final Map<String, Integer> BY_NAME = new HashMap<>();
  /* Lower-case names as written, for a lookup without folding. */
  private static final Map<String, Integer> PLAIN = new HashMap<>();
  /* The first words of the names of two or more words ("كانون" of "كانون الثاني"). */
  private static final java.util.Set<String> OPENERS = new java.util.HashSet<>();
  private static final String ALTERNATION;
  private static final String ALTERNATION_BY_FIRST_CHAR;
  private static final String DATE_LINE_ALTERNATION;
  private static final int DATE_LINE_LONGEST;

  static {
    List<String> names = read("/org/sitrep/lexicon/months.tsv");
    ALTERNATION = Patterns.alternation(names);
    ALTERNATION_BY_FIRST_CHAR = Patterns.alternationByFirstChar(names);
    names.addAll(read("/org/sitrep/lexicon/months-more.tsv"));
    DATE_LINE_ALTERNATION = Patterns.alternationByFirstChar(names);
    DATE_LINE_LONGEST = names.stream().mapToInt(String::length).max().orElse(0);
    for (String k : PLAIN.keySet()) {
      int sp = k.indexOf(' ');
      if (sp > 0) {
        OPENERS.add(k.substring(0, sp));
      }
    }
  }

  private static List<String> read(String resource) {
    List<String> names = new ArrayList<>();
    for (String[] row : DataFiles.readTsv(Months.class, resource)) {
      int m = Integer.parseInt(row[0].strip());
      for (int i = 1; i < row.length; i++) {
        String n = row[i].strip();
        if (!n.isEmpty()) {
          BY_NAME.put(key(n), m);
          PLAIN.put(n.toLowerCase(java.util.Locale.ROOT), m);
          PLAIN.put(key(n), m);
          names.add(n);
        }
      }
    }
    return names;
  }

  private Months() {}

  private static String key(String name) {
    return SPACES.matcher(TextNormalizer.fold(name).replace(".", "")).replaceAll(" ");
  }

  /** The month number (1-12) of a month name, or null. */
  public static Integer month(String name) {
    Integer m = PLAIN.get(name);
    return m != null ? m : BY_NAME.get(key(name));
  }

  /** The month number of a lower-case word as written, without folding (fast), or null. */
  public static Integer plain(String lowerWord) {
    return PLAIN.get(lowerWord);
  }

  /** Every word of the lower-case names {@link #plain} knows (both words of "كانون الثاني"). */
  public static java.util.Set<String> plainWords() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String k : PLAIN.keySet()) {
      out.addAll(List.of(k.split(" ")));
    }
    return out;
  }

  /** True when a lower-case word opens a month name of several words ({@link #plain}). */
  public static boolean opensName(String lowerWord) {
    return OPENERS.contains(lowerWord);
  }

  /** A regex alternation of the month names read in body text, longest first (case-insensitive). */
  public static String alternation() {
    return ALTERNATION;
  }

  /**
   * {@link #alternation}, grouped by first letter ({@link Patterns#alternationByFirstChar}): it
   * matches the same, and is faster to search a long text with.
   */
  public static String alternationByFirstChar() {
    return ALTERNATION_BY_FIRST_CHAR;
  }

  /**
   * The alternation for a page's date lines and date elements: also the month names of German,
   * Dutch, Spanish, Italian, Portuguese and Turkish pages; grouped by first letter ({@link
   * Patterns#alternationByFirstChar}), so that a search tries a position against the names of
   * one letter only.
   */
  public static String dateLineAlternation() {
    return DATE_LINE_ALTERNATION;
  }

  /** The length in characters of the longest name {@link #dateLineAlternation} holds. */
  public static int dateLineLongest() {
    return DATE_LINE_LONGEST;
  }
}
