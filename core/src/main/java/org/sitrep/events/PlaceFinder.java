package org.sitrep.events;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Mention;

/**
 * Finds the places of an event: where it happened (the nearest place named in its sentence, else
 * the place the page is mostly about) and where a movement goes. Thread-safe.
 */
final class PlaceFinder {
  private static final Set<String> DESTINATION_PREPS = Lexicon.vocabulary("destination");
  /* Movement words: a place after one and "to" is a destination; around a deal, evacuation. */
  static final Pattern MOVE = Pattern.compile(
      "(?i)\\b(?:evacuat\\w*|leav\\w*|left|withdr\\w*|transfer\\w*|relocat\\w*|mov\\w*|exit\\w*|"
          + "depart\\w*|sent|bus(?:es|ed)?)\\b|إجلاء|اجلاء|خروج|نقل|ترحيل");
  private static final Pattern TOWARD_BEFORE = Pattern.compile(
      "(?is).*\\b(?:to|towards|toward|into|إلى|الى|نحو|باتجاه)\\s+(?:the\\s+)?$");
  private static final Pattern TOWARD_THE_BEFORE = Pattern.compile(
      "(?is).*\\b(?:to|towards|toward)\\s+the\\s*$");

  private PlaceFinder() {}

  /** The place a document is mostly about: its most often named town or region. */
  static Mention mainPlace(String text, List<Mention> ms) {
    Map<String, Integer> count = new LinkedHashMap<>();
    Map<String, Mention> first = new HashMap<>();
    for (Mention m : ms) {
      if (m.kind().equals("place") && !"country".equals(m.feature())
          && !TOWARD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 14), m.start()))
              .matches()) {
        count.merge(m.identifierId(), 1, Integer::sum);
        first.putIfAbsent(m.identifierId(), m);
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : count.entrySet()) {
      if (best == null || e.getValue() > count.get(best)) {
        best = e.getKey();
      }
    }
    return best == null ? null : first.get(best);
  }

  /** The place named nearest to the trigger in its sentence: no country, not its destination. */
  static Mention place(Sent s, List<Mention> ms, Hit h, Mention dest) {
    Mention best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Mention m : ms) {
      if (!m.kind().equals("place") || m == dest || "country".equals(m.feature())
          || (dest != null && m.identifierId().equals(dest.identifierId()))) {
        continue;
      }
      int d = m.start() >= h.end() ? m.start() - h.end() : h.start() - m.end();
      if (d < bestDist) {
        bestDist = d;
        best = m;
      }
    }
    return best;
  }

  /** The place a movement goes: the first after the trigger behind "to", "towards", "إلى" … */
  /*
   * The word before a place past at most three words naming its kind: "to the city of Afrin",
   * "إلى مدينة عفرين" give "to", "إلى".
   */
  private static String wordBeforeKind(Sent s, int at) {
    int pos = at;
    String w = s.lastWord(pos);
    for (int i = 0; i < 3 && PLACE_NOUNS.contains(w); i++) {
      int back = s.text.lastIndexOf(w, pos - s.start - 1);
      if (back < 0) {
        break;
      }
      pos = s.start + back;
      w = s.lastWord(pos);
    }
    return w;
  }

  private static final java.util.Set<String> PLACE_NOUNS = Lexicon.vocabulary("place-noun");

  static Mention destination(Sent s, List<Mention> ms, Hit h) {
    for (Mention m : ms) {
      if (m.kind().equals("place") && m.start() >= h.start()) {
        String before = wordBeforeKind(s, m.start());
        if (DESTINATION_PREPS.contains(before) || before.equals("the")
            && TOWARD_THE_BEFORE.matcher(s.text.substring(Math.max(0, m.start() - s.start - 14),
                m.start() - s.start)).matches()) {
          return m;
        }
      }
    }
    return null;
  }

  /*
   * Where forces sent, deployed or arriving go: a place after the trigger in its clause that a
   * destination preposition, "in"/"into"/"في" or nothing at all (a direct object: "دخلت خان
   * شيخون", "entered Afrin") puts there.
   */
  static Mention entered(Sent s, List<Mention> ms, Hit h) {
    int limit = s.clauseEnd(h.end());
    for (Mention m : ms) {
      if (!m.kind().equals("place") || m.start() < h.end() || m.end() > limit) {
        continue;
      }
      String before = s.lastWord(m.start());
      if (m.start() - h.end() <= 2 || DESTINATION_PREPS.contains(before) || before.equals("in")
          || before.equals("في")) {
        return m;
      }
    }
    return null;
  }

  /** "evacuating “Jaish al-Islam” terrorists to Jarablos": where a movement in the clause goes. */
  static Mention movedTo(Sent s, List<Mention> ms, Hit h) {
    int limit = s.clauseEnd(h.end());
    for (Mention m : ms) {
      if (m.kind().equals("place") && m.start() >= h.start() && m.end() <= Math.max(limit, s.end)
          && DESTINATION_PREPS.contains(s.headWord(m.start()))
          && MOVE.matcher(s.text.substring(h.start() - s.start, m.start() - s.start)).find()) {
        return m;
      }
    }
    return null;
  }
}
