package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.model.Mention;

/**
 * The people a sentence names as the toll of a deed of force: "four soldiers died as a result of
 * a car bomb attack", "أدى القصف إلى مقتل ثلاثة عناصر من قوات النظام", "أسفرت الغارات عن مقتل
 * وإصابة عشرات المسلحين". They suffer the deed: its recipients, never its doers (words.tsv "toll"
 * and "toll-link"). Thread-safe.
 */
final class Casualties {
  private static final Set<String> TOLL = Lexicon.vocabulary("toll");
  private static final Set<String> LINK = Lexicon.vocabulary("toll-link");
  private static final Set<String> CAUSES = Lexicon.vocabulary("cause");
  /*
   * English: the toll verb (after a passive's auxiliary), the link and at most three words (an
   * article, adjectives) right before the deed: "soldiers were killed in a suicide bomb attack".
   */
  private static final Pattern ENGLISH = Pattern.compile("(?i)(?:\\b(?:was|were|been)\\s+)?"
      + "(?:also\\s+)?\\b(?:" + alternatives(TOLL, false) + ")\\s+(?:" + alternatives(LINK, false)
      + ")\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}$");
  /*
   * Arabic: at most three words after the deed (its adjectives, a verb "أدى"), the link and the
   * toll noun, with a second one joined by "و" ("إلى مقتل وجرح").
   */
  private static final Pattern ARABIC = Pattern.compile("^(?:\\s+[^\\s،,.؛:]+){0,3}?\\s+(?:"
      + alternatives(LINK, true) + ")\\s+(?:" + alternatives(TOLL, true) + ")(?:\\s+و(?:"
      + alternatives(TOLL, true) + "))?(?=\\s)");
  /* Punctuation that ends the toll's noun group. */
  private static final Pattern STOP = Pattern.compile("[،,.؛:;\"«»“”]");
  /* The words between a victim and an English toll verb: none but a number or "also". */
  private static final Pattern NEAR = Pattern.compile("\\s*");

  private Casualties() {}

  /**
   * The actors the sentence names as the toll of deed {@code h} (one of {@code hits}), in text
   * order; empty when it names none so.
   */
  static List<Mention> of(Sent s, List<Mention> ms, List<Hit> hits, Hit h) {
    return s.arabic ? arabic(s, ms, hits, h) : english(s, ms, h);
  }

  /* "Four soldiers died as a result of a car bomb attack": the subject of the toll verb. */
  private static List<Mention> english(Sent s, List<Mention> ms, Hit h) {
    Matcher m = ENGLISH.matcher(s.text);
    m.region(0, h.start() - s.start);
    if (!m.find()) {
      return List.of();
    }
    int toll = s.start + m.start();
    Mention victim = null;
    for (Mention a : ms) {
      if (a.kind().equals("actor") && a.end() <= toll && a.start() >= s.start
          && NEAR.matcher(s.text.substring(a.end() - s.start, toll - s.start)).matches()) {
        victim = a;
      }
    }
    return victim == null ? List.of() : List.of(victim);
  }

  /* "أدى القصف إلى مقتل ثلاثة عناصر من قوات النظام": the toll noun's genitive group. */
  private static List<Mention> arabic(Sent s, List<Mention> ms, List<Hit> hits, Hit h) {
    String after = s.text.substring(h.end() - s.start);
    Matcher m = ARABIC.matcher(after);
    if (!m.find()) {
      return List.of();
    }
    int from = h.end() + m.end();
    int to = Math.min(s.end, from + 60);
    Matcher stop = STOP.matcher(s.text);
    stop.region(from - s.start, to - s.start);
    if (stop.find()) {
      to = s.start + stop.start();
    }
    for (Hit k : hits) {
      if (k.start() >= from && k.start() < to) {
        to = k.start(); // "مقتل مدنيين بقصف لقوات النظام": the next deed names its doer
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Mention a : ms) {
      if (a.kind().equals("actor") && a.start() >= from && a.end() <= to
          && !CAUSES.contains(s.lastWord(a.start()))) {
        out.add(a);
      }
    }
    return out;
  }

  /* The words of one script, longest first, as a regex alternation. */
  private static String alternatives(Set<String> words, boolean arabic) {
    return org.sitrep.text.Patterns.alternation(
        words.stream().filter(w -> arabic == isArabic(w)).collect(Collectors.toList()));
  }

  private static boolean isArabic(String w) {
    return w.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
  }
}
