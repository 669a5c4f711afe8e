package org.sitrep.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Main-content extraction score of the Zyte article-extraction benchmark (word 4-gram shingles,
 * page precision and recall normalized per page, averaged over pages, F1 of the two means; see
 * {@code ../shared/bench/zyte/PROVENANCE.md}), summed page by page.
 */
final class ExtractionScore {
  private double sumP;
  private double sumR;
  private int nP;
  private int nR;

  /** Adds one page: its gold body and the extracted body ("" when none). */
  void add(String truth, String pred) {
    Map<List<String>, Integer> t = ZyteExtractionEval.shingles(truth);
    Map<List<String>, Integer> p = ZyteExtractionEval.shingles(pred);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    Map<List<String>, Integer> all = new HashMap<>(t);
    p.forEach((k, v) -> all.putIfAbsent(k, 0));
    for (List<String> k : all.keySet()) {
      int a = t.getOrDefault(k, 0);
      int b = p.getOrDefault(k, 0);
      tp += Math.min(a, b);
      fp += Math.max(0, b - a);
      fn += Math.max(0, a - b);
    }
    double s = tp + fp + fn;
    if (s > 0) {
      tp /= s;
      fp /= s;
      fn /= s;
    }
    double prec;
    double rec;
    if (fp == 0 && fn == 0) {
      prec = 1;
      rec = 1;
    } else {
      prec = tp + fp == 0 ? 0 : tp / (tp + fp);
      rec = tp + fn == 0 ? 0 : tp / (tp + fn);
    }
    if (tp + fp > 0) {
      sumP += prec;
      nP++;
    }
    if (tp + fn > 0) {
      sumR += rec;
      nR++;
    }
  }

  double precision() {
    return sumP / Math.max(1, nP);
  }

  double recall() {
    return sumR / Math.max(1, nR);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
