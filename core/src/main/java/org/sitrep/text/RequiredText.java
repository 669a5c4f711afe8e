package org.sitrep.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The literal pieces of text every match of a regex holds, read from the regex itself: a cheap
 * test ({@link #mayMatch}) that rules a line out before the regex engine tries it at every
 * position. "{@code .{0,80}\b(do|does) not necessarily (reflect|represent)}" needs
 * " not necessarily "; "{@code (photo|image)s?\s?:\s?[^.]{2,60}$}" needs ":". Only the regex's
 * top level is read (no group, class or optional piece counts), and a regex with an alternative
 * at its top level needs nothing, so the test never rules out a text the regex would match. Case
 * is compared folded ({@link #fold}), which every case-insensitive match agrees with.
 */
public final class RequiredText {
  private final String[][] clauses;

  private RequiredText(List<List<String>> clauses) {
    // the one clause that rules out most: the fewest texts, the longest shortest text
    List<String> best = null;
    for (List<String> c : clauses) {
      if (best == null || c.size() < best.size()
          || c.size() == best.size() && shortest(c) > shortest(best)) {
        best = c;
      }
    }
    this.clauses = best == null ? new String[0][] : new String[][] {best.toArray(new String[0])};
  }

  private static int shortest(List<String> texts) {
    int m = Integer.MAX_VALUE;
    for (String t : texts) {
      m = Math.min(m, t.length());
    }
    return m;
  }

  /** What every match of {@code p} holds (nothing, when its regex does not say). */
  public static RequiredText of(Pattern p) {
    if ((p.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
      return new RequiredText(List.of());
    }
    return new RequiredText(pieces(p.pattern()));
  }

  /**
   * Every clause of what each match of {@code p} holds (a list of texts, one of which a match
   * holds), not only the one {@link #mayMatch} tests; none when the regex does not say.
   */
  public static String[][] allClauses(Pattern p) {
    if ((p.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
      return new String[0][];
    }
    List<List<String>> c = pieces(p.pattern());
    String[][] out = new String[c.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = c.get(i).toArray(new String[0]);
    }
    return out;
  }

  /** True when the regex needs no literal text at all: {@link #mayMatch} is always true. */
  public boolean none() {
    return clauses.length == 0;
  }

  /** False when {@code folded} (a text {@link #fold folded}) lacks a piece every match holds. */
  public boolean mayMatch(String folded) {
    for (String[] clause : clauses) {
      boolean any = false;
      for (String p : clause) {
        if (folded.contains(p)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /** A text with each character case-folded as a case-insensitive regex compares them. */
  public static String fold(CharSequence s) {
    char[] c = new char[s.length()];
    char[] table = FOLDED;
    for (int i = 0; i < c.length; i++) {
      c[i] = table[s.charAt(i)];
    }
    return new String(c);
  }

  /* fold(c) of every character, worked out once. */
  private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

  static {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      FOLDED[i] = fold((char) i);
    }
  }

  static char fold(char c) {
    return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
        : Character.toLowerCase(Character.toUpperCase(c));
  }

  /* What every match of the regex holds: clauses, each a list of texts one of which it holds. */
  static List<List<String>> pieces(String re) {
    List<List<String>> c = clauses(re, 0, re.length());
    return c == null ? List.of() : c;
  }

  /* The clauses of re[from, to): its alternatives' texts, one clause for them all; or null. */
  private static List<List<String>> clauses(String re, int from, int to) {
    List<int[]> alts = new ArrayList<>();
    int a = from;
    for (int i = from; i < to; i++) {
      char c = re.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = closeClass(re, i) - 1;
        if (i < 0) {
          return null;
        }
      } else if (c == '(') {
        i = closeGroup(re, i) - 1;
        if (i < 0) {
          return null;
        }
      } else if (c == '|') {
        alts.add(new int[] {a, i});
        a = i + 1;
      }
    }
    alts.add(new int[] {a, to});
    if (alts.size() == 1) {
      return sequence(re, from, to);
    }
    List<String> any = new ArrayList<>();
    for (int[] alt : alts) {
      List<List<String>> c = sequence(re, alt[0], alt[1]);
      String best = null;
      for (List<String> clause : c == null ? List.<List<String>>of() : c) {
        if (clause.size() == 1 && (best == null || clause.get(0).length() > best.length())) {
          best = clause.get(0);
        }
      }
      if (best == null) {
        return List.of(); // an alternative that needs no text: the whole needs none
      }
      any.add(best);
    }
    List<List<String>> out = new ArrayList<>();
    out.add(any);
    return out;
  }

  /* The clauses of a sequence without top-level alternatives, or null when it cannot be read. */
  private static List<List<String>> sequence(String re, int from, int n) {
    List<List<String>> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int i = from;
    while (i < n) {
      char c = re.charAt(i);
      int unitEnd;
      char literal = 0;
      boolean isLiteral = false;
      List<List<String>> inner = null;
      if (c == '(') {
        unitEnd = closeGroup(re, i);
        if (unitEnd < 0 || unitEnd > n) {
          return null;
        }
        int body = i + 1;
        if (re.startsWith("?:", body) || re.startsWith("?>", body)) {
          body += 2;
        } else if (re.startsWith("?<", body) && !re.startsWith("?<=", body)
            && !re.startsWith("?<!", body)) {
          body = re.indexOf('>', body) + 1; // a named group
        } else if (body < n && re.charAt(body) == '?') {
          int colon = body + 1;
          while (colon < unitEnd && (Character.isLetter(re.charAt(colon)) || re.charAt(colon) == '-')) {
            colon++;
          }
          // "(?i:…)", "(?-i:…)": flags and a body; lookarounds and "(?i)" hold nothing here
          body = colon < unitEnd && re.charAt(colon) == ':' ? colon + 1 : -1;
        }
        if (body > 0) {
          inner = clauses(re, body, unitEnd - 1);
        }
      } else if (c == '[') {
        unitEnd = closeClass(re, i);
        inner = unitEnd < 0 ? null : members(re, i + 1, unitEnd - 1);
      } else if (c == '\\') {
        if (i + 1 >= n) {
          return null;
        }
        char e = re.charAt(i + 1);
        if (e == 'Q') {
          int end = re.indexOf("\\E", i + 2);
          unitEnd = end < 0 ? n : end + 2; // quoted text: read as no piece, to stay simple
        } else if (e == 'p' || e == 'P') {
          int close = i + 2 < n && re.charAt(i + 2) == '{' ? re.indexOf('}', i + 2) : i + 2;
          unitEnd = close < 0 ? n : close + 1;
        } else if (e == 'x' || e == 'u' || e == 'c' || e == 'N' || e == '0' || e == 'k') {
          return null; // rare escapes with arguments: claim nothing
        } else if (Character.isLetterOrDigit(e)) {
          unitEnd = i + 2; // \s \d \b \w \1 …: no literal
        } else {
          unitEnd = i + 2;
          literal = e;
          isLiteral = true;
        }
      } else if (c == '.' || c == '^' || c == '$') {
        unitEnd = i + 1;
      } else if (c == ')' || c == '*' || c == '+' || c == '?' || c == '{') {
        return null; // not a regex this reader understands
      } else {
        unitEnd = i + 1;
        literal = c;
        isLiteral = true;
      }
      if (unitEnd < 0 || unitEnd > n) {
        return null;
      }
      int q = unitEnd;
      boolean optional = false;
      boolean repeated = false;
      if (q < n) {
        char k = re.charAt(q);
        if (k == '?' || k == '*') {
          optional = true;
          q++;
        } else if (k == '+') {
          repeated = true;
          q++;
        } else if (k == '{') {
          int close = re.indexOf('}', q);
          if (close < 0 || close >= n) {
            return null;
          }
          String min = re.substring(q + 1, close).split(",", -1)[0].trim();
          optional = min.isEmpty() || min.equals("0");
          repeated = true;
          q = close + 1;
        }
        if ((optional || repeated) && q < n && (re.charAt(q) == '?' || re.charAt(q) == '+')) {
          q++; // lazy or possessive
        }
      }
      if (isLiteral && !optional) {
        run.append(fold(literal));
      }
      if (!isLiteral || optional || repeated) {
        flush(run, out);
      }
      if (inner != null && !optional) {
        out.addAll(inner);
      }
      i = q;
    }
    flush(run, out);
    return out;
  }

  /*
   * A plain character class's members, re[from, to) inside its brackets, as one clause of
   * one-character texts ("[★☆✩✭]", "[(\\[]"): a match holds one of them. Null for a class
   * this reader does not take: negated, with a range, a nested class, an escape that names a
   * set ("\\s", "\\p{L}") or more than eight members.
   */
  private static List<List<String>> members(String re, int from, int to) {
    if (from >= to || re.charAt(from) == '^') {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      char c = re.charAt(i);
      if (c == '\\') {
        if (i + 1 >= to || Character.isLetterOrDigit(re.charAt(i + 1))) {
          return null;
        }
        c = re.charAt(++i);
      } else if (c == '[' || c == '&' || c == '-' && i > from && i + 1 < to) {
        return null;
      }
      String piece = String.valueOf(fold(c));
      if (!out.contains(piece)) {
        out.add(piece);
      }
    }
    if (out.size() > 8) {
      return null;
    }
    List<List<String>> clause = new ArrayList<>();
    clause.add(out);
    return clause;
  }

  private static void flush(StringBuilder run, List<List<String>> out) {
    if (run.length() > 0) {
      out.add(List.of(run.toString()));
      run.setLength(0);
    }
  }

  /* The index after the group opening at {@code i}, or -1. */
  private static int closeGroup(String re, int i) {
    int depth = 0;
    for (int j = i; j < re.length(); j++) {
      char c = re.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == '[') {
        j = closeClass(re, j) - 1;
        if (j < 0) {
          return -1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return j + 1;
      }
    }
    return -1;
  }

  /* The index after the character class opening at {@code i} (nested classes too), or -1. */
  private static int closeClass(String re, int i) {
    int depth = 0;
    for (int j = i; j < re.length(); j++) {
      char c = re.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == '[') {
        depth++;
        if (j + 1 < re.length() && re.charAt(j + 1) == ']') {
          j++; // "[]…]": a "]" first in a class is a member
        } else if (j + 2 < re.length() && re.charAt(j + 1) == '^' && re.charAt(j + 2) == ']') {
          j += 2;
        }
      } else if (c == ']' && --depth == 0) {
        return j + 1;
      }
    }
    return -1;
  }
}
