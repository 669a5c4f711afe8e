package org.sitrep.events;

import java.util.Set;
import org.sitrep.model.Mention;

/**
 * Places a sentence or page names aside from its deeds: a town named for its airport ("مطار
 * صنعاء"), a place in a person's title ("وزير الدولة لشؤون الخليج العربي"), the seat of a deed's
 * sponsor ("برعاية مركز المصالحة الروسي في حميميم"). The words are words.tsv rows. Thread-safe.
 */
final class PlaceAsides {
  private PlaceAsides() {}

  private static final Set<String> FACILITY = Lexicon.vocabulary("facility-head");

  /* The word right before offset {@code at} ("مطار" of "مطار صنعاء"), or "". */
  private static String wordBefore(String text, int at) {
    int[] w = org.sitrep.text.WordSpans.before(text, at);
    return w == null ? "" : text.substring(w[0], w[1]);
  }

  /** True when {@code m} is a town named for its airport or port ("مطار صنعاء"). */
  static boolean facilityTown(String text, Mention m) {
    return FACILITY.contains(wordBefore(text, m.start()));
  }

  /** True when {@code m} is part of an office's title ("لشؤون الخليج العربي"). */
  static boolean title(Sent s, Mention m) {
    return TITLE_OF.contains(s.headWord(m.start()));
  }

  private static final Set<String> TITLE_OF = Lexicon.vocabulary("title-of");
  private static final Set<String> SPONSOR = Lexicon.vocabulary("sponsor");
  private static final int SPONSOR_REACH = 50;

  /*
   * True when a sponsor's words stand between the deed and the place, with no clause break, and
   * the place is at most SPONSOR_REACH characters after them: "talks held under the auspices of
   * the Russian centre in Hmeimim" took place elsewhere.
   */
  static boolean sponsorSeat(Sent s, Hit h, Mention m) {
    if (m.start() < h.end()) {
      return false;
    }
    String gap = s.lower().substring(h.end() - s.start, m.start() - s.start);
    for (String w : SPONSOR) {
      int i = gap.lastIndexOf(w);
      if (i >= 0 && gap.length() - i - w.length() <= SPONSOR_REACH) {
        String rest = gap.substring(i + w.length());
        if (rest.indexOf(',') < 0 && rest.indexOf('،') < 0 && rest.indexOf(';') < 0) {
          return true;
        }
      }
    }
    return false;
  }
}
