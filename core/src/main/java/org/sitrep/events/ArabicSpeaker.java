package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Mention;

/**
 * Finds the speaker after an Arabic reporting verb ("وقال المرصد إن", "أكد الناشط عمر الحوراني
 * لـ"): the noun group the verb governs, and the claimant it names. Thread-safe.
 */
final class ArabicSpeaker {
  /* A speaker's title between an Arabic reporting verb and the speaker: "قال مدير المرصد". */
  private static final Pattern TITLE_BEFORE = Pattern.compile("\\s*(?:مدير|رئيس|المتحدث باسم|"
      + "الناطق باسم|الناطق الرسمي باسم|المتحدث الرسمي باسم|قائد|عضو|مسؤول في|مصدر في|مصدر من|"
      + "مصادر في|وزير|وزارة|مراسل|بيان|بيان ل|بيان صادر عن)\\s+[\"“«]?");
  private static final Set<String> SPEAKER_STOP = Lexicon.vocabulary("speaker-stop");
  private static final Set<String> TOLD_NOUNS = Lexicon.vocabulary("told-noun");
  private static final Set<String> PERSON_TITLES = Lexicon.vocabulary("person-title");
  private static final Set<String> STATEMENT_NOUNS = Lexicon.vocabulary("statement-noun");
  private static final String QUOTES = "\"“”«»";

  private final ClaimantFinder claimants;

  ArabicSpeaker(ClaimantFinder claimants) {
    this.claimants = claimants;
  }

  /*
   * The speaker after an Arabic reporting verb ending at {@code rel} (sentence offset): its noun
   * group runs to a complementizer, a preposition or time word, the outlet it told ("لوكالة"),
   * punctuation or a deed, at most twelve words ("أكد مصدر عسكري في القوات الموالية للحكومة
   * اليمنية لوكالة …", "قال المبعوث الروسي لدى الأمم المتحدة فيتالي تشوركين"). A catalogue actor
   * or unnamed source in it speaks, with the group as written as its person when the group says
   * more; with neither, the group as written speaks ("الناشط عمر الحوراني").
   */
  Said speakerAfter(Sent s, List<Mention> ms, List<int[]> unnamed, int rel) {
    int[] g = speakerGroup(s, rel);
    if (g == null) {
      return null;
    }
    int from = s.start + g[0];
    int to = s.start + g[1];
    for (int[] u : unnamed) {
      if (u[0] >= from && u[0] < to) {
        to = Math.max(to, u[1]); // "مصدر عسكري في القوات …": the source with its modifiers
      }
    }
    Said c = claimants.near(s, ms, unnamed, s.start + rel, to, true);
    if (c != null && c.start() - from > 3 && !TITLE_BEFORE.matcher(
        s.text.substring(g[0], c.start() - s.start)).matches()
        && words(s.text.substring(g[0], c.start() - s.start)) > 4) {
      c = null;
    }
    if (g[2] == 0) {
      return c; // no edge found: only a name near the verb is trusted
    }
    String written = s.text.substring(g[0], g[1]);
    boolean title = PERSON_TITLES.contains(written.split(" ")[0]);
    boolean longer = c != null && (c.start() > from || c.end() < s.start + g[1]);
    if (longer && kindOnly(c)) {
      // "مدير المرصد السوري …": past the kind of speaker, the one it speaks for
      Said named = claimants.near(s, ms, List.of(), c.end(), s.start + g[1], true);
      if (named != null && !kindOnly(named)) {
        c = named;
        title = true;
      }
    }
    if (c == null && written.startsWith("ال") && written.indexOf(' ') < 0
        && STATEMENT_NOUNS.contains(written.substring(2))) {
      return null; // "بحسب البيان": the statement named before, whose author spoke already
    }
    if (c == null || longer && kindOnly(c)) {
      // "الناشط عمر الحوراني": a kind of speaker opens a person's description
      return new Said(written, title ? "person" : "group", null, from, s.start + g[1], from,
          s.start + g[1], null);
    }
    if (c.person() == null && !c.kind().equals("person") && !c.kind().equals("unnamed")
        && title && longer) {
      // "الناطق باسم الخارجية الروسية ماريا زاخاروفا": the ministry, then its spokeswoman
      Said person = new Said(written, "person", null, from, s.start + g[1], from,
          s.start + g[1], null);
      return new Said(c.name(), c.kind(), c.id(), c.start(), c.end(), c.spanStart(),
          Math.max(c.spanEnd(), person.end()), c.date(), person);
    }
    return c;
  }

