package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.knowledge.Actor;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * Finds the actors of a trigger: the subject before it in its clause with its conjuncts, the
 * agent of a passive ("by X"), the subject after an Arabic verb, both sides of talks, the
 * antecedent of a relative clause, or a nationality adjective ("Turkish shelling"). Thread-safe.
 */
final class ActorFinder {
  /* What may stand between two coordinated subjects: "X and Y", "X, the other Y". */
  /* An English noun of a force's units after its name (words.tsv "unit-tail"), and the word
   * that opens a gap between two subjects. */
  private static final java.util.Set<String> UNIT_TAILS = Lexicon.vocabulary("unit-tail");
  private static final Pattern TAIL_WORD = Pattern.compile("\\s*([A-Za-z]+)(?=\\s)");

  /*
   * True when a trigger phrase of several words ends in its object ("rejected accusations"), not
   * in the verb or a particle ("carried out", "rejected").
   */
  private static boolean endsInObject(String trigger) {
    String t = trigger.strip().toLowerCase(Locale.ROOT);
    int sp = t.lastIndexOf(' ');
    if (sp < 0) {
      return false;
    }
    String last = t.substring(sp + 1);
    return !last.endsWith("ed") && !last.endsWith("en") && !PARTICLES.contains(last)
        && !t.contains(" under "); // "came under attack by X": X attacks
  }

  private static final java.util.Set<String> PARTICLES =
      java.util.Set.of("out", "off", "up", "down", "over", "back", "away", "in", "on", "by");

  /* "by" right after a verb: its agent ("abducted by the militants"), not its object's. */
  private static final Pattern OBJECT_THEN_BY = Pattern.compile("(?i)\\s*(?:,\\s*)?by\\b");

  private static final Pattern COORDINATION = Pattern.compile(
      "(?i)\\s*(?:\\([^)]*\\))?[\\s\"«»“”]*(?:,|and|or|,\\s*and|و)[\\s\"«»“”]*(?:the\\s+)?"
          + "(?:other\\s+)?(?:[\\w’'-]+\\s+){0,3}");
  static final Set<String> PREPOSITIONS = Lexicon.vocabulary("preposition");
  private static final Set<String> VICTIMS = Lexicon.vocabulary("victim");
  private static final Pattern PASSIVE_AUX =
      Pattern.compile("(?is).*\\b(?:was|were|been|be|being|is|are)\\s*$");
  /* An auxiliary and the adverbs after it: "were also killed", "was reportedly wounded". */
  private static final Pattern PASSIVE_ADVERBS = Pattern.compile(
      "(?is).*\\b(?:was|were|been|be|being|is|are)\\s+(?:(?:also|all|both|then|later|still|just|"
          + "already|each|never|not|\\p{L}{3,}ly)\\s+){1,2}$");
  private static final Pattern PROGRESSIVE = Pattern.compile("(?i)\\p{L}+ing\\b");
  private static final Pattern COORDINATED = Pattern.compile(
      "(?i)(?:,|\\band)\\s+(?:(?:then|also|later|had|have|has|reportedly|subsequently)\\s+)*$");
  /* The gap before an Arabic conjunct, with the conjunct's first letter: " و", " و\"", "، و". */
  private static final Pattern ARABIC_AND =
      Pattern.compile("\\s*[،,]?\\s*(?:و\\s*[\"«“]?\\s*.|[\"«“]?و)");
  /* Between armed men and the families that go with them: " and their ". */
  private static final Pattern KIN_AFTER = Pattern.compile("(?i)\\s+(?:and|with)\\s+(?:their|his)\\s+");
  private static final Pattern RELATIVE = Pattern.compile("(?i)^\\s*,?\\s*(?:who|which|that)\\b");

  private final Knowledge knowledge;

