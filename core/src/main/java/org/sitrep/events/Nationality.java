package org.sitrep.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import org.sitrep.knowledge.Actor;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;
import org.sitrep.text.DataFiles;

/**
 * Doers named by a nationality rather than a name: "a Russian ultimatum", "Turkish shelling",
 * "a Turkish air raid hit", "by an American airstrike", "الطيران الحربي الروسي". The adjective
 * names the state, or its forces for categories done by forces ({@code categories.tsv}); the
 * adjectives are data ({@code national.tsv}). Thread-safe.
 */
final class Nationality {
  /* A stretch of text with punctuation that ends a noun group. */
  private static final java.util.regex.Pattern GROUP_END =
      java.util.regex.Pattern.compile(".*[،,.:;!؟\"“”()].*");
  /* Arabic short-vowel marks, tanwin, shadda and sukun (TriggerFinder reads them too). */
  static final java.util.regex.Pattern HARAKAT =
      java.util.regex.Pattern.compile("[\\u064B-\\u0652]");
  /* A nationality adjective: its state, and its forces for force. */
  private static final Map<String, String[]> NATIONAL = national();

  private final Knowledge knowledge;

  Nationality(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /**
   * "a Russian ultimatum", "Turkish shelling", "Israeli air strikes": a capitalized nationality
   * adjective right before a nominal trigger (not a verb: "Syrian rebels shelled") names the
   * actor.
   */
  Mention adjective(Sent s, Hit h) {
    Mention arabic = arabicNisba(s, h);
    if (arabic != null) {
      return arabic;
    }
    int at = h.start() - s.start;
    String trigger = s.text.substring(at, h.end() - s.start);
    if (trigger.endsWith("ed") || at < 2 || s.text.charAt(at - 1) != ' ') {
      return null;
    }
    return wordBefore(s, h, at);
  }

  /*
   * The actor a capitalized nationality adjective written right before sentence offset {@code at}
   * (after one space) names for {@code h}, or null.
   */
  private Mention wordBefore(Sent s, Hit h, int at) {
    int b = at - 1;
    while (b > 0 && Character.isLetter(s.text.charAt(b - 1))) {
      b--;
    }
    String word = s.text.substring(b, at - 1);
    String[] ids = word.isEmpty() || !Character.isUpperCase(word.charAt(0)) ? null
        : NATIONAL.get(word.toLowerCase(Locale.ROOT));
    if (ids == null) {
      return null;
    }
    return mention(ids, h, s.start + b, s.start + at - 1, word);
  }

  /*
   * "a Turkish air raid hit the hospital", "destroyed by an American airstrike": a nationality
   * adjective in the subject noun group just before a verb trigger, or in the by-phrase just
   * after a passive one, names the doer when no actor is named ("Turkish" -> Turkey, or its
   * forces for acts of force). Capitalized adjectives only; at most four words away.
   */
  Mention subject(Sent s, Hit h) {
    int at = h.start() - s.start;
    if (at >= s.text.length() || org.sitrep.text.NameKeys.isArabic(s.text.charAt(at))) {
      return null;
    }
    String region;
    int base;
    if (ActorFinder.passive(s, h)) {
      java.util.regex.Matcher by = BY_PHRASE.matcher(s.text).region(h.end() - s.start,
          Math.min(s.text.length(), h.end() - s.start + 60));
      if (!by.lookingAt()) {
        return null;
      }
      region = by.group(1);
      base = by.start(1);
    } else {
      int from = Math.max(0, at - 50);
      String before = s.text.substring(from, at);
      java.util.regex.Matcher np = SUBJECT_NP.matcher(before);
      if (!np.find()) {
        return null;
      }
      region = np.group(1);
      base = from + np.start(1);
    }
    java.util.regex.Matcher w = CAPITALIZED.matcher(region);
    while (w.find()) {
      String[] ids = NATIONAL.get(w.group().toLowerCase(Locale.ROOT));
      if (ids == null) {
        continue;
      }
      Mention m = mention(ids, h, s.start + base + w.start(), s.start + base + w.end(),
          w.group());
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /* "by an American airstrike", "by Turkish warplanes": up to four words after "by". */
  private static final java.util.regex.Pattern BY_PHRASE = java.util.regex.Pattern.compile(
      "\\s+by\\s+((?:(?:[Aa]n?|[Tt]he)\\s+)?(?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)");
  /* The last noun group before the trigger: up to four words, no comma or verb between. */
  private static final java.util.regex.Pattern SUBJECT_NP = java.util.regex.Pattern.compile(
      "(?:^|[,;:.\"“”]\\s*|\\b(?:that|and|but|when|as|after|while|said|says|reported|added|claimed|stated)\\s+)"
          + "((?:(?:[Aa]n?|[Tt]he)\\s+)?(?:[\\p{L}-]+\\s+){0,3})(?:has\\s+|have\\s+|had\\s+)?$");
  private static final java.util.regex.Pattern CAPITALIZED =
      java.util.regex.Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\b");

  /* Arabic words that end a noun group: prepositions, conjunctions that open a clause. */
  private static final java.util.Set<String> GROUP_ENDS = java.util.Set.of("في", "على", "من",
      "إلى", "الى", "عن", "مع", "بعد", "قبل", "أن", "ان", "إن", "التي", "الذي", "حيث", "لدى");

  /**
   * "الطيران الحربي الروسي", "دورية روسية", "الطائرات التركية المسيرة قصفت": an Arabic nisba
   * adjective in the trigger's noun group (after its head, before a preposition or a comma)
   * names the state, or its forces for categories done by forces. Not after a verb trigger.
   */
  /* An Arabic word with the article, behind its proclitics: "القصف", "للقصف", "بالقصف", "وبالقصف". */
  static boolean definite(String word) {
    int i = 0;
    if (i < word.length() && (word.charAt(i) == 'و' || word.charAt(i) == 'ف')) {
      i++;
    }
    if (i < word.length() && (word.charAt(i) == 'ب' || word.charAt(i) == 'ك')) {
      i++;
    }
    return word.startsWith("ال", i) || word.startsWith("لل", i);
  }

  private Mention arabicNisba(Sent s, Hit h) {
    int at = h.start() - s.start;
    if (at >= s.text.length() || !org.sitrep.text.NameKeys.isArabic(s.text.charAt(at))
        || h.has("pos:V")) {
      return null;
    }
    int end = Math.min(s.text.length(), h.end() - s.start + 40);
    java.util.regex.Matcher w = ARABIC_WORD.matcher(s.text).region(at, end);
    int words = 0;
    Boolean definite = null; // the head's definiteness, which its adjectives share
    boolean construct = false;
    while (w.find() && words++ < 6) {
      if (w.start() > h.end() - s.start && GROUP_END.matcher(s.text.substring(h.end() - s.start,
          w.start())).matches()) {
        return null; // the noun group ended
      }
      String word = w.group();
      // the head may carry a preposition ("بالقصف"); a later word with "و" opens another group
      boolean def = definite == null ? definite(word)
          : word.startsWith("ال") || word.startsWith("لل");
      if (definite == null) {
        definite = def; // the head noun itself is no adjective
        continue;
      }
      if (GROUP_ENDS.contains(word)) {
        return null;
      }
      if (def != definite) {
        if (words == 2 && !definite && !construct) {
          construct = true; // "استهداف الطيران الحربي الروسي": the head's genitive, then its
          definite = true; // adjectives
          continue;
        }
        return null; // "سيطرت فصائل الجيش السوري": another noun group begins
      }
      String[] ids = NATIONAL.get(nisbaKey(word));
      if (ids != null) {
        Mention m = mention(ids, h, s.start + w.start(), s.start + w.end(), word);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  /*
   * "أن حافلات تركية دخلت إلى أعزاز": a noun and its nisba right before an Arabic verb trigger,
   * opening its clause (after أن/إن, punctuation or the sentence start): the subject is that
   * state's (its forces for acts done by forces).
   */
  Mention arabicSubject(Sent s, Hit h) {
    int at = h.start() - s.start;
    if (!s.arabic || !h.has("pos:V") || at < 4 || s.text.charAt(at - 1) != ' ') {
      return null;
    }
    // the last three space-separated words before the trigger, read backwards
    int e2 = at - 1;
    int b2 = s.text.lastIndexOf(' ', e2 - 1) + 1;
    if (b2 == 0) {
      return null;
    }
    int b1 = s.text.lastIndexOf(' ', b2 - 2) + 1;
    String nisba = s.text.substring(b2, e2);
    String noun = s.text.substring(b1, b2 - 1);
    String before = b1 == 0 ? "" : s.text.substring(s.text.lastIndexOf(' ', b1 - 2) + 1, b1 - 1);
    boolean opens = before.isEmpty() || ClaimantFinder.COMPLEMENTIZERS.contains(before)
        || GROUP_END.matcher(before).matches();
    if (!opens || noun.isEmpty() || !Character.isLetter(noun.charAt(0))
        || GROUP_ENDS.contains(noun) || noun.startsWith("ال") != nisba.startsWith("ال")) {
      return null;
    }
    String[] ids = NATIONAL.get(nisbaKey(nisba));
    if (ids == null) {
      return null;
    }
    int e = s.start + at - 1;
    return mention(ids, h, e - nisba.length(), e, nisba);
  }

  /* A state's id -> its row of national.tsv (state, forces). */
  private static final Map<String, String[]> BY_STATE = byState();

  private static Map<String, String[]> byState() {
    Map<String, String[]> out = new java.util.HashMap<>();
    for (String[] ids : NATIONAL.values()) {
      out.putIfAbsent(ids[0], ids);
    }
    return out;
  }

  /* Between a state's name and the noun of its forces' deed: "U.S. air strikes", "U.S. drone". */
  private static final java.util.regex.Pattern MODIFIER_GAP =
      java.util.regex.Pattern.compile("\\.?\\s+(?:[a-z][a-z-]*\\s+){0,2}");
  /* The same before a verb: "U.S. air strikes hit", "U.S. troops raided". */
  private static final java.util.regex.Pattern FORCE_SUBJECT = java.util.regex.Pattern.compile(
      "\\.?\\s+(?:[a-z][a-z-]*\\s+){0,2}(?:air\\s?strikes?|strikes?|raids?|shelling|bombing|"
          + "bombardment|attacks?|drones?|jets|warplanes|aircraft|planes|troops|forces|soldiers|"
          + "marines|missiles|rockets)\\s+(?:(?:have|has|had|also|reportedly)\\s+)*");

  /**
   * s47: a state named right before the noun of a deed its forces do, as its modifier ("U.S.
   * air strikes hit …", "a U.S. drone strike") is its forces, as the nationality adjective
   * "American" would be; {@code m} itself otherwise. English only.
   */
  Mention stateModifier(Sent s, Mention m, Hit h) {
    String[] ids = m.identifierId() == null ? null : BY_STATE.get(m.identifierId());
    if (s.arabic || ids == null || ids[0].equals(ids[1]) || !h.category().forces()
        || m.end() > h.start() || m.start() < s.start) {
      return m;
    }
    String gap = s.text.substring(m.end() - s.start, h.start() - s.start);
    String head = s.text.substring(h.start() - s.start, h.end() - s.start).split(" ", 2)[0];
    // a verb's subject is the state itself ("The United States struck"), unless a noun of its
    // forces' deed stands before the verb or opens the trigger ("U.S. air strikes hit")
    if (h.has("pos:N") ? !MODIFIER_GAP.matcher(gap).matches()
        : !FORCE_SUBJECT.matcher(gap).matches()
            && !FORCE_SUBJECT.matcher(gap + head + " ").matches()) {
      return m;
    }
    Mention f = mention(ids, h, m.start(), m.end(), m.text());
    return f == null ? m : f;
  }

  /**
   * The actor the first capitalized nationality adjective in {@code [start, end)} names for
   * {@code h} ("a senior Turkish security official": Turkey, or its forces), or null.
   */
  Mention within(Sent s, Hit h, int start, int end) {
    java.util.regex.Matcher w = CAPITALIZED.matcher(s.text).region(start - s.start,
        end - s.start);
    while (w.find()) {
      String[] ids = NATIONAL.get(w.group().toLowerCase(Locale.ROOT));
      if (ids != null) {
        return mention(ids, h, s.start + w.start(), s.start + w.end(), w.group());
      }
    }
    return null;
  }

  /*
   * The actor a nationality adjective names for {@code h}: the state, or its forces for acts
   * done by forces ({@code categories.tsv}); null when the catalogue lacks it. A state's forces
   * the catalogue has no actor for ("saudi-arabia|MIL") are the state's id with sector MIL.
   */
  private Mention mention(String[] ids, Hit h, int start, int end, String text) {
    String id = h.category().forces() ? ids[1] : ids[0];
    Actor a = knowledge.actor(id).orElse(null);
    return a == null ? null : new Mention(null, start, end, text, "actor", a.id(), a.name(), null,
        null, a.country(), null, null, a.code(), a.sector(), "adjective");
  }

  /**
   * True when {@code national} lies inside the mention of another actor: part of its name
   * ("الجيش السوري الحر"), not of "الطائرات التركية".
   */
  private static boolean isArabic(String t) {
    return !t.isEmpty() && t.charAt(0) >= '\u0600' && t.charAt(0) <= '\u06FF';
  }

  static boolean insideName(List<Mention> ms, Mention national) {
    for (Mention m : ms) {
      if (m.kind().equals("actor") && m.start() == national.start()
          && m.end() == national.end() && "name".equals(m.resolution())
          && m.text().indexOf('\u064B') < 0 && isArabic(m.text())) {
        // "ودانت تركيا ومصر": the state's own name; an adjective only with its tanween ("رتلًا
        // تركيًا", a Turkish column)
        return true;
      }
      if (m.kind().equals("actor") && m.start() <= national.start()
          && !java.util.Objects.equals(m.identifierId(), national.identifierId())
          && m.end() >= national.end() && m.end() - m.start() > national.end() - national.start()) {
        return true;
      }
    }
    return false;
  }

  /*
   * An Arabic description followed at once by the nisba of another state: "قوات النظام التركي"
   * (the Turkish regime's forces), "الجيش التركي" read as "الجيش" + "التركي" — that state, or
   * its forces for categories done by forces, in place of the description's own reading; so is
   * a kind of force or craft with no state of its own, after its model in quotes too
   * ("مقاتلات "سوخوي - 24" الروسية": Russia's).
   */
  List<Mention> qualified(Sent s, List<Mention> actors, Hit h) {
    if (!s.arabic || actors.isEmpty()) {
      return actors;
    }
    List<Mention> out = null;
    for (int i = 0; i < actors.size(); i++) {
      Mention m = actors.get(i);
      int e = m.end() - s.start;
      if (m.start() < s.start || e >= s.text.length()) {
        continue; // a doer carried over from an earlier sentence
      }
      boolean kind = m.identifierId() != null && m.identifierId().startsWith("agent:")
          && OWNED.contains(m.identifierId().substring(6).replace('-', ' '));
      java.util.regex.Matcher model = MODEL.matcher(s.text).region(e, s.text.length());
      if (kind && model.lookingAt()) {
        e = model.end(); // "مقاتلات "سوخوي - 24" الروسية": the craft's model, then its state
      }
      if (m.start() < s.start || e + 1 >= s.text.length() || s.text.charAt(e) != ' ') {
        continue;
      }
      java.util.regex.Matcher w = ARABIC_WORD.matcher(s.text).region(e + 1, s.text.length());
      if (kind && w.lookingAt() && w.group().startsWith("و")) {
        // "الطائرات الحربية والمدفعية التركية": the nisba after the conjunct is the group's
        java.util.regex.Matcher c = CONJUNCT_NISBA.matcher(s.text).region(e, s.text.length());
        if (c.lookingAt()) {
          w = ARABIC_WORD.matcher(s.text).region(c.start(1), s.text.length());
        }
      }
      if (!w.lookingAt() || !w.group().startsWith("ال")) {
        continue;
      }
      String[] ids = NATIONAL.get(nisbaKey(w.group()));
      if (ids == null) {
        continue;
      }
      Mention state = mention(ids, h, m.start(), s.start + w.end(),
          s.text.substring(m.start() - s.start, w.end()));
      Actor own = m.identifierId() == null ? null : knowledge.actor(m.identifierId()).orElse(null);
      if (state == null || own == null && !kind || state.countryCode() == null
          || own != null && state.countryCode().equals(own.country())) {
        continue;
      }
      if (out == null) {
        out = new java.util.ArrayList<>(actors);
      }
      out.set(i, state);
    }
    return out == null ? actors : out;
  }

  /**
   * The recipients {@code actors} of {@code h} with each English kind of force (words.tsv
   * "owned") written right after a capitalized nationality adjective read as that state's, or
   * its forces for categories done by forces: "one Turkish soldier was killed". Other mentions,
   * and Arabic ones ({@link #qualified}), as they are.
   */
  List<Mention> owned(Sent s, List<Mention> actors, Hit h) {
    if (s.arabic) {
      return actors;
    }
    List<Mention> out = null;
    for (int i = 0; i < actors.size(); i++) {
      Mention m = actors.get(i);
      int at = m.start() - s.start;
      if (at < 2 || at > s.text.length() || s.text.charAt(at - 1) != ' '
          || m.identifierId() == null || !m.identifierId().startsWith("agent:")
          || !OWNED.contains(m.identifierId().substring(6).replace('-', ' '))) {
        continue;
      }
      Mention state = wordBefore(s, h, at);
      if (state == null && i > 0 && out != null && out.get(i - 1) != actors.get(i - 1)
          && s.text.startsWith(" and ", actors.get(i - 1).end() - s.start)
          && actors.get(i - 1).end() + 5 == m.start()) {
        out.set(i, out.get(i - 1)); // "Turkish tanks and special forces": the group's adjective
        continue;
      }
      if (state == null) {
        continue;
      }
      if (out == null) {
        out = new java.util.ArrayList<>(actors);
      }
      out.set(i, new Mention(null, state.start(), m.end(),
          s.text.substring(state.start() - s.start, m.end() - s.start), "actor",
          state.identifierId(), state.identifierText(), null, null, state.countryCode(), null,
          null, state.code(), state.sector(), "adjective"));
    }
    return out == null ? actors : out.stream().distinct().toList();
  }

  /* Kinds of force or craft that stand for their owner (words.tsv "owned"). */
  private static final java.util.Set<String> OWNED = Lexicon.vocabulary("owned");
  /* A craft's model in quotes right after a kind of craft: ' "سوخوي - 24"'. */
  private static final java.util.regex.Pattern MODEL =
      java.util.regex.Pattern.compile("\\s*[\"«“][^\"»”]{1,30}[\"»”]");
  /* " والمدفعية التركية": a conjunct of one or two words, then the word that may be a nisba. */
  private static final java.util.regex.Pattern CONJUNCT_NISBA = java.util.regex.Pattern.compile(
      " و[\\u0621-\\u064A]+(?: ال[\\u0621-\\u064A]+)? (ال[\\u0621-\\u064A]+)");
  private static final java.util.regex.Pattern ARABIC_WORD =
      java.util.regex.Pattern.compile("[\\u0621-\\u064A\\u0671-\\u06D3\\u064B-\\u0652]+");

  /* "الروسية" -> "روسي", "تركيًا" -> "تركي", "الأمريكي" -> "امريكي". */
  static String nisbaKey(String word) {
    String w = HARAKAT.matcher(word).replaceAll("").replace('أ', 'ا').replace('إ', 'ا')
        .replace('آ', 'ا');
    if (w.startsWith("ال") && w.length() > 4) {
      w = w.substring(2);
    }
    if (w.endsWith("ة") || w.endsWith("ه")) {
      w = w.substring(0, w.length() - 1);
    } else if (w.endsWith("يا") && w.length() > 4) {
      w = w.substring(0, w.length() - 1); // accusative "تركيًا" without its tanween
    }
    return w;
  }

  private static Map<String, String[]> national() {
    Map<String, String[]> out = new HashMap<>();
    for (String[] r : DataFiles.readTsv(ActorFinder.class, "national.tsv")) {
      out.put(r[0].toLowerCase(Locale.ROOT), new String[] {r[1], r[2]});
    }
    return Map.copyOf(out);
  }}
