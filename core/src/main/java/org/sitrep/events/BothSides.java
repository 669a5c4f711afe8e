package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Mention;

/**
 * "Both sides agreed", "اتفق فريقا النزاع": a phrase for the two parties stands for the parties
 * the page last named doing something together (talks, a deal). Thread-safe; the parties are
 * kept in the page's {@link Narrative}.
 */
final class BothSides {
  /* The phrases, lower-case (words.tsv "both-sides"). */
  private static final Set<String> PHRASES = Lexicon.vocabulary("both-sides");

  private BothSides() {}

  /**
   * The parties a both-sides phrase names as the trigger's subject: right before the trigger in
   * its clause (English, Arabic SVO) or right after an Arabic verb (VSO), in a phrase that
   * opens with the verb too; else null.
   */
  static List<Mention> subject(Sent s, Hit h, List<Mention> parties) {
    if (parties.size() < 2) {
      return null;
    }
    String lower = s.lower();
    int at = h.start() - s.start;
    int end = h.end() - s.start;
    for (String p : PHRASES) {
      int i = lower.lastIndexOf(p, at);
      if (i >= 0 && i + p.length() <= at && at - (i + p.length()) <= 2
          && (i == 0 || !Character.isLetter(lower.charAt(i - 1)))) {
        return parties; // "both sides agreed", "الطرفان اتفقا"
      }
      int j = lower.indexOf(p, at);
      if (s.arabic && j > at && j - end <= 1 && !h.has("pos:N")) {
        return parties; // "اتّفق فريقا النزاع", inside "اتفق طرفا النزاع على" too
      }
    }
    return null;
  }

  /** The distinct parties of a deed done together: its doers, with its recipients. */
  static List<Mention> parties(List<Mention> actors, List<Mention> recipients) {
    List<Mention> out = new ArrayList<>(actors);
    for (Mention r : recipients) {
      if (out.stream().noneMatch(a -> java.util.Objects.equals(a.identifierId(),
          r.identifierId()))) {
        out.add(r);
      }
    }
    return ActorFinder.distinct(out);
  }
}