  ActorFinder(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** The subject of a trigger: actor mentions before it in its clause, with their conjuncts. */
  List<Mention> actors(Sent s, List<Mention> ms, List<Said> said, Hit h, int clauseFloor) {
    int floor = Math.max(Said.clauseStart(s, said, h.start()), clauseFloor);
    boolean passive = passive(s, h);
    List<Mention> out = new ArrayList<>();
    int limit = s.clauseEnd(h.end());
    if (h.has("inner-actor")) {
      for (Mention m : ms) {
        if (m.kind().equals("actor") && m.start() >= h.start() && m.end() <= h.end()) {
          out.add(m);
          return out; // "force all militants to leave": the militants leave
        }
      }
    }
    Mention announcer = announcer(s, ms, h);
    if (announcer != null) {
      out.add(announcer);
      return out;
    }
    // an agent after a nominal or passive trigger: "chemical attack conducted by the regime",
    // "civilians abducted by the militants"; after an active verb and its object, "by" belongs
    // to the object ("Ankara rejected claims by the group's supporters")
    boolean byOwnsObject = !passive && h.has("pos:V") && !s.arabic
        && (!OBJECT_THEN_BY.matcher(s.text.substring(h.end() - s.start,
            Math.min(s.text.length(), h.end() - s.start + 8))).lookingAt()
            || endsInObject(s.text.substring(h.start() - s.start, h.end() - s.start)));
    for (Mention m : ms) {
      if (!byOwnsObject && m.kind().equals("actor") && m.start() >= h.end()
          && m.end() <= limit
          && ByAgent.of(s, h, m) && !Said.inAttribution(said, m.start(), m.end())) {
        out.add(m);
        return out;
      }
    }
    if (s.arabic) {
      Mention relative = relativeDoer(s, ms, h);
      if (relative != null) {
        out.add(relative);
        return out;
      }
      Mention accused = accused(s, ms, h, floor);
      if (accused != null) {
        out.add(accused);
        return out;
      }
      // a light verb's subject does the deed it governs: "قامت العصابات … بعدد من الهجمات"
      Mention light = lightVerbSubject(s, ms, said, h, floor);
      if (light != null) {
        out.add(light);
        return out;
      }
      // a subject right before the verb (SVO): "قوات النظام سيطرت على خان شيخون"; between كان
      // and قد: "وكانت "وحدات حماية الشعب" قد دعت"
      for (Mention m : ms) {
        if (m.kind().equals("actor") && m.start() >= floor && canDo(m, h)
            && ArabicSubjects.kanaSubject(s, ms, m, h)) {
          for (Mention n : ms) {
            if (n.kind().equals("actor") && n.start() >= m.end() && n.end() <= h.start()
                && named(n.identifierId()) && !named(m.identifierId()) && canDo(n, h)) {
              m = n; // "وكان محافظ الأنبار صهيب الراوي قد اتهم": the governor named
            }
          }
          out.add(m);
          return out;
        }
        if (m.kind().equals("actor") && m.end() <= h.start() && h.start() - m.end() <= 2
            && !h.has("pos:N") && m.start() >= floor && canDo(m, h) && !prepositional(s, m)
            && !Said.inAttribution(said, m.start(), m.end())) {
          out.add(m);
          // "الحكومة اليمنية و"أنصار الله" في محادثات": the conjuncts before it
          for (int j = ms.indexOf(m) - 1; j >= 0; j--) {
            Mention n = ms.get(j);
            Mention first = out.get(0);
            if (!n.kind().equals("actor") || n.start() < floor
                || !ARABIC_AND.matcher(s.text.substring(n.end() - s.start, first.start() - s.start)
                    + first.text().charAt(0)).matches()) {
              break;
            }
            out.add(0, n);
          }
          return distinct(out);
        }
      }
      // after "إن"/"أن" the subject opens the clause (SVO): "إن آليات تركية محملة … دخلت"
      for (Mention m : ms) {
        if (m.kind().equals("actor") && m.end() <= h.start() && h.start() - m.end() <= 120
            && m.start() >= s.start && canDo(m, h)
            && ClaimantFinder.COMPLEMENTIZERS.contains(s.lastWord(m.start()))
            && !actorBetween(ms, m, h) && !actorRightAfter(ms, h)) {
          out.add(m);
          return out;
        }
      }
      // else the subject follows the verb (VSO): "سيطرت فصائل الحر على قرى"
      for (int i = 0; i < ms.size(); i++) {
        Mention m = ms.get(i);
        if (m.kind().equals("actor") && m.start() > h.end() && m.end() <= limit
            && ArabicSubjects.disagrees(s, h, m)) {
          break; // "وطالبت المجتمع الدولي": a feminine verb's object; its subject is unsaid
        }
        if (m.kind().equals("actor") && m.start() > h.end() && m.end() <= limit
            && h.has("pos:V") && (victim(m) || m.identifierId() != null
                && m.identifierId().startsWith("agent:"))
            && ArabicSubjects.unnamedSubjectBefore(s, ms, h.end(), m.start())) {
          // s47: "ودعت الوحدات الأهالي إلى العودة", "وطالب المجلس المجتمع الدولي بالتدخل": a
          // subject the catalogue does not know stands between the verb and this kind of
          // people, who are its object
          break;
        }
        if (m.kind().equals("actor") && m.start() > h.end() && m.end() <= limit
            && !h.has("pos:N") && "REQUEST".equals(h.category().name())
            && PAST_OBJECT.matcher(s.text.substring(h.end() - s.start,
                m.start() - s.start)).find()) {
          // s45: "ودعت أطراف النزاع إلى «إبعاد الأطفال»": a name past the verb's "إلى" is no
          // subject of it (blind-pages-8's 803, studied)
          break;
        }
        // after the verb, or inside the trigger's own phrase: "ستدخل القوات الحكومية", "قوات
        // النظام دخلت" (a phrase row that opens with the subject's noun)
        if (m.kind().equals("actor") && m.start() >= h.start() && m.end() <= limit
            && (m.start() > h.start() || m.end() < h.end()) // not the trigger's own noun
            && !Said.inAttribution(said, m.start(), m.end()) && canDo(m, h)
            && (!PREPOSITIONS.contains(s.lastWord(m.start())) || ArabicSubjects.unitOf(s, m))
            // s53: after a verbal noun a name with ل owns the noun's object, titled or not
            // ("اغتيال رئيس المكتب السياسي لحركة حماس"); its doer stands right after it. After
            // a verb it is the subject through its head ("أدان المجلس الرئاسي لحكومة الوفاق")
            && (h.has("pos:N") ? !ArabicSubjects.lamOwner(knowledge, s, m)
                : !prepositional(s, m) || ArabicSubjects.headedSubject(s, h, m))
            && !ArabicSubjects.siteHolder(s, m)
            && (h.has("pos:N") || !oblique(m) || ArabicSubjects.genitiveDoer(s, h, m))) {
          // a verbal noun's doer is genitive
          // "فصائل الجيش السوري الحر": the factions of a named group are that group
          Mention titled = ArabicSubjects.titledPerson(knowledge, s, ms, m);
          if (titled != null || i + 1 < ms.size() && "description".equals(m.resolution())
              && ms.get(i + 1).kind().equals("actor") && ms.get(i + 1).start() - m.end() <= 2) {
            m = titled != null ? titled : ms.get(i + 1); // "رئيس المجلس اللواء عيدروس الزبيدي"
            i = ms.indexOf(m);
          }
          out.add(m);
          // "توصلت الحكومة اليمنية و"أنصار الله" إلى اتفاق": the subject's conjuncts
          for (int j = i + 1; j < ms.size() && !h.has("pos:N"); j++) {
            Mention n = ms.get(j);
            if (!n.kind().equals("actor") || n.end() > limit
                || !ARABIC_AND.matcher(s.text.substring(out.get(out.size() - 1).end() - s.start,
                    n.start() - s.start) + n.text().charAt(0)).matches()) {
              break;
            }
            out.add(n);
          }
          return distinct(out);
        }
      }
    }
    if (!s.arabic && h.has("pos:N")) {
      // s47: "Survivors of Turkey's offensive", "the Rapid Support Forces' assault": the one
      // whose deed the noun is, whatever governs the noun group
      for (Mention m : ms) {
        int e = m.end() - s.start;
        if (m.kind().equals("actor") && m.start() >= floor && m.end() <= h.start()
            && e < s.text.length() && (s.text.charAt(e) == '\'' || s.text.charAt(e) == '’')
            && POSSESSOR_GAP.matcher(s.text.substring(e, h.start() - s.start)).matches()
            && canDo(m, h) && !Said.inAttribution(s, said, m)) {
          return List.of(m);
        }
      }
    }
    List<Mention> left = new ArrayList<>();
    for (Mention m : ms) {
      if (!m.kind().equals("actor") || m.start() < floor || m.end() > h.start()
          || Said.inAttribution(s, said, m) || EnglishSubjects.apposition(s, m)
          || !canDo(m, h)
          || !s.arabic && s.insideRelative(floor, h.start(), m.start())) {
        continue;
      }
      String before = s.headWord(m.start());
      if (!s.arabic && !PREPOSITIONS.contains(before) && m.identifierId() != null
          && m.identifierId().startsWith("agent:")) {
        for (Mention p : ms) {
          if (p.kind().equals("place") && p.end() <= m.start() && p.start() >= s.start
              && PLACE_GAP.matcher(s.text.substring(p.end() - s.start, m.start() - s.start))
                  .matches()) {
            before = s.headWord(p.start()); // s47: "its team at Adre hospital": in a place's
          }
        }
      }
      if (s.arabic && prepositional(s, m)) {
        continue; // "الأمين العام للأمم المتحدة": the object of a preposition
      }
      if (PREPOSITIONS.contains(before) && !EnglishSubjects.memberOf(s, m)) {
        continue; // "in X", "with X" are not subjects; "units of X", "fighters from X" are X
      }
      if (EnglishSubjects.possessiveOfOther(s, m)) {
        continue; // "their rivals had taken the airport": the rivals, not "their" owners
      }
      if (EnglishSubjects.objectPronoun(m) || EnglishSubjects.instrument(s, m, h)) {
        continue; // "them" is never a subject; "artillery attacks": a weapon, not a doer
      }
      left.add(m);
    }
    if (left.isEmpty() && !passive) {
      Mention antecedent = relativeAntecedent(s, ms, said, h, floor);
      if (antecedent != null) {
        return List.of(antecedent); // "militias …, who forcibly disarmed the insurgents"
      }
    }
    if (!passive && !left.isEmpty()) {
      // "militants and their families left": the armed men, whom their families go with
      Mention kin = left.get(left.size() - 1);
      if (!s.arabic && "agent:families".equals(kin.identifierId())) {
        Mention armed = null;
        for (Mention m : ms) {
          if (m.kind().equals("actor") && m.end() <= kin.start() && m.start() >= floor
              && !"agent:families".equals(m.identifierId())
              && KIN_AFTER.matcher(s.text.substring(m.end() - s.start, kin.start() - s.start))
                  .matches()) {
            armed = m;
          }
        }
        if (armed != null) {
          Mention a = armed;
          left = new ArrayList<>(left.stream().filter(m -> m.end() <= a.start()).toList());
          left.add(armed);
        }
      }
      // the nearest subject and the ones coordinated with it
      out.add(left.get(left.size() - 1));
      for (int i = left.size() - 2; i >= 0; i--) {
        String gap = s.text.substring(left.get(i).end() - s.start,
            left.get(i + 1).start() - s.start);
        Matcher tail = TAIL_WORD.matcher(gap);
        if (tail.lookingAt() && UNIT_TAILS.contains(tail.group(1).toLowerCase(Locale.ROOT))) {
          gap = gap.substring(tail.end()); // "Syrian army units and allied forces"
        }
        if (COORDINATION.matcher(gap).matches()) {
          out.add(0, left.get(i));
        } else {
          break;
        }
      }
      return distinct(out);
    }
    // "talks between X and Y": both sides
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      if (m.kind().equals("actor") && m.start() >= h.start() && m.end() <= limit
          && s.headWord(m.start()).equals("between")) {
        out.add(m);
        for (int j = i + 1; j < ms.size(); j++) {
          Mention n = ms.get(j);
          if (n.kind().equals("actor") && s.headWord(n.start()).equals("and")
              && n.start() - out.get(out.size() - 1).end() <= 8) {
            out.add(n);
          }
        }
        return distinct(out);
      }
    }
    // nominal: "departure of X fighters", "displace civilians and X fighters"; not after a
    // verb ("killed three of them"), nor "of" after a deed done to someone
    for (Mention m : ms) {
      if (!passive && !h.has("pos:V") && m.kind().equals("actor")
          && m.start() >= h.end() && m.end() <= limit && !EnglishSubjects.objectPronoun(m)
          && !Said.inAttribution(said, m.start(), m.end())) {
        String before = s.headWord(m.start());
        if (before.equals("of") && h.category().victim()) {
          break; // "the killing of the journalist", "the arrest of activists": who suffers it
        }
        if (before.equals("of") || before.equals("and")) {
          out.add(m);
          return out;
        }
      }
    }
    // "units of the Military Police will be deployed": the subject moves itself; but "targets
    // came under fire", "the town was seized": the subject suffers it
    if (passive && !left.isEmpty() && !h.category().suffers()
        && !"release".equals(h.trigger().mode())) {
      // "Hamza was released": the captive, not the one who frees him
      out.add(left.get(left.size() - 1));
    }
    return out;
  }

