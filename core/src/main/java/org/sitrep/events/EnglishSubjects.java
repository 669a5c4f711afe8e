package org.sitrep.events;

import java.util.regex.Pattern;
import org.sitrep.model.Mention;

/**
 * English word-order rules for the subject of a deed: who a possessive or a "members of" phrase
 * names, and mentions that are no subject (a bracketed short form, "them", a weapon named before
 * a nominal deed). Thread-safe.
 */
final class EnglishSubjects {
  private static final Pattern MEMBERS = Pattern.compile(
      "(?i)(?:fighters|members|militants|units|troops|forces|soldiers|batch|leaders|commanders|"
          + "elements|gunmen|convoy|delegation|officials|spokesman|representatives)\\s+"
          + "(?:of|from)\\s+(?:the\\s+)?$"
          // s47: "Thousands of civilians fled", "dozens of fighters crossed": a count of them
          + "|(?:^|\\s)(?:thousands|hundreds|dozens|scores|tens|millions|a\\s+number|"
          + "a\\s+group|groups|some|many|most|several)\\s+of\\s+(?:the\\s+)?$");
  private static final Pattern OWN_MEMBERS = Pattern.compile("(?i)^\\s+(?:own\\s+)?(?:fighters|"
      + "forces|troops|units|members|militants|men|gunmen|militiamen|soldiers|army|militia|"
      + "commanders?|leaders?|convoys?|positions|warplanes|jets|group|families)\\b");

  private EnglishSubjects() {}

  /**
   * A possessive pronoun before a noun that is not the group's own people: "their rivals",
   * "their airport". "their fighters" and "their forces" are the group itself.
   */
  static boolean possessiveOfOther(Sent s, Mention m) {
    if (!"pronoun".equals(m.resolution()) || !m.text().equalsIgnoreCase("their")) {
      return false;
    }
    int e = m.end() - s.start;
    return e < s.text.length() && !OWN_MEMBERS.matcher(s.text.substring(e)).lookingAt();
  }

  /** "units of the Russian Military Police": the members' group is the one that acts. */
  static boolean memberOf(Sent s, Mention m) {
    int i = m.start() - s.start;
    return MEMBERS.matcher(s.text.substring(Math.max(0, i - 40), i)).find();
  }

  /** "the Syrian Arab Army (SAA)": the bracketed short form repeats the name before it. */
  static boolean apposition(Sent s, Mention m) {
    int i = m.start() - s.start;
    int e = m.end() - s.start;
    return i > 0 && s.text.charAt(i - 1) == '(' && e < s.text.length() && s.text.charAt(e) == ')';
  }

  static boolean objectPronoun(Mention m) {
    return "pronoun".equals(m.resolution()) && m.text().equalsIgnoreCase("them");
  }

  /* A kind of actor right before a nominal trigger names the means: "artillery attacks". */
  static boolean instrument(Sent s, Mention m, Hit h) {
    return m.identifierId() != null && m.identifierId().startsWith("agent:")
        && h.has("pos:N") && h.start() - m.end() <= 1
        && h.start() >= m.end();
  }
}
