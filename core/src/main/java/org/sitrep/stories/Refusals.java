package org.sitrep.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.text.DataFiles;

/**
 * Contradictions between a refusal of a process and reports that it went ahead: an evacuation
 * refused ("Russian forces refused the request", REJECT with the evacuation topic) by one origin
 * and told as carried out (RETREAT, evacuation, asserted) by another within {@link #DAYS} days
 * ({@code refusals.tsv} says which act each process's refusal denies).
 */
final class Refusals {
  /**
   * How many days apart a refusal and an act may be told and still disagree: further apart they
   * are a sequence (a group refuses to leave on Sunday, agrees and leaves on Tuesday).
   */
  static final int DAYS = 1;
  private static final Map<String, String> ACT = new HashMap<>();

  static {
    for (String[] r : DataFiles.readTsv(Refusals.class, "refusals.tsv")) {
      ACT.put(r[0], r[1]);
    }
  }

  private Refusals() {}

  /** Whether a report is a refusal of a process (asserted REJECT with a topic it knows). */
  static boolean is(Report r) {
    return Roles.is("refusal", r.category) && r.modality.equals("asserted") && r.topic != null
        && ACT.containsKey(r.topic);
  }

  /**
   * The contradictions of a story's refusals (in the order added) with the asserted reports of
   * the act they deny, given by process and category ("evacuation|RETREAT") in the order added.
   */
  static List<Story.Contradiction> contradictions(List<Report> refusals,
      Function<String, List<Report>> asserted) {
    List<Story.Contradiction> out = new ArrayList<>();
    for (Report a : refusals) {
      // one origin, or days apart: a refusal and a later change of mind
      List<Report> acts = asserted.apply(a.topic + "|" + ACT.get(a.topic));
      Story.Contradiction c = OneAgainstOthers.of(a, acts,
          b -> !b.claimants.get(0).equals(a.claimants.get(0)) && Report.close(a.day, b.day, DAYS)
              && a.day != Report.NO_DAY && b.day != Report.NO_DAY,
          "negation", "modality", "refused", "carried out",
          a.topic + " refused in one report and carried out in another");
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }
}
