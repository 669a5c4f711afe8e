package org.sitrep.events;

import java.util.List;

/**
 * Classifies what a sentence says of a trigger's event: asserted, alleged (the outlet distances
 * itself), hypothetical, historical, planned, possible or denied, with the attribution cues of
 * {@code attribution.tsv}; and the categories the modality gives the event.
 */
final class ModalityClassifier {
  private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");
  private ModalityClassifier() {}

  /**
   * The modality of the event of {@code h}: "denied" when a denial covers it, the sentence
   * calls the report false or the words right before it say it was not done, else what the
   * words around the trigger say.
   */
  static String modality(Sent s, Hit h, boolean denied) {
    return denied || calledFalse(s, h) || negated(s, h) ? "denied" : modality(s, h);
  }

  private static final java.util.Set<String> NEGATION = Lexicon.vocabulary("negation");

  /* "did not enter the city", "ولم يدخلها": the last one or two words before the trigger. */
  private static boolean negated(Sent s, Hit h) {
    return after(s, h, NEGATION);
  }

  /* True when the last word, or the last two, before the trigger are one of {@code words}. */
  private static boolean after(Sent s, Hit h, java.util.Set<String> words) {
    int rs = h.start() - s.start;
    String[] w = NON_LETTERS.split(
        s.text.substring(Math.max(0, rs - 24), rs).toLowerCase(java.util.Locale.ROOT));
    int n = w.length;
    if (n == 0 || !s.text.substring(Math.max(0, rs - 1), rs).isBlank() && rs > 0) {
      return false; // the trigger is inside a word
    }
    return words.contains(w[n - 1]) || n >= 2 && words.contains(w[n - 2] + " " + w[n - 1]);
  }

  private static final java.util.Set<String> REFUSAL = Lexicon.vocabulary("refusal");
  /* A side's own concessions and contacts, which it refuses by saying it will not make them;
   * not a deed of force ("will not attack civilians" promises). */
  private static final java.util.Set<String> REFUSABLE = java.util.Set.of("CONSULT", "RETREAT",
      "CONCEDE", "AGREE", "COOPERATE", "AID");

  /**
   * s54: a verb of concession or contact right after "will not", "would not", "لن" ("the
   * government would not negotiate with a terrorist gang", "said they would not withdraw from
   * the town", "لن تتفاوض"): a refusal made now (REJECT), not the deed planned.
   */
  static boolean refused(Sent s, Hit h) {
    return REFUSABLE.contains(h.trigger().category()) && !h.has("pos:N")
        && after(s, h, REFUSAL);
  }

  /** The modality the words around a trigger give it. */
  private static String modality(Sent s, Hit h) {
    int rs = h.start() - s.start;
    int re = h.end() - s.start;
    String before = s.text.substring(Math.max(0, rs - 60), rs);
    String around = s.text.substring(Math.max(0, rs - 60), Math.min(s.text.length(), re + 40));
    // the outlet distances itself from the event, not from a name: “chemical attack”,
    // "alleged airstrike"; "the so-called “Jaish al-Islam” requested" is a name in quotes
    String justBefore = s.text.substring(Math.max(0, rs - 14), rs);
    if (quoted(s.text, rs, re) || Lexicon.cue("alleged").matcher(justBefore).find()) {
      return "alleged";
    }
    if (Lexicon.cue("hypothetical").matcher(before).find()) {
      return "hypothetical";
    }
    if (s.firstCue("historical") >= 0) {
      return "historical";
    }
    // s49: a speech act's own phrase ("warned that it would", "vowed that … will") and a threat
    // written as its content ("would not go unanswered", "will pay a heavy price") hold the
    // content's future, not their own: the warning was given, the threat made
    boolean content = "THREATEN".equals(h.trigger().category()) && !h.has("pos:V");
    if (!content && Lexicon.cue("future").matcher(h.speechAct() ? before : around.substring(0,
        Math.min(around.length(), before.length() + (re - rs)))).find()) {
      // "activists believe that the army will launch an operation": a guess about a plan
      return Lexicon.cue("possible").matcher(before).find() ? "possible" : "planned";
    }
    if (h.category().terms()
        && Lexicon.cue("terms").matcher(s.text.substring(0, rs)).find()) {
      return "planned"; // "the deal stipulates the exit of the fighters, the handover of …"
    }
    if (h.future()) {
      return "planned"; // "ستدخل القوات", "وسيخرج المقاتلون"
    }
    // (not a speech act: "وتوعد … بعمليات أوسع خلال الفترة المقبلة" made its threat now)
    if (s.arabic && !h.speechAct() && imperfect(s, h) && Lexicon.cue("future-time").matcher(
        s.text.substring(rs, Math.min(s.text.length(), re + 90))).find()) {
      return "planned"; // "ويلتقي الوزيران في نواكشوط الأسبوع المقبل" (s56)
    }
    if (Lexicon.cue("possible").matcher(around).find() || s.arabic && maybe(around)) {
      return "possible";
    }
    return "asserted";
  }