  /* What stands between a verb and its object, never before its subject: "إلى". */
  private static final Pattern PAST_OBJECT = Pattern.compile("(?:^|\\s)(?:إلى|الى)(?:\\s|$)");

  /* True when {@code h} is a verb coordinated with an earlier deed: "… and killed". */
  static boolean coordinated(Sent s, Hit earlier, Hit h) {
    if (h.start() < earlier.end() || h.has("pos:N")) {
      return false;
    }
    String before = s.text.substring(earlier.end() - s.start, h.start() - s.start);
    return before.length() <= 200 && COORDINATED.matcher(before).find();
  }

  /** A passive trigger: flagged so, or after "was", "were", "been" … */
  static boolean passive(Sent s, Hit h) {
    if (h.has("passive")) {
      return true;
    }
    if (!s.arabic && PROGRESSIVE.matcher(s.text).region(h.start() - s.start,
        h.end() - s.start).lookingAt()) {
      return false; // "has been conducting the operation": the subject does it
    }
    return PASSIVE_AUX.matcher(
        s.text.substring(Math.max(0, h.start() - s.start - 12), h.start() - s.start)).matches()
        || !s.arabic && adverbBefore(s, h) && PASSIVE_ADVERBS.matcher(
            s.text.substring(Math.max(0, h.start() - s.start - 40), h.start() - s.start)).matches();
  }

