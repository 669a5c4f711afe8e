package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.model.Mention;

/**
 * A deed named again by its noun: "the attack", "the strikes", "الهجوم", "العدوان". A page that
 * told of an attack and its doer goes on to the reactions to it ("Oman condemned the strikes",
 * "ودانت الجامعة العربية الهجوم"): the deed is the one told before, and its doer is whom the
 * condemnation is aimed at.
 */
final class DeedNouns {
  /*
   * A determiner that makes the noun group after it, of three words at most, definite ("that"
   * is left out: "saying that airstrikes destroyed" opens a clause).
   */
  private static final Pattern DEFINITE_EN = Pattern.compile(
      "(?i)\\b(?:the|this|these|those)\\s+(?:[\\p{L}'-]+\\s+){0,2}$");

  /* The proclitics and article a deed's noun may carry, longest first. */
  private static final List<String> PREFIXES = List.of("وبال", "ولل", "فال", "وال", "بال", "لل",
      "ال", "و", "ب", "ف", "ل");

  /* Deeds both sides do (words.tsv "mutual-deed"), as keys ({@link #key}). */
  private static final java.util.Set<String> MUTUAL = keys(Lexicon.vocabulary("mutual-deed"));

  private DeedNouns() {}

  private static java.util.Set<String> keys(java.util.Set<String> words) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : words) {
      out.add(key(w, w.charAt(0) >= '\u0600' && w.charAt(0) <= '\u06FF'));
    }
    return java.util.Set.copyOf(out);
  }

  /** True when the deed's noun is one both sides do: "the fighting", "المعارك". */
  static boolean mutual(Sent s, Hit h) {
    return MUTUAL.contains(noun(s, h));
  }

  /**
   * The deed's head noun as a key, without clitics or plural: its trigger's first word in
   * Arabic ("الهجوم بالأسلحة الكيماوية"), its last in English ("the suicide bombing").
   */
  static String noun(Sent s, Hit h) {
    String t = s.text.substring(h.start() - s.start, h.end() - s.start).strip();
    int sp = s.arabic ? t.indexOf(' ') : -1;
    return key(s.arabic ? (sp < 0 ? t : t.substring(0, sp)) : t.substring(t.lastIndexOf(' ') + 1),
        s.arabic);
  }

  /* The key of a deed's head noun: without clitics or plural, lower case. */
  private static String key(String word, boolean arabic) {
    String w = word.toLowerCase(Locale.ROOT);
    if (arabic) {
      w = ArabicClitics.key(w);
      for (String p : PREFIXES) {
        if (w.startsWith(p) && w.length() - p.length() >= 3) {
          w = w.substring(p.length());
          break;
        }
      }
      if (w.endsWith("ات") && w.length() > 4) {
        w = w.substring(0, w.length() - 2); // "غارات": "غار", as "غارة" below
      } else if (w.endsWith("ة") && w.length() > 3) {
        w = w.substring(0, w.length() - 1);
      }
      return w;
    }
    return w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
  }

  /**
   * True when the deed's noun is definite, so names a deed the reader knows: "the attack", "the
   * suicide bombing", "this strike", "الهجوم", "بالعدوان", "والغارات".
   */
  static boolean definite(Sent s, Hit h) {
    if (s.arabic) {
      String t = s.text.substring(h.start() - s.start, h.end() - s.start).strip();
      for (String p : PREFIXES) {
        if ((p.endsWith("ال") || p.endsWith("لل")) && t.startsWith(p)) {
          return true; // the article, after a clitic or not ("بالعدوان", "للهجوم")
        }
      }
      return false;
    }
    int from = Math.max(0, h.start() - s.start - 60);
    return DEFINITE_EN.matcher(s.text.substring(from, h.start() - s.start)).find();
  }

  /* The categories of a reaction aimed at a deed's doer: "condemned", "threatened", "welcomed". */
  private static final java.util.Set<String> REACTIONS = java.util.Set.of("ACCUSE", "THREATEN",
      "SUPPORT");

  /** True when a deed of the category is a reaction aimed at the doer of the deed it names. */
  static boolean reaction(String category) {
    return REACTIONS.contains(category);
  }

  /*
   * The deed of force a reaction {@code h} names as its object: the first deed after it in its
   * clause, at most 90 characters on, a noun, with no actor between but {@code h}'s own subject
   * ({@code own}, and an Arabic verb's subject list after it); null when there is none.
   */
  private static Hit object(Sent s, List<Mention> ms, Hit h, List<Mention> own, List<Hit> hits) {
    int limit = s.clauseEnd(h.end());
    for (Hit d : hits) {
      if (d.start() < h.end() || d == h) {
        continue;
      }
      if (d.start() >= limit || d.start() - h.end() > 90 || d.category().speech()
          || !d.category().family().equals("force") || d.has("pos:V")) {
        return null;
      }
      int subject = Evaluated.subjectEnd(s, ms, h);
      for (Mention m : ms) {
        if (m.kind().equals("actor") && m.start() >= subject && m.end() <= d.start()
            && !own.contains(m)) {
          return null; // "condemned Turkey's attack": the recipient is named
        }
      }
      return d;
    }
    return null;
  }

  /**
   * The deeds of force a reaction verb names as its object by their definite noun ({@link
   * #object}: "Damascus condemned the incursion", "UNESCO welcomed the recapture"): deeds the
   * page told before, whose doers are those it gave then ({@link Narrative#deedDoers}), not the
   * last doer of the paragraph.
   */
  static java.util.Set<Hit> reactedTo(Sent s, List<Mention> ms, List<Hit> hits) {
    java.util.Set<Hit> out = null;
    for (Hit r : hits) {
      if (!reaction(r.trigger().category()) || r.has("pos:N")) {
        continue;
      }
      Hit d = object(s, ms, r, List.of(), hits);
      if (d != null && definite(s, d)) {
        if (out == null) {
          out = new java.util.HashSet<>();
        }
        out.add(d);
      }
    }
    return out == null ? java.util.Set.of() : out;
  }

  /**
   * The doers of the deed an accusation, threat or praise {@code h} names as its object
   * ({@link #object}: "Oman condemned the strikes", "أدانت السعودية والإمارات الهجوم"): its doers
   * as the sentence coded them ({@code coded}), else those the page gave the deed before. Empty
   * when there is none.
   */
  static List<Mention> condemned(Sent s, List<Mention> ms, Hit h, List<Mention> actors,
      List<Hit> hits, Map<Hit, List<Mention>> coded, Narrative story) {
    Hit d = object(s, ms, h, actors, hits);
    if (d == null) {
      return List.of();
    }
    List<Mention> doers = coded.get(d);
    if ((doers == null || doers.isEmpty()) && definite(s, d)) {
      doers = story.deedDoers(d.trigger().category(), noun(s, d), true);
    }
    return doers == null ? List.of() : doers;
  }
}
