package org.sitrep.stories;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Event;
import org.sitrep.text.DataFiles;

/**
 * Negation contradictions that a denied deed alone does not give: the statement that tells a
 * denial ("the government denied that the town had fallen", REJECT opened by a word of denial,
 * {@code denials.tsv}) against the deeds another origin asserts at that place on that day ("the
 * rebels took full control of the town"); and an accusation ("the government blamed the rebels
 * for the shelling", ACCUSE) against the deed denied by another origin ("the rebels denied
 * shelling the camp") at that place within {@link #ACCUSED_DAYS} days. Also which denial
 * statements tell a denied deed's denial: the statement of its own sentence.
 */
final class Denials {
  /** How many days apart a bare denial and an asserted deed may be told and still disagree. */
  static final int DAYS = 1;
  /** How many days apart an accusation and a denial of the deed may be told. */
  static final int ACCUSED_DAYS = 3;
  /* How far apart in a page's events a denied deed and the statement denying it may be. */
  private static final int SENTENCE = 3;
  private static final Set<String> WORDS = new HashSet<>();
  private static final Set<String> DEEDS = new HashSet<>();

  static {
    for (String[] r : DataFiles.readTsv(Denials.class, "denials.tsv")) {
      if (r[0].equals("word")) {
        WORDS.add(r[1]);
      } else if (r[0].equals("deed")) {
        DEEDS.add(r[1]);
      } else {
        throw new IllegalStateException("denials.tsv: unknown kind " + r[0]);
      }
    }
  }

  private Denials() {}

  /** Whether an event is a statement of denial: REJECT whose trigger opens with a denial word. */
  static boolean statement(Event e) {
    if (e.event().isEmpty() || !Roles.is("refusal", e.event().get(0)) || e.textInfo() == null
        || e.textInfo().trigger() == null) {
      return false;
    }
    String t = e.textInfo().trigger().strip().toLowerCase(Locale.ROOT);
    int sp = t.indexOf(' ');
    String w = sp < 0 ? t : t.substring(0, sp);
    if (WORDS.contains(w)) {
      return true;
    }
    // the joined conjunctions: "ونفى" and, "فنفى" so
    return (w.startsWith("و") || w.startsWith("ف")) && WORDS.contains(w.substring(1));
  }

  /** Whether a category is a deed that denials and accusations are read against. */
  static boolean deed(String category) {
    return DEEDS.contains(category);
  }

  /**
   * The denial statements that tell a denied report's denial: of its page, told by the same
   * voice, a few events from it (one sentence: "X denied that Y had entered the city").
   */
  static List<String> statementsOf(Report denied, List<Report> statements) {
    List<String> out = new ArrayList<>();
    for (Report d : statements) {
      if (d.docId.equals(denied.docId) && Math.abs(d.seq - denied.seq) <= SENTENCE
          && d.claimants.equals(denied.claimants)) {
        out.add(d.id);
      }
    }
    return out;
  }

  /**
   * The contradictions of a story's denial statements that tell no denied deed of their own
   * (a statement that does is read through its deed: {@link #statementsOf}) with the deeds
   * asserted (in the order added) by another origin at their place and day that name a party
   * in common with the denial.
   */
  static List<Story.Contradiction> bare(List<Report> statements, List<Report> deeds,
      List<Report> denied) {
    Set<String> told = new HashSet<>();
    for (Report d : denied) {
      told.addAll(statementsOf(d, statements));
    }
    List<Story.Contradiction> out = new ArrayList<>();
    for (Report a : statements) {
      if (!placed(a) || a.day == Report.NO_DAY || told.contains(a.id)) {
        continue;
      }
      // another voice, near in days and place, with a party in common
      Story.Contradiction c = OneAgainstOthers.of(a, deeds,
          b -> placed(b) && b.day != Report.NO_DAY && Report.close(a.day, b.day, DAYS)
              && !a.claimants.get(0).equals(b.claimants.get(0))
              && Vicinity.near(a.spot, b.spot) && shared(a, b),
          "negation", "modality", "denied", "asserted",
          "denied in one report and reported at that place in another");
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The contradictions of a story's accusations with the deeds denied by another origin at
   * their place within {@link #ACCUSED_DAYS} days: who did it, as the accuser and the accused
   * tell it.
   */
  static List<Story.Contradiction> accused(List<Report> accusations, List<Report> denied) {
    List<Story.Contradiction> out = new ArrayList<>();
    for (Report a : accusations) {
      if (!placed(a) || a.day == Report.NO_DAY) {
        continue;
      }
      // another page's voice, near in place and days, the accused's deed
      Story.Contradiction c = OneAgainstOthers.of(a, denied,
          b -> deed(b.category) && placed(b) && b.day != Report.NO_DAY
              && Report.close(a.day, b.day, ACCUSED_DAYS) && !a.docId.equals(b.docId)
              && !a.claimants.get(0).equals(b.claimants.get(0))
              && Vicinity.near(a.spot, b.spot) && accusedDid(a, b),
          "negation", "actor", "accused", "denied",
          "one side accuses, the accused denies the deed");
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /*
   * Whether a denied deed is the accused's: the side the accusation names (Report.actorSide of
   * an accusation: the accused) is among the deed's doers' sides.
   */
  private static boolean accusedDid(Report accusation, Report deed) {
    if (accusation.actorSide == null || deed.actorSide == null) {
      return false;
    }
    Set<String> doers = Set.of(deed.actorSide.split(", "));
    for (String side : accusation.actorSide.split(", ")) {
      if (doers.contains(side)) {
        return true;
      }
    }
    return false;
  }

  /* Whether two reports name a party in common (Report.participants: with their lineage). */
  private static boolean shared(Report a, Report b) {
    for (String p : a.participants) {
      if (b.participants.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /* Whether a report has a place linking trusts. */
  private static boolean placed(Report r) {
    return r.spot != null && !r.doubtful;
  }
}
