package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.text.DataFiles;
import org.sitrep.text.TextNormalizer;

/** The lexicon of chrome lines ({@code boilerplate.tsv}): says which kind of chrome a line is. */
final class Boilerplate {
  private record Rule(String kind, String how, String pattern, Pattern regex) {}

  private static final Boilerplate DEFAULT = new Boilerplate(
      DataFiles.readTsv(Boilerplate.class, "boilerplate.tsv"));

  private final List<Rule> rules = new ArrayList<>();
  private final Map<String, String> exact = new HashMap<>();
  /*
   * All "regex" rules as one alternation, and all "head-regex" rules: a line that the one does
   * not match (the same way: whole line, or its head) is matched by none of its rules, which then
   * are not tried one by one. Most lines are prose and match none.
   */
  private final Pattern anyRegex;
  private final Pattern anyHeadRegex;
  /* All "tail-regex" rules as one alternation searched once over a line's end. */
  private final Pattern anyTailRegex;

  private Boilerplate(List<String[]> rows) {
    for (String[] r : rows) {
      if (r.length < 3) {
        throw new IllegalStateException("boilerplate.tsv: row needs 3 columns: " + String.join("|", r));
      }
      String how = r[1];
      Pattern p = null;
      String pattern = TextNormalizer.fold(r[2]);
      int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
      if (how.equals("regex") || how.equals("head-regex")) {
        p = Pattern.compile(r[2], flags);
      } else if (how.equals("tail-regex")) {
        p = Pattern.compile("(?:" + r[2] + ")$", flags);
      } else if (!how.equals("exact") && !how.equals("prefix") && !how.equals("suffix")) {
        throw new IllegalStateException("boilerplate.tsv: unknown match type " + how);
      }
      if (how.equals("exact")) {
        exact.putIfAbsent(pattern, r[0]);
      } else {
        rules.add(new Rule(r[0], how, pattern, p));
      }
    }
    anyRegex = anyOf("regex");
    anyHeadRegex = anyOf("head-regex");
    anyTailRegex = anyOf("tail-regex");
  }

  /* The rules of one match type as one alternation, or null when there are none. */
  private Pattern anyOf(String how) {
    List<String> parts = new ArrayList<>();
    for (Rule r : rules) {
      if (r.how.equals(how)) {
        parts.add("(?:" + r.regex.pattern() + ")");
      }
    }
    return parts.isEmpty() ? null
        : Pattern.compile(String.join("|", parts), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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
    String t = line.strip();
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
    String t = TextNormalizer.asciiDigits(line); // "٤٧ مشاركة" is a count as "47 shares" is
    String bare = stripEndPunct(folded);
    String k = exact.get(folded);
    if (k == null) {
      k = exact.get(bare);
    }
    if (k != null) {
      return k;
    }
    boolean mayRegex = anyRegex != null && t.length() <= 100
        && (anyRegex.matcher(t).matches() || anyRegex.matcher(bare).matches());
    boolean mayHead = anyHeadRegex != null && anyHeadRegex.matcher(t).lookingAt();
    boolean mayTail = anyTailRegex != null && t.length() >= 10
        && anyTailRegex.matcher(t).region(Math.max(0, t.length() - 80), t.length()).find();
    for (Rule r : rules) {
      boolean hit =
          switch (r.how) {
            case "prefix" -> folded.startsWith(r.pattern);
            case "suffix" -> folded.endsWith(r.pattern);
            case "head-regex" -> mayHead && r.regex.matcher(t).lookingAt();
            case "tail-regex" -> mayTail
                && r.regex.matcher(t).region(Math.max(0, t.length() - 80), t.length()).find();
            default -> mayRegex
                && (r.regex.matcher(t).matches() || r.regex.matcher(bare).matches());
          };
      if (hit && r.kind.equals("caption") && r.how.equals("tail-regex")
          && REPORTED.matcher(t).find()) {
        continue; // "… بحسب ما نقلت وكالة الأنباء السورية (سانا)." is a report, not a caption
      }
      if (hit) {
        return r.kind;
      }
    }
    return null;
  }

  private static String stripEndPunct(String s) {
    int e = s.length();
    while (e > 0 && ":.!·|»›>".indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    return s.substring(0, e).strip().toLowerCase(Locale.ROOT);
  }
}
