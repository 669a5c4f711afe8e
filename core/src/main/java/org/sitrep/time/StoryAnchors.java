package org.sitrep.time;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses each document's time anchor: its publication date, or, for a page that states none,
 * the date of the dated document that shares the most actors and places with it (the story
 * supplies the year and the rough time), marked with basis "story" and a confidence. Never the
 * date of the run, never a widget's date.
 */
public final class StoryAnchors {
  /** What a document brings: its id, publication date (or null) and the identities it names. */
  public record Dated(String docId, LocalDate published, Set<String> identities, String country) {}

  private StoryAnchors() {}

  /** Anchors for every document of a set. */
  public static Map<String, DateResolver.Anchor> anchors(List<Dated> docs) {
    Map<String, DateResolver.Anchor> out = new HashMap<>();
    for (Dated d : docs) {
      if (d.published() != null) {
        out.put(d.docId(), DateResolver.Anchor.published(d.published()));
        continue;
      }
      Dated best = null;
      double bestScore = 0;
      for (Dated o : docs) {
        if (o.published() == null || o == d) {
          continue;
        }
        double j = jaccard(d.identities(), o.identities());
        if (j > bestScore) {
          bestScore = j;
          best = o;
        }
      }
      if (best != null && bestScore >= 0.05) {
        out.put(d.docId(), new DateResolver.Anchor(best.published(), "story",
            Math.min(0.9, 0.5 + bestScore), DateResolver.Mode.NEAREST));
        continue;
      }
      // no shared names: a dated page about the same country gives a weaker anchor
      Dated same = null;
      for (Dated o : docs) {
        if (o.published() != null && d.country() != null && d.country().equals(o.country())) {
          same = o;
          break;
        }
      }
      out.put(d.docId(), same == null ? DateResolver.Anchor.NONE
          : new DateResolver.Anchor(same.published(), "story", 0.4, DateResolver.Mode.NEAREST));
    }
    return out;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    return (double) inter.size() / union.size();
  }
}
