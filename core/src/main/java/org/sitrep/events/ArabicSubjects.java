package org.sitrep.events;

import java.util.List;
import java.util.Set;
import org.sitrep.knowledge.Actor;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * Arabic word-order rules for the subject of a deed: a light verb whose subject does the deed of
 * the verbal noun it governs ("قامت القوات بقصف", "تمكنت قوات الوفاق من السيطرة"), and names that
 * carry a preposition and so are no subject ("للقوات السورية", "بالجيش"). Thread-safe.
 */
final class ArabicSubjects {
  private static final Set<String> SITES = Lexicon.vocabulary("owned-site");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  /* A gap with no punctuation that ends a phrase. */
  private static final java.util.regex.Pattern UNBROKEN =
      java.util.regex.Pattern.compile("[^،,.:\"«»“”]*");
  private static final Set<String> LIGHT_VERBS = Lexicon.vocabulary("light-verb");
  private static final Set<String> KANA = Lexicon.vocabulary("kana");
  private static final Set<String> TITLES = Lexicon.vocabulary("person-title");
  private static final Set<String> ORGANS = Lexicon.vocabulary("organ");
  private static final Set<String> ORGAN_ADJECTIVES = Lexicon.vocabulary("organ-adjective");
  private static final Set<String> UNITS = Lexicon.vocabulary("unit-noun");
  private static final Set<String> CAUSES = Lexicon.vocabulary("cause");
  /* Sectors that shell and raid: the doer after a cause phrase's "ل" is one of them. */
  private static final Set<String> ARMED = Set.of("MIL", "REB", "COP", "GOV");
  /*
   * At most two adjectives between an attack noun and its doer ("مدفعي", "جوية", "عنيف"), then
   * "ل" or a space.
   */
  private static final java.util.regex.Pattern LAM_GAP = java.util.regex.Pattern.compile(
      "(?:\\s+(?:(?!التي|الذي)\\S{2,}(?:ي|ية)|(?:عنيف|كثيف|مكثف|متواصل|مماثل)ة?)){0,2}\\s+(?:ل)?");
  private static final Set<String> PATRONAGE = Set.of("الموالية", "الموالي", "الموالين",
      "الموالون", "التابعة", "التابع", "التابعين", "التابعون", "موالية", "تابعة");

  private ArabicSubjects() {}

  /* Masculine singular head nouns of Arabic bodies (words.tsv "masculine-head"). */
  private static final Set<String> MASCULINE = Lexicon.vocabulary("masculine-head");

  /**
   * True when {@code m}, right after the verb {@code h} (its first actor), cannot be the verb's
   * subject because they disagree in gender: a verb written feminine ("طالبت", "دعت": the row
   * lists it without its "ت" too) before a body whose head noun is masculine singular
   * ("المجتمع الدولي", "المجلس", "الجيش"). The verb's subject is then unsaid (the one of the
   * clause before) and {@code m} its object: "أدانت السعودية الهجوم، وطالبت المجتمع الدولي
   * بتحمل مسؤولياته".
   */
  static boolean disagrees(Sent s, Hit h, Mention m) {
    if (!s.arabic || h.has("pos:N") || h.trigger().literals().isEmpty()) {
      return false;
    }
    String t = s.text.substring(h.start() - s.start, h.end() - s.start).strip();
    int sp = t.indexOf(' ');
    String verb = ArabicClitics.key(sp < 0 ? t : t.substring(0, sp));
    if ((verb.startsWith("و") || verb.startsWith("ف")) && verb.length() > 4) {
      verb = verb.substring(1);
    }
    if (verb.length() < 3 || !verb.endsWith("ت") || m.start() - h.end() > 2) {
      return false;
    }
    String bare = verb.substring(0, verb.length() - 1);
    boolean listed = false;
    for (String form : h.trigger().literals().get(0).split("\\|")) {
      if (ArabicClitics.key(form).equals(bare)) {
        listed = true;
        break;
      }
    }
    if (!listed) {
      return false;
    }
    String head = m.text().strip();
    int hs = head.indexOf(' ');
    head = ArabicClitics.key(hs < 0 ? head : head.substring(0, hs));
    if (head.startsWith("و") && head.length() > 4) {
      head = head.substring(1);
    }
    if (head.startsWith("ال") && head.length() > 4) {
      head = head.substring(2);
    }
    return MASCULINE.contains(head);
  }