  /*
   * True when the trigger's first word is an Arabic imperfect verb: "يلتقي", "ونستأنف", or a
   * verb row's "تبدأ" (a noun may begin with ت: "تظاهرة", "تفجير"; a past verb may end in it).
   */
  private static boolean imperfect(Sent s, Hit h) {
    String w = s.text.substring(h.start() - s.start, h.end() - s.start);
    int space = w.indexOf(' ');
    w = space < 0 ? w : w.substring(0, space);
    if (w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
      w = w.substring(1);
    }
    return w.length() >= 4 && (w.charAt(0) == 'ي' || w.charAt(0) == 'ن'
        || w.charAt(0) == 'ت' && h.has("pos:V") && w.charAt(w.length() - 1) != 'ت');
  }

  private static final java.util.Set<String> MAYBE = Lexicon.vocabulary("maybe-particle");

  private static final java.util.Set<String> BE = Lexicon.vocabulary("maybe-be");

  /*
   * "قد" before an imperfect verb: "قد تشن", "قد يتم"; not before a past one ("قد استقدمت",
   * "قد أعلنت", "قد تمكنت"): an imperfect starts with ي, or with ت and does not end in the past
   * tense's feminine ت; but "أن يكون … قد انسحبوا" (may have withdrawn) is possible.
   */
  private static boolean maybe(String text) {
    String[] w = NON_LETTERS.split(text);
    for (int i = 0; i + 1 < w.length; i++) {
      if (!MAYBE.contains(w[i])) {
        continue;
      }
      String v = w[i + 1];
      if (v.length() >= 3 && (v.charAt(0) == 'ي'
          || v.charAt(0) == 'ت' && v.charAt(v.length() - 1) != 'ت')) {
        return true;
      }
      for (int k = Math.max(0, i - 3); k < i; k++) {
        if (BE.contains(w[k])) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the trigger itself sits in quotation marks: “chemical attack”. */
  private static boolean quoted(String t, int s, int e) {
    int open = Math.max(t.lastIndexOf('“', s), t.lastIndexOf('"', s - 1));
    int close = t.indexOf('”', e);
    return open >= 0 && s - open <= 3 && close >= 0 && close - e <= 3;
  }

  /** "The reports claiming that the hospital was bombed … are fake": the report is denied. */
  private static boolean calledFalse(Sent s, Hit h) {
    int at = s.firstCue("denial");
    return at >= 0 && s.start + at > h.end();
  }

  /*
   * The event's categories, most likely first: a retreat announced for later is a concession
   * (CODING.md: "will withdraw", "would release") as well as the retreat it promises; a town
   * taken by force is a seizure and the assault that took it (categories.tsv "forcible"); a
   * deed promised on a condition ({@link Conditionals}) or a pledge to fight
   * ({@link TriggerFinder#pledgesForce}) is the threat it makes, and the deed or the pledge; a
   * concession or contact refused ({@link #refused}) is the refusal alone.
   */
  static List<String> categories(Hit h, String modality, boolean threat, boolean refused) {
    String c = h.trigger().category();
    if (refused) {
      return List.of("REJECT"); // "would not negotiate": the refusal, not the talks
    }
    if (threat) {
      return List.of("THREATEN", c);
    }
    String first = h.category().plannedAs();
    if (first != null && modality.equals("planned")) {
      // s53: a deed of force promised stays that deed first (its story's process is the
      // deed's) and is a threat as well; a retreat promised is a concession first
      return first.equals("THREATEN") ? List.of(c, first) : List.of(first, c);
    }
    String also = h.category().forcible();
    if (also != null && h.has("forcible")) {
      return List.of(c, also);
    }
    return List.of(c);
  }
}
