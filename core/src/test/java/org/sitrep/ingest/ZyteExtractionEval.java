package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.testing.SharedData;

/**
 * Main-content extraction quality on the Zyte article-extraction benchmark, with the benchmark's
 * own metric (word 4-gram shingles, page-averaged precision and recall, F1 of the means; see
 * {@code ../shared/bench/zyte/PROVENANCE.md}). Threshold 0.96 (trafilatura 0.958).
 */
class ZyteExtractionEval {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  static Map<List<String>, Integer> shingles(String text) {
    List<String> toks = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      toks.add(m.group());
    }
    Map<List<String>, Integer> out = new HashMap<>();
    if (toks.isEmpty()) {
      return out;
    }
    if (toks.size() < 4) {
      out.put(List.copyOf(toks), 1);
      return out;
    }
    for (int i = 0; i + 4 <= toks.size(); i++) {
      out.merge(List.copyOf(toks.subList(i, i + 4)), 1, Integer::sum);
    }
    return out;
  }

  @Test
  void extractionF1AtLeast096() throws IOException {
    Path bench = SharedData.require().resolve("bench/zyte");
    JsonNode truth = new ObjectMapper().readTree(bench.resolve("ground-truth.json").toFile());
    PageReader reader = new PageReader();
    double sumP = 0;
    double sumR = 0;
    int nP = 0;
    int nR = 0;
    for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
      String id = it.next();
      PageReader.Result r = reader.read(bench.resolve("html/" + id + ".html.gz"), id);
      String pred = r instanceof PageReader.Ok ok ? ok.document().body().text() : "";
      Map<List<String>, Integer> t = shingles(truth.get(id).get("articleBody").asText());
      Map<List<String>, Integer> p = shingles(pred);
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
      if (r instanceof PageReader.Ok ok) {
        DocumentView.checkOffsets(ok.document());
      }
    }
    double precision = sumP / Math.max(1, nP);
    double recall = sumR / Math.max(1, nR);
    double f1 = 2 * precision * recall / (precision + recall);
    System.out.printf(Locale.ROOT, "Zyte extraction: precision=%.3f recall=%.3f F1=%.3f%n",
        precision, recall, f1);
    assertTrue(f1 >= 0.96, "F1 " + f1 + " below 0.96");
  }
}
