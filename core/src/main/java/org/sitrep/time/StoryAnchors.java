package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

  /** Below this likeness to its best dated page, an undated page may take a chained anchor. */
  private static final double WEAK = 0.15;

  /** How much more a shared place weighs than a shared actor. */
  private static final double PLACE_WEIGHT = 3;

  private StoryAnchors() {}

  /*
   * How far the index is searched for a document's story: its RAREST names (fewest documents),
   * and at most POSTINGS documents for each. Every pair of documents used to be compared (a few
   * seconds at 4,000 documents, hours at 100,000); a name in thousands of documents (a state,
   * an army) tells no story apart, and a document is related to its story through its rare
   * names. On the dev and seed pages the bounds change no anchor (they bind nowhere there).
   */
  private static final int RAREST = 8;
  private static final int POSTINGS = 64;

  /**
   * Anchors for every document of a set. Documents that share at least two actors or places,
   * and a quarter of the smaller one's, are in one story (transitively); an undated page takes
   * the date of the dated page of its story that it shares most with. The result depends on the
   * order of {@code docs} only where two candidates tie (the earlier wins): callers give a
   * canonical order. Time about linear in the number of documents: candidates come from an index
   * of names to documents.
   */
  public static Map<String, DateResolver.Anchor> anchors(List<Dated> docs) {
    int n = docs.size();
    // a name in every page (a state, a wire agency) tells no story apart: weigh names by rarity
    Map<String, Integer> df = new HashMap<>();
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String id : docs.get(i).identities()) {
        df.merge(id, 1, Integer::sum);
        postings.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
      }
    }
    int[][] candidates = new int[n][];
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      candidates[i] = candidates(i, docs.get(i), df, postings);
      for (int j : candidates[i]) {
        if (find(parent, i) != find(parent, j)
            && related(docs.get(i).identities(), docs.get(j).identities())) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    // the first dated document of each story, in order: the anchor of last resort
    Map<Integer, Integer> firstDated = new HashMap<>();
    for (int j = 0; j < n; j++) {
      if (docs.get(j).published() != null) {
        firstDated.putIfAbsent(find(parent, j), j);
      }
    }
    Map<String, DateResolver.Anchor> out = new HashMap<>();
    // an undated page that shares little with every dated page waits: it may take its date
    // through an undated page of its story that is anchored well (Chained)
    LocalDate[] day = new LocalDate[n];
    java.util.PriorityQueue<double[]> links = new java.util.PriorityQueue<>(
        (x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0])
            : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
    List<Integer> waiting = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Dated d = docs.get(i);
      if (d.published() != null) {
        out.put(d.docId(), DateResolver.Anchor.published(d.published()));
        day[i] = d.published();
        continue;
      }
      int root = find(parent, i);
      Dated best = null;
      double bestScore = 0;
      // documents sharing no name score 0: the story's first dated one stands for them
      Integer first = firstDated.get(root);
      int bestIndex = first == null ? -1 : first;
      if (first != null) {
        best = docs.get(first);
        bestScore = jaccard(d, best, df, n);
      }
      for (int j : candidates[i]) {
        Dated o = docs.get(j);
        if (o.published() == null || j == i || find(parent, j) != root) {
          continue;
        }
        double jac = jaccard(d, o, df, n);
        if (jac > bestScore || (jac == bestScore && j < bestIndex)) {
          bestScore = jac;
          best = o;
          bestIndex = j;
        }
      }
      if (best != null) {
        out.put(d.docId(), new DateResolver.Anchor(best.published(), "story",
            Math.min(0.9, 0.5 + bestScore), DateResolver.Mode.NEAREST));
        if (bestScore >= WEAK) {
          day[i] = best.published();
        } else {
          waiting.add(i);
          links.add(new double[] {bestScore, i, bestIndex});
        }
        continue;
      }
      // nothing shared: no year is better than a wrong one
      out.put(d.docId(), DateResolver.Anchor.NONE);
    }
    chain(docs, candidates, parent, df, day, waiting, links, out);
    return out;
  }

  /*
   * Chained anchors. A page that shares little with every dated page of its story (weighted
   * Jaccard below WEAK: a state and an army in common) is as likely to take another year's date
   * as its own; an undated page of its story that it shares much with (the same towns, the same
   * officials) may have been anchored well. Best links first (Prim's order over the story's
   * pages): a waiting page takes the day of the anchored page, dated or not, that it shares most
   * with, its own best dated page included. On the dev pages, 'Kurdish forces withdrew from the
   * border under the Sochi deal' shared only Russia and its army with a Daraa page of 2018 but
   * the safe zone, the YPG and Russia's police with an undated Sochi page anchored in October
   * 2019. Time: each waiting page's candidates are read once per page anchored among them.
   */
  private static void chain(List<Dated> docs, int[][] candidates, int[] parent,
      Map<String, Integer> df, LocalDate[] day, List<Integer> waiting,
      java.util.PriorityQueue<double[]> links, Map<String, DateResolver.Anchor> out) {
    if (waiting.isEmpty()) {
      return;
    }
    int n = docs.size();
    // who lists a waiting page among its candidates (candidates need not be symmetric)
    Map<Integer, List<Integer>> waitersOf = new HashMap<>();
    for (int i : waiting) {
      for (int j : candidates[i]) {
        if (find(parent, j) == find(parent, i)) {
          waitersOf.computeIfAbsent(j, k -> new ArrayList<>()).add(i);
          if (docs.get(j).published() == null && day[j] != null) {
            links.add(new double[] {jaccard(docs.get(i), docs.get(j), df, n), i, j});
          }
        }
      }
    }
    while (!links.isEmpty()) {
      double[] l = links.poll();
      int i = (int) l[1];
      int j = (int) l[2];
      if (day[i] != null) {
        continue;
      }
      day[i] = day[j];
      out.put(docs.get(i).docId(), new DateResolver.Anchor(day[j], "story",
          Math.min(0.9, 0.5 + l[0]), DateResolver.Mode.NEAREST));
      for (int k : waitersOf.getOrDefault(i, List.of())) {
        if (day[k] == null) {
          links.add(new double[] {jaccard(docs.get(k), docs.get(i), df, n), k, i});
        }
      }
    }
  }

  /* The documents that share one of a document's rarest names, in ascending order. */
  private static int[] candidates(int i, Dated d, Map<String, Integer> df,
      Map<String, List<Integer>> postings) {
    List<String> ids = new ArrayList<>(d.identities());
    ids.sort(Comparator.comparingInt((String id) -> df.get(id)).thenComparing(id -> id));
    java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
    for (String id : ids.subList(0, Math.min(RAREST, ids.size()))) {
      List<Integer> p = postings.get(id);
      // the documents nearest in order first: a story's pages are usually near each other
      int at = java.util.Collections.binarySearch(p, i);
      at = at < 0 ? -at - 1 : at;
      int lo = Math.max(0, at - POSTINGS / 2);
      int hi = Math.min(p.size(), lo + POSTINGS);
      lo = Math.max(0, Math.min(lo, hi - POSTINGS));
      for (int k = lo; k < hi; k++) {
        if (p.get(k) != i) {
          out.add(p.get(k));
        }
      }
    }
    int[] a = new int[out.size()];
    int k = 0;
    for (int x : out) {
      a[k++] = x;
    }
    return a;
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
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int inter = 0;
    for (String x : small) {
      inter += large.contains(x) ? 1 : 0;
    }
    return inter >= 2 && inter >= 0.25 * small.size();
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