  /* The words PASSIVE_ADVERBS allows right before a participle, as a cheap first test. */
  private static final Set<String> ADVERBS = Set.of("also", "all", "both", "then", "later",
      "still", "just", "already", "each", "never", "not");

  /* True when the word right before {@code h} is one of {@link #ADVERBS} or ends in "ly". */
  private static boolean adverbBefore(Sent s, Hit h) {
    String w = s.lastWord(h.start());
    return w.endsWith("ly") || ADVERBS.contains(w);
  }

  /* The first actor after an Arabic light verb before the trigger ({@link ArabicSubjects}). */
  private Mention lightVerbSubject(Sent s, List<Mention> ms, List<Said> said, Hit h, int floor) {
    int at = ArabicSubjects.lightVerbEnd(s, h, floor);
    Mention before = ArabicSubjects.beforeLightVerb(s, ms, h, floor);
    if (at < 0 || before != null && canDo(before, h) && !prepositional(s, before)) {
      return at < 0 ? null : before; // "وسلاح الجو نفذ ضربات"
    }
    for (Mention m : ms) {
      if (m.kind().equals("actor") && m.start() >= at && m.end() <= h.start()
          && canDo(m, h) && !Said.inAttribution(said, m.start(), m.end())
          && !PREPOSITIONS.contains(s.lastWord(m.start()))) {
        return m;
      }
    }
    return null;
  }

