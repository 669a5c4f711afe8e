package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.testing.SharedData;

/** The run's contract: per-input failures, warnings, duplicates, order and untouched output. */
class AnalyzerRunTest {
  @TempDir Path tmp;

  static final String PAGE = "Army enters the town of Douma\n\nThe Syrian army entered the town of"
      + " Douma on Monday, April 9, 2018, after rebels of Jaysh al-Islam withdrew to Jarabulus,"
      + " the Syrian Observatory for Human Rights said.\n";

  private static List<JsonNode> lines(Path file) throws IOException {
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!l.isBlank()) {
        out.add(m.readTree(l));
      }
    }
    return out;
  }

  private static JsonNode json(Path file) throws IOException {
    return new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
  }

  private Analyzer.Summary run(Analyzer.Options o, Path out, String... inputs) throws IOException {
    return new Analyzer(o).run(List.of(inputs), out, Analyzer.Progress.NONE);
  }

  private static Analyzer.Options options(int threads) {
    return new Analyzer.Options(threads, 16L << 20, Knowledge.defaults());
  }

  @Test
  void theSamePageGivenTwiceIsAnalyzedOnce() throws IOException {
    Path a = Files.writeString(tmp.resolve("a.txt"), PAGE, StandardCharsets.UTF_8);
    Path b = Files.writeString(tmp.resolve("copy-of-a.txt"), PAGE, StandardCharsets.UTF_8);
    Path once = tmp.resolve("once");
    Path twice = tmp.resolve("twice");
    run(options(2), once, a.toString());
    Analyzer.Summary s = run(options(2), twice, a.toString(), b.toString());
    assertEquals(1, s.documents());
    assertEquals(1, s.duplicates());
    assertEquals(1, lines(twice.resolve("documents.jsonl")).size());
    assertEquals(Files.readString(once.resolve("events.jsonl")),
        Files.readString(twice.resolve("events.jsonl")));
    assertFalse(Files.readString(twice.resolve("events.jsonl")).isEmpty(), "the page has events");
    JsonNode run = json(twice.resolve("run.json"));
    assertEquals(b.toString(), run.get("duplicates").get(0).get("input").asText());
    assertEquals(a.toString(), run.get("duplicates").get(0).get("same_as").asText());
  }

  @Test
  void repairsBecomeWarningsOnTheDocumentAndInRunJson() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
      z.write((PAGE + PAGE.repeat(40)).getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = gz.toByteArray();
    Path cut = Files.write(tmp.resolve("cut.txt.gz"), Arrays.copyOf(whole, whole.length - 30));
    Path good = Files.writeString(tmp.resolve("good.txt"), PAGE, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Analyzer.Summary s = run(options(2), out, cut.toString(), good.toString());
    assertEquals(2, s.documents());
    assertEquals(0, s.failures());
    assertEquals(1, s.warnings());
    List<JsonNode> docs = lines(out.resolve("documents.jsonl"));
    assertTrue(docs.get(0).get("warnings").get(0).asText().startsWith("truncated gzip"),
        docs.get(0).get("warnings").toString());
    assertEquals(0, docs.get(1).get("warnings").size());
    JsonNode run = json(out.resolve("run.json"));
    assertEquals(1, run.get("counts").get("warnings").asInt());
    assertEquals(cut.toString(), run.get("warnings").get(0).get("input").asText());
    assertTrue(s.notes().stream().anyMatch(n -> n.contains("truncated gzip")), s.notes().toString());
  }

  @Test
  void aRunWithNothingToAnalyzeTouchesNothing() throws IOException {
    Path page = Files.writeString(tmp.resolve("a.txt"), PAGE, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    run(options(2), out, page.toString());
    byte[] before = Files.readAllBytes(out.resolve("documents.jsonl"));
    byte[] runBefore = Files.readAllBytes(out.resolve("run.json"));
    Analyzer.NothingToAnalyzeException e = assertThrows(Analyzer.NothingToAnalyzeException.class,
        () -> run(options(2), out, tmp.resolve("seedz").toString()));
    assertTrue(e.getMessage().contains("seedz: no such file or folder"), e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(out.resolve("documents.jsonl")));
    assertArrayEquals(runBefore, Files.readAllBytes(out.resolve("run.json")));
    Files.createDirectories(tmp.resolve("empty"));
    assertThrows(Analyzer.NothingToAnalyzeException.class,
        () -> run(options(2), out, tmp.resolve("empty").toString()));
    assertArrayEquals(before, Files.readAllBytes(out.resolve("documents.jsonl")));
  }

  @Test
  void aRunReplacesTheFilesOnlyWhenItCompletes() throws IOException {
    Path page = Files.writeString(tmp.resolve("a.txt"), PAGE, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    run(options(2), out, page.toString());
    JsonNode run = json(out.resolve("run.json"));
    assertTrue(run.get("complete").asBoolean());
    assertEquals(1, run.get("counts").get("documents").asInt());
    assertEquals(page.toString(), run.get("inputs").get(0).asText());
    assertTrue(run.has("version") && run.has("started") && run.has("ended")
        && run.get("options").has("page_timeout_seconds"));
    try (var s = Files.list(out)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".sitrep-run-")),
          "no staging folder left");
    }
    // a killed run's leftovers are hidden, and cleaned by the next complete run
    Files.createDirectories(out.resolve(".sitrep-run-killed"));
    Files.writeString(out.resolve(".sitrep-run-killed/documents.jsonl"), "{\"half");
    run(options(2), out, page.toString());
    assertFalse(Files.exists(out.resolve(".sitrep-run-killed")));
  }

  @Test
  void anOutputPathThatIsAFileIsNamedAsSuch() throws IOException {
    Path page = Files.writeString(tmp.resolve("a.txt"), PAGE, StandardCharsets.UTF_8);
    Path file = Files.writeString(tmp.resolve("ofile"), "x");
    IOException e = assertThrows(IOException.class, () -> run(options(2), file, page.toString()));
    assertEquals(file + " is a file, not a folder; --out needs a folder", e.getMessage());
  }

  @Test
  void aPageOverItsMemoryBudgetIsRefusedUpFrontAndTheOthersAreAnalyzed() throws IOException {
    // a heap of 3 MB shared by 2 workers: about 43 KB per page
    Analyzer.Options o = options(2).withHeap(3L << 20);
    long budget = o.pageBudget();
    Path big = Files.writeString(tmp.resolve("big.txt"),
        PAGE + "More text about the town. ".repeat((int) (budget / 20)), StandardCharsets.UTF_8);
    Path good = Files.writeString(tmp.resolve("good.txt"), PAGE, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Analyzer.Summary s = run(o, out, big.toString(), good.toString());
    assertEquals(1, s.documents());
    List<JsonNode> f = lines(out.resolve("failures.jsonl"));
    assertEquals(1, f.size());
    assertEquals(big.toString(), f.get(0).get("input").asText());
    assertTrue(f.get(0).get("error").asText().matches("input is [0-9.]+ KB, over the memory"
        + " budget per page \\(3 MB heap shared by 2 workers\\) of [0-9.]+ KB"),
        f.get(0).get("error").asText());
  }

  @Test
  void aPageOverTheTimeLimitIsAbandonedAndTheOthersAreAnalyzed() throws IOException {
    // about 2 MB of dense dates, names and deeds in one paragraph: tens of seconds of work
    StringBuilder b = new StringBuilder("Army shells Douma\n\n");
    for (int i = 0; b.length() < 2_000_000; i++) {
      b.append("On March ").append(i % 28 + 1).append(", 2018 the Syrian army shelled Douma and")
          .append(" Jaysh al-Islam rebels withdrew to Jarabulus, the Syrian Observatory said. ");
    }
    Path slow = Files.writeString(tmp.resolve("slow.txt"), b, StandardCharsets.UTF_8);
    Path good = Files.writeString(tmp.resolve("good.txt"), PAGE, StandardCharsets.UTF_8);
    Path good2 = Files.writeString(tmp.resolve("good2.txt"), PAGE.replace("Monday", "Tuesday"),
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Analyzer.Options o = options(2).withHeap(512L << 20)
        .withPageTimeout(java.time.Duration.ofSeconds(3));
    Analyzer.Summary s = run(o, out, good.toString(), slow.toString(), good2.toString());
    List<JsonNode> f = lines(out.resolve("failures.jsonl"));
    assertEquals(1, f.size(), f.toString());
    assertEquals(slow.toString(), f.get(0).get("input").asText());
    assertTrue(List.of("ingest", "mentions", "events").contains(f.get(0).get("stage").asText()));
    assertEquals("took longer than 3 s; abandoned (the limit is --page-timeout)",
        f.get(0).get("error").asText());
    // the good pages are analyzed whole: documents and events
    List<JsonNode> docs = lines(out.resolve("documents.jsonl"));
    assertTrue(docs.stream().anyMatch(d -> d.get("input").asText().equals(good.toString())));
    assertTrue(docs.stream().anyMatch(d -> d.get("input").asText().equals(good2.toString())));
    assertTrue(lines(out.resolve("events.jsonl")).stream()
        .anyMatch(e -> e.get("doc_id").asText().equals(docs.stream().filter(d -> d.get("input")
            .asText().equals(good.toString())).findFirst().orElseThrow().get("doc_id").asText())));
    assertEquals(1, s.failures());
  }

  @Test
  void devPagesInReverseOrderGiveByteIdenticalEventsStoriesAndTimeline() throws IOException {
    Path shared = SharedData.require();
    List<String> pages = new ArrayList<>();
    for (Inputs.Page p : Inputs.expand(List.of(shared.resolve("dev-pages").toString())).pages()) {
      pages.add(p.input());
    }
    Path forward = tmp.resolve("forward");
    Path reverse = tmp.resolve("reverse");
    new Analyzer(options(2)).run(pages, forward, Analyzer.Progress.NONE);
    Collections.reverse(pages);
    // one thread, and a heap so small (as far as the run knows) that most pages are not held
    // between the passes but read again: the same records
    new Analyzer(options(1).withHeap(1L << 20)).run(pages, reverse, Analyzer.Progress.NONE);
    for (String f : List.of("events.jsonl", "stories.jsonl", "timeline.md")) {
      assertArrayEquals(Files.readAllBytes(forward.resolve(f)), Files.readAllBytes(reverse.resolve(f)),
          f + " depends on the input order or thread count");
    }
    assertTrue(Files.size(forward.resolve("events.jsonl")) > 0);
  }
}