  /*
   * True when {@code m} is the subject of a pluperfect "كان … قد" before the trigger: "وكانت
   * "وحدات حماية الشعب" الكردية قد دعت" (the form of كان right before the name; between the
   * name and the verb only its adjectives, quotes and "قد").
   */
  static boolean kanaSubject(Sent s, List<Mention> ms, Mention m, Hit h) {
    String before = s.lastWord(m.start());
    if ((before.startsWith("و") || before.startsWith("ف")) && !KANA.contains(before)) {
      before = before.substring(1);
    }
    if (!KANA.contains(before) || m.end() > h.start() || h.start() - m.end() > 60) {
      return false;
    }
    // the subject's title, place and name go on through the mentions after it: "وكان محافظ
    // الأنبار صهيب الراوي قد اتهم"
    StringBuilder rest = new StringBuilder(s.text.substring(m.end() - s.start,
        h.start() - s.start));
    for (Mention n : ms) {
      if (n.start() >= m.end() && n.end() <= h.start()) {
        for (int i = n.start() - m.end(); i < n.end() - m.end(); i++) {
          rest.setCharAt(i, ' ');
        }
      }
    }
    String[] gap = rest.toString().replaceAll("[\"«»“”]", " ").trim().split("\\s+");
    boolean qad = false;
    for (int i = 0; i < gap.length; i++) {
      if (gap[i].equals("قد") && i == gap.length - 1) {
        qad = true;
      } else if (!gap[i].startsWith("ال") || gap[i].length() < 4) {
        return false; // another word: a clause of its own
      }
    }
    return qad || s.text.startsWith("قد", h.start() - s.start);
  }

  /*
   * The end of the last light verb ("قامت", "تمكنت", "واصلت", "شنت" …, words.tsv "light-verb",
   * with or without و/ف) in the 120 characters of the clause before the trigger, or -1.
   */
  static int lightVerbEnd(Sent s, Hit h, int floor) {
    int from = Math.max(floor, h.start() - 120) - s.start;
    int at = -1;
    int i = from;
    String t = s.text;
    int stop = h.start() - s.start;
    while (i < stop) {
      while (i < stop && !Character.isLetter(t.charAt(i))) {
        i++;
      }
      int b = i;
      while (i < stop && Character.isLetter(t.charAt(i))) {
        i++;
      }
      if (i > b) {
        String w = t.substring(b, i);
        if ((w.startsWith("و") || w.startsWith("ف")) && !LIGHT_VERBS.contains(w)) {
          w = w.substring(1);
        }
        if (LIGHT_VERBS.contains(w)) {
          at = s.start + i;
        }
      }
    }
    return at;
  }

  /**
   * s47: an indefinite verbal noun of a speech act opening a clause after a comma, in the
   * feminine or the accusative, is a circumstantial participle, not a noun: "وأدانت الحكومة
   * الهجوم، مطالبة المجتمع الدولي بتصنيف …" (demanding, as she condemned). Its doer is the
   * sentence's subject; the noun after it is whom it addresses.
   */
  static boolean circumstantial(Sent s, Hit h) {
    if (!s.arabic || !h.has("pos:N") || !h.speechAct()) {
      return false;
    }
    int rs = h.start() - s.start;
    int b = rs;
    while (b > 0 && s.text.charAt(b - 1) == ' ') {
      b--;
    }
    if (b == 0 || s.text.charAt(b - 1) != '،' && s.text.charAt(b - 1) != ',') {
      return false;
    }
    int e = h.end() - s.start;
    while (e < s.text.length() && Character.isLetter(s.text.charAt(e))) {
      e++;
    }
    String word = s.text.substring(rs, e);
    return !word.startsWith("ال") && (word.endsWith("ة") || word.endsWith("ا"));
  }

  /* A definite word: the article and at least three letters. */
  private static final java.util.regex.Pattern DEFINITE =
      java.util.regex.Pattern.compile("(?<![\\p{L}])ال\\p{L}{3,}");
  /* Words of time that may stand right after a verb before its subject. */
  private static final Set<String> TIME_WORDS = Set.of("اليوم", "الأحد", "الاثنين", "الإثنين",
      "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الماضي", "الجاري", "الماضية",
      "الأول", "الثاني", "الحالي", "الليلة", "الفائت");

