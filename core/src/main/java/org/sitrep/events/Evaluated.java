package org.sitrep.events;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Mention;

/**
 * A deed named as what a speech act is about: "the UN condemned the airstrikes on Idlib's
 * hospitals", "Amnesty criticised the arrest of the journalists". The deed is an event of its own
 * (the strikes happened), but whoever condemns, criticises or praises it is not its doer: the
 * speaker's words are the speech act's event. Thread-safe.
 */
final class Evaluated {
  /* How far a speech act's object may start after it: "condemned the recent Turkish shelling". */
  private static final int REACH = 40;
  private static final Set<String> DETERMINERS = Lexicon.vocabulary("determiner");

  private Evaluated() {}

  /* Verbs that say what a deed was (words.tsv "evaluating-verb"). */
  private static final Set<String> EVALUATING = Lexicon.vocabulary("evaluating-verb");
  /* The words between such a verb and its object's head: a determiner, up to two modifiers. */
  private static final java.util.regex.Pattern OBJECT_GAP = java.util.regex.Pattern.compile(
      "(?i)\\s+(?:the|this|that|these|those|its|their|his|her|last\\s+\\w+'s)\\s+"
          + "(?:[\\p{L}'-]+\\s+){0,2}");

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("(\\p{L}+)");

  /*
   * The start of an English evaluating verb whose definite object is the nominal trigger {@code
   * h} ("called the recapture", "described the strikes"), or -1.
   */
  private static int evaluatingVerb(Sent s, Hit h) {
    if (s.arabic) {
      return -1;
    }
    int at = h.start() - s.start;
    String before = s.text.substring(Math.max(0, at - 60), at);
    java.util.regex.Matcher w = WORD.matcher(before);
    while (w.find()) {
      if (EVALUATING.contains(w.group(1).toLowerCase(Locale.ROOT))
          && OBJECT_GAP.matcher(before.substring(w.end())).matches()) {
        return s.start + at - before.length() + w.start();
      }
    }
    return -1;
  }

  /**
   * The speech act of the sentence whose object the nominal trigger {@code h} is, or null: a
   * speech act before it in its clause, at most a few words before it.
   */
  static Hit speechOver(Sent s, List<Mention> ms, List<Hit> hits, Hit h) {
    if (h.speechAct()) {
      return null;
    }
    for (Hit k : hits) {
      if (k != h && k.speechAct() && !k.has("pos:N") && k.end() <= h.start()
          && h.start() - subjectEnd(s, ms, k) <= REACH && !s.breakBetween(k.end(), h.start())
          && (h.has("pos:N") || s.arabic && DeedNouns.definite(s, h)
              || !s.arabic && determined(s, k.end(), h.start()))) {
        return k;
      }
    }
    return null;
  }

  /**
   * Where the subject after an Arabic verb {@code k} ends: the actors named right after it, one
   * after another with "و" or a comma between ("ودانت جامعة الدول العربية ومصر والسعودية
   * والإمارات"); {@code k}'s end when none is (and in English).
   */
  static int subjectEnd(Sent s, List<Mention> ms, Hit k) {
    int end = k.end();
    if (!s.arabic) {
      return end;
    }
    for (Mention m : ms) {
      if (m.start() < end || !m.kind().equals("actor")) {
        continue;
      }
      String gap = s.text.substring(end - s.start, m.start() - s.start).strip();
      boolean first = end == k.end();
      if (first && ArabicSubjects.headedSubject(s, k, m)) {
        gap = ""; // the name past its organ, "المجلس الرئاسي لحكومة الوفاق"
      }
      boolean joined = gap.equals("و") || gap.equals("،") || gap.equals(",")
          || gap.isEmpty() && m.text().startsWith("و");
      if (first ? !gap.isEmpty() : !joined) {
        break; // "واتهمت الحكومة اليمنية الميليشيا": the object stands after the subject
      }
      end = m.end();
    }
    return end;
  }

  /* True when the words between a speech act and a trigger open with a determiner: "condemned
   * the attack", "criticised the new sanctions": the trigger is a noun there. */
  private static boolean determined(Sent s, int from, int to) {
    String gap = s.text.substring(from - s.start, to - s.start).strip();
    int sp = gap.indexOf(' ');
    String first = (sp < 0 ? gap : gap.substring(0, sp)).toLowerCase(Locale.ROOT);
    return !gap.isEmpty() && DETERMINERS.contains(first);
  }

  /**
   * The doers found for {@code h} without its evaluator: when {@code h} is what a speech act of
   * the sentence is about, no actor named in the sentence before that speech act (nor the same
   * actor found elsewhere) is its doer.
   */
  static List<Mention> withoutSpeaker(Sent s, List<Mention> ms, List<Hit> hits, Hit h,
      List<Mention> actors) {
    Hit k = actors.isEmpty() ? null : speechOver(s, ms, hits, h);
    if (k == null) {
      int verb = actors.isEmpty() ? -1 : evaluatingVerb(s, h);
      // "President Assad called the recapture an important achievement": not the recapturer
      return verb < 0 ? actors : actors.stream().filter(m -> m.end() > verb).toList();
    }
    Set<String> speakers = new HashSet<>();
    Mention after = null; // an Arabic verb's subject follows it: "أدانت الجامعة العربية الهجوم"
    for (Mention m : ms) {
      if (m.start() >= s.start && m.end() <= k.start() && m.identifierId() != null) {
        speakers.add(m.identifierId());
      }
      if (s.arabic && after == null && m.start() >= k.end() && (m.start() - k.end() <= 2
          || ArabicSubjects.headedSubject(s, k, m)) && m.kind().equals("actor")) {
        // "أدان المجلس الرئاسي لحكومة الوفاق الهجوم": the body whose organ speaks
        after = m;
      }
    }
    if (after != null && after.identifierId() != null) {
      speakers.add(after.identifierId());
    }
    // and the actors coordinated with it: "ودانت تركيا ومصر والأردن الهجوم"
    int subjectEnd = after == null ? k.end() : subjectEnd(s, ms, k);
    for (Mention m : ms) {
      if (m.start() >= k.end() && m.end() <= subjectEnd && m.identifierId() != null) {
        speakers.add(m.identifierId());
      }
    }
    Mention subject = after;
    return actors.stream().filter(m -> !(m.start() >= s.start && m.end() <= k.start())
        && m != subject && !(m.start() >= k.end() && m.end() <= subjectEnd)
        && (m.identifierId() == null || !speakers.contains(m.identifierId()))).toList();
  }
}
