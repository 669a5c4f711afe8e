package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Timex;
import org.sitrep.text.ScanPattern;

/**
 * Finds the event triggers of a sentence: the regex triggers of {@code triggers.tsv} and the
 * hits of the word lexicons, outside attributions and web addresses; the longest wins where
 * triggers overlap; then drops the hits that are no deed of their own (the content of a demand,
 * a framework, a modifier, a purpose). Also holds the filters of the per-trigger coding.
 */
final class TriggerFinder {
  /* The category of a trigger-file row that names wording that is no event (see find). */
  static final String NO_EVENT = "NONE";
  /* Words before a deed that say it did not happen (words.tsv "without"). */
  private static final Set<String> WITHOUT = Lexicon.vocabulary("without");
  private static final Set<String> PREVENT = Lexicon.vocabulary("prevent");
  private static final Pattern CLAUSE_JOIN = Pattern.compile(
      "[,;:،؛]|\\b(?:and|then|while|but|after|before)\\b|(?:^|\\s)[وف](?=\\p{L})|\\sثم\\s");
  private static final Pattern TO = Pattern.compile("(?i)\\bto\\s*$");
  /* The Arabic article, alone or after a proclitic ("ال", "وال", "بال", "لل"). */
  private static final Pattern ARTICLE = Pattern.compile("(?:[وفبك]?ال|[وف]?لل)");
  /* "hours after the attack": a deed the page has told already, named again as a time. */
  private static final Pattern TOLD = Pattern.compile(
      "(?i)\\b(?:after|since|following|before|over|amid|despite|ahead\\s+of|"
          + "in\\s+(?:response|retaliation|revenge)\\s+for|in\\s+protest\\s+(?:at|against|over))"
          + "\\s+(?:the|this|that|these|those|last\\s+week's|recent)\\s+$"
          + "|(?:^|\\s)(?:بعد|عقب|إثر|اثر|قبيل|منذ|خلفية|أعقاب)\\s+ال$");
  /* "called for a ceasefire and warned": a second finite verb of the same subject. */
  private static final Pattern AND_PAST = Pattern.compile("(?i)\\band\\s+$");
  /* A clause with a subject of its own after a comma: "told them to leave, and Washington sent". */
  private static final Pattern NEW_SUBJECT = Pattern.compile(
      ",\\s+(?:and|but|while|whereas)\\s+(?:(?:the\\s+)?\\p{Lu}|(?:he|she|they|it|we)\\b)");
  private static final Pattern PAST = Pattern.compile("(?i)\\p{L}+ed\\b");
  private static final Pattern IRREALIS = Pattern.compile(
      "(?i)\\b(?:to|be|been|that|should|must|would|will|could|can|not)\\b");

  /* "begged for the cessation of operations": what is asked for is their end, not them. */
  private static final Pattern OF = Pattern.compile(
      "(?i)\\b(?:cessation|end|halt|stop|suspension|ending|stopping|halting|freeze)"
          + "\\s+(?:of|to)\\s+(?:the\\s+|all\\s+|its\\s+|their\\s+)?(?:[\\p{L}-]+\\s+)?$"
          + "|(?:^|\\s)(?:وقف|إيقاف|ايقاف|إنهاء|انهاء)\\s*$");

  private static final Pattern ADJUNCT = Pattern.compile(
      "(?i)(?:\\b(?:under|per|in\\s+line\\s+with|in\\s+accordance\\s+with|as\\s+part\\s+of|"
          + "in\\s+(?:breach|violation|defiance)\\s+of|"
          + "in\\s+the\\s+framework\\s+of|within\\s+the\\s+framework\\s+of)"
          + "|(?:^|\\s)(?:بموجب|وفق|وفقا\\s+ل|ضمن|في\\s+إطار))"
          + "\\s+(?:the\\s+|a\\s+|an\\s+|this\\s+|that\\s+|its\\s+|their\\s+)?"
          + "(?:[\\p{Ll}-]+\\s+){0,2}$");

  private static final Pattern FIRST_WORD_ING = Pattern.compile("\\p{L}+ing\\b");
  private static final Pattern RELATIVE_BACKGROUND = Pattern.compile(
      "\\b(?:who|which|that)\\s+(?:have|has|had|were|was)(?:\\s+been)?\\s+$",
      Pattern.CASE_INSENSITIVE);

  private TriggerFinder() {}