  /**
   * s47: true when sentence text [from, to) holds a definite noun no mention covers, no word of
   * time: the subject a verb right before it has, unknown to the catalogue ("ودعت الوحدات …",
   * "ودعا الجيش …"), so that a kind of people after it is the verb's object.
   */
  static boolean unnamedSubjectBefore(Sent s, List<Mention> ms, int from, int to) {
    java.util.regex.Matcher w = DEFINITE.matcher(s.text).region(from - s.start, to - s.start);
    while (w.find()) {
      int a = s.start + w.start();
      boolean covered = false;
      for (Mention m : ms) {
        if (m.start() <= a && a < m.end()) {
          covered = true;
          break;
        }
      }
      if (!covered && !TIME_WORDS.contains(w.group())) {
        return true;
      }
    }
    return false;
  }

  /*
   * An Arabic name that carries a preposition and the article, "للقوات السورية", "بالجيش": the
   * object of the preposition, not the subject; but a patron after "loyal to" ("الموالية للحكومة
   * السورية", "التابعة للنظام") takes part in what its forces do.
   */
  static boolean prepositional(Knowledge knowledge, Sent s, Mention m) {
    return lamOwner(knowledge, s, m) && !PATRONAGE.contains(s.lastWord(m.start()))
        && !titled(s, m.start());
  }

  /**
   * True when {@code m} carries ل or ب before the article or before a name its actor is known
   * by ("للقوات السورية", "بالجيش", "لقوات الوفاق"), whatever stands before it.
   */
  static boolean lamOwner(Knowledge knowledge, Sent s, Mention m) {
    String t = m.text();
    int i = t.length() > 3 && (t.charAt(0) == 'و' || t.charAt(0) == 'ف') ? 1 : 0;
    boolean clitic = t.startsWith("لل", i) || t.startsWith("بال", i);
    if (!clitic && t.length() > i + 3 && (t.charAt(i) == 'ل' || t.charAt(i) == 'ب')) {
      // "لقوات الوفاق": ل before a name the actor is known by ("قوات الوفاق")
      String rest = t.substring(i + 1);
      clitic = m.identifierId() != null && knowledge.actor(m.identifierId())
          .map(a -> a.names().contains(rest)).orElse(false);
    }
    return clitic;
  }

  /*
   * "أفراد من الشرطة العسكرية", "رتلا من القوات التركية": a name after "من" and a noun of its
   * people or units (words.tsv "unit-noun") is who those units are, and they act.
   */
  /**
   * The subject of the sentence before {@code h}: its first person or official named before
   * it, else its first catalogue actor ("وصف رئيس النظام التركي رجب طيب أردوغان …، مهدداً":
   * Erdogan), else its first kind of actor that no preposition governs, or null.
   */
  static Mention sentenceSubject(Knowledge knowledge, Sent s, List<Mention> ms, Hit h) {
    Mention first = null;
    for (Mention m : ms) {
      if (!m.kind().equals("actor") || m.start() < s.start || m.end() > h.start()
          || !ActorFinder.named(m.identifierId())) {
        continue;
      }
      Actor a = knowledge.actor(m.identifierId()).orElse(null);
      if (a != null && (a.kind().equals("person") || a.kind().equals("official"))) {
        return m;
      }
      if (first == null && a != null && !a.kind().equals("outlet")) {
        first = m;
      }
    }
    if (first == null) {
      // no catalogue actor: the first kind of actor that is no preposition's object
      // ("وأعلن محافظ مأرب …، داعيا")
      for (Mention m : ms) {
        if (m.kind().equals("actor") && m.start() >= s.start && m.end() <= h.start()
            && !prepositional(knowledge, s, m)
            && !ActorFinder.PREPOSITIONS.contains(s.lastWord(m.start()))
            && !ActorFinder.victim(m)) {
          return m;
        }
      }
    }
    return first;
  }

