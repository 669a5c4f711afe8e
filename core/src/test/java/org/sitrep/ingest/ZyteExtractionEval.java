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
    ExtractionScore score = new ExtractionScore();
    for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
      String id = it.next();
      PageReader.Result r = reader.read(bench.resolve("html/" + id + ".html.gz"), id);
      String pred = r instanceof PageReader.Ok ok ? ok.document().body().text() : "";
      score.add(truth.get(id).get("articleBody").asText(), pred);
      if (r instanceof PageReader.Ok ok) {
        DocumentView.checkOffsets(ok.document());
      }
    }
    double f1 = score.f1();
    System.out.printf(Locale.ROOT, "Zyte extraction: precision=%.3f recall=%.3f F1=%.3f%n",
        score.precision(), score.recall(), f1);
    assertTrue(f1 >= 0.96, "F1 " + f1 + " below 0.96");
  }
}
