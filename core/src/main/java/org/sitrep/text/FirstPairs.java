package org.sitrep.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The first two characters a match of a regex can open with, as sequences of character classes:
 * read by a small parser of the regex syntax, an over-approximation (every match opens with one
 * of the sequences; some sequences may open none). A sequence of one class means a match may be
 * one character long; an empty one, that it may be empty. Gives up (null) on what it does not
 * read: inline flags, atomic groups, back references, '.', a quantified quoted run, and sets too
 * large to be worth it.
 */
final class FirstPairs {
  /*
   * Maintainer notes. The set of the first two elements of a concatenation is the truncated
   * product of its parts' sets; of an alternation, their union. A quantified element X{m,n} is
   * over-approximated by X ∪ XX ∪ XXX (up to k repetitions; without X when m is 2 or more, X alone
   * when n is 1; and the empty sequence when m is 0): the first two non-empty
   * pieces of any repetition are two pieces of X. Lookarounds, anchors and \b consume nothing.
   * An element is a class fragment compiled on its own with the regex's flags (a literal
   * character is quoted as a class member), so it folds case exactly as the regex does.
   */
  private static final int LIMIT = 4096;

  private final String re;
  private final int k;
  private int pos;

  private FirstPairs(String re, int k) {
    this.re = re;
    this.k = k;
  }

  /** The sequences (of one or two class fragments, or none), or null where it cannot say. */
  static Set<List<String>> of(String regex) {
    return of(regex, 2);
  }

  /**
   * The sequences of the first {@code k} elements (2 or 3; fewer where a match may be that
   * short), or null where it cannot say.
   */
  static Set<List<String>> of(String regex, int k) {
    FirstPairs p = new FirstPairs(regex, k);
    try {
      Set<List<String>> s = p.alternation();
      return s == null || p.pos != regex.length() ? null : s;
    } catch (RuntimeException e) {
      return null; // a syntax this parser misreads: no pairs, the first characters still hold
    }
  }

  private Set<List<String>> alternation() {
    Set<List<String>> out = new HashSet<>();
    while (true) {
      Set<List<String>> s = sequence();
      if (s == null) {
        return null;
      }
      out.addAll(s);
      if (out.size() > LIMIT) {
        return null;
      }
      if (pos < re.length() && re.charAt(pos) == '|') {
        pos++;
        continue;
      }
      return out;
    }
  }