  /*
   * An Arabic definite plural or dual in the oblique case ("المسلحين", "الحوثيين", "للجانب"):
   * after a verb it is an object or follows a preposition, never the subject, which is in the
   * nominative ("المسلحون", "الحوثيون").
   */
  private static boolean oblique(Mention m) {
    String first = m.text().strip().split(" ", 2)[0];
    return (first.startsWith("ال") || first.startsWith("لل") || first.startsWith("بال"))
        && first.endsWith("ين") && first.length() > 4;
  }

  /** The subject of the sentence before {@code h} ({@link ArabicSubjects#sentenceSubject}). */
  Mention sentenceSubject(Sent s, List<Mention> ms, Hit h) {
    return ArabicSubjects.sentenceSubject(knowledge, s, ms, h);
  }

  /* A possessive and at most two modifiers before a deed's noun: "'s ground ", "' ". */
  private static final Pattern POSSESSOR_GAP =
      Pattern.compile("(?:['’]s|(?<=s)['’])\\s+(?:[a-z][a-z-]*\\s+){0,2}");

  /* Between a place and the noun it qualifies: "Adre hospital", "Aleppo's hospital". */
  private static final Pattern PLACE_GAP = Pattern.compile("(?:['’]s)?\\s+");

  /** True for a catalogue actor's id: not a kind ("agent:") nor an unnamed group. */
  static boolean named(String id) {
    return id != null && !id.startsWith("agent:") && !id.startsWith("unnamed:");
  }

