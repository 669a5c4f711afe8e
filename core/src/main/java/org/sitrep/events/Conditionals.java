package org.sitrep.events;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * s53: a deed of force or pressure promised on a condition is a threat (CODING.md THREATEN;
 * PLOVER: "threaten … to use force … unless"): "If the Lebanese state does not disarm
 * Hezbollah, Israel will widen its strikes", "Israel would strike Hamas leaders again unless
 * Qatar expelled them", "ستوسع إسرائيل ضرباتها إذا لم …". The deed stands in the sentence's main
 * clause with a future before it; the condition ("if", "unless", "إذا", "ما لم", "وإلا") in its
 * own clause. A deed inside the condition ("if Israel strikes, …") is none. Thread-safe.
 */
final class Conditionals {
  private Conditionals() {}

  /* The deeds a condition turns into a threat. */
  private static final Set<String> THREATENED = Set.of("ASSAULT", "COERCE", "SANCTION",
      "MOBILIZE");
  /* A condition's word; "as if" and "even if" (a concession, no condition) and "if any" none. */
  private static final Pattern CONDITION_EN = Pattern.compile(
      "(?i)(?<!\\b(?:as|even) )\\b(?:if|unless)\\b(?!\\s+(?:any|not|so|necessary|needed)\\b)");
  private static final Pattern CONDITION_AR = Pattern.compile(
      "(?<![\\p{L}])(?<!حتى )(?:و?إذا|ما لم|وإلا|و?إن لم|في حال|لو)(?![\\p{L}])");
  /* A future right before the deed in English: the modal, at most three words between. */
  private static final Pattern FUTURE_EN = Pattern.compile(
      "(?i)(?:\\b(?:will|would|shall)|['’]ll)(?:\\s+not\\s+hesitate\\s+to)?"
          + "(?:\\s+[\\p{L}’'\"“-]+){0,3}[\\s\"“‘']*$");
  private static final Pattern NEGATED_EN = Pattern.compile(
      "(?i)\\b(?:will|would|shall)\\s+(?:not|never)\\b(?!\\s+hesitate)|\\bwon['’]t\\b");
  /* "سوف" right before the deed, or up to two words between. */
  private static final Pattern FUTURE_AR = Pattern.compile(
      "(?<![\\p{L}])سوف(?:\\s+\\p{L}+){0,2}\\s*$");

  /** True when the deed of {@code h} is promised on a condition: a threat. */
  static boolean threat(Sent s, Hit h) {
    if (!THREATENED.contains(h.trigger().category()) || h.speechAct()) {
      return false;
    }
    int rs = h.start() - s.start;
    int re = h.end() - s.start;
    if (rs < 0 || re > s.text.length()) {
      return false;
    }
    Matcher c = (s.arabic ? CONDITION_AR : CONDITION_EN).matcher(s.text);
    int lastBefore = -1; // the end of the last condition word before the deed
    boolean after = false;
    while (c.find()) {
      if (c.end() <= rs) {
        lastBefore = c.end();
      } else if (c.start() >= re) {
        after = true; // "Israel would strike … unless …"
        break;
      }
    }
    if (lastBefore >= 0 ? !Sent.anyOf(s.text, lastBefore, rs, CLAUSE_MARKS) : !after) {
      return false; // no condition, or the deed is the condition's own ("if Israel strikes")
    }
    String before = s.text.substring(clauseStart(s.text, rs), rs);
    if (s.arabic) {
      return h.future() || FUTURE_AR.matcher(before).find();
    }
    return FUTURE_EN.matcher(before).find() && !NEGATED_EN.matcher(before).find();
  }

  /* A comma or a semicolon, Latin or Arabic: a clause's end. */
  private static final String CLAUSE_MARKS = ",،;؛";

  /* Where the clause holding offset {@code at} starts: after the last comma before it. */
  private static int clauseStart(String t, int at) {
    for (int i = at - 1; i >= 0; i--) {
      if (CLAUSE_MARKS.indexOf(t.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return 0;
  }
}
