package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.text.DataFiles;
import org.sitrep.text.RequiredText;
import org.sitrep.text.TextNormalizer;

/** The lexicon of chrome lines ({@code boilerplate.tsv}): says which kind of chrome a line is. */
final class Boilerplate {
  /* How a rule's pattern is matched: the second column of boilerplate.tsv. */
  private enum How { PREFIX, SUFFIX, REGEX, HEAD_REGEX, TAIL_REGEX }

  private record Rule(String kind, How how, String pattern, Pattern regex, String[][] needs,
      int[][] ids) {
    Rule(String kind, How how, String pattern, Pattern regex, String[][] needs) {
      this(kind, how, pattern, regex, needs, null);
    }

    /* The rule with its needs numbered as {@code n} numbers them. */
    Rule numbered(Needles n) {
      if (needs == null) {
        return this;
      }
      int[][] id = new int[needs.length][];
      for (int i = 0; i < needs.length; i++) {
        id[i] = new int[needs[i].length];
        for (int j = 0; j < needs[i].length; j++) {
          id[i][j] = n.id(needs[i][j]);
        }
      }
      return new Rule(kind, how, pattern, regex, needs, id);
    }

    /*
     * False when the line (folded, or its bare form) lacks text every match of the rule holds:
     * one of the texts of each of RequiredText's clauses (the rarest first); {@code line} and
     * {@code bare} say which texts their folded forms contain (Needles).
     */
    boolean may(long[] line, long[] bare) {
      return ids == null || holds(line) || bare != null && holds(bare);
    }

    private boolean holds(long[] in) {
      for (int[] clause : ids) {
        boolean any = false;
        for (int j = 0; j < clause.length && !any; j++) {
          any = Needles.has(in, clause[j]);
        }
        if (!any) {
          return false;
        }
      }
      return true;
    }
  }

  private static final Boilerplate DEFAULT = new Boilerplate(
      DataFiles.readTsv(Boilerplate.class, "boilerplate.tsv"));

  private final List<Rule> rules = new ArrayList<>();
  /* every text the rules need */
  private final Needles needles;
  private final Map<String, String> exact = new HashMap<>();
  private Boilerplate(List<String[]> rows) {
    for (String[] r : rows) {
      if (r.length < 3) {
        throw new IllegalStateException("boilerplate.tsv: row needs 3 columns: " + String.join("|", r));
      }
      String how = r[1];
      Pattern p = null;
      String pattern = TextNormalizer.fold(r[2]);
      int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
      // (s36: Arabic marks are read off both the regex and the line, so that a vocalized line,
      // "لا يعبّر بالضرورة", meets a row written without them: transfer-31's 3113, studied)
      String source = how.endsWith("regex") ? withoutMarks(r[2]) : r[2];
      if (how.equals("regex") || how.equals("head-regex")) {
        p = Pattern.compile(source, flags);
      } else if (how.equals("tail-regex")) {
        p = Pattern.compile("(?:" + source + ")$", flags);
      } else if (!how.equals("exact") && !how.equals("prefix") && !how.equals("suffix")) {
        throw new IllegalStateException("boilerplate.tsv: unknown match type " + how);
      }
      if (how.equals("exact")) {
        exact.putIfAbsent(pattern, r[0]);
      } else {
        rules.add(new Rule(r[0], How.valueOf(how.toUpperCase(Locale.ROOT).replace('-', '_')), pattern, p,
            p == null ? null : needs(Pattern.compile(source, flags))));
      }
    }
    List<String> texts = new ArrayList<>();
    for (Rule r : rules) {
      for (String[] clause : r.needs == null ? new String[0][] : r.needs) {
        texts.addAll(List.of(clause));
      }
    }
    needles = new Needles(texts);
    rules.replaceAll(r -> r.numbered(needles));
  }

  /*
   * RequiredText's clauses of a rule's regex, in the order that rules a line out soonest: those
   * of one character last (most lines hold it), then those of the fewest texts first, the
   * longest shortest text first.
   */
  private static String[][] needs(Pattern p) {
    String[][] c = RequiredText.allClauses(p);
    java.util.Arrays.sort(c, java.util.Comparator.comparingInt((String[] x) -> shortest(x) < 2 ? 1 : 0)
        .thenComparingInt(x -> x.length).thenComparingInt(x -> -shortest(x)));
    return c;
  }