  /* May be the doer: {@link #canAct}, and no civilian, detainee … doing a deed of force. */
  /* A verb that announces or claims a deed of its speaker's: "announced", "أعلنت", "تبنت". */
  private static final Pattern ANNOUNCING = Pattern.compile(
      "(?i)announc\\p{L}*|claim(?:ed|s)?|[وف]?(?:أعلن|يعلن|تعلن|أعلنت|أعلنوا|تبنت|تبنى)");
  /* What may stand between an announcement and the noun of its deed: a day, "in a statement". */
  private static final Pattern ANNOUNCED_GAP = Pattern.compile("(?i)(?:(?:the|its|their|on"
      + "|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|in a"
      + " statement|عن|اليوم|أمس|مساء|صباح|فجر|ظهر|ليل|ليلة|يوم|الأحد|الاثنين|الإثنين|الثلاثاء"
      + "|الأربعاء|الخميس|الجمعة|السبت|الماضي|الجاري|في بيان|an?|responsibility for"
      + "|credit for|مسؤولية|المسؤولية عن)[\\s\"«“,،]+)*$");
  private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)[\\s\"«“]*$");
  /* The first word of a noun of a death or a wound: who announces one did not deal it. */
  private static final Set<String> TOLL_WORDS = Set.of("مقتل", "استشهاد", "إصابة", "اصابة",
      "سقوط", "وفاة", "death", "deaths", "injury", "injuries");

  /**
   * A force or an authority that announces a deed named by a noun right after its announcement
   * did it: "Police announced the arrest of 20 suspects", "وأعلنت الشرطة الصومالية اليوم الأحد
   * اعتقال 20 مشتبها", "وكانت المقاومة الإسلامية قد أعلنت فجر الأحد استهداف قاعدة". An arrest or
   * a seizure may be any authority's, a deed of force a force's. Not a toll: "أعلنت وزارة الصحة
   * اليوم استشهاد سبعة" names no doer. Null when {@code h} is no such deed.
   */
  Mention announcer(Sent s, List<Mention> ms, Hit h) {
    String cat = h.category().name();
    if (s.arabic && !h.has("pos:N") || !cat.equals("COERCE") && !cat.equals("ASSAULT")) {
      return null; // an English trigger right after the verb and its article is a noun
    }
    String trigger = s.text.substring(h.start() - s.start, h.end() - s.start);
    int sp = trigger.indexOf(' ');
    if (TOLL_WORDS.contains((sp < 0 ? trigger : trigger.substring(0, sp))
        .toLowerCase(Locale.ROOT))) {
      return null;
    }
    int from = Math.max(0, h.start() - s.start - 160);
    if (!mayAnnounce(s.text, from, h.start() - s.start)) {
      return null; // no verb of announcing or claiming before it: most deeds
    }
    String before = s.text.substring(from, h.start() - s.start);
    Matcher gap = ANNOUNCED_GAP.matcher(before);
    int gapStart = gap.find() ? from + gap.start() + s.start : h.start();
    // "أعلنت الشرطة الصومالية اليوم": the subject between the verb and the day
    Mention subject = null;
    for (Mention m : ms) {
      if (m.kind().equals("actor") && m.end() <= gapStart && gapStart - m.end() <= 2) {
        subject = m;
      }
    }
    int verbEnd = subject != null && s.arabic ? subject.start() : gapStart;
    Matcher w = LAST_WORD.matcher(s.text.substring(Math.max(0, verbEnd - s.start - 40),
        verbEnd - s.start));
    if (!w.find() || !ANNOUNCING.matcher(w.group(1)).matches()) {
      return null;
    }
    int verbStart = verbEnd - (w.end() - w.start());
    if (subject == null || !s.arabic) {
      // "Police announced", "وكانت المقاومة … قد أعلنت": the subject before the verb
      subject = null;
      for (Mention m : ms) {
        if (m.kind().equals("actor") && m.end() <= verbStart && verbStart - m.end() <= 30
            && m.start() >= s.start) {
          subject = m;
        }
      }
    }
    if (subject == null || !canDo(subject, h) || !(ARMED_SECTORS.contains(subject.sector())
        || cat.equals("COERCE") && "GOV".equals(subject.sector()))) {
      return null;
    }
    return subject;
  }

  /*
   * An Arabic deed's noun, up to two adjectives, a relative pronoun and a verb that takes it back
   * as its object ("ه", "ها"), then the verb's subject: "الهجوم الانتحاري الذي نفذته حركة
   * الشباب", "الغارات التي شنتها طائرات التحالف".
   */
  private static final Pattern RELATIVE_DEED = Pattern.compile(
      "(?:\\s+ال\\p{L}+){0,2}\\s+(?:الذي|التي|الذين)\\s+(?!ال)\\p{L}{2,}(?:ه|ها|هما|هم)\\s*[\"«“]?\\s*$");

  private Mention relativeDoer(Sent s, List<Mention> ms, Hit h) {
    int at = h.end() - s.start;
    if (h.has("pos:V") || !near(s.text, "الذي", at) && !near(s.text, "التي", at)) {
      return null; // no relative pronoun within reach ("الذين" holds "الذي"): most nouns
    }
    for (Mention m : ms) {
      if (!m.kind().equals("actor") || m.start() <= h.end() || m.start() - h.end() > 60) {
        continue;
      }
      if (RELATIVE_DEED.matcher(s.text.substring(h.end() - s.start, m.start() - s.start))
          .matches() && canDo(m, h)) {
        return m;
      }
      return null; // the first name after the noun, or none
    }
    return null;
  }

  /* True when {@code word} stands within 40 characters after sentence offset {@code at}. */
  private static boolean near(String text, String word, int at) {
    int i = text.indexOf(word, at);
    return i >= 0 && i - at <= 40;
  }

  /* An Arabic verb of accusing, with or without its conjunction: "اتهمت", "واتهم", "يتهم". */
  private static final Pattern ACCUSING =
      Pattern.compile("(?:^|[\\s\"«“،,])[وف]?(?:اتهم|يتهم|تتهم)\\p{L}*\\s");
  /* Adjectives after a name, then the "ب" of a verbal noun: " الحوثية ب". */
  private static final Pattern ADJECTIVES_THEN_BI =
      Pattern.compile("(?:\\s+ال\\p{L}+(?:ي|ية|يين|يون))*\\s*[\"»”]?\\s*");

  /*
   * The accused does the deed an Arabic accusation names with "ب" and a verbal noun: "واتهمت
   * الحكومة اليمنية الميليشيا الحوثية بقصف مخيم", "اتهم الجيش بقصف": the name right before the
   * noun, after a verb of accusing in the clause. English reads it by order alone ("accused the
   * Houthi militia of shelling").
   */
  private Mention accused(Sent s, List<Mention> ms, Hit h, int floor) {
    int bi = h.start() - s.start;
    if (!h.has("pos:N") || bi >= s.text.length()) {
      return null;
    }
    if (s.text.charAt(bi) != 'ب') {
      if (bi == 0 || s.text.charAt(bi - 1) != 'ب') {
        return null;
      }
      bi--;
    }
    Mention near = null;
    for (Mention m : ms) {
      if (m.kind().equals("actor") && m.end() - s.start <= bi && m.start() >= floor) {
        near = m;
      }
    }
    if (near == null || !ADJECTIVES_THEN_BI.matcher(s.text.substring(near.end() - s.start, bi))
        .matches() || !canDo(near, h)) {
      return null;
    }
    int from = Math.max(floor, s.start) - s.start;
    return ACCUSING.matcher(s.text.substring(from, near.start() - s.start)).find() ? near : null;
  }

  /* Stems every match of ANNOUNCING holds: a cheap test before the regexes. */
  private static final String[] ANNOUNCING_STEMS = {"nnounc", "NNOUNC", "laim", "LAIM", "علن",
      "تبن"};

  private static boolean mayAnnounce(String text, int from, int to) {
    for (String stem : ANNOUNCING_STEMS) {
      int at = text.indexOf(stem, from);
      if (at >= 0 && at < to) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ARMED_SECTORS = Set.of("MIL", "REB", "COP");

  private boolean canDo(Mention m, Hit h) {
    return !(victim(m) && h.category().family().equals("force") && !h.speechAct())
        && canAct(m, h);
  }

  private boolean prepositional(Sent s, Mention m) {
    return ArabicSubjects.prepositional(knowledge, s, m);
  }

  /**
   * Outlets and monitors report, accuse and deny; they do not fight or withdraw. An official of
   * an IGO or NGO (a UN envoy) is a party to talks, neither doer nor target of force. A weapon
   * or craft does deeds of force and movement only.
   */
  boolean canAct(Mention m, Hit h) {
    String id = m.identifierId();
    if (id != null && (id.startsWith("person:") || id.startsWith("name:")
        && !"MIL".equals(m.sector()) && !"REB".equals(m.sector()) && !"COP".equals(m.sector())
        && !"OPP".equals(m.sector()))) {
      // a person or a civil body the page names by shape (NewNames) speaks, meets and demands;
      // the force is its side's, whose name the catalogue knows ("the commander, Brig. X, said
      // his forces had retaken", "the Civil Council"), or a unit's of its own ("444 Brigade");
      // a person sends or leads no troops of his own either ("patrols will continue, X said")
      return h.speechAct() || !h.category().family().equals("force")
          && !(id.startsWith("person:") && h.category().family().equals("move"));
    }
    if (id != null && id.startsWith("agent:") && "IGO".equals(m.code())
        && !id.equals("agent:peacekeepers")) {
      // the international community, observers, inspectors: they speak, meet and send aid
      return h.speechAct() || !h.category().family().equals("force");
    }
    if (id != null && knowledge.weapon(id)) {
      // a craft or weapon strikes and moves; it neither speaks nor marches ("وخرجت مسيرات
      // غاضبة": marches, not drones)
      return !h.speechAct() && (h.category().family().equals("force")
          || h.category().family().equals("move"));
    }
    Actor a = id == null ? null : knowledge.actor(id).orElse(null);
    if (a != null && a.kind().equals("official") && (a.code().equals("IGO") || a.code().equals("NGO"))) {
      return h.speechAct() || !h.category().family().equals("force");
    }
    if (a == null || !(a.kind().equals("outlet") || a.kind().equals("monitor"))) {
      return true;
    }
    return h.speechAct() || h.category().outlets();
  }

  /** A kind of people who suffer deeds of force (words.tsv "victim"). */
  static boolean victim(Mention m) {
    return victim(m.identifierId());
  }

  /** An actor id (catalogue or "agent:" kind) of a kind of people who suffer force. */
  static boolean victim(String id) {
    return id != null && (VICTIMS.contains(id.startsWith("agent:") ? id.substring(6) : id)
        || org.sitrep.knowledge.Knowledge.people(id));
  }

  /** The mentions with the first of each identifier, in order. */
  static List<Mention> distinct(List<Mention> ms) {
    List<Mention> out = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Mention m : ms) {
      if (!ids.contains(m.identifierId())) {
        ids.add(m.identifierId());
        out.add(m);
      }
    }
    return out;
  }

  /*
   * The subject of a relative clause is the actor it hangs on: "stopped by militias in the
   * district, who disarmed the insurgents" — the last actor before "who", within 80 characters.
   */
  private Mention relativeAntecedent(Sent s, List<Mention> ms, List<Said> said, Hit h,
      int floor) {
    for (int[] br : s.breaks()) {
      if (br[1] != floor || !RELATIVE.matcher(s.text.substring(br[0] - s.start)).find()) {
        continue;
      }
      Mention best = null;
      for (Mention m : ms) {
        if (m.kind().equals("actor") && m.end() <= br[0] && br[0] - m.end() <= 80
            && !EnglishSubjects.objectPronoun(m)
            && !Said.inAttribution(said, m.start(), m.end())
            && canDo(m, h)) {
          best = m;
        }
      }
      return best;
    }
    return null;
  }

  /* A subject right after the verb (VSO): "التي انسحبت الفصائل منها". */
  private static boolean actorRightAfter(List<Mention> ms, Hit h) {
    for (Mention x : ms) {
      if (x.kind().equals("actor") && x.start() >= h.end() && x.start() - h.end() <= 2) {
        return true;
      }
    }
    return false;
  }

  private static boolean actorBetween(List<Mention> ms, Mention m, Hit h) {
    for (Mention x : ms) {
      if (x != m && x.kind().equals("actor") && x.start() >= m.end() && x.end() <= h.start()) {
        return true;
      }
    }
    return false;
  }
}
