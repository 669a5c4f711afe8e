package org.sitrep.events;

import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.Mention;

/**
 * A subject pronoun opening the reported clause stands for its speaker: "The GNA said on
 * Saturday it had launched an operation to take Sirte" (the GNA launched it), "the ministry said
 * they would retaliate". Only when no name stands between the attribution and the deed, the deed
 * is not passive, and the pronoun is the deed's own subject, its auxiliaries and adverbs aside
 * (English). Also the other ways a speaker is the doer of what it reports: a denier of its own
 * deed, a pronoun after the attribution that refers back to it, an Arabic pronoun before the
 * verb ("إنها سيطرت"), "we" in its quotation. Thread-safe.
 */
final class SpeakerSubject {
  /* After the attribution: a few words of time or place, the pronoun, its auxiliaries. */
  private static final Pattern PRONOUN_SUBJECT = Pattern.compile(
      "(?i)^[^,.;:\"“”]{0,40}?\\b(?:that\\s+)?(?:it|they|he|she|we|(?:its|their)\\s+(?:own\\s+)?"
          // s47: "MSF said its team at Adre hospital had treated": the speaker's own people
          + "(?:teams?|crews?|staff|medics|doctors|workers|volunteers|personnel|members)"
          + "(?:\\s+(?:at|in)\\s+[^,.;:\"“”]{1,30}?)?)\\s+"
          + "(?:(?:had|has|have|would|will|could|was|were|is|are|also|already|successfully"
          + "|later|then|now|just|jointly|recently)\\s+)*$");

  /* A kind of site after "at" or "in" and a name: "its team at Adre hospital". */
  private static final Pattern AT_PLACE =
      Pattern.compile("\\b(?:at|in)\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}$");
  private static final Pattern SELF_SUBJECT = Pattern.compile("(?i)\\b(?:they|it|he|she|we)\\b");
  private static final Pattern NO_SUBJECT = Pattern.compile(
      "(?i)(?:(?:that|having|ever|any|had|have|has|was|were|would|will|being)\\b\\s*)*");
  private static final Pattern SELF = Pattern.compile(
      "(?i)^\\s*(?:(?:it|they|he|she)\\b"
          + "|[,،:]?\\s*(?:إنها|إنه|إنهم|أنها|أنه|أنهم|انها|انه|انهم)\\s)");
  private static final java.util.Set<String> SELF_PRONOUNS =
      java.util.Set.of("إنها", "أنها", "انها", "إنهم", "أنهم", "انهم");
  private static final Pattern WE = Pattern.compile("(?i)\\b(?:we|our|us)\\b|نحن|إننا"
      + "|(?:قوات|جيش|مقاتلي|وحدات|عناصر|أبطال|مجاهدي|بلاد|دولت|حكومت)نا(?![\\p{L}])");

  /* A force noun of words.tsv force-of, for an Arabic force with a possessive clitic. */
  private static final java.util.Set<String> FORCE_OF = Lexicon.vocabulary("force-of");
  /* "القوات الموالية لها", "قوات تابعة له": the forces loyal to, belonging to, a pronoun. */
  private static final Pattern LOYAL_TO = Pattern.compile("(?:^|\\s)(?:و|ف)?(?:ال)?قوات\\s+"
      + "(?:ال)?(?:موالية|تابعة)\\s+(?:لها|له|لهم)\\s*$");
  /* A possessive clitic at a word's end: her, his, their. */
  private static final Pattern OWNER_CLITIC = Pattern.compile("(?:ها|هم|ه)$");

  private SpeakerSubject() {}

  /**
   * The span of an Arabic force that a pronoun owns, written right before verb trigger {@code
   * h} as its subject: "أن قواتها سيطرت", "إن القوات الموالية لها استعادت"; null when there is
   * none. The pronoun stands for the one who reports it ({@link #speakerBefore}).
   */
  static int[] ownForces(Sent s, Hit h) {
    if (!s.arabic || h.has("pos:N")) {
      return null;
    }
    int e = h.start() - s.start;
    while (e > 0 && Character.isWhitespace(s.text.charAt(e - 1))) {
      e--;
    }
    java.util.regex.Matcher loyal = LOYAL_TO.matcher(s.text).region(0, e);
    if (loyal.find()) {
      int b = loyal.start() + (Character.isWhitespace(s.text.charAt(loyal.start())) ? 1 : 0);
      return new int[] {s.start + b, s.start + e};
    }
    int b = e;
    while (b > 0 && Character.isLetter(s.text.charAt(b - 1))) {
      b--;
    }
    String w = s.text.substring(b, e);
    if (w.startsWith("ال") && b > 1 && s.text.charAt(b - 1) == ' ') {
      // s47: "أن قواته الجوفضائية استهدفت": the force's adjective, then the force it owns
      int a = b - 1;
      while (a > 0 && Character.isLetter(s.text.charAt(a - 1))) {
        a--;
      }
      String noun = s.text.substring(a, b - 1);
      if (OWNER_CLITIC.matcher(noun).find() && !noun.startsWith("ال")) {
        w = noun; // the span runs on to the adjective
        b = a;
      }
    }
    java.util.regex.Matcher owner = OWNER_CLITIC.matcher(w);
    if (w.length() < 5 || !owner.find()) {
      return null;
    }
    String stem = w.substring(0, owner.start()).replaceFirst("^[وف]", "");
    return FORCE_OF.contains(stem) || FORCE_OF.contains("ال" + stem)
        ? new int[] {s.start + b, s.start + e} : null;
  }

