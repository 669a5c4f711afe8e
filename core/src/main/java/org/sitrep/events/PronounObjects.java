package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.model.Mention;

/**
 * A deed's object written as a pronoun, and the party it stands for. English: the pronoun is the
 * first word of the object, after at most one preposition ("bombed them", "fired at them"), or a
 * possessive before a noun for what a party holds or fields ("attacked its positions", "the
 * shelling of their bases"; words.tsv "held-noun"). Arabic: the pronoun is the object
 * suffix of the deed's verb ("وفرقتهم") or the possessive suffix of a noun for what a party holds
 * among the five words after the deed and its subject ("قصفت مواقعه", "هجوم على مقراتهم",
 * "وقصفت طائرات التحالف مواقعه"). A possessive counts after a deed of force only: "withdrew its
 * troops", "سحبت عناصرها" are the doer's own. The party is the nearest one named
 * before the pronoun, in its sentence or else in the sentence before (the paragraph or the one
 * before it), that is not the deed's doer: an object pronoun never stands for its own clause's
 * subject ("Iraqi jets bombed them": not the jets). Stateless.
 */
final class PronounObjects {
  private static final Set<String> PRONOUNS = Lexicon.vocabulary("object-pronoun");
  private static final Set<String> LEADS = Lexicon.vocabulary("object-lead");
  private static final Set<String> HELD = Lexicon.vocabulary("held-noun");
  /* Arabic object or possessive suffixes of a third person: "ه", "ها", "هم", "هن". */
  private static final List<String> SUFFIXES = List.of("هم", "هن", "ها", "ه");
  /* Arabic clitics a held noun may carry before its stem. */
  private static final List<String> PROCLITICS = List.of("", "و", "ف", "ب", "ل", "ال");

  private PronounObjects() {}

  /**
   * True when the object of {@code h}, in its words from {@code from} (past a subject written
   * after the verb: "وقصفت طائرات التحالف مواقعه") up to {@code limit}, opens with a pronoun
   * that stands for a party named before.
   */
  static boolean pronounObject(Sent s, Hit h, int from, int limit) {
    if (s.arabic) {
      return arabic(s, h, from, limit);
    }
    String rest = s.text.substring(h.end() - s.start, Math.max(h.end(), limit) - s.start)
        .toLowerCase(Locale.ROOT);
    String[] words = rest.strip().split("[^\\p{L}]+", 4);
    if (words.length == 0 || !rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
      return false; // the trigger ends inside a word
    }
    if (rest.strip().isEmpty() || !Character.isLetter(rest.strip().charAt(0))) {
      return false; // a comma or a stop: no object follows
    }
    int i = words.length > 1 && LEADS.contains(words[0]) ? 1 : 0;
    if (words[i].equals("them")) {
      return true; // the verb's own object: never its subject
    }
    // a possessive: "their positions", not "their weapons" (the doer's own as often), and only
    // after a deed of force: "withdrew its troops" are the doer's own
    return force(h) && PRONOUNS.contains(words[i]) && i + 1 < words.length
        && HELD.contains(words[i + 1]);
  }

  private static boolean arabic(Sent s, Hit h, int from, int limit) {
    int at = h.end() - s.start;
    int wordEnd = at;
    while (wordEnd < s.text.length() && Character.isLetter(s.text.charAt(wordEnd))) {
      wordEnd++;
    }
    String word = s.text.substring(Math.max(0, h.start() - s.start), wordEnd);
    if (!h.has("pos:N") && wordEnd > at && (word.endsWith("هم") || word.endsWith("ها"))
        && !word.contains(" ")) {
      return true; // "وفرقتهم": the verb's object suffix, past the trigger's own letters
    }
    int object = Math.max(wordEnd, Math.min(from, limit) - s.start);
    String[] words = s.text.substring(object, Math.max(object, limit - s.start)).strip()
        .split("[^\\p{L}]+", 6);
    for (int i = 0; force(h) && i < Math.min(5, words.length); i++) {
      if (held(words[i])) {
        return true; // past a lead or a subject ("طائرات التحالف", "مدفعية الجيش العراقي")
      }
    }
    return false;
  }

  /*
   * A deed of force ({@code categories.tsv} family "force"), done against someone; no speech act
   * ("vowed that its fighters would not leave": the fighters are the speaker's own).
   */
  private static boolean force(Hit h) {
    return h.category().family().equals("force") && !h.speechAct();
  }

  /* A held noun with a third person's possessive suffix: "مواقعه", "ومقراتهم". */
  private static boolean held(String w) {
    for (String suffix : SUFFIXES) {
      if (!w.endsWith(suffix)) {
        continue;
      }
      String stem = w.substring(0, w.length() - suffix.length());
      for (String pro : PROCLITICS) {
        if (stem.startsWith(pro) && HELD.contains(stem.substring(pro.length()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The party a pronoun object of {@code h} stands for: the nearest actor named before the
   * trigger in {@code ms}, else in {@code before} (the last sentence's), a party by name before
   * a kind of party ("fighters", "students") in the same sentence, that {@code eligible}
   * accepts (not the doer nor its kin, no weapon) and is no medium (a channel that reports the
   * deed is not what it was done to); null when there is none.
   */
  static Mention antecedent(Hit h, List<Mention> ms, List<Mention> before,
      Predicate<Mention> eligible) {
    for (List<Mention> list : List.of(ms, before)) {
      Mention kind = null; // "fighters": a kind of party, if the sentence names no party
      for (int i = list.size() - 1; i >= 0; i--) {
        Mention m = list.get(i);
        if (m.kind().equals("actor") && m.end() <= h.start() && m.identifierId() != null
            && !"MED".equals(m.code()) && !"MED".equals(m.sector()) && eligible.test(m)) {
          if (ActorFinder.named(m.identifierId())) {
            return m; // "Hezbollah has kept fighters near the frontier": Hezbollah
          }
          kind = kind == null ? m : kind;
        }
      }
      if (kind != null) {
        return kind;
      }
    }
    return null;
  }
}
