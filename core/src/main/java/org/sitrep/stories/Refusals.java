package org.sitrep.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  /* Reports of the other side a refusal lists at most. */
  private static final int MAX_REPORTS = 20;
  private static final Map<String, String> ACT = new HashMap<>();

  static {
    for (String[] r : DataFiles.readTsv(Refusals.class, "refusals.tsv")) {
      ACT.put(r[0], r[1]);
    }
  }

  private Refusals() {}

  /** Whether a report is a refusal of a process (asserted REJECT with a topic it knows). */
  static boolean is(Report r) {
    return r.category.equals("REJECT") && r.modality.equals("asserted") && r.topic != null
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
      List<String> ids = new ArrayList<>(List.of(a.id));
      Set<String> names = new LinkedHashSet<>();
      for (Report b : asserted.apply(a.topic + "|" + ACT.get(a.topic))) {
        if (b.claimants.get(0).equals(a.claimants.get(0))
            || !Report.close(a.day, b.day, DAYS) || a.day == Report.NO_DAY
            || b.day == Report.NO_DAY) {
          continue; // one origin, or days apart: a refusal and a later change of mind
        }
        ids.add(b.id);
        names.addAll(b.claimants);
        if (ids.size() > MAX_REPORTS) {
          break;
        }
      }
      if (ids.size() > 1) {
        out.add(new Story.Contradiction("negation", "modality", List.copyOf(ids),
            List.of(new Story.Value("refused", a.claimants, List.of(a.id)),
                new Story.Value("carried out", List.copyOf(names),
                    List.copyOf(ids.subList(1, ids.size())))),
            a.topic + " refused in one report and carried out in another"));
      }
    }
    return out;
  }
}