  /*
   * An Arabic reporting verb after a comma with no subject of its own, right before its
   * complementizer ("، وقال إن", "، وأكدت أن"), or a reporting participle ("، مؤكدا أن").
   */
  private static final Pattern SUBJECTLESS_REPORT = Pattern.compile(
      "[،,]\\s*(?:(?:و|ف)?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|تابع|تابعت|شدد|شددت"
          + "|أشار|أشارت|اعتبر|اعتبرت|لفت|لفتت)\\s+(?:إلى\\s+)?(?:إن|أن|ان)"
          + "|(?:مؤكد|مشير|معتبر|مضيف|موضح|مشدد|لافت)(?:ا|اً|ة|ةً)?\\s+(?:إلى\\s+)?"
          + "(?:إن|أن|ان))\\s");

  /**
   * True when such a subjectless report stands between {@code from} and {@code h}, and no actor
   * is named after it up to the deed's end ("، وأضاف أن الطيران الحربي قصف": the jets do it).
   */
  static boolean reportBetween(Sent s, List<Mention> ms, int from, Hit h) {
    if (from < s.start || h.start() <= from) {
      return false;
    }
    java.util.regex.Matcher r = SUBJECTLESS_REPORT.matcher(s.text.substring(from - s.start,
        h.start() - s.start));
    int end = -1;
    while (r.find()) {
      end = from + r.end();
    }
    if (end < 0) {
      return false;
    }
    for (Mention m : ms) {
      if (m.kind().equals("actor") && m.start() >= end && m.start() < h.end()) {
        return false;
      }
    }
    return true;
  }

  /* A comma right before a verb that opens with "و" ("…، ودعت"): a coordinated verb. */
  private static final Pattern COMMA_END = Pattern.compile("[،,]\\s*$");

  /** True when {@code h} is an Arabic verb opening with "و" right after a comma. */
  static boolean coordinatedVerb(Sent s, Hit h) {
    int at = h.start() - s.start;
    return at > 2 && s.text.charAt(at) == 'و'
        && COMMA_END.matcher(s.text.substring(Math.max(0, at - 4), at)).find();
  }

  /* ", and" (with "also", "later" or "then") right before an English verb. */
  private static final Pattern AND_END =
      Pattern.compile("(?i),\\s+and\\s+(?:also\\s+|later\\s+|then\\s+)?$");

  /**
   * s50: the speaker of an English speech act coordinated after its report, with no subject of
   * its own ("Baghaei said Syria's future must be decided by Syrians alone, and denounced
   * Israel's incursion"): the last named attribution before it that opens with its speaker.
   * Null for any other trigger, or when the trigger's own words name an actor.
   */
  static Said andVerbSpeaker(Sent s, List<Said> said, Hit h, List<Mention> ms) {
    if (s.arabic || !h.has("pos:V") || !h.speechAct() || ms.stream().anyMatch(m ->
        m.kind().equals("actor") && m.start() >= h.start() && m.end() <= h.end())) {
      return null; // "warned that Ankara would …": the subject inside the trigger's own words
    }
    int at = h.start() - s.start;
    if (!AND_END.matcher(s.text.substring(Math.max(0, at - 20), at)).find()) {
      return null;
    }
    Said last = null;
    for (Said c : said) {
      if (c.reach() <= h.start() && c.spanStart() == c.start() && !Said.relative(s, c)) {
        last = c;
      }
    }
    return last != null && ActorFinder.named(last.id()) ? last : null;
  }

  /* Between "announced" and the noun of the aid it gives: "120 million pounds in ". */
  private static final Pattern GIFT_GAP = Pattern.compile("\\s*(?:[^\\s,;:.\"“”]+\\s+){0,8}");

