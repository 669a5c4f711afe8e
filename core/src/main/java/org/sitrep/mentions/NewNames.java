package org.sitrep.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.Actor;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.text.DataFiles;

/**
 * Actors the catalogue lacks, found by the shape of their names in English text. A body or
 * unit: capitalized words ending in a head noun ("Raqqa Civil Council", "Peshmerga General
 * Command", "Shabwani Elite", "444 Brigade"), or such words before a lower-case head ("the
 * Al-Fath al-Mubin operations room"). A person: capitalized words after a role ("commander
 * Youssef Hammoud", "Brig. Nabil Abdallah") or opening with a given name ("Mahmoud Hamza"); the
 * person's surname alone later on the page is the same person ("Hammoud said"). Such a name
 * needs a word of its own: one that is no nationality, country, stopword or part of a known
 * description ("Iraqi Foreign Ministry" stays the description the finder read). A name the
 * catalogue knows, or that holds a known actor, is left to the catalogue; a town named inside
 * the new name is no place there. Ids are {@code name:} (bodies) and {@code person:}
 * (people), the text as written; the head's sector (new-names.tsv, data). Headline-shaped
 * paragraphs (title case) are skipped: there a capital is no sign of a name.
 */
final class NewNames {
  private static final Map<String, String> HEADS = new HashMap<>();
  private static final Set<String> ROLES = new HashSet<>();
  private static final Set<String> NOT_NAMES = new HashSet<>();
  private static final Set<String> DESIGNATORS = new HashSet<>();
  private static final Map<String, String> HEADS_AR = new HashMap<>();
  private static final Set<String> NOT_NAMES_AR = new HashSet<>();
  private static final Set<String> NISBA = new HashSet<>();
  private static final Map<String, String> ROLES_AR = new HashMap<>();
  private static final Set<String> SKIP_AR = new HashSet<>();
  private static final Set<String> STOP_AR = new HashSet<>();
  private static final Set<String> BACK = new HashSet<>();
  private static final Set<String> BACK_AR = new HashSet<>();
  private static final Set<String> ENEMY_AR = new HashSet<>();
  private static final Set<String> KINGDOMS = new HashSet<>();
  /* The back and enemy words as written with the article and a clitic: "والجامعة" -> "جامعة". */
  private static final Map<String, String> BACK_AR_FORMS = new HashMap<>();
  private static final Set<String> ENEMY_AR_FORMS = new HashSet<>();
  private static final Map<String, String> ARMS = new HashMap<>();
  /* Arabic nisba adjectives of states, keyed as Nationality keys them: the state, its forces. */
  private static final Map<String, String[]> NISBA_STATES = new HashMap<>();
  private static final String CLITICS = "وفبل";
  private static final Set<String> MILITARY_ROLES = Set.of("commander", "commanders", "general",
      "colonel", "brigadier", "major", "captain", "lieutenant", "gen", "brig", "col", "maj",
      "capt", "lt");
  private static final Set<String> PARTICLES = Set.of("of", "for", "the", "bin", "ibn", "bint");
  private static final Set<String> LOWER_HEADS = Set.of("forces", "militia", "brigade",
      "brigades", "council", "operations room", "battalion");
  private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  static {
    for (String[] r : DataFiles.readTsv(NewNames.class, "new-names.tsv")) {
      String w = r[0].strip();
      switch (r[1].strip()) {
        case "head" -> HEADS.put(w, r[2].strip());
        case "role" -> ROLES.add(w);
        case "not-name" -> NOT_NAMES.add(w);
        case "designator" -> DESIGNATORS.add(w);
        case "head-ar" -> HEADS_AR.put(w, r[2].strip());
        case "not-name-ar" -> NOT_NAMES_AR.add(w);
        case "role-ar" -> ROLES_AR.put(w, r[2].strip());
        case "skip-ar" -> SKIP_AR.add(w);
        case "stop-ar" -> STOP_AR.add(w);
        case "back" -> BACK.add(w);
        case "back-ar" -> BACK_AR.add(w);
        case "enemy-ar" -> ENEMY_AR.add(w);
        case "kingdom" -> KINGDOMS.add(w.toUpperCase(Locale.ROOT));
        case "arms-ar" -> ARMS.put(w, w);
        default -> throw new IllegalStateException("new-names.tsv: kind " + r[1]);
      }
    }
    for (String w : BACK_AR) {
      for (String c : new String[] {"", "و", "ف"}) {
        BACK_AR_FORMS.put(c + "ال" + w, w);
      }
    }
    for (String w : ENEMY_AR) {
      ENEMY_AR_FORMS.add("ال" + w);
      for (char c : CLITICS.toCharArray()) {
        ENEMY_AR_FORMS.add(c + "ال" + w);
      }
    }
    for (String[] r : DataFiles.readTsv(NewNames.class, "nisba-ar.tsv")) {
      NISBA.add(r[0].strip());
    }
    // the event coder's table of nationality adjectives; its Arabic rows are the unaccented ones
    for (String[] r : DataFiles.readTsv(NewNames.class, "/org/sitrep/events/national.tsv")) {
      if (!r[0].isEmpty() && r[0].charAt(0) >= '\u0600' && r[0].charAt(0) <= '\u06FF') {
        NISBA_STATES.put(r[0].strip(), new String[] {r[1].strip(), r[2].strip()});
      }
    }
  }

  private NewNames() {}

  /* A word of a paragraph: its span and whether a capital or a digit opens it. */
  private record Word(int start, int end, String text) {
    boolean capital() {
      char c = text.charAt(0);
      return Character.isUpperCase(c) || Character.isDigit(c)
          || article() && text.length() > 3 && Character.isUpperCase(text.charAt(3));
    }

    /* "al-Mubin", "el-Sisi": an article joined to a name. */
    boolean article() {
      return text.startsWith("al-") || text.startsWith("el-");
    }

    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    boolean particle() {
      return PARTICLES.contains(lower());
    }
  }

