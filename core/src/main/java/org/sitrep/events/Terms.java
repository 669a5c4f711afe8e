package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Mention;

/**
 * Where the words that complete a deed end: at the next break of its clause, at a deed
 * coordinated after it ("shelled the town and besieged the rebels", "انسحاب المسلحين وإخراج
 * المدنيين"), at a later attribution ("…، مشدداً على أن …") and, for a passive deed, at its
 * "by" (what follows is its agent).
 */
final class Terms {
  /* "and"/"or" (and a comma) right before a later trigger: a deed of its own. */
  private static final Pattern AND_BEFORE = Pattern.compile(
      "(?:,\\s*)?\\b(?:and|or)\\s+(?:\\p{L}+\\s+){0,1}$", Pattern.CASE_INSENSITIVE);
  /* The agent of a passive: "by" as a word. */
  private static final Pattern BY = Pattern.compile("\\bby\\b", Pattern.CASE_INSENSITIVE);

  private Terms() {}

  /** The end of the words that complete {@code h}, among the sentence's triggers. */
  static int end(Sent s, List<Said> said, Hit h, List<Hit> hits) {
    int limit = s.clauseEnd(h.end());
    for (Hit o : hits) {
      if (o.start() >= h.end() && o.start() < limit && coordinated(s, h, o)) {
        limit = o.start();
      }
    }
    for (Said c : said) {
      if (c.spanStart() >= h.end() && c.spanStart() < limit) {
        limit = c.spanStart();
      }
    }
    if (!s.arabic && ActorFinder.passive(s, h)) {
      Matcher m = BY.matcher(s.text);
      m.region(h.start() - s.start, limit - s.start);
      if (m.find()) {
        limit = s.start + m.start();
      }
    }
    return limit;
  }

  /*
   * Words that open a clause or end a noun group (words.tsv "gap-stop"), and the small words a
   * noun group's object may stand behind ("of", "the", "من").
   */
  private static final Set<String> STOPS = Lexicon.vocabulary("gap-stop");
  private static final Set<String> SMALL = Lexicon.vocabulary("determiner");
  /* Words of other kinds a deed's own object may stand behind ("at least 12 civilians"). */
  private static final int OBJECT_WORDS = 2;

  /**
   * True when the words in {@code [from, to)} keep what follows them the deed's own object: no
   * word that opens a clause, at most two words besides determiners and "of"/"من".
   */
  static boolean near(Sent s, int from, int to) {
    int others = 0;
    for (String w : s.text.substring(from - s.start, to - s.start).toLowerCase(
        Locale.ROOT).split("[^\\p{L}\\p{M}]+")) {
      if (w.isEmpty() || SMALL.contains(w) || w.equals("of") || w.equals("من")) {
        continue;
      }
      if (STOPS.contains(w) || ++others > OBJECT_WORDS) {
        return false;
      }
    }
    return true;
  }

  /* What separates the words {@link #counted} reads (a number keeps its digits and commas). */
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\d,]+");
  /* A number, in digits or words ("dozens", "عشرات"). */
  private static final Pattern NUMBER = Pattern.compile(Sizes.NUM,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * True when the words in {@code [from, to)} are only determiners, numbers and "of"/"من":
   * what follows is counted as the deed's own object ("detained dozens of protesters", "دعا
   * الأهالي"), not a noun's genitive ("ending the bloodshed of civilians").
   */
  static boolean counted(Sent s, int from, int to) {
    for (String w : NOT_WORD.split(s.text.substring(from - s.start, to - s.start).toLowerCase(
        Locale.ROOT))) {
      if (!w.isEmpty() && !SMALL.contains(w) && !w.equals("of") && !w.equals("من")
          && !NUMBER.matcher(w).matches()) {
        return false;
      }
    }
    return true;
  }

  /* "between"/"بين" before the first of two parties, "and"/"و" before the second. */
  private static final Pattern BETWEEN = Pattern.compile("(?:^|[^\\p{L}])(?:between|بين)\\s+$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern AND = Pattern.compile("\\s*(?:and\\s+(?:the\\s+)?|و)",
      Pattern.CASE_INSENSITIVE);

  /**
   * The two parties of "between A and B" ("بين الحكومة و الحوثيين") in the clause of {@code h},
   * right before or after its trigger, or none: each is the other's recipient in what happens
   * between them ("the ceasefire between the army and the rebels took effect").
   */
  static List<Mention> between(Sent s, List<Mention> ms,
      Hit h) {
    int from = Math.max(s.start, h.start() - 120);
    int to = s.clauseEnd(h.end());
    for (int i = 0; i + 1 < ms.size(); i++) {
      Mention a = ms.get(i);
      Mention b = ms.get(i + 1);
      if (!a.kind().equals("actor") || !b.kind().equals("actor") || a.start() < from
          || b.end() > to || a.start() < s.start || a.identifierId() == null
          || b.identifierId() == null || a.identifierId().equals(b.identifierId())) {
        continue;
      }
      String before = s.text.substring(Math.max(0, a.start() - s.start - 12),
          a.start() - s.start);
      String gap = s.text.substring(a.end() - s.start, b.start() - s.start);
      if (BETWEEN.matcher(before).find() && gap.length() <= 12
          && AND.matcher(gap).lookingAt()) {
        return List.of(a, b);
      }
    }
    return List.of();
  }

  /** True when {@code m}, inside the trigger's words, stands after its passive "by". */
  static boolean byAgent(Sent s, Hit h, Mention m) {
    if (s.arabic) {
      return false;
    }
    Matcher b = BY.matcher(s.text);
    b.region(h.start() - s.start, m.start() - s.start);
    return b.find();
  }

  /* A later trigger joined to the deed by "and"/"or" or an Arabic "و" on its first word. */
  private static boolean coordinated(Sent s, Hit h, Hit later) {
    int at = later.start() - s.start;
    if (s.arabic) {
      return s.text.charAt(at) == 'و' && at + 1 < s.text.length()
          && Character.isLetter(s.text.charAt(at + 1))
          || at > 1 && s.text.charAt(at - 1) == 'و' && s.text.charAt(at - 2) == ' ';
    }
    int from = Math.max(h.end() - s.start, at - 20);
    return AND_BEFORE.matcher(s.text.substring(from, at)).find();
  }
}
