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
    List<String> alts = new ArrayList<>();
    for (String x : w) {
      alts.add(Pattern.quote(x).replace(" ", "\\E\\s+\\Q"));
    }
    return joined(w, alts);
  }

  /* Lists shorter than this are joined as they are. */
  private static final int GROUP_FROM = 8;

  /*
   * The alternatives of a phrase list joined by '|', in their order; a long list in groups by the
   * first letter, each behind a lookahead for it ("(?=[sS])(?:source|sources close|…)|…"): the
   * regex engine then tries the alternatives of one group at a position instead of all. The
   * matches are the same: at a position only alternatives whose first letter matches the
   * character there can match, whatever the case flags (the groups go by the letter's case
   * fold, and a lookahead admits every character its letters do), and those are all in one group
   * in their order, so the first that matches is the one the plain list gives.
   */
  private static String joined(List<String> phrases, List<String> alts) {
    java.util.Map<Integer, List<Integer>> byFold = new java.util.LinkedHashMap<>();
    boolean groupable = phrases.size() >= GROUP_FROM;
    for (int i = 0; i < phrases.size() && groupable; i++) {
      String x = phrases.get(i);
      int f = x.isEmpty() ? -1 : fold(x.codePointAt(0));
      if (f < 0 || fold(f) != f || Character.isWhitespace(x.codePointAt(0))) {
        groupable = false; // a phrase a first letter cannot tell (empty, a space): no groups
      } else {
        byFold.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
      }
    }
    if (!groupable || byFold.size() < 2) {
      return String.join("|", alts);
    }
    StringBuilder b = new StringBuilder();
    for (List<Integer> group : byFold.values()) {
      java.util.Set<Integer> firsts = new java.util.TreeSet<>();
      List<String> members = new ArrayList<>();
      for (int i : group) {
        firsts.add(phrases.get(i).codePointAt(0));
        members.add(alts.get(i));
      }
      if (b.length() > 0) {
        b.append('|');
      }
      b.append("(?=[");
      for (int c : firsts) {
        b.append(FirstChars.member(c), 0, FirstChars.member(c).length() - 1);
      }
      b.append("])(?:").append(String.join("|", members)).append(')');
    }
    return b.toString();
  }

  /* A character's case fold as the regex engine compares letters under UNICODE_CASE. */
  private static int fold(int cp) {
    return Character.toLowerCase(Character.toUpperCase(cp));
  }

  /**
   * Compiles {@code regex} behind a first-character guard ({@link #guarded}): the same matches,
   * found faster where most positions of a text cannot start one.
   */
  public static Pattern compile(String regex, int flags) {
    return Pattern.compile(guarded(regex), flags);
  }

  /**
   * The regex behind a lookahead that tests the character a match starts with, when the regex
   * says which characters those can be (each way through it starts with a literal, a character
   * class or an escape such as {@code \d}, after any anchors and lookarounds); else the regex
   * unchanged. The lookahead is compiled with the regex's flags and only states what a match
   * needs, so the matches are the same: a search then leaves most positions of a text after
   * one character test instead of trying every alternative of a long list there.
   */
  public static String guarded(String regex) {
    String first = firstChars(regex);
    return first == null ? regex : "(?=" + first + ")(?:" + regex + ")";
  }

  /**
   * The character class of the characters a match of {@code regex} can start with, or null when
   * the regex does not say (see {@link #guarded}), or may match the empty string.
   */
  public static String firstChars(String regex) {
    FirstChars f = new FirstChars(regex);
    FirstChars.First first = f.alternation();
    if (first == null || f.pos != regex.length() || first.nullable() || first.chars().isEmpty()) {
      return null;
    }
    StringBuilder members = new StringBuilder();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String m : first.chars().split("\0")) {
      if (!m.isEmpty() && seen.add(m)) {
        members.append(m);
      }
    }
    return "[" + members + "]";
  }

  /**
   * True when every match of {@code regex} starts with {@code prefix} (an anchor or a
   * lookaround): the regex opens with it and has no alternative beside it.
   */
  public static boolean opensWith(String regex, String prefix) {
    if (!regex.startsWith(prefix)) {
      return false;
    }
    FirstChars f = new FirstChars(regex);
    return f.topLevelBar(prefix.length()) < 0;
  }

  /*
   * The characters a match of a regex can start with, as the members of a character class,
   * read by a small parser of the regex syntax. It gives up (null) on what it does not know:
   * inline flags, back references, '.', negated classes, class intersections.
   */
  private static final class FirstChars {
    /*
     * chars: class members, each followed by a NUL; nullable: may match the empty string;
     * sealed: a quantifier after it binds to its last character only (\Q…\E).
     */
    record First(String chars, boolean nullable, boolean sealed) {}

    private static final First EMPTY = new First("", true, false);
    private final String re;
    int pos;

    FirstChars(String re) {
      this.re = re;
    }

    First alternation() {
      StringBuilder chars = new StringBuilder();
      boolean nullable = false;
      while (true) {
        First s = sequence();
        if (s == null) {
          return null;
        }
        chars.append(s.chars());
        nullable |= s.nullable();
        if (pos < re.length() && re.charAt(pos) == '|') {
          pos++;
          continue;
        }
        return new First(chars.toString(), nullable, false);
      }
    }

    private First sequence() {
      StringBuilder chars = new StringBuilder();
      boolean nullable = true;
      while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
        First item = item();
        if (item == null) {
          return null;
        }
        if (nullable) {
          chars.append(item.chars()); // all before it may be empty: it can start the match
        }
        nullable &= item.nullable();
      }
      return new First(chars.toString(), nullable, false);
    }

    private First item() {
      First a = atom();
      if (a == null || pos >= re.length()) {
        return a;
      }
      char c = re.charAt(pos);
      int min;
      if (c == '?' || c == '*') {
        pos++;
        min = 0;
      } else if (c == '+') {
        pos++;
        min = 1;
      } else if (c == '{') {
        int close = re.indexOf('}', pos);
        if (close < 0 || !re.substring(pos + 1, close).matches("\\d+(?:,\\d*)?")) {
          return null;
        }
        String q = re.substring(pos + 1, close);
        int comma = q.indexOf(',');
        min = Integer.parseInt(comma < 0 ? q : q.substring(0, comma));
        pos = close + 1;
      } else {
        return a;
      }
      if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
        pos++; // lazy or possessive: the same characters
      }
      return min == 0 && !a.sealed() ? new First(a.chars(), true, false) : a;
    }

    private First atom() {
      char c = re.charAt(pos);
      if (c == '(') {
        return group();
      }
      if (c == '[') {
        int end = classEnd(pos);
        if (end < 0) {
          return null;
        }
        String cls = re.substring(pos, end + 1);
        if (cls.indexOf('^') >= 0 || cls.contains("&&")) {
          return null;
        }
        pos = end + 1;
        return new First(cls + '\0', false, false);
      }
      if (c == '\\') {
        return escape();
      }
      if (c == '.') {
        return null;
      }
      if (c == '^' || c == '$') {
        pos++;
        return EMPTY;
      }
      int cp = re.codePointAt(pos);
      pos += Character.charCount(cp);
      return new First(member(cp), false, false);
    }

    private First group() {
      if (re.startsWith("(?=", pos) || re.startsWith("(?!", pos) || re.startsWith("(?<=", pos)
          || re.startsWith("(?<!", pos)) {
        int end = groupEnd(pos);
        if (end < 0) {
          return null;
        }
        pos = end + 1;
        return EMPTY; // a lookaround consumes nothing
      }
      if (re.startsWith("(?:", pos)) {
        pos += 3;
      } else if (re.startsWith("(?<", pos)) {
        int gt = re.indexOf('>', pos);
        if (gt < 0) {
          return null;
        }
        pos = gt + 1; // a named group
      } else if (re.startsWith("(?", pos)) {
        return null; // inline flags, atomic groups
      } else {
        pos++;
      }
      First inner = alternation();
      if (inner == null || pos >= re.length() || re.charAt(pos) != ')') {
        return null;
      }
      pos++;
      return new First(inner.chars(), inner.nullable(), false);
    }

    private First escape() {
      if (pos + 1 >= re.length()) {
        return null;
      }
      char n = re.charAt(pos + 1);
      if (n == 'Q') {
        int e = re.indexOf("\\E", pos + 2);
        String q = e < 0 ? re.substring(pos + 2) : re.substring(pos + 2, e);
        pos = e < 0 ? re.length() : e + 2;
        if (q.isEmpty()) {
          return EMPTY;
        }
        int cp = q.codePointAt(0);
        return new First(member(cp), false, q.length() > Character.charCount(cp));
      }
      if ("bBAGzZ".indexOf(n) >= 0) {
        pos += 2;
        return EMPTY;
      }
      if ("sSdDwWhHvVtnrfae".indexOf(n) >= 0) {
        pos += 2;
        return new First("\\" + n + '\0', false, false);
      }
      if (n == 'p' || n == 'P') {
        int end = propertyEnd(re, pos);
        if (end < 0) {
          return null;
        }
        String frag = re.substring(pos, end);
        pos = end;
        return new First(frag + '\0', false, false);
      }
      if (n == 'u' && pos + 6 <= re.length()
          && re.substring(pos + 2, pos + 6).matches("[0-9a-fA-F]{4}")) {
        String frag = re.substring(pos, pos + 6);
        pos += 6;
        return new First(frag + '\0', false, false);
      }
      if (Character.isLetterOrDigit(n)) {
        return null; // back references and escapes this parser does not read
      }
      int cp = re.codePointAt(pos + 1);
      pos += 1 + Character.charCount(cp);
      return new First(member(cp), false, false);
    }

    /* A character as a member of a character class, followed by a NUL. */
    static String member(int cp) {
      return ("[]\\^-&".indexOf(cp) >= 0 ? "\\" + (char) cp : new String(Character.toChars(cp)))
          + '\0';
    }

    /* The index of the first '|' outside groups at or after {@code from}, or -1. */
    int topLevelBar(int from) {
      for (int i = from; i < re.length(); i++) {
        char c = re.charAt(i);
        if (c == '|') {
          return i;
        }
        if (c == '(') {
          i = groupEnd(i);
        } else if (c == '[') {
          i = classEnd(i);
        } else if (c == '\\' && re.startsWith("Q", i + 1)) {
          int e = re.indexOf("\\E", i + 2);
          i = e < 0 ? re.length() : e + 1;
        } else if (c == '\\') {
          i++;
        }
        if (i < 0) {
          return 0; // unbalanced: say there may be one
        }
      }
      return -1;
    }

    private int classEnd(int open) {
      return Patterns.classEnd(re, open);
    }

    private int groupEnd(int open) {
      return Patterns.groupEnd(re, open);
    }
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

  /*
   * The end (exclusive) of the property escape at {@code at} ("\pL", "\p{Lu}", "\P{IsArabic}"),
   * or -1 if the pattern ends inside it.
   */
  static int propertyEnd(String re, int at) {
    int end = at + 3;
    if (at + 2 < re.length() && re.charAt(at + 2) == '{') {
      end = re.indexOf('}', at) + 1;
      if (end <= 0) {
        return -1;
      }
    }
    return end > re.length() ? -1 : end;
  }

  /* The index of the ']' that closes the class opening at {@code open} in {@code re}, or -1. */
  static int classEnd(String re, int open) {
    int i = open + 1;
    if (i < re.length() && re.charAt(i) == '^') {
      i++;
    }
    if (i < re.length() && re.charAt(i) == ']') {
      i++;
    }
    int depth = 1;
    for (; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /* The index of the ')' that closes the group opening at {@code open} in {@code re}, or -1. */
  static int groupEnd(String re, int open) {
    int depth = 0;
    for (int i = open; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\' && re.startsWith("Q", i + 1)) {
        int e = re.indexOf("\\E", i + 2);
        if (e < 0) {
          return -1;
        }
        i = e + 1;
      } else if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(re, i);
        if (i < 0) {
          return -1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
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
    List<String> alts = new ArrayList<>();
    for (String x : w) {
      StringBuilder b = new StringBuilder();
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
      alts.add(b.toString());
    }
    return joined(w, alts);
  }
}
