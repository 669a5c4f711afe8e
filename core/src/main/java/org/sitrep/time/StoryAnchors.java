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
  /**
   * What a document brings: its id, publication date (or null), the identities it names and
   * which of them are places (a shared town says more about the story than a shared state).
   */
  public record Dated(String docId, LocalDate published, Set<String> identities, String country,
      Set<String> places) {}

  /** How much more a shared place weighs than a shared actor. */
  private static final double PLACE_WEIGHT = 3;

  private StoryAnchors() {}

  /**
   * Anchors for every document of a set. Documents that share at least two actors or places,
   * and a quarter of the smaller one's, are in one story (transitively); an undated page takes
   * the date of the dated page of its story that it shares most with.
   */
  public static Map<String, DateResolver.Anchor> anchors(List<Dated> docs) {
    int n = docs.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (related(docs.get(i).identities(), docs.get(j).identities())) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    // a name in every page (a state, a wire agency) tells no story apart: weigh names by rarity
    Map<String, Integer> df = new HashMap<>();
    for (Dated d : docs) {
      for (String id : d.identities()) {
        df.merge(id, 1, Integer::sum);
      }
    }
    Map<String, DateResolver.Anchor> out = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Dated d = docs.get(i);
      if (d.published() != null) {
        out.put(d.docId(), DateResolver.Anchor.published(d.published()));
        continue;
      }
      Dated best = null;
      double bestScore = 0;
      for (int j = 0; j < n; j++) {
        Dated o = docs.get(j);
        if (o.published() == null || j == i || find(parent, i) != find(parent, j)) {
          continue;
        }
        double jac = jaccard(d, o, df, n);
        if (best == null || jac > bestScore) {
          bestScore = jac;
          best = o;
        }
      }
      if (best != null) {
        out.put(d.docId(), new DateResolver.Anchor(best.published(), "story",
            Math.min(0.9, 0.5 + bestScore), DateResolver.Mode.NEAREST));
        continue;
      }
      // nothing shared: no year is better than a wrong one
      out.put(d.docId(), DateResolver.Anchor.NONE);
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  static boolean related(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    return inter.size() >= 2 && inter.size() >= 0.25 * Math.min(a.size(), b.size());
  }

  /** Jaccard similarity with each name weighed by its inverse document frequency. */
  static double jaccard(Dated x, Dated y, Map<String, Integer> df, int n) {
    Set<String> a = x.identities();
    Set<String> b = y.identities();
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double inter = 0;
    double union = 0;
    for (String id : a) {
      double w = weight(id, x, df, n);
      union += w;
      inter += b.contains(id) ? w : 0;
    }
    for (String id : b) {
      union += a.contains(id) ? 0 : weight(id, y, df, n);
    }
    return inter / union;
  }

  private static double weight(String id, Dated d, Map<String, Integer> df, int n) {
    double idf = Math.log(1.0 + (double) n / df.getOrDefault(id, 1));
    return d.places().contains(id) ? PLACE_WEIGHT * idf : idf;
  }
}
