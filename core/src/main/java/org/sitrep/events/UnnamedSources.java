package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
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
  private static final org.sitrep.text.ScanPattern SOURCE_GROUP = sourceGroup();

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
      org.sitrep.text.ScanPattern.Finder g = SOURCE_GROUP.matcher(s.text);
      while (g.find()) {
        int a = s.start + g.start();
        int b = s.start + g.end();
        Matcher mod = SOURCE_MODIFIER.matcher(s.text).region(g.end(), s.text.length());
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
    java.util.Set<String> media = Set.of("media", "television", "tv");
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