  /**
   * s50: the speaker of an English announcement whose object is its own aid ("Britain, hosting
   * a conference on Sudan …, announced 120 million pounds in humanitarian aid"), when no other
   * actor and no punctuation stands between the verb and the aid's noun. Null otherwise.
   */
  static Said announcedAid(Sent s, List<Mention> ms, List<Said> said, Hit h) {
    if (s.arabic || !h.has("pos:N") || !"AID".equals(h.trigger().category())) {
      return null;
    }
    for (Said c : said) {
      if (ActorFinder.named(c.id()) && c.spanEnd() <= h.start()
          && s.text.substring(c.spanStart() - s.start, c.spanEnd() - s.start)
              .toLowerCase(java.util.Locale.ROOT).contains("announc")
          && GIFT_GAP.matcher(s.text.substring(c.spanEnd() - s.start, h.start() - s.start))
              .matches()
          && ms.stream().noneMatch(m -> m.kind().equals("actor") && m.start() >= c.spanEnd()
              && m.end() <= h.start())) {
        return c;
      }
    }
    return null;
  }

  /** The last named speaker whose attribution ends before {@code h}, at most 160 characters off. */
  static Said speakerBefore(List<Said> said, Hit h) {
    Said last = null;
    for (Said c : said) {
      if (c.reach() <= h.start() && c.id() != null) {
        last = c;
      }
    }
    return last != null && h.start() - last.reach() <= 160 ? last : null;
  }

  /** The speaker as the deed's actor when a pronoun after its attribution is the subject. */
  static Mention of(Sent s, List<Mention> ms, List<Said> said, Hit h,
      ClaimantFinder claimants) {
    if (s.arabic || said.isEmpty() || !ActorFinder.named(said.get(0).id())
        || h.has("pos:N") || ActorFinder.passive(s, h)) {
      return null;
    }
    Said c = said.get(0);
    int from = c.reach();
    if (from > h.start() || from < s.start) {
      return null;
    }
    for (Mention m : ms) {
      if (m.kind().equals("actor") && m.start() >= from && m.end() <= h.start()
          && !AT_PLACE.matcher(s.text.substring(from - s.start, m.start() - s.start)).find()) {
        return null; // "said rebels fired": the name is the subject
      }
    }
    return PRONOUN_SUBJECT.matcher(s.text.substring(from - s.start, h.start() - s.start)).find()
        ? claimants.actorMention(c) : null;
  }

  /**
   * "X denied that they reached an agreement", "X denied reaching…": the denier is the one
   * whose deed is denied; but not in "X denied that their rivals had taken the airport".
   */
  static boolean denierActs(Sent s, Hit denial, Hit h) {
    String gap = s.text.substring(denial.end() - s.start, h.start() - s.start).strip();
    return SELF_SUBJECT.matcher(gap).find() || NO_SUBJECT.matcher(gap).matches();
  }

  /** The subject of the reported clause refers back to the one who reports it. */
  static boolean selfReference(Sent s, Said c, Hit h) {
    int from = c.spanEnd() - s.start;
    int to = h.start() - s.start;
    // "it had destroyed", not "it had “deeply alarming reports” of civilians killed"
    return from >= 0 && from < to && to - from <= 30
        && SELF.matcher(s.text.substring(from, to)).find();
  }

  /*
   * The speaker when a feminine or plural pronoun right before an Arabic verb trigger is its
   * subject: "قالت الفصائل في بيان على حسابها إنها سيطرت", "قالت الوحدات انها ترحب بوصول
   * القوات" (the units welcome; the forces after the verb are the genitive of its object).
   * "إنه" only before an imperfect verb ("مؤكداً أنه يرفض"): before a past one it also opens a
   * passive ("إنه قتل": it was killed).
   */
  private static final java.util.Set<String> MASCULINE_PRONOUNS = java.util.Set.of("أنه", "إنه",
      "انه");

  static Said pronounSubject(Sent s, List<Said> said, Hit h) {
    if (!s.arabic || h.has("pos:N")) {
      return null;
    }
    String before = s.lastWord(h.start());
    char first = s.text.charAt(h.start() - s.start);
    if (!SELF_PRONOUNS.contains(before) && !(MASCULINE_PRONOUNS.contains(before)
        && (first == 'ي' || first == 'س'))) {
      return null; // "أنه يرفض": an imperfect verb is active; "إنه قتل" may be passive
    }
    Said last = null;
    for (Said c : said) {
      if (c.reach() <= h.start()) {
        last = c;
      }
    }
    return last != null && last.id() != null && h.start() - last.reach() <= 120 ? last : null;
  }

  /** A trigger inside a quotation in which the speaker says "we": the speaker's side acts. */
  static boolean weQuote(Sent s, Hit h) {
    int rs = h.start() - s.start;
    int open = Math.max(s.text.lastIndexOf('“', rs), s.text.lastIndexOf('"', rs));
    if (open < 0) {
      return false;
    }
    int close = s.text.indexOf('”', rs);
    if (close < 0) {
      close = s.text.indexOf('"', rs);
    }
    String quote = s.text.substring(open, close < 0 ? s.text.length() : close);
    return WE.matcher(quote).find();
  }
}