  private Set<List<String>> sequence() {
    Set<List<String>> acc = Set.of(List.of());
    while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
      Set<List<String>> item = item();
      if (item == null) {
        return null;
      }
      acc = concat(acc, item);
      if (acc == null) {
        return null;
      }
    }
    return acc;
  }

  /* The first k elements of a then b. */
  private Set<List<String>> concat(Set<List<String>> a, Set<List<String>> b) {
    Set<List<String>> out = new HashSet<>();
    for (List<String> x : a) {
      if (x.size() >= k) {
        out.add(x);
        continue;
      }
      for (List<String> y : b) {
        if (x.isEmpty()) {
          out.add(y);
        } else if (y.isEmpty()) {
          out.add(x);
        } else {
          List<String> xy = new ArrayList<>(k);
          xy.addAll(x);
          for (int i = 0; i < y.size() && xy.size() < k; i++) {
            xy.add(y.get(i));
          }
          out.add(List.copyOf(xy));
        }
      }
      if (out.size() > LIMIT) {
        return null;
      }
    }
    return out;
  }

  private Set<List<String>> item() {
    int quoteStart = pos;
    Set<List<String>> a = atom();
    if (a == null || pos >= re.length()) {
      return a;
    }
    char c = re.charAt(pos);
    int min;
    boolean once = false; // at most one repetition
    if (c == '?' || c == '*') {
      pos++;
      min = 0;
      once = c == '?';
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
      once = comma < 0 ? min <= 1 : comma < q.length() - 1
          && Integer.parseInt(q.substring(comma + 1)) <= 1;
      pos = close + 1;
    } else {
      return a;
    }
    if (re.startsWith("\\Q", quoteStart)) {
      return null; // the quantifier binds to the quoted run's last character only
    }
    if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
      pos++; // lazy or possessive: no other characters
    }
    Set<List<String>> out = new HashSet<>();
    if (!once) {
      // two repetitions or more: the first k non-empty ones are k repetitions of X
      Set<List<String>> xx = concat(a, a);
      Set<List<String>> xxx = xx == null || k < 3 ? xx : concat(xx, a);
      if (xx == null || xxx == null) {
        return null;
      }
      out.addAll(xx);
      out.addAll(xxx);
    }
    if (min < 2) {
      out.addAll(a); // else two repetitions at least: XX holds them (and X, where X may be empty)
    }
    if (min == 0) {
      out.add(List.of());
    }
    return out;
  }

  private Set<List<String>> atom() {
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
      pos = end + 1;
      return Set.of(List.of(cls));
    }
    if (c == '\\') {
      return escape();
    }
    if (c == '.') {
      return null;
    }
    if (c == '^' || c == '$') {
      pos++;
      return Set.of(List.of());
    }
    int cp = re.codePointAt(pos);
    pos += Character.charCount(cp);
    return Set.of(List.of(member(cp)));
  }

  private Set<List<String>> group() {
    if (re.startsWith("(?=", pos) || re.startsWith("(?!", pos) || re.startsWith("(?<=", pos)
        || re.startsWith("(?<!", pos)) {
      int end = groupEnd(pos);
      if (end < 0) {
        return null;
      }
      pos = end + 1;
      return Set.of(List.of());
    }
    if (re.startsWith("(?:", pos)) {
      pos += 3;
    } else if (re.startsWith("(?<", pos)) {
      int gt = re.indexOf('>', pos);
      if (gt < 0) {
        return null;
      }
      pos = gt + 1;
    } else if (re.startsWith("(?", pos)) {
      return null;
    } else {
      pos++;
    }
    Set<List<String>> inner = alternation();
    if (inner == null || pos >= re.length() || re.charAt(pos) != ')') {
      return null;
    }
    pos++;
    return inner;
  }

  private Set<List<String>> escape() {
    if (pos + 1 >= re.length()) {
      return null;
    }
    char n = re.charAt(pos + 1);
    if (n == 'Q') {
      int e = re.indexOf("\\E", pos + 2);
      String q = e < 0 ? re.substring(pos + 2) : re.substring(pos + 2, e);
      pos = e < 0 ? re.length() : e + 2;
      List<String> seq = new ArrayList<>(k);
      for (int i = 0; i < q.length() && seq.size() < k; ) {
        int cp = q.codePointAt(i);
        seq.add(member(cp));
        i += Character.charCount(cp);
      }
      return Set.of(List.copyOf(seq));
    }
    if ("bBAGzZ".indexOf(n) >= 0) {
      pos += 2;
      return Set.of(List.of());
    }
    if ("sSdDwWhHvVtnrfae".indexOf(n) >= 0) {
      pos += 2;
      return Set.of(List.of("[\\" + n + "]"));
    }
    if (n == 'p' || n == 'P') {
      int end = Patterns.propertyEnd(re, pos);
      if (end < 0) {
        return null;
      }
      String frag = re.substring(pos, end);
      pos = end;
      return Set.of(List.of("[" + frag + "]"));
    }
    if (n == 'u' && pos + 6 <= re.length()
        && re.substring(pos + 2, pos + 6).matches("[0-9a-fA-F]{4}")) {
      String frag = re.substring(pos, pos + 6);
      pos += 6;
      return Set.of(List.of("[" + frag + "]"));
    }
    if (Character.isLetterOrDigit(n)) {
      return null;
    }
    int cp = re.codePointAt(pos + 1);
    pos += 1 + Character.charCount(cp);
    return Set.of(List.of(member(cp)));
  }

  /* A character as a class of its own. */
  private static String member(int cp) {
    return "[" + ("[]\\^-&".indexOf(cp) >= 0 ? "\\" + (char) cp
        : new String(Character.toChars(cp))) + "]";
  }

  private int classEnd(int open) {
    return Patterns.classEnd(re, open);
  }

  private int groupEnd(int open) {
    return Patterns.groupEnd(re, open);
  }
}
