package org.sitrep.events;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Mention;

/**
 * Whom a deed of force done to a site is aimed at: the civilians a hospital, school, market or
 * home serves ("struck a hospital", "set fire to a girls' school", "دمرت الغارات مستشفى"), and the
 * force a nationality adjective names as the owner of a base, post, convoy or patrol ("a drone
 * attack on a Saudi airbase"). The site is the deed's object: among the first words after the
 * trigger, or before a passive one ("the market was shelled"), in the trigger's clause (words.tsv
 * "civil-site" and "military-site"). Thread-safe.
 */
final class Sites {
  private static final Set<String> CIVIL = keyed(Lexicon.vocabulary("civil-site"));
  private static final Set<String> MILITARY = Lexicon.vocabulary("military-site");
  /* The words of a deed's object the site may stand among: "hit Afrin town's main hospital". */
  private static final int OBJECT_WORDS = 5;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’-]+");
  /* Punctuation that ends the object. */
  private static final Pattern BREAK = Pattern.compile("[,،.;:؛\"“”()]");

  private Sites() {}

  /**
   * The civilians the civil site {@code h} is done to serves, written as the site's word, or null
   * when the deed's object names no civil site.
   */
  static Mention civilians(Sent s, Hit h, int limit) {
    int[] w = head(s, h, limit, true);
    return w == null ? null : Casualties.civilians(s.start + w[0], s.start + w[1],
        s.text.substring(w[0], w[1]));
  }

  /**
   * The force a capitalized nationality adjective in the deed's object names as the owner of the
   * military site {@code h} is done to ("an attack on a Saudi airbase": Saudi Arabia's forces), or
   * null when there is none.
   */
  static Mention owner(Sent s, Hit h, int limit, Nationality nationality) {
    if (s.arabic || ActorFinder.passive(s, h)) {
      return null;
    }
    int[] w = head(s, h, limit, false);
    return w == null ? null : nationality.within(s, h, h.end(), s.start + w[0]);
  }

  /*
   * The sentence offsets of the first site word of the kind asked for among the object's words:
   * after the trigger, or before it for a passive English one; null when there is none.
   */
  private static int[] head(Sent s, Hit h, int limit, boolean civil) {
    int from = h.end() - s.start;
    int to = Math.min(limit, s.end) - s.start;
    boolean before = !s.arabic && ActorFinder.passive(s, h); // the site before a passive deed
    if (before) {
      to = h.start() - s.start;
      from = Math.max(0, to - 60);
      Matcher b = BREAK.matcher(s.text).region(from, to);
      while (b.find()) {
        from = b.end(); // the passive's own subject, after any earlier clause
      }
    } else {
      Matcher b = BREAK.matcher(s.text).region(from, to);
      if (b.find()) {
        to = b.start();
      }
    }
    Matcher m = WORD.matcher(s.text).region(from, to);
    int seen = 0;
    int[] last = null;
    while (m.find() && (before || seen++ < OBJECT_WORDS)) {
      if (site(m.group(), s.arabic, civil)) {
        last = new int[] {m.start(), m.end()};
        if (!before) {
          return last; // the first site after the deed
        }
      }
    }
    return last; // the site nearest a passive deed
  }

  private static boolean site(String word, boolean arabic, boolean civil) {
    if (!civil) {
      return !arabic && MILITARY.contains(word.toLowerCase(Locale.ROOT));
    }
    if (!arabic) {
      return CIVIL.contains(word.toLowerCase(Locale.ROOT));
    }
    List<ArabicClitics.Reading> rs = ArabicClitics.readings(ArabicClitics.key(word), CIVIL);
    return rs.stream().anyMatch(ArabicClitics::nounReading);
  }

  /* The words, Arabic ones by their matching key. */
  private static Set<String> keyed(Set<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(ArabicClitics.key(w));
    }
    return Set.copyOf(out);
  }
}