  /*
   * The speaker's noun group after an Arabic verb ending at sentence offset {@code rel}: {start,
   * end, bounded} (sentence offsets; bounded is 1 when an edge closed it), or null when a
   * complementizer or punctuation follows the verb at once ("وأضاف أن …": the speaker is the
   * one before).
   */
  static int[] speakerGroup(Sent s, int rel) {
    String t = s.text;
    int i = rel;
    int start = -1;
    int end = -1;
    String lower = t.toLowerCase(Locale.ROOT);
    int deed = firstDeed(s, rel, Math.min(t.length(), rel + 160));
    for (int w = 0; w < 12; w++) {
      int a = i;
      while (a < t.length() && t.charAt(a) == ' ') {
        a++;
      }
      int quote = a;
      while (a < t.length() && QUOTES.indexOf(t.charAt(a)) >= 0) {
        a++; // a name in quotes: وكالة "أعماق"
      }
      int b = a;
      while (b < t.length() && (Character.isLetter(t.charAt(b)) || Character.getType(t.charAt(b))
          == Character.NON_SPACING_MARK || t.charAt(b) == '\u0640')) {
        b++;
      }
      if (b == a || quote - i > 1 || a >= deed || a > quote && start < 0) {
        // (a quotation right after the verb is the speech itself: وأضاف «المعركة …»)
        return start < 0 ? null : new int[] {start, end, 1};
      }
      String word = lower.substring(a, b);
      if (ClaimantFinder.COMPLEMENTIZERS.contains(word) || SPEAKER_STOP.contains(word)
          || word.startsWith("ل") && TOLD_NOUNS.contains(word.substring(1))
          || word.equals("في") && (start < 0 || statementAfter(t, b))) {
        return start < 0 ? null : new int[] {start, end, 1};
      }
      while (b < t.length() && QUOTES.indexOf(t.charAt(b)) >= 0) {
        b++;
      }
      if (start < 0) {
        start = a;
      }
      end = b;
      i = b;
    }
    return new int[] {start, end, 0};
  }

  /* A kind of speaker ("المدير", "الناشط"), not one the catalogue names. */
  private static boolean kindOnly(Said c) {
    return c.id() != null && (c.id().startsWith("agent:") || c.id().startsWith("unnamed:"));
  }

  /* True when a statement ("بيان", "تصريح") or a number follows sentence offset {@code at}. */
  private static boolean statementAfter(String t, int at) {
    int a = at;
    while (a < t.length() && t.charAt(a) == ' ') {
      a++;
    }
    int b = a;
    while (b < t.length() && Character.isLetterOrDigit(t.charAt(b))) {
      b++;
    }
    String w = t.substring(a, b);
    return w.isEmpty() || Character.isDigit(w.charAt(0)) || STATEMENT_NOUNS.contains(w)
        || SPEAKER_STOP.contains(w);
  }

  /*
   * The sentence offset where the first event word starts in [from, to): a deed, or a stance
   * ("أعلنت الصين تأييدها"), either ends the speaker's noun group.
   */
  private static int firstDeed(Sent s, int from, int to) {
    for (Hit h : TriggerFinder.find(s, List.of())) {
      int at = h.start() - s.start;
      if (at < from && h.end() - s.start > from) {
        // a phrase that opens with the verb itself ("أعلنت … تأييدها"): its last word
        at = s.text.lastIndexOf(' ', h.end() - s.start - 1) + 1;
      }
      if (at >= from && at < to) {
        return at;
      }
    }
    return to;
  }

  private static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /*
   * The end of an Arabic unnamed source with its modifiers: adjectives and prepositional
   * phrases up to a comma, a complementizer, a reporting verb or the outlet it spoke to, at
   * most seven words ("مصدر عسكري سوري رفيع المستوى", "مصدر بالحكومة التركية").
   */
  static int modifiersEnd(String text, int from) {
    int end = from;
    int i = from;
    for (int w = 0; w < 7; w++) {
      int a = i;
      while (a < text.length() && text.charAt(a) == ' ') {
        a++;
      }
      int b = a;
      while (b < text.length() && (Character.isLetter(text.charAt(b))
          || Character.getType(text.charAt(b)) == Character.NON_SPACING_MARK)) {
        b++; // with its short vowels: "صحفيًا"
      }
      if (b == a || a - i > 1) {
        break; // punctuation, a digit or a wide gap
      }
      String word = text.substring(a, b);
      boolean clause = ClaimantFinder.COMPLEMENTIZERS.contains(word)
          || word.length() > 2 && "وفب".indexOf(word.charAt(0)) >= 0
          && ClaimantFinder.COMPLEMENTIZERS.contains(word.substring(1)); // "فإن", "بأن"
      // a time word or preposition ends it too: "مصادر إعلامية عديدة صباح اليوم"
      if (clause || SPEAKER_STOP.contains(word) || word.startsWith("ل") && !word.startsWith("لل")
          || Lexicon.words("verb").contains(word)) {
        break;
      }
      end = b;
      i = b;
    }
    return end;
  }
}
