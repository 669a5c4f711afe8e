package org.sitrep.events;

import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.model.Mention;

/**
 * The agent of an English nominal or passive trigger after it: "a chemical attack conducted by
 * the regime", "stopped by Iranian-commanded militias", and the agent of the deed a victim's
 * passive names: "16 people were killed in the late-night strike carried out by Turkish
 * forces". Thread-safe.
 */
final class ByAgent {
  /* "by" and at most two modifiers before the agent: "stopped by Iranian-commanded militias". */
  private static final Pattern BY_AGENT = Pattern.compile(
      "(?i)(?:^|.*\\s)by\\s+(?:[\\p{L}-]+\\s+){0,2}$|^\\s*(?:[\\p{L}-]+\\s+){0,2}$");
  /*
   * "(, among them a child,) in the late-night strike conducted by": the deed, its participle and
   * "by" after a trigger, in its clause.
   */
  private static final Pattern DEED_BY = Pattern.compile(
      "(?i)^[^;:.]*?(?:^|\\s)(?:in|by|during|from|after|under)\\s+(?:an?\\s+|the\\s+)?"
          + "(?:[\\p{L}-]+\\s+){1,4}"
          + "(?:conducted|carried\\s+out|launched|staged|waged|led|claimed)\\s+by\\s+"
          + "(?:the\\s+)?[\"“]?\\s*$");

  private ByAgent() {}

  /** True when {@code m}, after {@code h}, is its agent by one of the shapes above. */
  static boolean of(Sent s, Hit h, Mention m) {
    if (s.arabic) {
      return false;
    }
    String gap = s.text.substring(h.end() - s.start, m.start() - s.start);
    if (gap.length() <= 40 && gap.indexOf(',') < 0) {
      if (s.headWord(m.start()).equals("by")) {
        return true;
      }
      boolean triggerBy = s.text.substring(h.start() - s.start, h.end() - s.start)
          .toLowerCase(Locale.ROOT).endsWith(" by");
      if (BY_AGENT.matcher(gap).matches()
          && (triggerBy || gap.toLowerCase(Locale.ROOT).contains("by "))) {
        return true;
      }
    }
    return gap.length() <= 100 && DEED_BY.matcher(gap).matches();
  }
}
