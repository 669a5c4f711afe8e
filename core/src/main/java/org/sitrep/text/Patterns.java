package org.sitrep.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Builds regular expressions from word lists of the data files. */
public final class Patterns {
  private Patterns() {}

  /**
   * A regex alternation of literal phrases, longest first (so that "مساء أمس" wins over "أمس"),
   * any whitespace allowed between the words of a phrase.
   */
  public static String alternation(Collection<String> phrases) {
    List<String> w = new ArrayList<>(phrases);
    w.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder b = new StringBuilder();
    for (String x : w) {
      if (b.length() > 0) {
        b.append('|');
      }
      b.append(Pattern.quote(x).replace(" ", "\\E\\s+\\Q"));
    }
    return b.toString();
  }

  /**
   * The same alternation as {@link #alternation}, matching the same text in the same way, but
   * faster to try where most positions open none of the phrases: the phrases are grouped by
   * their first letter, and each group is guarded by a lookahead for the characters that can
   * open it, so a position is tried against one group rather than against every phrase.
   *
   * <p>Exactness: under any of Java's matching modes (case-sensitive, {@code
   * CASE_INSENSITIVE}, {@code CASE_INSENSITIVE | UNICODE_CASE}) a text character can match the
   * first character of phrases of one group only, so at any position the phrases that can match
   * are tried in the same order (longest first) as in {@link #alternation}, and the guards only
   * skip phrases that cannot match there. A guard lists every character that matches the group's
   * first letter in any of those modes (and some more: it only has to be wide enough). When a
   * first letter falls outside what that reasoning covers (a surrogate, a letter whose case
   * mapping does not settle in one step), this returns {@link #alternation} itself.
   */
  public static String alternationByFirstChar(Collection<String> phrases) {
    List<String> w = new ArrayList<>(phrases);
    w.sort(Comparator.comparingInt(String::length).reversed());
    // the groups by the case-folded first letter, in the order of their longest phrase
    Map<Integer, List<String>> groups = new LinkedHashMap<>();
    for (String x : w) {
      if (x.isEmpty()) {
        return alternation(phrases);
      }
      char c = x.charAt(0);
      int key = caseKey(c);
      if (Character.isSurrogate(c) || Character.isWhitespace(c) || caseKey(key) != key) {
        return alternation(phrases);
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(x);
    }
    if (groups.isEmpty()) {
      return alternation(phrases);
    }
    // every character that may match a group's first letter: itself, or one with the same key
    Map<Integer, TreeSet<Integer>> openers = new HashMap<>();
    for (int key : groups.keySet()) {
      openers.put(key, new TreeSet<>());
    }
    TreeSet<Integer> all = new TreeSet<>();
    for (int ch = 0; ch <= 0xFFFF; ch++) {
      if (Character.isSurrogate((char) ch)) {
        continue;
      }
      for (int k : new int[] {ch, caseKey(ch), Character.toLowerCase(ch),
          Character.toUpperCase(ch), asciiLower(ch)}) {
        TreeSet<Integer> set = openers.get(k);
        if (set != null) {
          set.add(ch);
          all.add(ch);
        }
      }
    }
    StringBuilder b = new StringBuilder();
    for (Map.Entry<Integer, List<String>> g : groups.entrySet()) {
      if (b.length() > 0) {
        b.append('|');
      }
      b.append("(?=").append(charClass(openers.get(g.getKey()))).append(")(?:")
          .append(alternation(g.getValue())).append(')');
    }
    return "(?=" + charClass(all) + ")(?:" + b + ")";
  }

  /**
   * Returns {@code regex} behind a lookahead for the characters its matches can open with, when
   * that is plain from its text: it opens with a group of literal alternatives (letters, digits,
   * spaces and hyphens between {@code |}), the group is not optional, and nothing outside it
   * offers another alternative ({@code "(?:photo|image)s?:.*"}). Any other regex is returned as
   * it is. The guard lists every character that matches an alternative's first letter in any
   * case mode, so the guarded regex matches exactly what {@code regex} does, but fails at a
   * position at once where no alternative can start (a search tries every position).
   */
  public static String withFirstCharGuard(String regex) {
    int open = regex.startsWith("(?:") ? 3 : regex.startsWith("(") && !regex.startsWith("(?") ? 1
        : -1;
    if (open < 0) {
      return regex;
    }
    int close = regex.indexOf(')', open);
    if (close < 0) {
      return regex;
    }
    List<String> alternatives = new ArrayList<>();
    for (String a : regex.substring(open, close).split("\\|", -1)) {
      if (a.isEmpty() || !a.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == ' '
          || c == '-') || Character.isSurrogate(a.charAt(0)) || a.charAt(0) == ' ') {
        return regex;
      }
      alternatives.add(a);
    }
    String rest = regex.substring(close + 1);
    if (!rest.isEmpty() && "?*{".indexOf(rest.charAt(0)) >= 0 || !noTopLevelBar(rest)) {
      return regex;
    }
    TreeSet<Integer> firsts = new TreeSet<>();
    Set<Integer> keys = new HashSet<>();
    for (String a : alternatives) {
      keys.add(caseKey(a.charAt(0)));
      if (caseKey(caseKey(a.charAt(0))) != caseKey(a.charAt(0))) {
        return regex;
      }
    }
    for (int ch = 0; ch <= 0xFFFF; ch++) {
      if (!Character.isSurrogate((char) ch)) {
        for (int k : new int[] {ch, caseKey(ch), Character.toLowerCase(ch),
            Character.toUpperCase(ch), asciiLower(ch)}) {
          if (keys.contains(k)) {
            firsts.add(ch);
          }
        }
      }
    }
    return "(?=" + charClass(firsts) + ")" + regex;
  }

