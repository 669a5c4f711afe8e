package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.Analyzer;

/**
 * The relative-day check set ({@code events/relative-days/}: 40 pages, 20 English and 20 Arabic,
 * written before its author read the date code) through the whole pipeline: each gold event
 * (found by words of its sentence) must carry the gold day, counted from the publication date
 * ("on Sunday", "yesterday", "أول أمس", "فجر اليوم", "next Tuesday") or given in the body. Scored
 * per language and half: odd pages may be studied, even pages are the check.
 *
 * <p>Per-event misses are printed for odd pages only, unless {@code -Drelative.detail=all}.
 */
class RelativeDaysEval {
  private static final Pattern DIACRITICS = Pattern.compile("[\\u064B-\\u0652\\u0640]");
  private static final Pattern ALEF = Pattern.compile("[أإآ]");
  private static final Pattern PUNCT = Pattern.compile("[-_'\"“”()\\[\\].,:;،]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  @TempDir Path out;

  /** Counts of one language's half. */
  static final class Score {
    int events;
    int right;
    int noEvent;

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d/%d (%.2f) no event %d", right, events,
          right / (double) Math.max(1, events), noEvent);
    }
  }

  /* Main's code before the s22-dates work (2026-12-02, 6a1f4eb): EN odd 18/21 even 19/22, AR odd
   * 18/20 even 19/20; after it EN 20/21 and 19/22 (the three even misses are events not coded,
   * not dates), AR 20/20 and 20/20. The floors sit under the figures reached, as a guard. */
  private static final double FLOOR_EN = 0.85;
  private static final double FLOOR_AR = 0.90;

  @Test
  void relativeDaysStayAboveTheirFloor() throws IOException, URISyntaxException {
    Map<String, Score> s = score();
    s.forEach((k, v) -> System.out.println("relative-days " + k + ": " + v));
    for (String lang : List.of("en", "ar")) {
      Score odd = s.get(lang + " odd");
      Score even = s.get(lang + " even");
      double all = (odd.right + even.right) / (double) Math.max(1, odd.events + even.events);
      System.out.printf(Locale.ROOT, "relative-days %s all: %.2f%n", lang, all);
      assertTrue(all >= (lang.equals("en") ? FLOOR_EN : FLOOR_AR), lang + " " + all);
    }
  }

  private Map<String, Score> score() throws IOException, URISyntaxException {
    Path dir = Path.of(getClass().getResource("/events/relative-days/relative-days.gold.json")
        .toURI()).getParent();
    JsonNode gold = new ObjectMapper().readTree(dir.resolve("relative-days.gold.json").toFile());
    List<String> pages = new ArrayList<>();
    try (Stream<Path> st = Files.list(dir)) {
      st.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> pages.add(p.toString()));
    }
    new Analyzer(Analyzer.Options.defaults()).run(pages, out, Analyzer.Progress.NONE);
    Map<String, JsonNode> docs = new HashMap<>();
    for (JsonNode d : readJsonl(out.resolve("documents.jsonl"))) {
      docs.put(Path.of(d.get("input").asText()).getFileName().toString(), d);
    }
    Map<String, List<JsonNode>> events = new HashMap<>();
    for (JsonNode e : readJsonl(out.resolve("events.jsonl"))) {
      events.computeIfAbsent(e.get("doc_id").asText(), k -> new ArrayList<>()).add(e);
    }
    boolean detailAll = "all".equals(System.getProperty("relative.detail"));
    Map<String, Score> scores = new LinkedHashMap<>();
    for (String k : List.of("en odd", "en even", "ar odd", "ar even")) {
      scores.put(k, new Score());
    }
    for (JsonNode g : gold) {
      String file = g.get("file").asText();
      boolean odd = Integer.parseInt(file.substring(0, 2)) % 2 == 1;
      Score s = scores.get(g.get("lang").asText() + (odd ? " odd" : " even"));
      JsonNode d = docs.get(file);
      assertTrue(d != null, "no document for " + file);
      List<JsonNode> ev = events.getOrDefault(d.get("doc_id").asText(), List.of());
      List<String> misses = new ArrayList<>();
      for (JsonNode ge : g.get("events")) {
        s.events++;
        String cue = norm(ge.get("cue").asText());
        List<String> dates = new ArrayList<>();
        for (JsonNode e : ev) {
          if (norm(text(e.get("event_text"))).contains(cue)) {
            dates.add(text(e.get("date")));
          }
        }
        if (dates.isEmpty()) {
          s.noEvent++;
        }
        if (dates.contains(ge.get("date").asText())) {
          s.right++;
        } else {
          misses.add("'" + ge.get("when").asText() + "' want " + ge.get("date").asText()
              + " got " + dates);
        }
      }
      if (!misses.isEmpty() && (odd || detailAll)) {
        System.out.println("  " + file + " (published " + g.get("published").asText() + ", got "
            + text(d.path("published").get("value")) + "): " + String.join("; ", misses));
      }
    }
    return scores;
  }

  /** The scorers' normalization: NFKC, lower case, no diacritics, punctuation as spaces. */
  static String norm(String s) {
    if (s == null) {
      return "";
    }
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    t = t.replace('\u2019', '\'');
    t = DIACRITICS.matcher(t).replaceAll("");
    t = ALEF.matcher(t).replaceAll("ا");
    t = PUNCT.matcher(t).replaceAll(" ");
    return SPACES.matcher(t).replaceAll(" ").strip();
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  private static List<JsonNode> readJsonl(Path p) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    ObjectMapper m = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          rows.add(m.readTree(line));
        }
      }
    }
    return rows;
  }
}
