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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.Analyzer;

/**
 * The Syrian-war check set ({@code events/syrian-war/}: 48 English articles in the genre of the
 * hidden set of issues #10 and #12, written blind) through the whole pipeline, scored per
 * odd/even half (odd pages may be studied, even pages are the check): the article's governorate
 * (the {@code admin1} most often given by its events' {@code event_loc}, ties to the earliest
 * event; and the share where any event has it), the publication date (found, and right), and
 * the event date (the majority {@code date} of its events equals the gold day). Floors are loose:
 * a regression guard; the figures are printed.
 *
 * <p>Per-page misses are printed for the odd half only, unless {@code -Dsywar.detail=all}.
 */
class SyrianWarEval {
  @TempDir Path out;

  /** Counts of one half. */
  static final class Score {
    int pages;
    int governorate;
    int anyGovernorate;
    int noPlace;
    int pubFound;
    int pubRight;
    int eventDate;
    int eventIsPublished;
    int noEvent;

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "governorate %d/%d (%.2f) any event %d/%d (%.2f) no place %d | published found %d/%d"
              + " (%.2f) right %d/%d (%.2f) | event date %d/%d (%.2f) no event %d"
              + " (the publication day %d/%d)",
          governorate, pages, share(governorate), anyGovernorate, pages, share(anyGovernorate),
          noPlace, pubFound, pages, share(pubFound), pubRight, pages, share(pubRight), eventDate,
          pages, share(eventDate), noEvent, eventIsPublished, pages);
    }

    double share(int n) {
      return n / (double) Math.max(1, pages);
    }

    void add(Score o) {
      pages += o.pages;
      governorate += o.governorate;
      anyGovernorate += o.anyGovernorate;
      noPlace += o.noPlace;
      pubFound += o.pubFound;
      pubRight += o.pubRight;
      eventDate += o.eventDate;
      eventIsPublished += o.eventIsPublished;
      noEvent += o.noEvent;
    }
  }

  /* First run (main at 2451e22), all 48 pages: governorate 0.88, published 1.00, event date
   * 0.94; after the s12-sywar changes 0.90, 1.00, 0.96 (see the set's README.md). Floors sit
   * under the figures reached, as a guard against going back, not a target. */
  private static final double FLOOR_GOVERNORATE = 0.80;
  private static final double FLOOR_PUBLISHED = 0.95;
  private static final double FLOOR_EVENT_DATE = 0.85;

  /* syrian-war-2 (flattened crawl text, see its README): at main 6e169df governorate 0.97,
   * published 0.74, event date 0.77; after the lead's s25 changes 0.97, 1.00, 0.94. */
  private static final double FLOOR2_GOVERNORATE = 0.90;
  private static final double FLOOR2_PUBLISHED = 0.95;
  private static final double FLOOR2_EVENT_DATE = 0.88;

  @Test
  void flattenedSyrianWarArticlesStayAboveTheirFloor() throws IOException, URISyntaxException {
    assertAbove("syrian-war-2", score("syrian-war-2"), FLOOR2_GOVERNORATE, FLOOR2_PUBLISHED,
        FLOOR2_EVENT_DATE);
  }

  /* syrian-war flattened by the eval as syrian-war-2's pages are (one run, no commas or
   * apostrophes): at 6e169df governorate 1.00, published 0.90, event date 0.88; after the
   * lead's s25 changes 1.00, 1.00, 0.94 (021 and 023 studied then). */
  private static final double FLOOR_FLAT_PUBLISHED = 0.95;
  private static final double FLOOR_FLAT_EVENT_DATE = 0.88;

  @Test
  void syrianWarArticlesFlattenedStayAboveTheirFloor() throws IOException, URISyntaxException {
    assertAbove("syrian-war flattened", score("syrian-war", true), FLOOR_GOVERNORATE,
        FLOOR_FLAT_PUBLISHED, FLOOR_FLAT_EVENT_DATE);
  }

  @Test
  void syrianWarArticlesStayAboveTheirFloor() throws IOException, URISyntaxException {
    assertAbove("syrian-war", score("syrian-war"), FLOOR_GOVERNORATE, FLOOR_PUBLISHED,
        FLOOR_EVENT_DATE);
  }

  /* Prints a set's halves and whole, and holds the whole to its floors. */
  private static void assertAbove(String label, Map<String, Score> halves, double governorate,
      double published, double eventDate) {
    Score all = new Score();
    halves.values().forEach(all::add);
    halves.forEach((k, s) -> System.out.println(label + " " + k + ": " + s));
    System.out.println(label + " all: " + all);
    assertTrue(all.share(all.governorate) >= governorate, "governorate " + all);
    assertTrue(all.share(all.pubRight) >= published, "published " + all);
    assertTrue(all.share(all.eventDate) >= eventDate, "event date " + all);
  }

  private Map<String, Score> score(String set) throws IOException, URISyntaxException {
    return score(set, false);
  }

  /* A page as a scraped corpus stores it: one run of text, commas and apostrophes dropped. */
  static String flatten(String page) {
    return page.replace(",", "").replace("'", "").replace("’", "").replaceAll("\\s+", " ")
        .strip() + "\n";
  }

  private Map<String, Score> score(String set, boolean flat)
      throws IOException, URISyntaxException {
    String goldFile = set + "/" + set + ".gold.json";
    Path dir = Path.of(getClass().getResource("/events/" + goldFile).toURI()).getParent();
    JsonNode gold = new ObjectMapper().readTree(dir.resolve(set + ".gold.json").toFile());
    Path out = this.out.resolve(set + (flat ? "-flat" : ""));
    List<String> pages = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> pages.add(p.toString()));
    }
    if (flat) {
      Path in = Files.createDirectories(this.out.resolve(set + "-flat-pages"));
      for (int i = 0; i < pages.size(); i++) {
        Path p = Path.of(pages.get(i));
        Path q = in.resolve(p.getFileName().toString());
        Files.writeString(q, flatten(Files.readString(p, StandardCharsets.UTF_8)),
            StandardCharsets.UTF_8);
        pages.set(i, q.toString());
      }
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
    boolean detailAll = "all".equals(System.getProperty("sywar.detail"));
    Map<String, Score> halves = new LinkedHashMap<>();
    halves.put("odd", new Score());
    halves.put("even", new Score());
    for (JsonNode g : gold) {
      String file = g.get("file").asText();
      boolean odd = Integer.parseInt(file.substring(0, 3)) % 2 == 1;
      Score s = halves.get(odd ? "odd" : "even");
      s.pages++;
      JsonNode d = docs.get(file);
      assertTrue(d != null, "no document for " + file);
      List<JsonNode> ev = new ArrayList<>(events.getOrDefault(d.get("doc_id").asText(), List.of()));
      ev.sort(Comparator.comparingInt(e -> e.path("text_info").path("start").asInt()));
      List<String> misses = new ArrayList<>();
      String want = governorate(g.get("governorate").asText());
      List<String> admins = new ArrayList<>();
      for (JsonNode e : ev) {
        String a = text(e.path("event_loc").get("admin1"));
        if (a != null && !a.isEmpty()) {
          admins.add(governorate(a));
        }
      }
      String got = majority(admins);
      if (ev.isEmpty()) {
        s.noEvent++;
      }
      if (admins.isEmpty()) {
        s.noPlace++;
      }
      if (want.equals(got)) {
        s.governorate++;
      } else {
        misses.add("governorate " + got + " " + places(ev));
      }
      if (admins.contains(want)) {
        s.anyGovernorate++;
      }
      String pub = text(d.path("published").get("value"));
      if (pub != null && !pub.isEmpty()) {
        s.pubFound++;
      }
      if (pub != null && pub.length() >= 10
          && pub.substring(0, 10).equals(g.get("published").asText())) {
        s.pubRight++;
      } else {
        misses.add("published " + pub + " (" + text(d.path("published").get("evidence")) + ")");
      }
      List<String> dates = new ArrayList<>();
      for (JsonNode e : ev) {
        String date = text(e.get("date"));
        if (date != null && !date.isEmpty()) {
          dates.add(date);
        }
      }
      if (g.get("published").asText().equals(majority(dates))) {
        s.eventIsPublished++;
      }
      if (g.get("event_date").asText().equals(majority(dates))) {
        s.eventDate++;
      } else {
        misses.add("event date " + majority(dates) + " " + dates);
      }
      if (!misses.isEmpty() && (odd || detailAll)) {
        System.out.println("  " + file + " (" + g.get("governorate").asText() + ", "
            + g.get("main_place").asText() + ", " + g.get("event_date").asText() + "): "
            + String.join("; ", misses));
      }
    }
    return halves;
  }

  /** Each event's place as "text=name/admin1", in text order. */
  private static String places(List<JsonNode> ev) {
    List<String> p = new ArrayList<>();
    for (JsonNode e : ev) {
      JsonNode loc = e.get("event_loc");
      p.add(loc == null || loc.isNull() ? "-"
          : text(loc.get("text")) + "=" + text(loc.get("name")) + "/" + text(loc.get("admin1")));
    }
    return p.toString();
  }

  /** The most frequent value, ties to the earliest; null when there is none. */
  static String majority(List<String> values) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String v : values) {
      counts.merge(v, 1, Integer::sum);
    }
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      if (c.getValue() > bestCount) {
        best = c.getKey();
        bestCount = c.getValue();
      }
    }
    return best;
  }

  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("dimashq", "damascus"), Map.entry("rifdimashq", "rifdimashq"),
      Map.entry("damascuscountryside", "rifdimashq"), Map.entry("ruraldamascus", "rifdimashq"),
      Map.entry("assuwayda", "suwayda"), Map.entry("sweida", "suwayda"),
      Map.entry("suwaida", "suwayda"), Map.entry("deirezzor", "deirezzor"),
      Map.entry("dayrazzawr", "deirezzor"), Map.entry("alhasakah", "hasakah"),
      Map.entry("hasaka", "hasakah"), Map.entry("alhasaka", "hasakah"),
      Map.entry("arraqqah", "raqqa"), Map.entry("raqqah", "raqqa"), Map.entry("hamah", "hama"),
      Map.entry("dara", "daraa"), Map.entry("deraa", "daraa"),
      Map.entry("alqunaytirah", "quneitra"), Map.entry("qunaytirah", "quneitra"),
      Map.entry("alladhiqiyah", "latakia"), Map.entry("lattakia", "latakia"),
      Map.entry("tartous", "tartus"), Map.entry("tartos", "tartus"), Map.entry("hims", "homs"),
      Map.entry("idleb", "idlib"));

  /** A governorate name reduced for comparison: letters only, lower case, aliases merged. */
  static String governorate(String name) {
    String t = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    t = t.replace("governorate", "").replace("muhafazat", "").replace("province", "");
    t = t.replaceAll("[^a-z]", "");
    return ALIASES.getOrDefault(t, t);
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