  /* True when no | of s stands outside every group and character class (s is well formed). */
  private static boolean noTopLevelBar(String s) {
    int depth = 0;
    int classDepth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        if (i + 1 < s.length() && (s.charAt(i + 1) == 'Q')) {
          return false; // quoted text: not read here
        }
        i++;
      } else if (classDepth > 0) {
        if (c == '[') {
          classDepth++;
        } else if (c == ']') {
          classDepth--;
        }
      } else if (c == '[') {
        classDepth = 1;
        if (i + 1 < s.length() && s.charAt(i + 1) == ']') {
          i++; // "[]...]": the first ] is a character of the class
        } else if (i + 2 < s.length() && s.charAt(i + 1) == '^' && s.charAt(i + 2) == ']') {
          i += 2;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth < 0) {
          return false;
        }
      } else if (c == '|' && depth == 0) {
        return false;
      }
    }
    return depth == 0 && classDepth == 0;
  }

  /* A case-sensitive character class of the characters, consecutive ones as ranges. */
  private static String charClass(SortedSet<Integer> chars) {
    StringBuilder b = new StringBuilder("(?-i:[");
    Integer from = null;
    int last = -2;
    for (int c : chars) {
      if (c != last + 1) {
        if (from != null) {
          range(b, from, last);
        }
        from = c;
      }
      last = c;
    }
    if (from != null) {
      range(b, from, last);
    }
    return b.append("])").toString();
  }

  private static void range(StringBuilder b, int from, int to) {
    b.append(String.format(Locale.ROOT, "\\x{%x}", from));
    if (to > from) {
      b.append(String.format(Locale.ROOT, "-\\x{%x}", to));
    }
  }

  /* What Java's Unicode case-insensitive matching compares a character by. */
  private static int caseKey(int c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  private static int asciiLower(int c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  }

  /**
   * Like {@link #alternation}, but Arabic letters may carry short vowels, shadda or tatweel the
   * phrase does not write ("أكّد" for "أكد").
   */
  public static String alternationWithMarks(Collection<String> phrases) {
    List<String> w = new ArrayList<>(phrases);
    w.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder b = new StringBuilder();
    for (String x : w) {
      if (b.length() > 0) {
        b.append('|');
      }
      for (int i = 0; i < x.length(); i++) {
        char c = x.charAt(i);
        if (c == ' ') {
          b.append("\\s+");
        } else if (c >= '\u0621' && c <= '\u064A') {
          b.append(c).append("[\\u064B-\\u0652\\u0640]*");
        } else {
          b.append(Pattern.quote(String.valueOf(c)));
        }
      }
    }
    return b.toString();
  }
}
