package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Mention;

/**
 * Who moves when vehicles do: "buses carrying gunmen and their families left", "خرجت الحافلات
 * التي تقل المسلحين والجرحى", "17 حافلة تقل مسلحين". The people a vehicle carries (after a
 * carrying word of {@code words.tsv}, "carrier") are the movers of a movement whose clause names
 * no one else. Thread-safe.
 */
final class Carriers {
  private static final Set<String> CARRYING = Lexicon.vocabulary("carrier");
  /* Characters between the carrying word and the people: "تقل نحو خمسمئة شخص". */
  private static final int GAP = 30;
  /* "and (the|their)", "و" between two carried groups. */
  private static final java.util.regex.Pattern CONJUNCT = java.util.regex.Pattern.compile(
      "\\s*(?:,?\\s*and|و|،?\\s*و)\\s*(?:the\\s+|their\\s+)?");

  private Carriers() {}

  /** The people carried in the trigger's clause, with their conjuncts; empty if none. */
  static List<Mention> carried(Sent s, List<Mention> ms, Hit h) {
    int from = Math.max(s.start, h.start() - 80);
    int to = s.clauseEnd(h.end());
    List<Mention> out = new ArrayList<>();
    for (Mention m : ms) {
      if (!m.kind().equals("actor") || m.start() < from || m.end() > to) {
        continue;
      }
      if (!out.isEmpty()) {
        String gap = s.text.substring(out.get(out.size() - 1).end() - s.start,
            m.start() - s.start);
        if (CONJUNCT.matcher(gap).matches() || gap.isBlank() && m.text().startsWith("و")) {
          out.add(m); // "المسلحين والجرحى", "gunmen and their families"
          continue;
        }
        break;
      }
      if (carryingBefore(s, m.start())) {
        out.add(m);
      }
    }
    return ActorFinder.distinct(out);
  }

  /* A carrying word in the {@link #GAP} characters before, with no clause break between. */
  private static boolean carryingBefore(Sent s, int at) {
    int i = at - s.start;
    int floor = Math.max(0, i - GAP);
    String window = s.text.substring(floor, i);
    int cut = Math.max(window.lastIndexOf(','), Math.max(window.lastIndexOf('،'),
        window.lastIndexOf('.')));
    if (cut >= 0) {
      window = window.substring(cut + 1);
    }
    for (String w : window.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+")) {
      if (!w.isEmpty() && (CARRYING.contains(w)
          || w.length() > 3 && w.charAt(0) == 'و' && CARRYING.contains(w.substring(1)))) {
        return true;
      }
    }
    return false;
  }
}
