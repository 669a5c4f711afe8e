package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.text.DataFiles;
import org.sitrep.text.Patterns;
import org.sitrep.text.ScanPattern;

/**
 * The event coder's data: triggers ({@code triggers.tsv}), attribution cues ({@code
 * attribution.tsv}) and closed word lists ({@code words.tsv}).
 */
final class Lexicon {
  /**
   * A trigger row; {@code literals} are lower-case words one of which every match starts with
   * (found by their word starts before the regex runs: {@link #candidates}), or null when the pattern has no such word.
   */
  record Trigger(String category, String mode, Set<String> flags, ScanPattern pattern,
      List<String> literals) {}

  static final List<Trigger> TRIGGERS = new ArrayList<>();
  /* Triggers by the first (up to) three letters of their literals; those without literals. */
  /* Triggers by the first one to three characters of a literal, packed ({@link #prefixKey}). */
  private static final LongTable BY_PREFIX = new LongTable();
  private static final List<Integer> ALWAYS = new ArrayList<>();
  static final Map<String, ScanPattern> CUES = new HashMap<>();
  /* The cue patterns of one script by kind (the ":ar" and ":la" entries of CUES). */
  private static final Map<String, ScanPattern> ARABIC_CUES = new HashMap<>();
  private static final Map<String, ScanPattern> LATIN_CUES = new HashMap<>();
  private static final Map<String, Set<String>> WORDS = new HashMap<>();
  private static final Map<String, Set<String>> VOCABULARY = new HashMap<>();

