package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.model.Mention;

/**
 * The people a sentence names as the toll of a deed of force: "four soldiers died as a result of
 * a car bomb attack", "أدى القصف إلى مقتل ثلاثة عناصر من قوات النظام", "أسفرت الغارات عن مقتل
 * وإصابة عشرات المسلحين". They suffer the deed: its recipients, never its doers (words.tsv "toll"
 * and "toll-link"). Thread-safe.
 */
final class Casualties {
  private static final Set<String> TOLL = Lexicon.vocabulary("toll");
  private static final Set<String> LINK = Lexicon.vocabulary("toll-link");
  private static final Set<String> CAUSES = Lexicon.vocabulary("cause");
  /*
   * English: the toll verb (after a passive's auxiliary), the link and at most three words (an
   * article, adjectives) right before the deed: "soldiers were killed in a suicide bomb attack".
   */
  private static final Pattern ENGLISH = Pattern.compile("(?i)(?:\\b(?:was|were|been)\\s+)?"
      + "(?:also\\s+)?\\b(?:" + alternatives(TOLL, false) + ")\\s+(?:" + alternatives(LINK, false)
      + ")\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}$");
  /*
   * Arabic: at most three words after the deed (its adjectives, a verb "أدى"), the link and the
   * toll noun, with a second one joined by "و" ("إلى مقتل وجرح").
   */
  private static final Pattern ARABIC = Pattern.compile("^(?:\\s+[^\\s،,.؛:]+){0,3}?\\s+(?:"
      + alternatives(LINK, true) + ")\\s+(?:" + alternatives(TOLL, true) + ")(?:\\s+و(?:"
      + alternatives(TOLL, true) + "))?(?=\\s)");
  /* Punctuation that ends the toll's noun group. */
  private static final Pattern STOP = Pattern.compile("[،,.؛:;\"«»“”]");
  /* The words between a victim and an English toll verb: none but a number or "also". */
  private static final Pattern NEAR = Pattern.compile("\\s*");

  /* Between a number and the people it counts: "16 more people", "three other civilians". */
  private static final String COUNT_GAP = "\\s+(?:more\\s+|other\\s+)?";

  /*
   * What may stand between the subject of an English deed and its trigger when the deed is done
   * to it: an auxiliary of the passive and an adverb ("were also", "have reportedly been").
   */
  private static final Pattern SUFFERED = Pattern.compile("(?i)\\s*(?:(?:was|were|is|are|"
      + "have|has|had|been|being)\\s+){0,2}(?:also\\s+|reportedly\\s+)?");
  /* A count of people right before the deed done to them: "16 people were", "53 persons". */
  private static final Pattern COUNTED_PEOPLE = Pattern.compile("(?i)(?<![\\p{L}\\d])"
      + Sizes.NUM + COUNT_GAP + "(people|persons|men|women)" + SUFFERED.pattern() + "$");