  private static int shortest(String[] texts) {
    int m = Integer.MAX_VALUE;
    for (String t : texts) {
      m = Math.min(m, t.length());
    }
    return m;
  }

  static Boilerplate get() {
    return DEFAULT;
  }

  /* Words of a reported sentence: a line ending in an agency's name after them is no caption. */
  private static final Pattern REPORTED = Pattern.compile("(?iu)\\b(?:said|says|reported|told|"
      + "according to|news agency|agency)\\b|(?:نقلت|نقل|قالت|قال|ذكرت|ذكر|أفادت|أفاد|بحسب|"
      + "وفق|حسب|وكالة|أعلنت|أعلن)");

  /** Returns the chrome kind of a whole line, if the lexicon knows it. */
  Optional<String> kindOf(String line) {
    // soft hyphens (where a word may break) are not read: "Image illus\u00ADtra\u00ADtive :"
    String t = (line.indexOf('\u00AD') >= 0 ? line.replace("\u00AD", "") : line).strip();
    if (t.isEmpty() || t.length() > 320) {
      return Optional.empty();
    }
    return Optional.ofNullable(kindOf(t, TextNormalizer.fold(t)));
  }

  /**
   * Returns the chrome kind of a line without the white space around it ({@code t}), given its {@link TextNormalizer#fold folded} form, or null.
   */
  String kindOf(String line, String folded) {
    if (line.isEmpty() || line.length() > 320) {
      return null;
    }
    // "٤٧ مشاركة" is a count as "47 shares" is
    String t = withoutMarks(TextNormalizer.asciiDigits(line));
    String bare = stripEndPunct(folded);
    String k = exact.get(folded);
    if (k == null) {
      k = exact.get(bare);
    }
    if (k != null) {
      return k;
    }
    // the text each rule needs, tested first: most lines hold none of it, and then the rule's
    // regex is not run
    String ft = RequiredText.fold(t);
    long[] inLine = needles.in(ft);
    long[] inBare = null; // the bare line's, read when a rule asks
    long[] inTail = null; // the last 80 characters', read when a tail rule's texts are in the line
    for (Rule r : rules) {
      if (r.how == How.REGEX && inBare == null && t.length() <= 100) {
        inBare = needles.in(RequiredText.fold(bare));
      }
      if (r.how == How.TAIL_REGEX && inTail == null && t.length() >= 10 && r.may(inLine, null)) {
        inTail = needles.in(ft.substring(Math.max(0, ft.length() - 80)));
      }
      boolean hit =
          switch (r.how) {
            case PREFIX -> folded.startsWith(r.pattern);
            case SUFFIX -> folded.endsWith(r.pattern);
            case HEAD_REGEX -> r.may(inLine, null) && r.regex.matcher(t).lookingAt();
            case TAIL_REGEX -> t.length() >= 10 && r.may(inLine, null) && r.may(inTail, null)
                && r.regex.matcher(t).region(Math.max(0, t.length() - 80), t.length()).find();
            case REGEX -> t.length() <= 100 && r.may(inLine, inBare)
                && (r.regex.matcher(t).matches() || r.regex.matcher(bare).matches());
          };
      if (hit && r.kind.equals("caption") && r.how == How.TAIL_REGEX
          && REPORTED.matcher(t).find()) {
        continue; // "… بحسب ما نقلت وكالة الأنباء السورية (سانا)." is a report, not a caption
      }
      if (hit) {
        return r.kind;
      }
    }
    return null;
  }

  /* The text without Arabic vowel marks, shadda, sukun and tatweel (U+064B to U+0652, U+0640). */
  static String withoutMarks(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && !arabicMark(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (!arabicMark(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean arabicMark(char c) {
    return c >= '\u064B' && c <= '\u0652' || c == '\u0640';
  }

  private static String stripEndPunct(String s) {
    int e = s.length();
    while (e > 0 && ":.!·|»›>".indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    return s.substring(0, e).strip().toLowerCase(Locale.ROOT);
  }
}