  static List<Mention> apply(Document doc, List<Mention> mentions, Knowledge knowledge) {
    try {
      return applyTo(doc, mentions, knowledge);
    } finally {
      WORDS.get().clear();
    }
  }

  /* A paragraph's words, split once per page for the passes that read them. */
  private static final ThreadLocal<Map<Span, List<Word>>> WORDS =
      ThreadLocal.withInitial(HashMap::new);

  private static List<Word> cached(String text, Span p) {
    return WORDS.get().computeIfAbsent(p, q -> words(text, q));
  }

  private static List<Mention> applyTo(Document doc, List<Mention> mentions,
      Knowledge knowledge) {
    String text = doc.text();
    List<Mention> added = new ArrayList<>();
    Set<Mention> dropped = new HashSet<>();
    Map<String, Mention> surnames = new HashMap<>();
    arabic(doc, mentions, added, dropped, knowledge); // paragraphs in Arabic script, whatever the page says
    if (!"en".equals(doc.language())) {
      known(doc, mentions, added, dropped, knowledge);
      return merged(mentions, added, dropped);
    }
    for (Span p : doc.body().paragraphs()) {
      if (Headline.titleCase(text, p)) {
        continue;
      }
      List<Word> words = cached(text, p);
      int i = 0;
      while (i < words.size()) {
        int end = runEnd(text, words, i);
        if (end == i) {
          i++;
          continue;
        }
        read(doc, words, i, end, mentions, knowledge, added, dropped, surnames);
        i = end;
      }
    }
    surnames(doc, mentions, added, surnames);
    heads(doc, mentions, added);
    aliases(doc, mentions, added);
    known(doc, mentions, added, dropped, knowledge);
    return merged(mentions, added, dropped);
  }

  /* ", known as Radaa", ", also known as the Hamdan Brigade": a name the page gives an actor. */
  private static final java.util.regex.Pattern KNOWN_AS = java.util.regex.Pattern.compile(
      ",? (?:also |more commonly |commonly |locally |widely |better )?known (?:locally )?as "
          + "(?:the )?([A-Z][\\p{L}'’-]*(?: [A-Z][\\p{L}'’-]*){0,3})");

  /*
   * The page's own alias of an actor it has just named: "the Special Deterrence Force, known as
   * Radaa": the alias there and wherever the page writes it alone is that actor.
   */
  private static void aliases(Document doc, List<Mention> mentions, List<Mention> added) {
    String text = doc.text();
    Map<String, Mention> alias = new HashMap<>();
    java.util.regex.Matcher k = KNOWN_AS.matcher(text);
    while (k.find()) {
      Mention named = null;
      for (List<Mention> list : List.of(mentions, added)) {
        for (Mention m : list) {
          if (m.kind().equals("actor") && m.identifierId() != null && m.end() <= k.start()
              && k.start() - m.end() <= 1 && !m.identifierId().startsWith("agent:")) {
            named = m;
          }
        }
      }
      String name = k.group(1);
      if (named != null && name.length() >= 3 && !alias.containsKey(name)) {
        alias.put(name, named);
      }
    }
    if (alias.isEmpty()) {
      return;
    }
    List<Mention> more = new ArrayList<>();
    for (Map.Entry<String, Mention> a : alias.entrySet()) {
      String name = a.getKey();
      Mention m = a.getValue();
      int i = text.indexOf(name);
      while (i >= 0) {
        int end = i + name.length();
        boolean word = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
            && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
        if (word && overlapping(mentions, i, end).isEmpty()
            && overlapping(added, i, end).isEmpty() && overlapping(more, i, end).isEmpty()) {
          more.add(new Mention(doc.docId(), i, end, name, "actor", m.identifierId(),
              m.identifierText(), null, null, m.countryCode(), null, null, m.code(), m.sector(),
              "alias"));
        }
        i = text.indexOf(name, end);
      }
    }
    added.addAll(more);
  }