  /**
   * The triggers of a sentence in text order, outside the attributions {@code said}, one per
   * stretch of text, without those that are part of another event.
   */
  /* A past participle, and the words that make it an adjective before its noun. */
  private static final Pattern PARTICIPLE = Pattern.compile("\\p{L}+(?:ed|en)\\b");
  private static final Pattern ATTRIBUTIVE = Pattern.compile(
      "(?i)\\b(?:a|an|the|this|that|these|those|its|their|his|her|our)\\s+$");

  /*
   * The words a lexicon phrase names (gaps excluded). A regex row, written for its context,
   * wins a tie as it always did.
   */
  private static int words(Hit h) {
    List<String> w = h.trigger().pattern() == null ? h.trigger().literals() : null;
    return w == null ? 100 : w.size();
  }

  /*
   * Every trigger hit of a sentence outside web addresses, before attributions and overlaps
   * are taken into account: found once per sentence (the attribution finder asks too).
   */
  /** Every trigger hit of the sentence, of both the regex rows and the lexicons (cached). */
  static List<Hit> all(Sent s) {
    return raw(s);
  }

  private static List<Hit> raw(Sent s) {
    if (s.triggerHits != null) {
      return s.triggerHits;
    }
    List<Hit> hits = new ArrayList<>();
    String lower = s.lower();
    for (Lexicon.Trigger t : Lexicon.candidates(lower)) {
      ScanPattern.Finder m = t.pattern().matcher(s.text);
      while (m.find()) {
        if (NotADeed.inUrl(s.text, m.start())
            || !s.arabic && NotADeed.compoundAdjective(s.text, m.start(), m.end())
            || PARTICIPLE.matcher(m.group()).lookingAt() && ATTRIBUTIVE.matcher(
                s.text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
          continue; // "a detained tourist", "the besieged town": a state, not a deed
        }
        hits.add(new Hit(t, s.start + m.start(), s.start + m.end()));
      }
    }
    for (TriggerLexicon.Match m : (s.arabic ? TriggerLexicon.ARABIC : TriggerLexicon.ENGLISH)
        .find(s.text, s.names)) {
      if (NotADeed.inUrl(s.text, m.start()) || NotADeed.aboutMedia(s, m)
          || !s.arabic && NotADeed.compoundAdjective(s.text, m.start(), m.end())) {
        continue;
      }
      hits.add(new Hit(m.row().trigger(), s.start + m.start(), s.start + m.end(), m.future()));
    }
    if (!s.arabic) {
      hits.addAll(warnings(s, hits));
    }
    s.triggerHits = List.copyOf(hits);
    return s.triggerHits;
  }

  /*
   * s49: a warning, threat or vow whose clause says a deed of force will come ("warned that any
   * ship heading to Israeli ports would be targeted", "vowed that the attackers will be
   * hunted down"): from its verb up to the deed, a threat, whatever the words between; the
   * deed is its content.
   */
  /* A verb of warning, threat or vow and its "that", in one clause. */
  private static final String WARNED = "(?i)\\b(?:warn(?:ed|s|ing)?|threaten(?:ed|s|ing)?|"
      + "vow(?:ed|s|ing)?)\\b[^.;:!?\"“”]{0,60}?\\bthat\\b";
  private static final Pattern WARNED_THAT = Pattern.compile(WARNED
      + "[^.;:!?\"“”]{0,120}?\\b(?:would|will)\\s+(?:(?:be|not|also|soon|then)\\s+){0,2}$");
  private static final Lexicon.Trigger WARNING = new Lexicon.Trigger("THREATEN", "violence",
      Set.of("speech", "pos:V"), null, List.of("warned"));

  /*
   * A warning that a deed "would be met with" a reply or "face" one ("warned on Saturday
   * that any Indian military strike on Pakistani territory would be met with a swift
   * response"): the threat, from its verb to the reply's verb, however long the clause between.
   */
  private static final Pattern WARNED_REPLY = Pattern.compile(WARNED
      + "[^.;:!?\"“”]{0,160}?\\b(?:would|will)\\s+(?:also\\s+)?(?:be\\s+met\\s+with|meet\\s+with|"
      + "face\\s+(?:[\\p{L}-]+\\s+){0,3}(?:consequences|response|retaliation|punishment|"
      + "reprisals|retribution))\\b");

  /*
   * s50: a deed of force a speaker says will come on a condition ("said on Thursday that
   * Hezbollah's leader would be \"eliminated\" if the group fired on northern Israel again"):
   * a threat, from the reporting verb to the deed; the condition follows the deed.
   */
  private static final Pattern SAID_WOULD = Pattern.compile("(?i)\\b(?:said|says|told\\s+\\p{L}+)"
      + "\\b[^.;:!?]{0,120}?\\b(?:would|will)\\s+"
      + "(?:(?:be|not|also|soon|then)\\s+){0,2}[\"“']?$");
  private static final Pattern IF_AFTER = Pattern.compile("(?i)^[^.;:!?]{0,40}?\\b(?:if|unless)\\b");

  private static List<Hit> warnings(Sent s, List<Hit> hits) {
    List<Hit> out = List.of();
    String lower = s.lower();
    if ((lower.contains(" if ") || lower.contains(" unless ")) && !s.arabic) {
      out = conditionalThreats(s, hits);
    }
    if (!lower.contains("warn") && !lower.contains("threaten") && !lower.contains("vow")) {
      return out;
    }
    out = new ArrayList<>(out);
    Matcher reply = WARNED_REPLY.matcher(s.text);
    if (reply.find()) {
      out.add(new Hit(WARNING, s.start + reply.start(), s.start + reply.end()));
    }
    for (Hit h : hits) {
      int hs = h.start() - s.start;
      if (!threatened(s, h)) {
        continue;
      }
      Matcher m = WARNED_THAT.matcher(s.text).region(Math.max(0, hs - 240), hs);
      if (m.find()) {
        int end = m.end();
        while (end > m.start() && Character.isWhitespace(s.text.charAt(end - 1))) {
          end--;
        }
        out.add(new Hit(WARNING, s.start + m.start(), s.start + end));
      }
    }
    return out;
  }

  /* A deed of force, no speech, after the sentence's first word: what a threat may promise. */
  private static boolean threatened(Sent s, Hit h) {
    return !NO_EVENT.equals(h.trigger().category()) && h.start() > s.start
        && h.category().family().equals("force") && !h.speechAct();
  }

  /* The threats of {@link #SAID_WOULD}: a force deed after "said … would", an "if" after it. */
  private static List<Hit> conditionalThreats(Sent s, List<Hit> hits) {
    List<Hit> out = new ArrayList<>();
    for (Hit h : hits) {
      int hs = h.start() - s.start;
      if (!threatened(s, h)) {
        continue;
      }
      Matcher m = SAID_WOULD.matcher(s.text).region(Math.max(0, hs - 240), hs);
      if (m.find() && IF_AFTER.matcher(s.text).region(h.end() - s.start, s.text.length())
          .lookingAt()) {
        int end = hs;
        while (end > m.start() && !Character.isLetter(s.text.charAt(end - 1))) {
          end--;
        }
        out.add(new Hit(WARNING, s.start + m.start(), s.start + end));
      }
    }
    return out;
  }

  static List<Hit> find(Sent s, List<Said> said) {
    List<Hit> hits = new ArrayList<>();
    List<Hit> raw = raw(s);
    for (Hit h : raw) {
      if (!Said.inAttribution(said, h.start(), h.end()) || Said.deedOfSpeaker(s, said, h)) {
        hits.add(h);
      }
    }
    boolean all = hits.size() == raw.size(); // no attribution covers a hit: the same every time
    if (all && s.allTriggers != null) {
      return s.allTriggers;
    }
    // a regex row without a mode and a lexicon row of the same category on the same words: the
    // lexicon row, which carries the mode and the flags ("captured": COERCE seize, taken by
    // force); a regex row's own mode, read from its context ("jets struck": aerial), stays
    hits.removeIf(h -> h.trigger().pattern() != null && h.trigger().mode() == null
        && hits.stream().anyMatch(k -> k != h
        && k.trigger().pattern() == null && k.start() == h.start() && k.end() == h.end()
        && k.trigger().category().equals(h.trigger().category())));
    // a row flagged armed counts only for armed doers: where a row of the same category that
    // asks nothing of its doers covers some of the same words, that row's deed stands ("denied
    // that their rivals had taken control of the airport": "take * control", not "take * airport")
    hits.removeIf(h -> h.has("armed") && hits.stream().anyMatch(k -> k != h && !k.has("armed")
        && k.trigger().category().equals(h.trigger().category())
        && k.start() < h.end() && h.start() < k.end()));
    // s52: an adverbial participle is indefinite: "الرافضين للتسوية" (those who reject it), "المتهمين"
    // (the accused) name people, not a deed
    hits.removeIf(h -> h.has("adverbial") && s.arabic && ARTICLE.matcher(
        s.text.substring(h.start() - s.start, Math.min(s.text.length(), h.start() - s.start + 4)))
        .lookingAt());
    // the longest trigger wins where triggers overlap; then one event per category and
    // sentence, the first that has an actor: the main clause comes before "after sending two
    // convoys"
    // (s47: on the same words, an adverbial participle's row beats a noun's: "، مطالبا")
    hits.sort((x, y) -> x.end() - x.start() != y.end() - y.start()
        ? (y.end() - y.start()) - (x.end() - x.start()) : words(y) != words(x)
        ? words(y) - words(x) : Boolean.compare(y.has("adverbial"), x.has("adverbial")));
    List<Hit> apart = new ArrayList<>();
    for (Hit h : hits) {
      boolean clash = false;
      for (Hit k : apart) {
        if (h.start() < k.end() && k.start() < h.end()) {
          clash = true;
          break;
        }
      }
      if (!clash) {
        apart.add(h);
      }
    }
    // a NONE row of a trigger file is wording that is no event ("an earthquake struck"): it
    // has beaten the triggers it overlaps, and goes itself
    apart.removeIf(h -> NO_EVENT.equals(h.trigger().category()));
    apart.sort((x, y) -> Integer.compare(x.start(), y.start()));
    List<Hit> commands = apart.stream().filter(k -> relays(s, apart, k)).toList();
    apart.removeAll(commands);
    List<Hit> kept = new ArrayList<>();
    for (Hit h : apart) {
      if (!contentOfAnother(s, apart, h, said) && !adjunct(s, apart, h) && !modifier(apart, h)
          && !purpose(s, h) && !describesEvent(s, apart, h) && !told(s, h)
          && !natural(s, h) && !pledgeOfThreat(s, apart, h) && !pledgedDeed(s, apart, h)
          && !noneReported(s, h)) {
        kept.add(h);
      }
    }
    if (all) {
      s.allTriggers = List.copyOf(kept);
    }
    return kept;
  }

  /* A bare Arabic verb of pledging, with its conjunction: "وتعهد", "تعهدت". */
  private static final Pattern BARE_PLEDGE =
      Pattern.compile("[وف]?(?:تعهد|يتعهد|تتعهد|تعهدت|تعهدوا)");

  /*
   * s50: a bare pledge whose complement holds a threat ("وتعهد البرهان في كلمة مقتضبة بأن القوات
   * المسلحة ستلاحق الميليشيا"): the pledge is that threat, no agreement of its own
   * (blind-pages-13's odd half, studied).
   */
  private static boolean pledgeOfThreat(Sent s, List<Hit> hits, Hit h) {
    if (!s.arabic || !"AGREE".equals(h.trigger().category())
        || !BARE_PLEDGE.matcher(s.text.substring(h.start() - s.start, h.end() - s.start).strip())
            .matches()) {
      return false;
    }
    for (Hit k : hits) {
      if (k.start() >= h.end() && k.start() - h.end() <= 160
          && "THREATEN".equals(k.trigger().category())
          && !Sent.anyOf(s.text, h.end() - s.start, k.start() - s.start, ",،;")) {
        // in its complement, no clause of its own between ("وتعهدت القوات … بملاحقة الجناة،
        // مؤكدة أنها ماضية في …": a pledge, then a threat)
        return true;
      }
    }
    return false;
  }

  /* A pledge's own word: "pledged", "vowed", "promised", "swore", "تعهد", "متعهدا", "أقسم" (not
   * "وعدت", which unvocalised is as often "and counted", "وعدّت … الهجوم خرقا"). */
  private static final Pattern PLEDGE_WORD = Pattern.compile(
      "(?iu)\\b(?:pledg|vow|promis|swor|swear)|(?<![\\p{L}])[وف]?(?:م?تعهد|يتعهد|تتعهد|أقسم)");
  /* Between a pledge and a deed of force, words that make the deed what it pledges to end. */
  private static final Pattern ENDING = Pattern.compile(
      "(?iu)\\b(?:stop|halt|end|cease|refrain|avoid|prevent|not|never|no|without|break|lift"
          + "|ease)\\b|(?<![\\p{L}])[وب]?(?:وقف|إنهاء|عدم|منع|تجنب|الكف|لوقف|بوقف|بعدم|الامتناع"
          + "|امتناع|بالامتناع|كسر|بكسر|فك|بفك|رفع|برفع)(?![\\p{L}])");

  /* The most characters between a pledge and the deed of force it pledges. */
  private static final int PLEDGE_REACH = 40;

  /**
   * s53: true when the agreement {@code k} is a pledge whose content is a deed of force ("متعهدا
   * بمواصلة المعركة حتى تطهير آخر شبر", "pledged to keep up the offensive"): a vow to fight,
   * which CODING.md codes THREATEN; not a pledge to end one ("pledged to stop the attacks").
   */
  static boolean pledgesForce(Sent s, Hit k) {
    for (Hit h : raw(s)) {
      if (pledged(s, k, h)) {
        return true;
      }
    }
    return false;
  }

  /* True when {@code h}, a deed of force, is what the pledge {@code k} pledges to do. */
  private static boolean pledged(Sent s, Hit k, Hit h) {
    if (!"AGREE".equals(k.trigger().category()) || h.start() < k.end()
        || h.start() - k.end() > PLEDGE_REACH || NO_EVENT.equals(h.trigger().category())
        || !h.category().family().equals("force")
        || h.category().speech() || s.breakBetween(k.end(), h.start())
        || !PLEDGE_WORD.matcher(s.text.substring(k.start() - s.start, k.end() - s.start)).find()) {
      return false;
    }
    String between = s.text.substring(k.end() - s.start, h.start() - s.start);
    return !ENDING.matcher(between).find() && !Sent.anyOf(between, 0, between.length(), ",،");
  }

  /* True when {@code h} is the deed of force a pledge among {@code hits} pledges. */
  private static boolean pledgedDeed(Sent s, List<Hit> hits, Hit h) {
    for (Hit k : hits) {
      if (k != h && pledged(s, k, h)) {
        return true;
      }
    }
    return false;
  }

  /* "No clashes were reported": "no" and up to two words before the noun … */
  private static final Pattern NO_BEFORE =
      Pattern.compile("(?i)\\bno\\s+(?:[\\p{L}-]+\\s+){0,2}$");
  /* … and its report after it, in the same clause. */
  private static final Pattern REPORTED_AFTER = Pattern.compile("(?i)^(?:\\s+or\\s+[\\p{L}-]+)?"
      + "\\s+(?:were|was|have\\s+been|has\\s+been|had\\s+been)\\s+"
      + "(?:reported|recorded|registered|observed|heard)\\b");
  /* "لم تسجل أي اشتباكات", "دون وقوع إصابات", "من دون أن تسفر عن إصابات": none happened. */
  private static final Pattern NONE_BEFORE = Pattern.compile(
      "(?:(?:^|\\s)[وف]?لم\\s+(?:تسجل|يسجل|ترد|يرد|تقع|يقع"
          + "|(?:يبلغ|تبلغ|يعلن|تعلن|يذكر)\\s+عن)" // ACLED's "لم يُبلغ عن قتلى" (s56)
          + "|(?:^|\\s)دون\\s+(?:تسجيل|وقوع|أن\\s+(?:تسفر|يسفر|تؤدي|يؤدي)\\s+(?:عن|إلى))"
          + "(?:\\s+وقوع)?)"
          + "\\s+(?:أي|أية)?\\s*(?:(?:أنباء|تقارير)\\s+عن\\s+)?"
          + "(?:\\S+\\s+(?:أو|ولا)\\s+)?$"); // "… أي قصف أو اشتباكات": the second noun too

  /*
   * s55: a deed noun the clause says nobody reported ("No clashes were reported along the line on
   * Sunday", "No casualties were reported", "ولم تسجل أي اشتباكات") is no event (genre fresh15's
   * odd NONE rows; the repository's pages say it of casualties, fighting, launches and protests).
   */
  private static boolean noneReported(Sent s, Hit h) {
    int rs = h.start() - s.start;
    String before = s.text.substring(Math.max(0, rs - 40), rs);
    if (s.arabic) {
      // without its marks: "لم تُسجَّل" is read as "لم تسجل"
      return NONE_BEFORE.matcher(Nationality.HARAKAT.matcher(before).replaceAll("")).find();
    }
    return NO_BEFORE.matcher(before).find()
        && REPORTED_AFTER.matcher(s.text).region(h.end() - s.start, s.text.length()).lookingAt();
  }

  /*
   * A definite event noun after a preposition of time, cause or occasion names a deed the page
   * has told already, or takes as known ("hours after the attack", "sanctions over the
   * crackdown", "ahead of the protests", "على خلفية الاحتجاجات", "عقب الاشتباكات"): not a deed of
   * its own here. An Arabic noun is definite by its article.
   */
  private static boolean told(Sent s, Hit h) {
    if (!h.has("pos:N")) {
      return false;
    }
    int rs = h.start() - s.start;
    String before = s.text.substring(Math.max(0, rs - 32), rs);
    if (s.arabic) {
      return s.text.startsWith("ال", rs) && TOLD.matcher(before + "ال").find();
    }
    return TOLD.matcher(before).find();
  }

  /**
   * A trigger in a relative clause about the past with no date of its own is background, not an
   * event: "soldiers who have been captured by the armed group over the last seven years".
   */
  static boolean background(Sent s, Hit h, List<Timex> ts) {
    int rs = h.start() - s.start;
    String before = s.text.substring(Math.max(0, rs - 30), rs);
    if (!RELATIVE_BACKGROUND.matcher(before).find()) {
      return false;
    }
    for (Timex t : ts) {
      if (t.start() >= h.end() && t.start() - h.end() < 30 && "day".equals(t.precision())
          && !t.kind().equals("span")) {
        return false;
      }
    }
    return true;
  }

  /* "prevented from leaving", "stopped from fleeing", "without fighting": no deed happened. */
  static boolean prevented(Sent s, Hit h) {
    String before = s.lastWord(h.start());
    return before.equals("from") && FIRST_WORD_ING.matcher(
        s.text.substring(h.start() - s.start, h.end() - s.start)).lookingAt()
        || WITHOUT.contains(before) // "withdrew without fighting", "دون قتال"
        || s.arabic && preventedArabic(s, h);
  }

  /*
   * An Arabic verbal noun right after a verb of preventing, or joined by و to one that is
   * ("تمنع الدخول والخروج", "منعت خروج المدنيين"): the deed was stopped (words.tsv "prevent").
   */
  private static boolean preventedArabic(Sent s, Hit h) {
    int at = h.start() - s.start;
    boolean joined = s.text.charAt(at) == 'و'; // "والخروج": the next term of a list
    for (int k = 0; k < 3; k++) {
      int[] span = org.sitrep.text.WordSpans.before(s.text, at);
      if (span == null) {
        return false; // no word right before: the sentence's start, or punctuation between
      }
      int b = span[0];
      String w = s.text.substring(b, span[1]);
      if (PREVENT.contains(w)) {
        return true;
      }
      if (!joined) {
        return false;
      }
      joined = w.charAt(0) == 'و';
      at = b;
    }
    return false;
  }


  /**
   * True when {@code later} is a deed of its own: another clause than {@code earlier} of the same
   * category ("forced the men off the buses, confiscated their weapons").
   */
  static boolean newClause(Sent s, Hit earlier, Hit later) {
    if (later.start() < earlier.end()) {
      return false;
    }
    if (later.has("pos:N")) {
      // "blew up the mosque, a massive blast": the same deed named again; but a verbal noun
      // joined by "و" is the next term of a list ("بخروج المسلحين … وتسليم السلاح")
      return s.arabic && s.text.charAt(later.start() - s.start) == 'و'
          && later.start() - earlier.end() > 2;
    }
    String between = s.text.substring(earlier.end() - s.start, later.start() - s.start);
    if (consequence(s, between, later)) {
      return false; // "pounded a village, killing six civilians": the same deed's toll
    }
    // (s47: the joining "و" may be the later verb's own first letter: "أحرقوا السوق واختطفوا")
    String joined = s.text.substring(earlier.end() - s.start,
        Math.min(s.text.length(), later.start() - s.start + 2));
    return (between.length() > 2 || between.startsWith(",") && !later.has("pos:N"))
        && CLAUSE_JOIN.matcher(joined).find();
  }

  /* True when a deed word opens, or follows, a clause of what the deed before it caused. */
  private static boolean consequence(Sent s, String between, Hit later) {
    ScanPattern.Finder c = Lexicon.cue("consequence").matcher(between);
    int last = -1;
    while (c.find()) {
      if (between.length() - c.end() <= 12) {
        return true; // "…, killing", "مما أدى إلى مقتل"
      }
      last = c.end();
    }
    String from = s.text.substring(later.start() - s.start, later.end() - s.start);
    if (!Lexicon.cue("consequence").matcher(from).lookingAt()) {
      return false;
    }
    // "…, killing 16 people and wounding dozens": the second toll of the same deed
    return between.strip().endsWith(",") || last >= 0
        && between.substring(last).chars().noneMatch(ch -> ch == ';' || ch == '.' || ch == '؛');
  }

  /* True when {@code h} is what {@code deal} is to: "an agreement with Russia to leave Tafas". */
  static boolean termOf(Sent s, Hit deal, Hit h) {
    if (h.start() < deal.end() || h.start() - deal.end() > 25) {
      return false;
    }
    String gap = s.text.substring(deal.end() - s.start, h.start() - s.start);
    return TO.matcher(gap).find() || s.arabic && s.text.charAt(h.start() - s.start) == 'ل';
  }

  /*
   * True when {@code h} is what another trigger of its clause demands, threatens or refuses
   * ("conditioned the talks on the exit of the militants", "vowed to fight", "refused to
   * leave"): part of that event, not a deed of its own.
   */
  private static boolean contentOfAnother(Sent s, List<Hit> all, Hit h, List<Said> said) {
    for (Hit k : all) {
      // a denial's complement is denied, not governed ("denied that it reached an agreement")
      boolean governs = k.category().governs() && !k.has("deny");
      if (governs && k.end() <= h.start() && h.start() - k.end() <= 80
          && !s.breakBetween(k.end(), h.start()) && !OF.matcher(
              s.text.substring(k.end() - s.start, h.start() - s.start)).find()
          && !Lexicon.cue("terms").matcher(
              s.text.substring(k.end() - s.start, h.start() - s.start)).find()
          && !secondVerb(s, k, h) && !reportedBetween(s, said, k, h)
          && !(!s.arabic && NEW_SUBJECT.matcher(
              s.text.substring(k.end() - s.start, h.start() - s.start)).find())) {
        return true;
      }
    }
    return false;
  }

  /*
   * "rejected the accusations and said it supported …": what follows is another report (English
   * only: the Arabic speaker finder asks for a sentence's triggers without its attributions).
   */
  private static boolean reportedBetween(Sent s, List<Said> said, Hit k, Hit h) {
    return !s.arabic && said.stream().anyMatch(c -> c.spanEnd() > k.end() && c.spanEnd() <= h.start());
  }

  /*
   * "called for a ceasefire and warned that …": a past-tense verb right after "and", with no
   * infinitive, subjunctive or modal between, is the subject's next deed, not what it demands.
   */
  private static boolean secondVerb(Sent s, Hit k, Hit h) {
    String between = s.text.substring(k.end() - s.start, h.start() - s.start);
    return !s.arabic && !h.has("pos:N") && AND_PAST.matcher(between).find()
        && PAST.matcher(s.text.substring(h.start() - s.start, h.end() - s.start)).lookingAt()
        && !IRREALIS.matcher(between).find();
  }

  /* The words of a command's object that is armed men it sends ("ordered 5,000 troops"). */
  private static final Set<String> COMMANDED = Lexicon.vocabulary("commanded");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  /* The words between a command and a deed it names as its object ("ordered an offensive"). */
  private static final Pattern COMMAND_OBJECT = Pattern.compile(
      "(?i)^\\s*(?:(?:a|an|the|new|fresh|further|more|immediate|full|total|its|his|their)\\s+){0,2}$");

  /*
   * True when {@code k} is a command whose content is a deed the commander does through armed
   * men ("Venezuela ordered 5,600 soldiers to take part in military exercises", "ordered its
   * forces to pull back") or names as its object ("ordered an offensive on the city", "ordered
   * the arrest of"): that deed is the commander's own, coded in the command's place.
   */
  private static boolean relays(Sent s, List<Hit> all, Hit k) {
    if (!k.has("command")) {
      return false;
    }
    for (Hit h : all) {
      if (h == k || h.start() < k.end() || h.start() - k.end() > 80 || h.speechAct()
          || s.breakBetween(k.end(), h.start())) {
        continue;
      }
      String between = s.text.substring(k.end() - s.start, h.start() - s.start);
      if (COMMAND_OBJECT.matcher(between).matches()) { // its object: a deed named as a noun
        return true;
      }
      for (String w : NON_LETTERS.split(between.toLowerCase(Locale.ROOT))) {
        if (COMMANDED.contains(w)) {
          return true;
        }
      }
      return false; // only the first deed after the command is its content
    }
    return false;
  }

  /* What makes the deed after a disaster its cause: "a fire broke out after an air strike". */
  private static final Pattern CAUSE_BETWEEN = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:after|following|when|as|because|إثر|اثر|جراء|بعد|عقب|بسبب|غداة)"
      + "(?![\\p{L}])");

  /*
   * s49: true when {@code h}, an assault, is what a disaster or accident did (attribution.tsv
   * "natural"): told after the disaster in its sentence with no "after" between ("an earthquake
   * struck …, killing 2,000", "lightning struck a cattle camp"), or right before it, no comma
   * between ("لقي 12 شخصا مصرعهم … في حادث سير", "were killed in a road accident").
   */
  private static boolean natural(Sent s, Hit h) {
    if (s.firstCue("natural") < 0 || !h.trigger().category().equals("ASSAULT")) {
      return false;
    }
    ScanPattern.Finder m = Lexicon.cue("natural", s.arabic).matcher(s.text);
    int hs = h.start() - s.start;
    int he = h.end() - s.start;
    int before = -1;
    while (m.find()) {
      if (!s.arabic && m.start() > 0 && Character.isUpperCase(s.text.charAt(m.start()))) {
        continue; // a name: "Operation Hurricane Yemen"
      }
      if (m.end() <= hs) {
        before = m.end();
      } else if (m.start() >= he) {
        String gap = s.text.substring(he, m.start());
        return before < 0 && gap.length() <= 60 && gap.indexOf(',') < 0 && gap.indexOf('،') < 0
            && !CAUSE_BETWEEN.matcher(gap).find();
      }
    }
    return before >= 0 && !CAUSE_BETWEEN.matcher(s.text.substring(before, hs)).find();
  }

  /* True when a purpose ("in order to", "بهدف") governs the trigger from earlier in its clause. */
  private static boolean purpose(Sent s, Hit h) {
    int from = Math.max(s.start, h.start() - 150);
    ScanPattern.Finder m = Lexicon.cue("purpose").matcher(s.text.substring(from - s.start,
        h.start() - s.start));
    int last = -1;
    while (m.find()) {
      if (AIMED_AT.matcher(s.text).region(from - s.start + m.start(), s.text.length())
          .lookingAt()) {
        continue; // s49: "a drone strike aimed at militants hit …": a target, no purpose
      }
      last = from + m.end();
    }
    return last >= 0 && !s.breakBetween(last, h.start());
  }

  /* "aimed at" before anything but a verb's -ing form ("aimed at retaking", a purpose). */
  private static final Pattern AIMED_AT = Pattern.compile(
      "(?i)aimed\\s+at\\s+(?!\\p{L}+ing\\b)");

  /*
   * A participle right after an event noun and before "by" describes that event ("a truce
   * brokered by Turkey", "the deal mediated by Russia"): the broker's part in it, not a deed of
   * its own.
   */
  private static boolean describesEvent(Sent s, List<Hit> all, Hit h) {
    if (h.has("pos:N") || !PARTICIPLE.matcher(s.text.substring(h.start() - s.start,
        h.end() - s.start)).matches()) {
      return false;
    }
    int after = h.end() - s.start;
    if (!s.text.startsWith(" by ", after)) {
      return false;
    }
    for (Hit k : all) {
      if (k != h && k.has("pos:N") && k.end() <= h.start() && h.start() - k.end() <= 1) {
        return true;
      }
    }
    return false;
  }

  /* A nominal trigger that modifies the next one: "the evacuation agreement". */
  private static boolean modifier(List<Hit> all, Hit h) {
    if (!h.has("pos:N")) {
      return false;
    }
    for (Hit k : all) {
      // a deed that counts only for armed doers is not known to be one yet ("aid trucks
      // entering the country"): the noun before it keeps its own
      if (k != h && k.start() > h.end() && k.start() - h.end() <= 1 && !k.has("armed")) {
        return true;
      }
    }
    return false;
  }

  /*
   * True when a nominal trigger only names the framework of a verb of the same sentence: "Under
   * the same agreement, X will release …", "بموجب الاتفاق". An event before or after which
   * something happened ("after the attack, troops withdrew") is an event of its own.
   */
  private static boolean adjunct(Sent s, List<Hit> all, Hit h) {
    if (!h.has("pos:N")) {
      return false;
    }
    boolean verb = false;
    for (Hit k : all) {
      verb |= k != h && !k.has("pos:N");
    }
    return verb && ADJUNCT.matcher(s.text.substring(Math.max(0, h.start() - s.start - 60),
        h.start() - s.start)).find();
  }
}