  /*
   * s47: a count of people no catalogue names right before the move they make: "Thousands of
   * people fleeing", "some 5,000 residents have fled", "hundreds of families who had left".
   */
  private static final Pattern MOVING_PEOPLE = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:"
      + Sizes.NUM + "|thousands|hundreds|dozens|scores|tens\\s+of\\s+thousands|hundreds\\s+of"
      + "\\s+thousands|many|more)\\s+(?:of\\s+)?(?:more\\s+|other\\s+)?"
      + "(people|persons|residents|villagers|inhabitants)\\s+(?:who\\s+)?(?:(?:have|had|has)"
      + "\\s+)?(?:also\\s+|reportedly\\s+)?$");

  /*
   * What joins the words of one subject: a possessive or nothing ("GNA fighters", "Haftar's
   * forces"), or a conjunction ("the militias and the Syrian mercenaries").
   */
  private static final Pattern JOINED = Pattern.compile("(?i)\\s*(?:['’]s\\s*)?|\\s*,?\\s+and\\s+"
      + "(?:the\\s+)?(?:\\p{L}+\\s+){0,2}");

  /* "from" and at most three words before the agent of a deed suffered: "fire from Houthi". */
  private static final Pattern AGENT_FROM = Pattern.compile(
      "(?i)^[^,;:.]*?\\bfrom\\s+(?:[\\p{L}-]+\\s+){0,3}$");

  private Casualties() {}

  /**
   * The actors of the subject that ends with {@code last}: it and the names written right
   * before it, joined to it by nothing, a possessive or "and" ("GNA fighters", "the militias and
   * the mercenaries"), in text order.
   */
  static List<Mention> subject(Sent s, List<Mention> ms, Mention last) {
    List<Mention> out = new ArrayList<>(List.of(last));
    Mention head = last;
    for (int i = ms.size() - 1; i >= 0; i--) {
      Mention m = ms.get(i);
      if (m.kind().equals("actor") && m.end() <= head.start() && m.start() >= s.start
          && JOINED.matcher(s.text.substring(m.end() - s.start, head.start() - s.start))
              .matches()) {
        out.add(0, m);
        head = m;
      }
    }
    return out;
  }

  /**
   * Who suffers English deed {@code h} as the subject it is done to: "two soldiers were killed",
   * "reports of civilians killed and wounded" (a kind of people who suffer force, right before
   * the participle), or a count of people no catalogue names ("16 people were killed", read as
   * civilians). Null when the sentence names none so, in Arabic, or when {@code h} is no deed
   * whose passive subject suffers it.
   */
  static Mention sufferer(Sent s, List<Mention> ms, Hit h, boolean passive) {
    if (s.arabic) {
      Mention counted = arabicCounted(s, h);
      if (counted == null) {
        counted = arabicSubject(s, ms, h);
      }
      return counted != null ? counted : arabicPassiveAfter(s, ms, h);
    }
    if (!h.category().victim() || h.has("pos:N")) {
      return null;
    }
    for (Mention a : ms) {
      if (a.kind().equals("actor") && a.end() <= h.start() && a.start() >= s.start
          && SUFFERED.matcher(s.text.substring(a.end() - s.start, h.start() - s.start)).matches()
          && (passive || ActorFinder.victim(a))) {
        return a;
      }
    }
    Matcher m = COUNTED_PEOPLE.matcher(s.text);
    m.region(Math.max(0, h.start() - s.start - 80), h.start() - s.start);
    if (!m.find()) {
      return null;
    }
    return civilians(s.start + m.start(2), s.start + m.end(2), m.group(2));
  }

  /**
   * The people a count names right before English move {@code h} as its doers, read as
   * civilians ("Thousands of people fleeing El Geneina reached Adre"); null when none.
   */
  static Mention movers(Sent s, Hit h) {
    if (s.arabic || !h.category().family().equals("move") || h.has("pos:N")) {
      return null;
    }
    Matcher m = MOVING_PEOPLE.matcher(s.text);
    m.region(Math.max(0, h.start() - s.start - 60), h.start() - s.start);
    if (!m.find()) {
      return null;
    }
    return counted(s, m);
  }

  /*
   * The people written as the last group of a count's match {@code m} in sentence {@code s}:
   * civilians, or the kind an Arabic counted noun names ("80 جنديا": soldiers).
   */
  private static Mention counted(Sent s, Matcher m) {
    int g = m.groupCount();
    String[] kind = ARABIC_KINDS.get(m.group(g));
    if (kind != null) {
      return new Mention(null, s.start + m.start(g), s.start + m.end(g), m.group(g), "actor",
          "agent:" + kind[0], m.group(g), null, null, null, null, null, kind[1], kind[1],
          "description");
    }
    return civilians(s.start + m.start(g), s.start + m.end(g), m.group(g));
  }

  /*
   * s47: a count of persons no catalogue names, right before or after an Arabic deed of force in
   * its clause: "21 شخصا على الأقل قتلوا", "مقتل 14 شخصا", "أسفر عن إصابة 30 شخصا".
   */
  private static final List<String> ARABIC_PERSONS = List.of("شخصا", "أشخاص", "اشخاص", "شخص",
      "مواطنا", "مواطنين", "نازحا", "نازحين", "طفلا", "أطفال", "اطفال", "معتقلا");
  /*
   * s49: the kind of each counted noun of soldiers, police, armed men and crowds, in the
   * accusative of a count ("80 جنديا", "12 شرطيا", "20 مسلحا"): agent key and code; the rest
   * are civilians.
   */
  private static final java.util.Map<String, String[]> ARABIC_KINDS = java.util.Map.of(
      "جنديا", new String[] {"soldiers", "MIL"}, "عسكريا", new String[] {"soldiers", "MIL"},
      "ضابطا", new String[] {"officers", "MIL"}, "شرطيا", new String[] {"police", "COP"},
      "مسلحا", new String[] {"gunmen", "UAF"}, "مقاتلا", new String[] {"militants", "REB"},
      "عنصرا", new String[] {"militants", "REB"}, "متظاهرا", new String[] {"protesters", "CVL"},
      "محتجا", new String[] {"protesters", "CVL"}, "سجينا", new String[] {"prisoners", "CVL"});
  /* Every counted noun of people: the persons above and the kinds' nouns. */
  private static final List<String> ARABIC_COUNTED_NOUNS = java.util.stream.Stream.concat(
      ARABIC_PERSONS.stream(), ARABIC_KINDS.keySet().stream().sorted()).toList();
  private static final Pattern ARABIC_COUNTED = Pattern.compile("(?<![\\p{L}\\d])"
      + Sizes.NUM + "\\s+(" + String.join("|", ARABIC_COUNTED_NOUNS) + ")(?![\\p{L}])");

  private static Mention arabicCounted(Sent s, Hit h) {
    if (!h.category().victim() || !h.category().family().equals("force")) {
      return null;
    }
    int from = Math.max(0, h.start() - s.start - 50);
    int to = Math.min(s.text.length(), h.end() - s.start + 50);
    String near = s.text.substring(from, to);
    if (ARABIC_COUNTED_NOUNS.stream().noneMatch(near::contains)) {
      return null; // (a test of words first: the count's pattern is long)
    }
    Matcher m = ARABIC_COUNTED.matcher(s.text).region(from, to);
    while (m.find()) {
      int a = Math.min(m.end(), h.start() - s.start);
      int b = Math.max(m.start(), h.end() - s.start);
      if (a < b && Sent.anyOf(s.text, a, b, "،,.;؛:")) {
        continue; // another clause's count
      }
      return counted(s, m);
    }
    return null;
  }

  /*
   * s49: what may stand between an Arabic deed's sufferers and its plural verb ("35 مدنيا على
   * الأقل قتلوا", a nisba after them: "80 جنديا أمريكيا قتلوا"), and what follows the verb read
   * in its passive sense: a preposition of cause, place or time, a "ب" phrase ("أصيبوا بجروح")
   * or the clause's end; an object after it makes the verb active ("قتلوا 5 مدنيين": they
   * killed).
   */
  private static final Pattern ARABIC_SUFFERED = Pattern.compile(
      "(?:\\s+[^\\s،,.؛:]+(?:يا|يين|يون|ية))?\\s*(?:على\\s+الأقل\\s*)?");
  private static final String PASSIVE_NEXT_WORDS =
      "في|جراء|إثر|اثر|خلال|بعد|من|على|عند|عندما|حين|أثناء|اثناء|قرب|أمام|داخل|ب[^\\s]+";
  private static final Pattern ARABIC_PASSIVE_NEXT = Pattern.compile("(?:\\s*[،,.؛:\"»”]|\\s+"
      + "(?:" + PASSIVE_NEXT_WORDS + ")(?=\\s|$)|\\s*$)");

  /*
   * The actor right before an Arabic deed of force written as a plural verb in its passive sense,
   * in its clause: "35 مدنيا قتلوا في القصف", "عناصر من الشرطة أصيبوا بجروح"; null when the verb
   * is not plural or an object follows it.
   */
  private static Mention arabicSubject(Sent s, List<Mention> ms, Hit h) {
    if (!h.category().victim() || !h.category().family().equals("force") || h.has("pos:N")) {
      return null;
    }
    int hs = h.start() - s.start;
    int he = h.end() - s.start;
    if (he < 2 || !s.text.startsWith("وا", he - 2)
        || !ARABIC_PASSIVE_NEXT.matcher(s.text).region(he, s.text.length()).lookingAt()) {
      return null;
    }
    Mention out = null;
    for (Mention a : ms) {
      if (a.kind().equals("actor") && a.start() >= s.start && a.end() <= h.start()
          && ARABIC_SUFFERED.matcher(s.text.substring(a.end() - s.start, hs)).matches()) {
        out = a;
      }
    }
    return out;
  }

  /*
   * s49: an Arabic deed of force or arrest written verb first with a kind of people who suffer
   * force or a crowd right after it and no object after them ("وقتل متظاهر في الناصرية برصاص
   * القوات الأمنية", "واعتقل ناشط في دمشق", "وأصيب متظاهرون بجروح"): the verb is passive
   * (قُتل، اعتُقل، أُصيب) and they suffer it; an object after them makes it active ("وقتلت القوات
   * الأمنية متظاهرا").
   */
  private static final Pattern ARABIC_AFTER_SUFFERER = Pattern.compile("(?:\\s*[،,.؛:\"»”]|\\s+"
      + "(?:" + PASSIVE_NEXT_WORDS + "|وأصيب|وجرح|و[^\\s]+ون)(?=\\s|$)|\\s*$)");
  private static final Set<String> SUFFERING_CODES = Set.of("CVL", "OPP", "MED", "EDU", "HLH",
      "REF", "HRI", "LAB", "REL", "AGR", "BUS");

  private static Mention arabicPassiveAfter(Sent s, List<Mention> ms, Hit h) {
    String c = h.trigger().category();
    if (h.has("pos:N") || !("ASSAULT".equals(c) || "COERCE".equals(c))) {
      return null;
    }
    int verbEnd = s.text.indexOf(' ', h.start() - s.start); // the verb: the trigger's first word
    if (verbEnd < 0) {
      return null;
    }
    verbEnd += s.start;
    for (Mention a : ms) {
      if (a.kind().equals("actor") && a.end() <= h.start() && a.start() >= s.start
          && !s.breakBetween(a.end(), h.start())) {
        return null; // a subject before the verb: "القوات الأمنية قتلت …"
      }
    }
    for (Mention a : ms) {
      if (!a.kind().equals("actor") || a.start() < verbEnd) {
        continue;
      }
      String gap = s.text.substring(verbEnd - s.start, a.start() - s.start);
      if (!gap.isBlank() || !(ActorFinder.victim(a)
          || a.code() != null && SUFFERING_CODES.contains(a.code()))) {
        return null; // only the people right after the verb
      }
      return ARABIC_AFTER_SUFFERER.matcher(s.text).region(a.end() - s.start, s.text.length())
          .lookingAt() ? a : null;
    }
    return null;
  }

  /** Civilians written as {@code text} at {@code start}..{@code end}: "16 people", "a hospital". */
  static Mention civilians(int start, int end, String text) {
    return new Mention(null, start, end, text, "actor", "civilians", "civilians", null, null,
        null, null, null, "CVL", "CVL", "description");
  }

  /**
   * The actors among {@code actors} that {@code h} names as its agent after it ("came under
   * attack by IS fighters", "came under fire from Houthi positions"): all of them, or none when
   * one stands elsewhere. English only.
   */
  static List<Mention> agentsAfter(Sent s, Hit h, List<Mention> actors) {
    if (s.arabic || actors.isEmpty()) {
      return List.of();
    }
    for (Mention a : actors) {
      if (a.start() < h.end() || !ByAgent.of(s, h, a) && !AGENT_FROM.matcher(
          s.text.substring(h.end() - s.start, a.start() - s.start)).matches()) {
        return List.of();
      }
    }
    return actors;
  }

  /**
   * The last actor before English deed {@code h} in its clause and out of any attribution, with
   * no more than the words of one noun group between ("an Iraqi army checkpoint came under",
   * "residents of the old city came under"); null when there is none.
   */
  static Mention subjectBefore(Sent s, List<Mention> ms, List<Said> said, Hit h) {
    Mention out = null;
    for (Mention a : ms) {
      if (a.kind().equals("actor") && a.start() >= s.start && a.end() <= h.start()
          && !Said.inAttribution(said, a.start(), a.end()) && !s.breakBetween(a.end(), h.start())
          && Terms.near(s, a.end(), h.start())) {
        out = a;
      }
    }
    return out;
  }

  /**
   * The actors the sentence names as the toll of deed {@code h} (one of {@code hits}), in text
   * order; empty when it names none so.
   */
  static List<Mention> of(Sent s, List<Mention> ms, List<Hit> hits, Hit h) {
    return s.arabic ? arabic(s, ms, hits, h) : english(s, ms, h);
  }

  /* "Four soldiers died as a result of a car bomb attack": the subject of the toll verb. */
  private static List<Mention> english(Sent s, List<Mention> ms, Hit h) {
    Matcher m = ENGLISH.matcher(s.text);
    m.region(0, h.start() - s.start);
    if (!m.find()) {
      return List.of();
    }
    int toll = s.start + m.start();
    Mention victim = null;
    for (Mention a : ms) {
      if (a.kind().equals("actor") && a.end() <= toll && a.start() >= s.start
          && NEAR.matcher(s.text.substring(a.end() - s.start, toll - s.start)).matches()) {
        victim = a;
      }
    }
    return victim == null ? List.of() : List.of(victim);
  }

  /* s47: the participle of a deed's toll after it, and a count's hedge: ", killing at least ". */
  private static final Pattern KILLING = Pattern.compile("(?i)^[^.;:]{0,120}?,\\s*(?:killing|"
      + "wounding|injuring)\\s+(?:at\\s+least\\s+|more\\s+than\\s+|some\\s+|about\\s+|"
      + "nearly\\s+|over\\s+|up\\s+to\\s+)?");
  private static final Pattern KILLED_PEOPLE = Pattern.compile("(?i)^" + Sizes.NUM + COUNT_GAP
      + "(people|persons|civilians|residents|worshippers|"
      + "passengers|villagers|children|women)\\b");

  /*
   * s47: whom a deed's toll after it names ("air strikes on the capital, killing at least 14
   * people", "…, killing two soldiers"): a count of people no catalogue names as civilians, else
   * the actor named right after the participle; empty when there is none. Only where the deed
   * names no target of its own ("shelled opposition positions, killing two civilians": the
   * positions').
   */
  static List<Mention> killedAfter(Sent s, List<Mention> ms, Hit h) {
    if (s.arabic || !h.category().victim() || !h.category().family().equals("force")) {
      return List.of();
    }
    int after = h.end() - s.start;
    if (s.text.indexOf("killing", after) < 0 && s.text.indexOf("wounding", after) < 0
        && s.text.indexOf("injuring", after) < 0) {
      return List.of();
    }
    Matcher k = KILLING.matcher(s.text).region(after, s.text.length());
    if (!k.lookingAt()) {
      return List.of();
    }
    int at = k.end();
    Matcher p = KILLED_PEOPLE.matcher(s.text).region(at, s.text.length());
    if (p.lookingAt()) {
      return List.of(counted(s, p));
    }
    for (Mention a : ms) {
      if (a.kind().equals("actor") && a.start() >= s.start + at
          && a.start() - (s.start + at) <= 30) {
        return List.of(a);
      }
    }
    return List.of();
  }

  /* "أدى القصف إلى مقتل ثلاثة عناصر من قوات النظام": the toll noun's genitive group. */
  private static List<Mention> arabic(Sent s, List<Mention> ms, List<Hit> hits, Hit h) {
    String after = s.text.substring(h.end() - s.start);
    Matcher m = ARABIC.matcher(after);
    if (!m.find()) {
      return List.of();
    }
    int from = h.end() + m.end();
    int to = Math.min(s.end, from + 60);
    Matcher stop = STOP.matcher(s.text);
    stop.region(from - s.start, to - s.start);
    if (stop.find()) {
      to = s.start + stop.start();
    }
    for (Hit k : hits) {
      if (k.start() >= from && k.start() < to) {
        to = k.start(); // "مقتل مدنيين بقصف لقوات النظام": the next deed names its doer
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Mention a : ms) {
      if (a.kind().equals("actor") && a.start() >= from && a.end() <= to
          && !CAUSES.contains(s.lastWord(a.start()))) {
        out.add(a);
      }
    }
    return out;
  }

  /* The words of one script, longest first, as a regex alternation. */
  private static String alternatives(Set<String> words, boolean arabic) {
    return org.sitrep.text.Patterns.alternation(
        words.stream().filter(w -> arabic == isArabic(w)).collect(Collectors.toList()));
  }

  private static boolean isArabic(String w) {
    return w.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
  }
}
