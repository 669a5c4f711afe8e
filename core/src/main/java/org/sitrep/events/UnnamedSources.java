package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Mention;

/**
 * The unnamed sources of a sentence's attribution with their modifiers: the phrases of
 * attribution.tsv ("a military source", "مصادر محلية") and, in English, a noun group of one to
 * three modifiers and a source head ("a senior Kurdish security official", "state television"),
 * each with what follows it ("sources inside rebel-held territory in eastern Aleppo told").
 * Thread-safe.
 */
final class UnnamedSources {
  /* Words every unnamed source of attribution.tsv contains: a cheap test before its regex. */
  private static final Set<String> SOURCE_WORDS = Lexicon.vocabulary("source-word");
  private static final Pattern SOURCE_MODIFIER = Pattern.compile(
      "\\s+(?:in|inside|within|close to|near|from|at|with|among|on the ground in|run by|"
          + "linked to|affiliated with|loyal to|belonging to|of)\\s+"
          + "[^,;:.“”\"()]{1,70}?"
          + "(?=\\s+(?:said|told|say|says|reported|added|confirmed|claimed)\\b)");
  /*
   * An English unnamed source as a noun group: one to three modifiers and a head noun
   * ("Turkish media", "a senior Kurdish security official", "state television"; words.tsv
   * source-head and source-modifier, and the nationality adjectives of national.tsv).
   */
  /* The media: after a capitalized word, an outlet's name ("Nabaa television"). */
  private static final Set<String> MEDIA = Set.of("media", "television", "tv");
  private static final org.sitrep.text.ScanPattern SOURCE_GROUP = sourceGroup();
  /* The words a SOURCE_GROUP match ends with (source-head and the media), lower-case. */
  private static final Set<String> GROUP_HEADS = new java.util.HashSet<>(
      Lexicon.vocabulary("source-head"));
  private static final int LONGEST_HEAD;

  static {
    GROUP_HEADS.addAll(MEDIA);
    LONGEST_HEAD = GROUP_HEADS.stream().mapToInt(String::length).max().orElse(0);
  }

  /** The unnamed sources of a sentence with their modifiers, as {start, end} offsets. */
  static List<int[]> find(Sent s, List<Mention> ms) {
    List<int[]> out = find(s);
    if (s.arabic) {
      return out;
    }
    // "The Lebanese TV also confirmed": a description the mentions resolve to a known actor
    out.removeIf(u -> ms.stream().anyMatch(m -> m.kind().equals("actor")
        && m.identifierId() != null && !m.identifierId().startsWith("agent:")
        && !m.identifierId().startsWith("unnamed:") && m.start() < u[1] && m.end() >= u[1]));
    return out;
  }

  static List<int[]> find(Sent s) {
    List<int[]> unnamed = new ArrayList<>();
    String lower = s.lower();
    boolean maySource = false;
    for (String k : SOURCE_WORDS) {
      if (lower.contains(k)) {
        maySource = true;
        break;
      }
    }
    org.sitrep.text.ScanPattern.Finder u = Lexicon.cue("unnamed").matcher(s.text);
    while (maySource && u.find()) {
      int end = u.end();
      // "sources inside rebel-held territory in eastern Aleppo told …": the whole description
      Matcher mod = SOURCE_MODIFIER.matcher(s.text).region(end, s.text.length());
      if (!s.arabic && mod.lookingAt()) {
        end = mod.end();
      } else if (s.arabic) {
        end = ArabicSpeaker.modifiersEnd(s.text, end); // "مصادر سورية مطلعة", "مصدر بالحكومة التركية"
      }
      unnamed.add(new int[] {s.start + u.start(), s.start + end});
    }
    if (maySource && !s.arabic) {
      for (int[] g : groups(s.text)) {
        int a = s.start + g[0];
        int b = s.start + g[1];
        Matcher mod = SOURCE_MODIFIER.matcher(s.text).region(g[1], s.text.length());
        if (mod.lookingAt()) {
          b = s.start + mod.end();
        }
        final int from = a;
        final int to = b;
        // the longer description wins where the listed phrase and the noun group overlap
        if (unnamed.stream().noneMatch(x -> x[0] <= from && x[1] >= to)) {
          unnamed.removeIf(x -> x[0] >= from && x[1] <= to);
          unnamed.add(new int[] {from, to});
        }
      }
      unnamed.sort((x, y) -> Integer.compare(x[0], y[0]));
    }
    return unnamed;
  }