  private static List<Mention> merged(List<Mention> mentions, List<Mention> added,
      Set<Mention> dropped) {
    if (added.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size() + added.size());
    for (Mention m : mentions) {
      if (!dropped.contains(m)) {
        out.add(m);
      }
    }
    out.addAll(added);
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /*
   * Arabic bodies: an indefinite head noun (a clitic before it aside) and the words of its name
   * after it, definite words, a place's words or a number ("مجلس الرقة المدني", "قوات النخبة
   * الشبوانية", "غرفة عمليات الفتح المبين"), up to four, one of them no nationality adjective;
   * a word that makes a kind of body ("قوات الأمن") or ends the name ("التابعة") stops it. Then
   * the head with the article alone ("المجلس") refers back to the latest such body.
   */
  private static void arabic(Document doc, List<Mention> mentions, List<Mention> added,
      Set<Mention> dropped, Knowledge knowledge) {
    String text = doc.text();
    List<List<Word>> paragraphs = arabicParagraphs(doc);
    if (paragraphs.isEmpty()) {
      return;
    }
    for (List<Word> words : paragraphs) {
      for (int i = 0; i < words.size(); i++) {
        String t = words.get(i).text();
        String head = listed(t, HEADS_AR);
        if (head == null) {
          continue;
        }
        int clitic = t.length() - head.length();
        int from = i + 1;
        if (from < words.size() && words.get(from).text().equals("عمليات")
            && singleSpace(text, words.get(i), words.get(from))) {
          from++; // "غرفة عمليات": the body's second noun
        }
        int end = from;
        boolean own = false;
        while (end < words.size() && end - from < 4
            && singleSpace(text, words.get(end - 1), words.get(end))) {
          Word x = words.get(end);
          String xt = x.text();
          boolean definite = xt.startsWith("ال") && xt.length() > 3;
          boolean place = mentions.stream().anyMatch(m -> m.kind().equals("place")
              && m.start() <= x.start() && m.end() >= x.end());
          if (NOT_NAMES_AR.contains(xt)
              || !(definite || place || Character.isDigit(xt.charAt(0)))) {
            break;
          }
          own |= !NISBA.contains(xt);
          end++;
        }
        if (end == from || !own) {
          continue;
        }
        int start = words.get(i).start() + clitic;
        int stop = words.get(end - 1).end();
        List<Mention> inside = overlapping(mentions, start, stop);
        int headEnd = words.get(i).end();
        if (inside.stream().anyMatch(m -> m.kind().equals("actor")
            || m.kind().equals("description") && m.end() > headEnd)) {
          continue; // known, or a kind the finder reads ("قوات خاصة", "وزارة الدفاع")
        }
        String name = text.substring(start, stop);
        Mention earlier = fuller(added, name);
        added.add(new Mention(doc.docId(), start, stop, name, "actor",
            earlier != null ? earlier.identifierId() : "name:" + key(name),
            earlier != null ? earlier.identifierText() : name, null, null, null, null, null,
            null, HEADS_AR.get(head), "shape"));
        for (Mention m : inside) {
          if (m.kind().equals("description")) {
            dropped.add(m);
          }
        }
        i = end - 1;
      }
    }
    arabicPersons(doc, paragraphs, mentions, added);
    enemies(doc, paragraphs, mentions, added, dropped, knowledge);
    if (added.isEmpty()) {
      return;
    }
    // "المجلس", "والمجلس": the head with the article alone
    List<Mention> more = new ArrayList<>();
    for (List<Word> words : paragraphs) {
      for (Word w : words) {
        String t = w.text();
        int clitic = t.length() > 4 && CLITICS.indexOf(t.charAt(0)) >= 0
            && t.startsWith("ال", 1) ? 1 : t.startsWith("لل") ? 2 : 0;
        String rest = clitic == 2 ? t.substring(2) : t.substring(clitic);
        if (!rest.startsWith("ال") && clitic != 2) {
          continue;
        }
        String head = clitic == 2 ? rest : rest.substring(2);
        if (!HEADS_AR.containsKey(head)) {
          continue;
        }
        Mention ref = null;
        for (Mention m : added) {
          if (m.end() <= w.start() && w.start() - m.end() < 3000
              && m.identifierId().startsWith("name:" + head + "-")) {
            ref = m;
          }
        }
        int start = w.start() + (clitic == 2 ? 1 : clitic);
        if (ref == null || !overlapping(mentions, start, w.end()).isEmpty()
            || !overlapping(added, start, w.end()).isEmpty()) {
          continue;
        }
        // not a head before a name of its own: "المجلس العسكري" is another body
        int after = w.end();
        if (after + 1 < text.length() && text.charAt(after) == ' '
            && text.startsWith("ال", after + 1)) {
          continue;
        }
        more.add(new Mention(doc.docId(), start, w.end(), text.substring(start, w.end()),
            "actor", ref.identifierId(), ref.identifierText(), null, null, null, null, null,
            null, ref.sector(), "description"));
      }
    }
    added.addAll(more);
  }

  /*
   * Arabic people: a title ("العميد", "حاكم", "المتحدث"), the words of its complement (definite
   * words, a place's words, "باسم", "إقليم"), then two to four words of a name, none definite
   * but "عبد الله"'s, none a stop word ("إن", "أمس"), none read already: "حاكم إقليم دارفور مني
   * أركو مناوي", "المتحدث باسم الجيش العميد نبيل عبد الله".
   */
  private static void arabicPersons(Document doc, List<List<Word>> paragraphs,
      List<Mention> mentions, List<Mention> added) {
    String text = doc.text();
    for (List<Word> words : paragraphs) {
      for (int i = 0; i < words.size(); i++) {
        String title = listed(words.get(i).text(), ROLES_AR);
        if (title == null) {
          continue;
        }
        int j = i + 1;
        while (j < words.size() && j - i <= 5
            && singleSpace(text, words.get(j - 1), words.get(j))) {
          Word x = words.get(j);
          String xt = x.text();
          boolean place = mentions.stream().anyMatch(m -> m.kind().equals("place")
              && m.start() <= x.start() && m.end() >= x.end());
          boolean of = (xt.equals("في") || xt.equals("لدى")) && j + 1 < words.size()
              && words.get(j + 1).text().startsWith("ال"); // "القيادي في الاتحاد الوطني"
          if (ROLES_AR.containsKey(xt) || SKIP_AR.contains(xt) || place || of
              || xt.startsWith("ال") && !STOP_AR.contains(xt) || HEADS_AR.containsKey(xt)) {
            j++; // "المتحدث باسم الجيش العميد": the complement, or a second title
            continue;
          }
          break;
        }
        int k = j;
        while (k < words.size() && k - j < 4 && singleSpace(text, words.get(k - 1), words.get(k))) {
          String xt = words.get(k).text();
          if ((xt.equals("عبد") || xt.equals("أبو") || xt.equals("ابو"))
              && k + 1 < words.size() && singleSpace(text, words.get(k), words.get(k + 1))) {
            k += 2; // "عبد الله", "أبو عمر", and a family name after it: "عبد السلام الشحي"
            if (k < words.size() && k - j < 4 && words.get(k).text().startsWith("ال")
                && words.get(k).text().length() > 3 && singleSpace(text, words.get(k - 1),
                    words.get(k)) && overlapping(mentions, words.get(k).start(),
                        words.get(k).end()).isEmpty()) {
              k++;
            }
            continue;
          }
          Word x = words.get(k);
          if (xt.startsWith("ال") || xt.startsWith("لل") || xt.length() < 2
              || xt.indexOf('\u0640') >= 0 // "لـ"نداء الشمال"": a preposition drawn out
              || STOP_AR.contains(xt) || CLITICS.indexOf(xt.charAt(0)) >= 0
              && STOP_AR.contains(xt.substring(1)) || Character.isDigit(xt.charAt(0))
              || xt.charAt(0) == 'ا' && xt.length() >= 5 // a verbal noun: "انسحاب", "استهداف"
              || HEADS_AR.containsKey(xt) // a body's head noun: "لجنة", "لواء غزة"
              || xt.charAt(0) == 'و' && (xt.startsWith("ال", 1) // "والرئيس": another noun
                  || xt.charAt(1) == 'ا' && xt.length() >= 6) // "واقتحام": and a verbal noun
              || (xt.charAt(0) == 'ل' || xt.charAt(0) == 'ب') && xt.length() >= 6 // "لشبكة"
              || !overlapping(mentions, x.start(), x.end()).isEmpty()) {
            break; // the name ends before the object the finder read ("أهالي الفاشر")
          }
          k++;
        }
        if (k - j < 2 || k > words.size()) {
          continue;
        }
        int start = words.get(j).start();
        int stop = words.get(k - 1).end();
        if (!overlapping(added, start, stop).isEmpty()
            || !overlapping(mentions, start, stop).isEmpty()) {
          continue;
        }
        String name = text.substring(start, stop);
        added.add(new Mention(doc.docId(), start, stop, name, "actor", "person:" + key(name),
            name, null, null, null, null, null, null, ROLES_AR.get(title), "shape"));
        i = k - 1;
      }
    }
  }

  /*
   * A partisan name for a state's forces: "the occupation", "the aggression", "the enemy" and
   * the nisba of the state, after a word of arms or none: "قوات الاحتلال التركي", "طائرات
   * الاحتلال الإسرائيلي", "العدوان الأمريكي البريطاني" (the first state named). That state's
   * forces. Without a nisba the page's side decides whom it means, and no name is read.
   */
  private static void enemies(Document doc, List<List<Word>> paragraphs, List<Mention> mentions,
      List<Mention> added, Set<Mention> dropped, Knowledge knowledge) {
    String text = doc.text();
    for (List<Word> words : paragraphs) {
      for (int i = 0; i + 1 < words.size(); i++) {
        String t = words.get(i).text();
        if (!ENEMY_AR_FORMS.contains(t) || !singleSpace(text, words.get(i), words.get(i + 1))) {
          continue;
        }
        String[] ids = NISBA_STATES.get(nisbaKey(words.get(i + 1).text()));
        if (ids == null || !words.get(i + 1).text().startsWith("ال")) {
          continue;
        }
        int last = i + 1;
        while (last + 1 < words.size() && last - i < 3
            && singleSpace(text, words.get(last), words.get(last + 1))
            && words.get(last + 1).text().startsWith("ال")
            && NISBA_STATES.containsKey(nisbaKey(words.get(last + 1).text()))) {
          last++; // "العدوان الأمريكي البريطاني"
        }
        int first = i;
        if (i > 0 && singleSpace(text, words.get(i - 1), words.get(i))
            && listed(words.get(i - 1).text(), ARMS) != null) {
          first = i - 1; // "طائرات الاحتلال"
        }
        if (first == i && condemned(text, words, i)) {
          continue; // "دانت الوزارة العدوان الإسرائيلي": the deed condemned, not a doer named
        }
        int start = first < i
            ? words.get(first).start() + (ARMS.containsKey(words.get(first).text()) ? 0 : 1)
            : words.get(i).start() + (t.startsWith("ال") ? 0 : 1);
        int stop = words.get(last).end();
        Actor a = knowledge.actor(ids[1]).orElse(null);
        List<Mention> inside = overlapping(mentions, start, stop);
        if (a == null || !inside.stream().allMatch(m -> m.kind().equals("description")
            && m.start() >= start && m.end() <= stop)
            || !overlapping(added, start, stop).isEmpty()) {
          continue;
        }
        dropped.addAll(inside); // "قوات", a kind the finder read, is part of the name
        added.add(new Mention(doc.docId(), start, stop, text.substring(start, stop), "actor",
            a.id(), a.name(), null, null, a.country(), null, null, a.code(), a.sector(),
            "shape"));
        i = last;
      }
    }
  }

  /* Verbs of condemning: the partisan word after one is the deed condemned. */
  private static final List<String> CONDEMNING = List.of("دان", "أدان", "ادان", "تدين", "يدين",
      "ندين", "استنكر", "تستنكر", "يستنكر", "شجب", "تشجب", "يشجب", "ندد", "تندد", "يندد");

  /* A verb of condemning among the eight words before word i, in its clause. */
  private static boolean condemned(String text, List<Word> words, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
      String gap = text.substring(words.get(k).end(), words.get(k + 1).start());
      if (gap.indexOf('.') >= 0 || gap.indexOf('،') >= 0 || gap.indexOf(',') >= 0
          || gap.indexOf('؛') >= 0) {
        return false;
      }
      if (condemning(words.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  private static boolean condemning(String word) {
    String w = word.length() > 3 && "وف".indexOf(word.charAt(0)) >= 0 ? word.substring(1) : word;
    for (String v : CONDEMNING) {
      if (w.startsWith(v)) {
        return true;
      }
    }
    return false;
  }

  /* "الأمريكي" -> "امريكي", "التركية" -> "تركي": an Arabic nisba as the national table keys it. */
  private static String nisbaKey(String word) {
    String w = word.replaceAll("[\\u064B-\\u0652]", "").replace('أ', 'ا').replace('إ', 'ا')
        .replace('آ', 'ا');
    if (w.startsWith("ال") && w.length() > 4) {
      w = w.substring(2);
    }
    if (w.endsWith("ة") || w.endsWith("ه")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  /* The words of each paragraph in Arabic script. */
  private static List<List<Word>> arabicParagraphs(Document doc) {
    List<List<Word>> out = new ArrayList<>();
    for (Span p : doc.body().paragraphs()) {
      if (arabicScript(doc.text(), p)) {
        out.add(cached(doc.text(), p));
      }
    }
    return out;
  }

  /* An Arabic word of a list as written, or without the clitic before it ("وقوات"), or null. */
  private static String listed(String t, Map<String, String> list) {
    if (list.containsKey(t)) {
      return t;
    }
    return t.length() > 3 && CLITICS.indexOf(t.charAt(0)) >= 0 && list.containsKey(t.substring(1))
        ? t.substring(1) : null;
  }

  /* Whether a paragraph's first letter is Arabic. */
  private static boolean arabicScript(String text, Span p) {
    for (int i = p.start(); i < p.end(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC;
      }
    }
    return false;
  }

  /* The end (exclusive) of the run of capitalized words and inner particles opening at i. */
  private static int runEnd(String text, List<Word> words, int i) {
    if (!words.get(i).capital()) {
      return i;
    }
    int end = i + 1;
    int j = i + 1;
    while (j < words.size() && singleSpace(text, words.get(j - 1), words.get(j))) {
      Word w = words.get(j);
      if (w.capital()) {
        end = j + 1;
        if (possessive(w)) {
          break;
        }
      } else if (!w.particle()) {
        break;
      }
      j++;
    }
    return end;
  }

  private static void read(Document doc, List<Word> words, int from, int to,
      List<Mention> mentions, Knowledge knowledge, List<Mention> added, Set<Mention> dropped,
      Map<String, Mention> surnames) {
    String text = doc.text();
    int s = from;
    while (s < to && (stop(words.get(s), knowledge) || words.get(s).particle())) {
      s++;
    }
    if (s >= to) {
      return;
    }
    if (words.get(to - 1).text().endsWith("'s") || words.get(to - 1).text().endsWith("’s")) {
      return; // a possessor: "Kurdistan Region's"
    }
    int head = -1;
    for (int k = s; k < to; k++) {
      if (HEADS.containsKey(words.get(k).lower())) {
        head = k;
      }
    }
    int last = to;
    if (head >= 0) {
      // "Fighters of the Shabwani Elite", "Chairman of the Raqqa Civil Council": the body is
      // the name after the particles when no head stands before them
      for (int k = s + 1; k < head; k++) {
        String l = words.get(k).lower();
        if (l.equals("of") || l.equals("for")) {
          int after = k + 1;
          while (after < head && words.get(after).particle()) {
            after++;
          }
          s = after;
          break;
        }
        if (HEADS.containsKey(words.get(k).lower())) {
          break;
        }
      }
      // "Central Committee of Daraa": a tail under "of"/"for"; other words after the head are
      // not the body's name
      if (head + 1 < to && !words.get(head + 1).lower().equals("of")
          && !words.get(head + 1).lower().equals("for")) {
        last = head + 1;
      }
      body(doc, words, s, last, head, mentions, knowledge, added, dropped);
      return;
    }
    // a lower-case head after the run: "the Al-Fath al-Mubin operations room"
    if (to - s >= 2 && to < words.size()) {
      String next = words.get(to).lower();
      String two = to + 1 < words.size() ? next + " " + words.get(to + 1).lower() : next;
      int headEnd = LOWER_HEADS.contains(two) ? to + 2 : LOWER_HEADS.contains(next) ? to + 1 : -1;
      if (headEnd > 0 && singleSpace(text, words.get(to - 1), words.get(to))) {
        body(doc, words, s, headEnd, headEnd - 1, mentions, knowledge, added, dropped);
        return;
      }
    }
    person(doc, words, from, s, to, mentions, knowledge, added, dropped, surnames);
  }

  private static void body(Document doc, List<Word> words, int s, int end, int head,
      List<Mention> mentions, Knowledge knowledge, List<Mention> added, Set<Mention> dropped) {
    if (head == s && !(end > head + 1)) {
      return; // "Army" alone, "Government forces"
    }
    int start = words.get(s).start();
    int stop = words.get(end - 1).end();
    if (s > 0 && possessive(words.get(s - 1)) && singleSpace(doc.text(), words.get(s - 1),
        words.get(s))) {
      return; // "the regime's General Command": a body of the possessor
    }
    List<Mention> inside = overlapping(mentions, start, stop);
    Word h = words.get(head);
    if (inside.stream().anyMatch(m -> m.kind().equals("actor")
        || m.kind().equals("description") && m.start() < h.start() && m.end() >= h.end())) {
      return; // known, or a description of several words the finder reads ("Defence Ministry")
    }
    boolean own = false;
    for (int k = s; k < end; k++) {
      Word w = words.get(k);
      if (k != head && w.capital() && free(w, inside, knowledge)) {
        own = true;
      }
    }
    if (!own) {
      return;
    }
    String name = doc.text().substring(start, stop);
    String sector = HEADS.getOrDefault(words.get(head).lower(), "GOV");
    Mention earlier = fuller(added, name);
    added.add(new Mention(doc.docId(), start, stop, name, "actor",
        earlier != null ? earlier.identifierId() : "name:" + key(name),
        earlier != null ? earlier.identifierText() : name,
        null, null, null, null, null, null, sector, "shape"));
    // a place inside stays a place ("Dublin City Council" names Dublin); a description
    // inside is the body's
    for (Mention m : inside) {
      if (m.kind().equals("description")) {
        dropped.add(m);
      }
    }
  }

  private static void person(Document doc, List<Word> words, int from, int s, int to,
      List<Mention> mentions, Knowledge knowledge, List<Mention> added, Set<Mention> dropped,
      Map<String, Mention> surnames) {
    String role = null;
    int k = s;
    while (k < to && ROLES.contains(words.get(k).lower())) {
      role = words.get(k).lower(); // "Brig. Nabil Abdallah", "Sheikh Ahmed"
      k++;
    }
    if (role == null && from > 0) {
      Word before = words.get(from - 1);
      if (ROLES.contains(before.lower()) && !before.capital()
          && singleSpace(doc.text(), before, words.get(from))) {
        role = before.lower(); // "commander Youssef Hammoud"
      }
    }
    int n = to - k;
    if (n < 1 || n > 4 || role == null && (n < 2 || !given(words.get(k).lower()))) {
      return;
    }
    if (n == 1) {
      return; // "official Twitter account", "Sheikh Sandal area": a surname comes by the name
    }
    int start = words.get(k).start();
    int stop = words.get(to - 1).end();
    if (!overlapping(mentions, start, stop).isEmpty()
        || DESIGNATORS.contains(words.get(to - 1).lower())) {
      return; // a name the finder read ("Charles City"), a building's ("Lee Academy")
    }
    for (int j = k; j < to; j++) {
      Word w = words.get(j);
      if (w.capital() && (stop(w, knowledge) || knowledge.demonym(w.text()).isPresent()
          || HEADS.containsKey(w.lower()) || Character.isDigit(w.text().charAt(0)))) {
        return;
      }
    }
    String name = doc.text().substring(start, stop);
    String sector = role == null ? "" : MILITARY_ROLES.contains(role) ? "MIL" : "GOV";
    Mention m = new Mention(doc.docId(), start, stop, name, "actor", "person:" + key(name), name,
        null, null, null, null, null, null, sector, "shape");
    added.add(m);
    if (n >= 2 && words.get(to - 1).text().length() >= 4) {
      surnames.putIfAbsent(words.get(to - 1).text(), m);
    }
  }

  /*
   * An earlier body's name holding every word of this one, in order, with the same last word:
   * "the Hamdan Brigade" after "the Hamdan Martyrs Brigade" is the same body.
   */
  private static Mention fuller(List<Mention> added, String name) {
    String[] w = key(name).split("-");
    for (Mention m : added) {
      if (!m.identifierId().startsWith("name:")) {
        continue;
      }
      String[] f = m.identifierId().substring(5).split("-");
      if (f.length <= w.length || !f[f.length - 1].equals(w[w.length - 1])) {
        continue;
      }
      int j = 0;
      for (int i = 0; i < f.length && j < w.length; i++) {
        if (f[i].equals(w[j])) {
          j++;
        }
      }
      if (j == w.length) {
        return m;
      }
    }
    return null;
  }

  /*
   * "the council", "the brigade": a body named by its head noun alone is the latest new name
   * with that head before it on the page, within a few paragraphs.
   */
  private static void heads(Document doc, List<Mention> mentions, List<Mention> added) {
    String text = doc.text();
    List<Mention> named = new ArrayList<>();
    for (Mention m : added) {
      if (m.identifierId().startsWith("name:")) {
        named.add(m);
      }
    }
    if (named.isEmpty()) {
      return;
    }
    List<Mention> more = new ArrayList<>();
    for (Span p : doc.body().paragraphs()) {
      List<Word> words = cached(text, p);
      for (int i = 1; i < words.size(); i++) {
        Word w = words.get(i);
        Word the = words.get(i - 1);
        if (w.capital() || !HEADS.containsKey(w.lower()) || !the.lower().equals("the")
            || !singleSpace(text, the, w)) {
          continue;
        }
        if (i + 1 < words.size() && words.get(i + 1).capital()
            && singleSpace(text, w, words.get(i + 1))) {
          continue;
        }
        Mention ref = null;
        for (Mention m : named) {
          String id = m.identifierId();
          if (m.end() <= the.start() && the.start() - m.end() < 3000
              && id.endsWith("-" + w.lower())) {
            ref = m;
          }
        }
        if (ref == null || !overlapping(mentions, w.start(), w.end()).isEmpty()
            || !overlapping(added, the.start(), w.end()).isEmpty()) {
          continue;
        }
        more.add(new Mention(doc.docId(), the.start(), w.end(), text.substring(the.start(),
            w.end()), "actor", ref.identifierId(), ref.identifierText(), null, null, null, null,
            null, null, ref.sector(), "description"));
      }
    }
    added.addAll(more);
  }

  /*
   * A body named before and later by the head of its name alone is that body: "the League"
   * after "the Arab League", "الجامعة" after "جامعة الدول العربية", "المملكة" after "المملكة
   * العربية السعودية" (the English name's last word, the Arabic name's first; the back words
   * of new-names.tsv: names of bodies, not "the forces", which any side has). In Arabic, a person's family name alone is that person
   * ("واتهم الزبيدي" after "عيدروس الزبيدي"). The latest such actor before the word, within a
   * few paragraphs; never a word the finder read already.
   */
  private static void known(Document doc, List<Mention> mentions, List<Mention> added,
      Set<Mention> dropped, Knowledge knowledge) {
    String text = doc.text();
    List<Mention> refs = new ArrayList<>();
    for (List<Mention> list : List.of(mentions, added)) {
      for (Mention m : list) {
        String id = m.identifierId();
        if (m.kind().equals("actor") && id != null && !id.startsWith("agent:")
            && !id.startsWith("unnamed:") && !"description".equals(m.resolution())
            && !"surname".equals(m.resolution())) {
          refs.add(m);
        }
      }
    }
    if (refs.isEmpty()) {
      return;
    }
    refs.sort(java.util.Comparator.comparingInt(Mention::start));
    // the family names of the page's people, looked up per word
    Set<String> families = new HashSet<>();
    for (Mention m : refs) {
      int sp = m.text().lastIndexOf(' ');
      if (sp > 0 && person(m, knowledge)) {
        families.add(m.text().substring(sp + 1));
      }
    }
    List<Mention> more = new ArrayList<>();
    for (Span p : doc.body().paragraphs()) {
      boolean arabic = arabicScript(text, p);
      List<Word> words = cached(text, p);
      for (int i = 0; i < words.size(); i++) {
        Word w = words.get(i);
        Word next = i + 1 < words.size() ? words.get(i + 1) : null;
        int start = w.start();
        Mention ref = null;
        Mention those = demonstrative(doc.docId(), text, words, i, arabic, refs, knowledge);
        if (those != null) {
          int noun = words.get(i + 1).start();
          if (overlapping(mentions, those.start(), those.end()).stream()
                  .allMatch(m -> m.start() >= noun)
              && overlapping(added, those.start(), those.end()).isEmpty()
              && overlapping(more, those.start(), those.end()).isEmpty()) {
            dropped.addAll(overlapping(mentions, those.start(), those.end()));
            more.add(those);
          }
          continue;
        }
        Mention own = ownCountry(doc.docId(), text, words, i, arabic, refs, knowledge);
        if (own != null) {
          if (overlapping(mentions, own.start(), own.end()).isEmpty()
              && overlapping(added, own.start(), own.end()).isEmpty()
              && overlapping(more, own.start(), own.end()).isEmpty()) {
            more.add(own);
          }
          continue;
        }
        if (arabic) {
          String t = w.text();
          String head = BACK_AR_FORMS.get(t); // "الجامعة", "والجامعة": "جامعة"
          int clitic = head != null && !t.startsWith("ال") ? 1 : 0;
          boolean nameFollows = next != null && next.start() - w.end() == 1
              && next.text().startsWith("ال"); // "المجلس العسكري": a body of its own
          if (head != null && !nameFollows) {
            start += clitic;
            ref = latest(refs, start, m -> !person(m, knowledge)
                && head.equals(arabicHead(m.text())));
            if (ref == null && head.equals("مملكة")) {
              ref = latest(refs, start, m -> kingdom(m, knowledge)); // "السعودية" … "المملكة"
            }
          } else if (t.length() >= 3 && i > 0 && families.contains(t)
              && familyName(t, words.get(i - 1).text())) {
            ref = latest(refs, start, m -> person(m, knowledge) && m.text().contains(" ")
                && m.text().endsWith(" " + t) && m.end() <= w.start());
          }
        } else if (i > 0 && words.get(i - 1).text().equalsIgnoreCase("the")
            && singleSpace(text, words.get(i - 1), w)
            && BACK.contains(w.lower())
            && !(next != null && (next.capital() || next.lower().equals("of"))
                && singleSpace(text, w, next))) {
          String head = w.lower();
          start = words.get(i - 1).start();
          ref = latest(refs, start, m -> !person(m, knowledge)
              && m.text().toLowerCase(Locale.ROOT).endsWith(" " + head));
          if (ref == null && head.equals("kingdom")) {
            ref = latest(refs, start, m -> kingdom(m, knowledge)); // "Saudi Arabia" … "the kingdom"
          }
        }
        if (ref == null || !overlapping(mentions, start, w.end()).isEmpty()
            || !overlapping(added, start, w.end()).isEmpty()
            || !overlapping(more, start, w.end()).isEmpty()) {
          continue;
        }
        more.add(new Mention(doc.docId(), start, w.end(), text.substring(start, w.end()),
            "actor", ref.identifierId(), ref.identifierText(), null, null, null, null, null,
            ref.code(), ref.sector(), person(ref, knowledge) ? "surname" : "head"));
      }
    }
    added.addAll(more);
  }

  /* Arabic demonstratives before a plural of armed men: "تلك القوات", "هذه الميليشيات". */
  private static final Set<String> DEMONSTRATIVES_AR = Set.of("تلك", "هذه", "وتلك", "وهذه");
  private static final Set<String> ARMED_PLURALS_AR = Set.of("القوات", "الميليشيات",
      "المليشيات", "المجموعات", "الفصائل", "العناصر", "الجماعات");
  private static final Set<String> ARMED = Set.of("MIL", "REB", "COP");

  /*
   * "عقب انسحاب تلك القوات": the armed actor named last before, within a few paragraphs (a
   * force, a rebel group or the police), or null.
   */
  private static Mention demonstrative(String docId, String text, List<Word> words, int i,
      boolean arabic, List<Mention> refs, Knowledge knowledge) {
    if (!arabic || i + 1 >= words.size() || !DEMONSTRATIVES_AR.contains(words.get(i).text())
        || !ARMED_PLURALS_AR.contains(words.get(i + 1).text())
        || !singleSpace(text, words.get(i), words.get(i + 1))) {
      return null;
    }
    int start = words.get(i).start() + (words.get(i).text().charAt(0) == 'و' ? 1 : 0);
    Mention ref = latest(refs, start, m -> ARMED.contains(m.sector()) && !person(m, knowledge));
    if (ref == null) {
      return null;
    }
    int end = words.get(i + 1).end();
    return new Mention(docId, start, end, text.substring(start, end), "actor",
        ref.identifierId(), ref.identifierText(), null, null, null, null, null, ref.code(),
        ref.sector(), "head");
  }

  /* "His country", "بلاده": the speaker's own state. */
  private static final Set<String> OWN_COUNTRY_AR = Set.of("بلاده", "وبلاده", "بلادها",
      "وبلادها");

  /*
   * "warning that his country would respond", "ومحذرا من أن بلاده سترد": the state of the
   * latest actor named before in the sentence's reach (a state, or one a catalogue actor belongs
   * to by its country), or null.
   */
  private static Mention ownCountry(String docId, String text, List<Word> words, int i,
      boolean arabic, List<Mention> refs, Knowledge knowledge) {
    Word w = words.get(i);
    int start;
    if (arabic) {
      if (!OWN_COUNTRY_AR.contains(w.text())) {
        return null;
      }
      start = w.start() + (w.text().charAt(0) == 'و' ? 1 : 0);
    } else {
      if (i == 0 || !w.text().equalsIgnoreCase("country")
          || !singleSpace(text, words.get(i - 1), w)
          || !words.get(i - 1).text().equalsIgnoreCase("his")
          && !words.get(i - 1).text().equalsIgnoreCase("her")) {
        return null;
      }
      start = words.get(i - 1).start();
    }
    Actor state = null;
    for (Mention m : refs) {
      if (m.end() > start) {
        break;
      }
      if (start - m.end() > 400) {
        continue;
      }
      Actor a = knowledge.actor(m.identifierId()).orElse(null);
      if (a == null || a.country() == null || a.country().isEmpty()) {
        continue;
      }
      Actor s = a.kind().equals("state") ? a : knowledge.actorsIn(a.country()).stream()
          .filter(x -> x.kind().equals("state")).findFirst().orElse(null);
      if (s != null) {
        state = s;
      }
    }
    if (state == null) {
      return null;
    }
    return new Mention(docId, start, w.end(),
        text.substring(start, w.end()), "actor", state.id(), state.name(), null, null,
        state.country(), null, null, state.code(), state.sector(), "head");
  }

  /* The latest mention of {@code refs} before {@code at}, within a few paragraphs, that fits. */
  private static Mention latest(List<Mention> refs, int at,
      java.util.function.Predicate<Mention> fits) {
    Mention out = null;
    for (Mention m : refs) {
      if (m.end() > at) {
        break;
      }
      if (at - m.end() < 3000 && fits.test(m)) {
        out = m;
      }
    }
    return out;
  }

  /*
   * Whether an Arabic word may be a family name said alone: one with the article, not after a
   * definite noun (there it is an adjective: "الريف الحلبي"); one without, only after a verb
   * with its conjunction ("وأضاف حمود"), not after a noun ("بشكل كامل").
   */
  private static boolean familyName(String t, String before) {
    if (t.startsWith("ال")) {
      return !before.startsWith("ال") && t.length() > 4;
    }
    return before.length() > 2 && "وف".indexOf(before.charAt(0)) >= 0
        && !before.startsWith("ال", 1);
  }

  /* The first word of an Arabic name without its article: "جامعة الدول العربية" gives "جامعة". */
  private static String arabicHead(String name) {
    int sp = name.indexOf(' ');
    String first = sp < 0 ? name : name.substring(0, sp);
    if (first.length() > 4 && "وفبل".indexOf(first.charAt(0)) >= 0 && first.startsWith("ال", 1)) {
      first = first.substring(1);
    }
    return first.startsWith("ال") ? first.substring(2) : first;
  }

  /* A state the page may call "the kingdom" (new-names.tsv "kingdom": its country codes). */
  private static boolean kingdom(Mention m, Knowledge knowledge) {
    return knowledge.actor(m.identifierId())
        .map(a -> a.kind().equals("state") && KINGDOMS.contains(a.country())).orElse(false);
  }

  /* A person: a new one ("person:") or one the catalogue lists as an official or a person. */
  private static boolean person(Mention m, Knowledge knowledge) {
    String id = m.identifierId();
    if (id.startsWith("person:")) {
      return true;
    }
    return knowledge.actor(id).map(a -> a.kind().equals("official") || a.kind().equals("person"))
        .orElse(false);
  }

  /* The surname alone after the full name: "Hammoud said" is Youssef Hammoud. */
  private static void surnames(Document doc, List<Mention> mentions, List<Mention> added,
      Map<String, Mention> surnames) {
    if (surnames.isEmpty()) {
      return;
    }
    String text = doc.text();
    for (Span p : doc.body().paragraphs()) {
      for (Word w : cached(text, p)) {
        Mention full = surnames.get(w.text());
        if (full == null || w.start() < full.end()) {
          continue;
        }
        if (!overlapping(added, w.start(), w.end()).isEmpty()) {
          continue;
        }
        if (!overlapping(mentions, w.start(), w.end()).isEmpty()) {
          continue; // read as something else already
        }
        if (w.end() < text.length() - 1 && text.charAt(w.end()) == ' '
            && Character.isUpperCase(text.charAt(w.end() + 1))) {
          continue; // a longer name: "Hammoud Street"
        }
        added.add(new Mention(doc.docId(), w.start(), w.end(), w.text(), "actor",
            full.identifierId(), full.identifierText(), null, null, null, null, null, null,
            full.sector(), "surname"));
      }
    }
  }

  /* A word of the name's own: no stopword, nationality, country or known description's. */
  private static boolean free(Word w, List<Mention> inside, Knowledge knowledge) {
    if (stop(w, knowledge) || knowledge.demonym(w.text()).isPresent()
        || HEADS.containsKey(w.lower())) {
      return false;
    }
    for (Mention m : inside) {
      if (m.start() <= w.start() && m.end() >= w.end()
          && (m.kind().equals("description") || "country".equals(m.feature()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean stop(Word w, Knowledge knowledge) {
    String l = w.lower();
    return CALENDAR.contains(l) || NOT_NAMES.contains(l);
  }

  private static boolean given(String lower) {
    return PersonNames.given(lower) || MentionFinder.givenNameAt(lower);
  }

  private static boolean possessive(Word w) {
    return w.text().endsWith("'s") || w.text().endsWith("’s");
  }

  /* One space between two words, or ". " after a role's abbreviation ("Brig. Nabil"). */
  private static boolean singleSpace(String text, Word a, Word b) {
    int gap = b.start() - a.end();
    return gap == 1 && text.charAt(a.end()) == ' '
        || gap == 2 && text.startsWith(". ", a.end()) && a.text().length() <= 5
            && ROLES.contains(a.lower());
  }

  private static List<Mention> overlapping(List<Mention> mentions, int start, int end) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.start() < end && m.end() > start) {
        out.add(m);
      }
    }
    return out;
  }

  private static String key(String name) {
    String k = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
    if (k.startsWith("the-")) {
      k = k.substring(4);
    }
    return k.replaceAll("^-+|-+$", "");
  }

  /* The words of a paragraph: letters and digits, with inner hyphens and apostrophes. */
  private static List<Word> words(String text, Span p) {
    List<Word> out = new ArrayList<>();
    int i = p.start();
    while (i < p.end()) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int b = i;
      while (i < p.end() && (Character.isLetterOrDigit(text.charAt(i))
          || (text.charAt(i) == '-' || text.charAt(i) == '\'' || text.charAt(i) == '’')
              && i + 1 < p.end() && Character.isLetterOrDigit(text.charAt(i + 1)))) {
        i++;
      }
      out.add(new Word(b, i, text.substring(b, i)));
    }
    return out;
  }
}