  static {
    int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    for (String[] r : DataFiles.readTsv(Lexicon.class, "triggers.tsv")) {
      Set<String> flags = r[2].equals("-") ? Set.of() : Set.of(r[2].split(","));
      TRIGGERS.add(new Trigger(r[0], r[1].equals("-") ? null : r[1], flags,
          ScanPattern.compile("(?<![\\p{L}])(?:" + r[3] + ")(?![\\p{L}])", f), literals(r[3])));
    }
    Map<Long, List<Integer>> byPrefix = new HashMap<>();
    for (int i = 0; i < TRIGGERS.size(); i++) {
      List<String> lits = TRIGGERS.get(i).literals();
      if (lits == null) {
        ALWAYS.add(i);
        continue;
      }
      for (String l : lits) {
        List<Integer> at = byPrefix.computeIfAbsent(prefixKey(l), k -> new ArrayList<>());
        if (!at.contains(i)) {
          at.add(i);
        }
      }
    }
    for (Map.Entry<Long, List<Integer>> e : byPrefix.entrySet()) {
      BY_PREFIX.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
    }
    Map<String, List<String>> byKind = new HashMap<>();
    for (String[] r : DataFiles.readTsv(Lexicon.class, "attribution.tsv")) {
      List<String> kind = byKind.computeIfAbsent(r[0], k -> new ArrayList<>());
      String cue = r[1].strip();
      kind.add(cue);
      // Arabic written without hamza on the alef: "افادت" for "أفادت", "اعلن" for "أعلن"
      String bare = cue.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
      if (!bare.equals(cue)) {
        kind.add(bare);
      }
    }
    for (Map.Entry<String, List<String>> e : byKind.entrySet()) {
      Set<String> words = new java.util.HashSet<>();
      for (String w : e.getValue()) {
        words.add(w.toLowerCase(java.util.Locale.ROOT));
      }
      WORDS.put(e.getKey(), Set.copyOf(words));
      CUES.put(e.getKey(), cuePattern(e.getKey(), e.getValue()));
      // one pattern per script as well: a sentence is matched against its own script's cues
      List<String> arabic = new ArrayList<>();
      List<String> latin = new ArrayList<>();
      for (String c : e.getValue()) {
        (c.chars().anyMatch(ch -> ch >= 0x0600 && ch <= 0x06FF) ? arabic : latin).add(c);
      }
      CUES.put(e.getKey() + ":ar", cuePattern(e.getKey(), arabic.isEmpty() ? e.getValue() : arabic));
      CUES.put(e.getKey() + ":la", cuePattern(e.getKey(), latin.isEmpty() ? e.getValue() : latin));
      ARABIC_CUES.put(e.getKey(), CUES.get(e.getKey() + ":ar"));
      LATIN_CUES.put(e.getKey(), CUES.get(e.getKey() + ":la"));
    }
    Map<String, List<String>> lists = new HashMap<>();
    for (String[] r : DataFiles.readTsv(Lexicon.class, "words.tsv")) {
      lists.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1].strip());
    }
    for (Map.Entry<String, List<String>> e : lists.entrySet()) {
      VOCABULARY.put(e.getKey(), Set.copyOf(e.getValue()));
    }
  }

  private Lexicon() {}

  /**
   * The triggers whose regex may match {@code lower} (a lower-cased sentence), in file order:
   * one of their literals starts a word there. One pass over the word starts, whatever the
   * number of rows.
   */
  static List<Trigger> candidates(String lower) {
    boolean[] on = new boolean[TRIGGERS.size()];
    for (int i : ALWAYS) {
      on[i] = true;
    }
    int n = lower.length();
    for (int i = 0; i < n; i++) {
      if (!Character.isLetter(lower.charAt(i)) || i > 0 && Character.isLetter(lower.charAt(i - 1))) {
        continue;
      }
      long key = 0;
      for (int len = 1; len <= 3 && i + len <= n; len++) {
        key = key << 16 | lower.charAt(i + len - 1);
        int[] at = BY_PREFIX.get(key | (long) len << 48);
        if (at == null) {
          continue;
        }
        for (int t : at) {
          if (!on[t]) {
            for (String l : TRIGGERS.get(t).literals()) {
              if (lower.startsWith(l, i)) {
                on[t] = true;
                break;
              }
            }
          }
        }
      }
    }
    List<Trigger> out = new ArrayList<>();
    for (int t = 0; t < on.length; t++) {
      if (on[t]) {
        out.add(TRIGGERS.get(t));
      }
    }
    return out;
  }

  /* The first one to three characters of a literal, packed with their count. */
  private static long prefixKey(String l) {
    int len = Math.min(3, l.length());
    long key = 0;
    for (int k = 0; k < len; k++) {
      key = key << 16 | l.charAt(k);
    }
    return key | (long) len << 48;
  }

  /** The leading literal of every top-level alternative of a regex, or null if one has none. */
  static List<String> literals(String regex) {
    List<String> out = new ArrayList<>();
    for (String alt : topLevel(regex)) {
      while (alt.startsWith("(?<=") || alt.startsWith("(?<!")) {
        int close = closing(alt, 0);
        if (close < 0) {
          return null;
        }
        alt = alt.substring(close + 1); // a lookbehind consumes nothing: the literal follows
      }
      if (alt.startsWith("(?:")) {
        int close = closing(alt, 0);
        if (close < 0) {
          return null;
        }
        List<String> inner = literals(alt.substring(3, close));
        if (inner == null) {
          return null;
        }
        String tail = alt.substring(close + 1);
        if (tail.startsWith("?") || tail.startsWith("*")) {
          return null; // an optional group: the match may start after it
        }
        out.addAll(inner);
        continue;
      }
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < alt.length(); i++) {
        char c = alt.charAt(i);
        if (Character.isLetter(c) || c == ' ' || c == '-') {
          b.append(Character.toLowerCase(c));
        } else {
          if ((c == '?' || c == '*' || c == '{') && b.length() > 0) {
            b.setLength(b.length() - 1); // the letter before is optional
          }
          break;
        }
      }
      if (b.length() < 2) {
        return null;
      }
      out.add(b.toString());
    }
    return out;
  }

  private static List<String> topLevel(String regex) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    out.add(regex.substring(start));
    return out;
  }

  private static int closing(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static ScanPattern cuePattern(String kind, List<String> phrases) {
    int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    String alt = Patterns.alternationWithMarks(phrases);
    String prefix = kind.equals("continue") ? "^(?:" : "(?<![\\p{L}])(?:";
    if (kind.equals("prep")) {
      prefix = "(?<![\\p{L}])و?(?:"; // "وبحسب", "ووفق ما ذكرت": with a conjunction (not "فحسب": only)
    } else if (kind.equals("unnamed")) {
      prefix = "(?<![\\p{L}])(?:[وف]?ال|[وف])?(?:"; // "المصادر", "والمصدر", "ومصادر"
    }
    // unnamed sources tolerate a plural or a slip of the pen: "the sources", "the sourced"
    String tail = kind.equals("unnamed") ? "\\p{L}{0,2}" : "";
    // the phrase ends its word: no letter after it, nor a mark ("لو" (if) is not the start of
    // "لوّحت" (threatened), where the marks the phrase may carry would otherwise give way to
    // let the lookahead see the shadda)
    return ScanPattern.compile(prefix + alt + ")" + tail + "(?![\\p{L}\\u064B-\\u0652])", f);
  }

  /** The cue pattern of one kind holding only the phrases of one script. */
  static ScanPattern cue(String kind, boolean arabic) {
    ScanPattern p = (arabic ? ARABIC_CUES : LATIN_CUES).get(kind);
    return p != null ? p : cue(kind + (arabic ? ":ar" : ":la"));
  }

  /** The cue words of one kind, lower-cased (for word-by-word tests). */
  static Set<String> words(String kind) {
    Set<String> w = WORDS.get(kind);
    if (w == null) {
      throw new IllegalStateException("attribution.tsv has no " + kind + " rows");
    }
    return w;
  }

  /** The words of one kind of {@code words.tsv}, as written: tests against them keep case. */
  static Set<String> vocabulary(String kind) {
    Set<String> w = VOCABULARY.get(kind);
    if (w == null) {
      throw new IllegalStateException("words.tsv has no " + kind + " rows");
    }
    return w;
  }

  static ScanPattern cue(String kind) {
    ScanPattern p = CUES.get(kind);
    if (p == null) {
      throw new IllegalStateException("attribution.tsv has no " + kind + " rows");
    }
    return p;
  }
}