  /*
   * True when the word right before {@code m} is a position or facility it holds ("مواقع
   * الحوثيين", "على مقرات التنظيم"; words.tsv owned-site): the holder of a target, no subject.
   */
  static boolean siteHolder(Sent s, Mention m) {
    String w = s.lastWord(m.start());
    if (w == null) {
      return false;
    }
    if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف' || w.charAt(0) == 'ب')) {
      w = SITES.contains(w) ? w : w.substring(1); // "ومواقع", "بمواقع"
    }
    if (w.startsWith("ال")) {
      w = w.substring(2);
    }
    return SITES.contains(w);
  }

  static boolean unitOf(Sent s, Mention m) {
    String[] w = twoWordsBefore(s, m.start());
    if (w[0] == null || !(w[1].equals("من") || w[1].equals("ومن"))) {
      return false;
    }
    String u = w[0].replace("ً", "");
    if (unit(u)) {
      return true; // "وحدات": و is the word's own first letter here
    }
    return u.length() > 3 && (u.charAt(0) == 'و' || u.charAt(0) == 'ف') && unit(u.substring(1));
  }

  private static boolean unit(String u) {
    return UNITS.contains(u) || u.startsWith("ال") && UNITS.contains(u.substring(2));
  }

  /* The two words before {@code at}, nearest last; null for a word the sentence lacks. */
  private static String[] twoWordsBefore(Sent s, int at) {
    String t = s.text;
    int i = at - s.start;
    String[] out = new String[2];
    for (int k = 1; k >= 0; k--) {
      while (i > 0 && !Character.isLetter(t.charAt(i - 1))) {
        i--;
      }
      int e = i;
      while (i > 0 && (Character.isLetter(t.charAt(i - 1)) || t.charAt(i - 1) == 'ً')) {
        i--;
      }
      if (i == e) {
        return out;
      }
      out[k] = t.substring(i, e);
    }
    return out;
  }

  /*
   * A person's title in the two words before {@code at}: "الأمين العام للأمم المتحدة", "المبعوث
   * الخاص لروسيا": the name after its ل owns the person, who speaks and acts for it.
   */
  private static boolean titled(Sent s, int at) {
    for (String w : twoWordsBefore(s, at)) {
      if (w != null && (TITLES.contains(w) || w.length() > 3 && w.charAt(0) == 'و'
          && TITLES.contains(w.substring(1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * s53: true when the words from {@code from} to the name {@code m} are the head it owns, a
   * title or an organ and their adjectives ({@link #headStart}), right after a verb ending at
   * {@code from}: "أدان المجلس الرئاسي لحكومة الوفاق", "وهدد الناطق العسكري الجديد لجماعة
   * الحوثي" — the name is the verb's subject, through its head.
   */
  static boolean headedSubject(Sent s, int from, Mention m) {
    if (!s.arabic || m.start() <= from || m.start() - s.start > s.text.length()) {
      return false;
    }
    int head = headStart(s, m.start());
    if (head < 0) {
      return false;
    }
    String gap = s.text.substring(from - s.start, head - s.start);
    return gap.isBlank();
  }

  /** As above, after the first word of the trigger {@code h} (the verb of its phrase). */
  static boolean headedSubject(Sent s, Hit h, Mention m) {
    int e = h.start() - s.start;
    while (e < s.text.length() && wordChar(s.text.charAt(e))) {
      e++;
    }
    return headedSubject(s, s.start + e, m);
  }

  /*
   * s53: where the head a name after ل belongs to begins, or -1: walking back from {@code at}
   * over at most four words, titles (words.tsv person-title), organs with the article (organ:
   * "المجلس", "القيادة", "المكتب") and adjectives (organ-adjective, or a definite nisba:
   * "الرئاسي", "العسكري"), at least one title or organ among them, no punctuation between —
   * "رئيس المجلس الرئاسي لحكومة الوفاق", "القيادة العامة للقوات المسلحة", "القائد العام الجديد
   * لحرس الثورة".
   */
  private static int headStart(Sent s, int at) {
    int i = at - s.start;
    int head = -1;
    for (int k = 0; k < 4; k++) {
      int e = i;
      while (e > 0 && s.text.charAt(e - 1) == ' ') {
        e--;
      }
      int b = e;
      while (b > 0 && wordChar(s.text.charAt(b - 1))) {
        b--;
      }
      if (b == e || e == i) {
        break; // no word, or punctuation between
      }
      String w = MARKS.matcher(s.text.substring(b, e)).replaceAll("");
      String bare = w.length() > 3 && w.charAt(0) == 'و' ? w.substring(1) : w;
      boolean adjective = ORGAN_ADJECTIVES.contains(w) || w.startsWith("ال") && w.length() > 5
          && (w.endsWith("ي") || w.endsWith("ية"));
      if (TITLES.contains(bare) || ORGANS.contains(bare)) {
        head = s.start + b;
      } else if (!adjective || head >= 0) {
        break; // a word of another kind; nothing but titles and organs before a head
      }
      i = b;
    }
    return head;
  }

  private static final java.util.regex.Pattern MARKS =
      java.util.regex.Pattern.compile("[\u064B-\u0652\u0640]");

  /* A letter, or an Arabic short vowel, shadda or tatweel written on one ("وحمّلت"). */
  private static boolean wordChar(char c) {
    return Character.isLetter(c) || c >= '\u064B' && c <= '\u0652' || c == '\u0640';
  }

  /*
   * The person a titled subject names: "دعا رئيس المجلس الانتقالي اللواء عيدروس الزبيدي",
   * "هنأ رئيس مجلس الوزراء القائد العام للقوات المسلحة حيدر العبادي" — the subject {@code m}
   * (the body in the title) right after a title word, then within 40 characters and no comma a
   * person or official whose gap opens with a title or is empty; null when there is none.
   */
  static Mention titledPerson(Knowledge knowledge, Sent s, List<Mention> ms, Mention m) {
    if (!titled(s, m.start())) {
      return null;
    }
    for (Mention p : ms) {
      if (p.start() < m.end() || p == m || !p.kind().equals("actor")) {
        continue;
      }
      String gap = s.text.substring(m.end() - s.start, p.start() - s.start).strip();
      String first = gap.isEmpty() ? "" : SPACES.split(gap)[0];
      boolean person = p.identifierId() != null && knowledge.actor(p.identifierId())
          .map(a -> a.kind().equals("person") || a.kind().equals("official")).orElse(false);
      if (p.start() - m.end() <= 40 && UNBROKEN.matcher(gap).matches() && person
          && (gap.isEmpty() || TITLES.contains(first))) {
        return p;
      }
      return null;
    }
    return null;
  }

  /*
   * The subject right before a light verb that governs the trigger (SVO): "وسلاح الجو نفذ
   * ضربات"; null when the light verb opens its clause or none stands before the trigger.
   */
  static Mention beforeLightVerb(Sent s, List<Mention> ms, Hit h, int floor) {
    int at = lightVerbEnd(s, h, floor);
    if (at < 0) {
      return null;
    }
    int b = at - s.start;
    while (b > 0 && Character.isLetter(s.text.charAt(b - 1))) {
      b--;
    }
    if (h.start() - at > 4 || !LIGHT_VERBS.contains(s.text.substring(b, at - s.start))) {
      return null; // the trigger is the light verb's own noun; "وقامت" opens a new clause
    }
    for (Mention m : ms) {
      if (m.kind().equals("actor") && m.start() >= floor && m.end() <= s.start + b
          && s.text.substring(m.end() - s.start, b).isBlank()) {
        return m;
      }
    }
    return null;
  }

  /*
   * True when the trigger opens with an Arabic verbal noun in construct with the mention right
   * after it: then the mention is the genitive doer ("سيطرة الحوثيين على", "تسليم الفصائل
   * سلاحها"), whatever its case ending. A verbal noun by its shape: the feminine ending ة, or
   * the patterns تفعيل (تسليم) and انفعال / افتعال / استفعال (انسحاب, انتشار, استهداف).
   */
  static boolean genitiveDoer(Sent s, Hit h, Mention m) {
    String t = s.text;
    int a = h.start() - s.start;
    int b = a;
    while (b < t.length() && Character.isLetter(t.charAt(b))) {
      b++;
    }
    if (m.start() - s.start != b + 1 || t.charAt(b) != ' ') {
      return false;
    }
    String w = t.substring(a, b);
    if (w.length() > 4 && "وبل".indexOf(w.charAt(0)) >= 0) {
      w = w.substring(1); // "وسيطرة", "بانسحاب"
    }
    int n = w.length();
    return n >= 4 && w.endsWith("ة") && !w.startsWith("ال")
        || n == 5 && w.startsWith("ت") && w.charAt(3) == 'ي'
        || n >= 5 && (w.startsWith("ان") || w.startsWith("ات") || w.startsWith("است"))
            && w.charAt(n - 2) == 'ا';
  }

  /*
   * The doer of an Arabic attack noun named with "ل" after it and at most two adjectives:
   * "بقصف مدفعي لقوات النظام", "غارة جوية للتحالف" (the regime forces' shelling). A place's
   * "ل" is the object ("قصف لمواقع"): that names no actor right after it; a state's name may
   * open with the letter itself ("ليبيا"), so only forces and groups are read so.
   */
  static Mention lamDoer(Sent s, List<Mention> ms, Hit k) {
    for (Mention m : ms) {
      if (!m.kind().equals("actor") || m.start() < k.end()) {
        continue;
      }
      String gap = s.text.substring(k.end() - s.start, m.start() - s.start);
      if (!LAM_GAP.matcher(gap).matches()) {
        return null;
      }
      boolean lam = m.text().startsWith("لل") || gap.endsWith(" ل")
          || m.text().startsWith("ل") && !"GOV".equals(m.sector());
      return lam ? m : null;
    }
    return null;
  }

  /* An attack noun as a cause: "بقصف", "جراء غارة", "في قصف". */
  private static boolean cause(Sent s, Hit k) {
    return s.text.startsWith("ب", k.start() - s.start) || CAUSES.contains(s.lastWord(k.start()));
  }

  /*
   * The doer of the attack that caused a victim's deed, named after it: "قتل 4 جنود … بقصف
   * مدفعي لقوات النظام", "أصيب مدنيون جراء غارة للتحالف", or a force named as the cause itself
   * ("جراء العدوان الصهيوني"); null when none is named so.
   */
  static Mention causeDoer(Sent s, List<Mention> ms, List<Hit> hits, Hit h) {
    if (!s.arabic || !h.category().victim()) {
      return null;
    }
    boolean caused = cause(s, h);
    for (Hit k : hits) {
      if (k.start() < h.start() || k.start() - h.end() > 80
          || !k.trigger().category().equals(h.trigger().category()) || (k == h) != caused) {
        continue; // the attack noun itself, or one after the victim's verb
      }
      if (cause(s, k)) {
        Mention m = lamDoer(s, ms, k);
        return m != null && ARMED.contains(m.sector()) ? m : null;
      }
    }
    // "استشهد ثلاثة مدنيين جراء العدوان الصهيوني": a force named right after the cause word
    for (Mention m : ms) {
      if (m.kind().equals("actor") && m.start() > h.end() && m.start() - h.end() <= 80
          && ARMED.contains(m.sector()) && !s.lastWord(m.start()).equals("في")
          && CAUSES.contains(s.lastWord(m.start()))) {
        return m;
      }
    }
    return null;
  }

  /*
   * A kind of actor followed by "التابعة ل" / "الموالية ل" and a named actor is that actor's:
   * "المجموعات المسلحة التابعة لهيئة تحرير الشام" are Hay'at Tahrir al-Sham's groups, so the
   * deed is the named actor's; so are "مقاتلين من جيش الإسلام", fighters from a named group.
   * Only kinds (descriptions and unnamed groups), never a name.
   */
  static List<Mention> patrons(Sent s, List<Mention> ms, List<Mention> actors) {
    if (!s.arabic || actors.isEmpty()) {
      return actors;
    }
    List<Mention> out = null;
    for (int i = 0; i < actors.size(); i++) {
      Mention m = actors.get(i);
      if (m.identifierId() == null || !(m.identifierId().startsWith("unnamed:")
          || "description".equals(m.resolution()))) {
        continue;
      }
      for (Mention n : ms) {
        if (n.start() < m.end() || !n.kind().equals("actor")) {
          continue;
        }
        String gap = s.text.substring(m.end() - s.start, n.start() - s.start).strip();
        if ((PATRONAGE.contains(gap) || gap.equals("من")) && n.identifierId() != null
            && !n.identifierId().startsWith("unnamed:") && !"description".equals(n.resolution())) {
          if (out == null) {
            out = new java.util.ArrayList<>(actors);
          }
          out.set(i, n);
        }
        break;
      }
    }
    return out == null ? actors : out;
  }
}