  /*
   * The matches of SOURCE_GROUP in a text, as {start, end}: what a search of the whole text finds,
   * but the regex is tried only where a match can open. Every match ends with a head word (a run
   * of ASCII letters, one of GROUP_HEADS in any case, right after white space) and holds at most
   * four words before it (an article and three modifiers), each a run of characters other than
   * white space, with white space between them; so it opens at a letter in one of the four such
   * runs before a head word. Those positions are tried in order, as a search tries every position,
   * and after a match the search goes on from its end.
   */
  static List<int[]> groups(String t) {
    List<int[]> out = new ArrayList<>();
    int n = t.length();
    int next = 0; // where the search goes on
    Matcher m = null;
    int i = 0;
    while (i < n) {
      if (!isAsciiLetter(t.charAt(i)) || i > 0 && Character.isLetter(t.charAt(i - 1))) {
        i++;
        continue;
      }
      int e = i;
      while (e < n && isAsciiLetter(t.charAt(e))) {
        e++;
      }
      boolean head = (e == n || !Character.isLetter(t.charAt(e)))
          && e - i <= LONGEST_HEAD && GROUP_HEADS.contains(t.substring(i, e).toLowerCase(Locale.ROOT));
      if (head && i >= next) {
        int from = Math.max(next, openFrom(t, i));
        for (int p = from; p < i; p++) {
          if (!Character.isLetter(t.charAt(p))
              || p > 0 && (Character.isLetter(t.charAt(p - 1)) || t.charAt(p - 1) == '-')) {
            continue;
          }
          if (m == null) {
            m = SOURCE_GROUP.pattern().matcher(t);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
          }
          m.region(p, n);
          if (m.lookingAt()) {
            out.add(new int[] {p, m.end()});
            next = m.end();
            break;
          }
        }
      }
      i = Math.max(e, i + 1);
    }
    return out;
  }

  /* The matches of SOURCE_GROUP by a search of every position (what groups must equal). */
  static List<int[]> searched(String t) {
    List<int[]> out = new ArrayList<>();
    org.sitrep.text.ScanPattern.Finder g = SOURCE_GROUP.matcher(t);
    while (g.find()) {
      out.add(new int[] {g.start(), g.end()});
    }
    return out;
  }

  /* The start of the fourth run of non-white-space characters before {@code at}, or 0. */
  private static int openFrom(String t, int at) {
    int p = at;
    for (int k = 0; k < 4; k++) {
      while (p > 0 && isSpace(t.charAt(p - 1))) {
        p--;
      }
      if (p == 0) {
        return 0;
      }
      while (p > 0 && !isSpace(t.charAt(p - 1))) {
        p--;
      }
    }
    return p;
  }

  /* The white space of a regex's \s. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static org.sitrep.text.ScanPattern sourceGroup() {
    java.util.List<String> mods = new ArrayList<>(Lexicon.vocabulary("source-modifier"));
    for (String[] r : org.sitrep.text.DataFiles.readTsv(UnnamedSources.class, "national.tsv")) {
      if (!org.sitrep.text.NameKeys.isArabic(r[0].charAt(0))) {
        mods.add(r[0].toLowerCase(java.util.Locale.ROOT));
      }
    }
    // any capitalized word may modify too ("Kurdish", "Houthi"), but not a quantifier opening
    // the sentence ("Some activists")
    String capitalized = "(?!(?:some|many|several|other|most|all|these|those|both|few|its|their"
        + "|his|her|our|two|three|four|five|six|seven|eight|nine|ten)\\s)"
        + "(?-i:[A-Z][a-z]+(?:-[a-z]+)?)";
    // a medium after a capitalized word is an outlet's name ("Nabaa television"), written as is
    java.util.Set<String> heads = new java.util.HashSet<>(Lexicon.vocabulary("source-head"));
    java.util.Set<String> media = MEDIA;
    heads.removeAll(media);
    String modifier = "(?:" + alternation(mods) + ")\\s+";
    return org.sitrep.text.ScanPattern.compile("(?<![\\p{L}-])(?:(?:an?|the)\\s+)?(?:(?:"
        + modifier + "|" + capitalized + "\\s+){1,3}(?:" + alternation(heads) + ")|" + modifier
        + "{1,3}(?:" + alternation(media) + "))(?![\\p{L}-])", Pattern.CASE_INSENSITIVE);
  }

  private static String alternation(java.util.Collection<String> words) {
    return words.stream().sorted((x, y) -> y.length() - x.length()).map(Pattern::quote)
        .collect(java.util.stream.Collectors.joining("|"));
  }

  private UnnamedSources() {}
}
