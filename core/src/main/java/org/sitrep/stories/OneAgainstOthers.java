package org.sitrep.stories;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One report set against the reports of other voices that tell its deed otherwise: a refusal
 * against the act carried out, a denial against the deed asserted, an accusation against the
 * deed the accused denies. Thread-safe.
 */
final class OneAgainstOthers {
  /* At most this many reports on the other side of one contradiction. */
  private static final int MAX_REPORTS = 20;

  private OneAgainstOthers() {}

  /**
   * The contradiction of {@code one} with the reports of {@code others} that {@code against}
   * accepts, in their order, or null when none does.
   */
  static Story.Contradiction of(Report one, Iterable<Report> others, Predicate<Report> against,
      String kind, String attribute, String ownValue, String theirValue, String why) {
    List<String> ids = new ArrayList<>(List.of(one.id));
    Set<String> names = new LinkedHashSet<>();
    for (Report b : others) {
      if (!against.test(b)) {
        continue;
      }
      ids.add(b.id);
      names.addAll(b.claimants);
      if (ids.size() > MAX_REPORTS) {
        break;
      }
    }
    if (ids.size() == 1) {
      return null;
    }
    return new Story.Contradiction(kind, attribute, List.copyOf(ids),
        List.of(new Story.Value(ownValue, one.claimants, List.of(one.id)),
            new Story.Value(theirValue, List.copyOf(names),
                List.copyOf(ids.subList(1, ids.size())))),
        why);
  }
}
