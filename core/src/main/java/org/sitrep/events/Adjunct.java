package org.sitrep.events;

import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.Mention;

/**
 * The doer of an English free adjunct: a participle after a comma takes the subject of the
 * clause it hangs on ("The Turkish military released footage of the hospital, refuting the
 * claims": the military refutes), not the nearest name before it. Thread-safe.
 */
final class Adjunct {
  /* A comma, then the participle that opens the trigger. */
  private static final Pattern COMMA_BEFORE = Pattern.compile(",\\s*$");
  private static final Pattern PARTICIPLE = Pattern.compile("(?i)^\\p{L}+ing\\b");
  /* The sentence's opening noun group up to its subject: "The", "On Sunday, the" … */
  private static final Pattern OPENING = Pattern.compile(
      "(?i)^\\s*(?:(?:on|late|early|last)\\s+[\\p{L}\\d]+(?:\\s+[\\p{L}\\d]+)?\\s*,\\s*)?"
          + "(?:the\\s+|a\\s+|an\\s+)?$");

  /* "after", "before" … right before a participle, in English; in Arabic before a verbal noun. */
  private static final Pattern TIME_BEFORE = Pattern.compile(
      "(?i)(?:^|\\s)(?:after|before|while|since|upon|on)\\s+$");
  private static final Pattern TIME_BEFORE_AR = Pattern.compile(
      "(?:^|\\s)(?:بعد|عقب|إثر|اثر|قبل|وبعد|وعقب|وقبل)\\s+$");

  private Adjunct() {}

  /**
   * The matrix subject of a deed in a time adjunct that names no doer: "The army restored
   * control of the crossing after wiping out the last militants", "أعادت وحدات من الجيش الأمن
   * إلى المعبر بعد القضاء على آخر تجمعات الإرهابيين": the clause's own subject does it. Null
   * when the trigger is no such adjunct or the sentence opens with no actor.
   */
  static List<Mention> timeSubject(Sent s, List<Mention> ms, List<Said> said, Hit h) {
    int at = h.start() - s.start;
    String before = s.text.substring(Math.max(0, at - 12), at);
    String trigger = s.text.substring(at, h.end() - s.start);
    if (s.arabic ? !TIME_BEFORE_AR.matcher(before).find() || !trigger.startsWith("ال")
        : !TIME_BEFORE.matcher(before).find() || !PARTICIPLE.matcher(trigger).find()) {
      return null;
    }
    for (Mention m : ms) {
      if (m.start() >= h.start()) {
        break;
      }
      if (!m.kind().equals("actor") || Said.inAttribution(said, m.start(), m.end())) {
        continue;
      }
      if (s.arabic) {
        // the verb's subject after it: the first actor of the sentence, a clause before
        return s.text.substring(0, m.start() - s.start).contains("،") ? null : List.of(m);
      }
      return OPENING.matcher(s.text.substring(0, m.start() - s.start)).matches()
          ? List.of(m) : null;
    }
    return null;
  }

  /** The matrix subject when {@code h} opens a free adjunct, else null. */
  static List<Mention> subject(Sent s, List<Mention> ms, List<Said> said, Hit h) {
    if (s.arabic) {
      return null;
    }
    int at = h.start() - s.start;
    String trigger = s.text.substring(at, h.end() - s.start);
    if (!PARTICIPLE.matcher(trigger).find()
        || !COMMA_BEFORE.matcher(s.text.substring(Math.max(0, at - 3), at)).find()) {
      return null;
    }
    for (Mention m : ms) {
      if (m.start() >= h.start()) {
        break;
      }
      // the speaker of the sentence does a speech act: "X released footage, refuting …"
      if (m.kind().equals("actor")
          && (h.speechAct() || !Said.inAttribution(said, m.start(), m.end()))
          && OPENING.matcher(s.text.substring(0, m.start() - s.start)).matches()) {
        return List.of(m);
      }
    }
    return null;
  }
}
