package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  @TempDir Path tmp;

  private static List<JsonNode> lines(Path file) throws IOException {
    ObjectMapper m = new ObjectMapper();
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
        .map(l -> {
          try {
            return m.readTree(l);
          } catch (IOException e) {
            throw new AssertionError("not JSON: " + l, e);
          }
        }).toList();
  }

  private String lastErr = "";

  private int run(String... args) {
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return Main.run(args);
    } finally {
      System.setErr(old);
      lastErr = err.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void analyzesAFolderAndRecordsFailuresWithoutStopping() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("pages/sub"));
    Files.writeString(in.resolve("a.txt"), "Army enters the town of Douma\n\nThe army entered "
        + "the town on Monday, witnesses said.\n", StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("pages/b.html"), "<html><head><title>Talks resume</title></head>"
        + "<body><div class=\"content\"><p>Negotiations resumed on Monday between the two sides,"
        + " a monitoring group said.</p></div></body></html>", StandardCharsets.UTF_8);
    Files.write(tmp.resolve("pages/empty.txt"), new byte[0]);
    Files.writeString(tmp.resolve("pages/notes.md"), "# ignored: not a page name");
    Path out = tmp.resolve("out");
    int code = run("analyze", tmp.resolve("pages").toString(), tmp.resolve("missing.txt").toString(),
        "--out", out.toString(), "--quiet");
    assertEquals(Main.SOME_FAILED, code);
    for (String f : List.of("documents.jsonl", "events.jsonl", "stories.jsonl", "failures.jsonl")) {
      assertTrue(Files.exists(out.resolve(f)), f);
    }
    List<JsonNode> docs = lines(out.resolve("documents.jsonl"));
    assertEquals(2, docs.size());
    assertEquals("Talks resume", docs.get(0).get("title").asText());
    assertTrue(docs.get(0).has("doc_id") && docs.get(0).get("body").has("paragraphs"));
    List<JsonNode> failures = lines(out.resolve("failures.jsonl"));
    assertEquals(2, failures.size());
    assertTrue(failures.stream().anyMatch(f -> f.get("error").asText().equals("empty file")));
    assertTrue(failures.stream().anyMatch(f -> f.get("error").asText().contains("no such file")));
  }

  @Test
  void allGoodInputsExitZero() throws IOException {
    Path page = tmp.resolve("a.txt");
    Files.writeString(page, "Army enters the town of Douma\n\nThe army entered the town.\n",
        StandardCharsets.UTF_8);
    assertEquals(Main.OK, run("analyze", page.toString(), "-o", tmp.resolve("o").toString(), "-q"));
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(Main.USAGE, run("analyze", "--out"));
    assertEquals(Main.USAGE, run("analyze", "x.txt"));
    assertEquals(Main.USAGE, run("--no-such-option"));
  }

  @Test
  void unwritableOutputExitsThree() throws IOException {
    Path page = tmp.resolve("a.txt");
    Files.writeString(page, "Title of a page here\n\nSome text.\n", StandardCharsets.UTF_8);
    Path file = Files.writeString(tmp.resolve("file"), "x");
    assertEquals(Main.IO_ERROR, run("analyze", page.toString(), "--out", file.toString()));
    assertTrue(lastErr.contains(file + " is a file, not a folder"), lastErr);
  }

  @Test
  void badThreadCountsAreRefusedAtParseTimeWithTheRange() throws IOException {
    Path page = Files.writeString(tmp.resolve("a.txt"), "Title of a page here\n\nSome text.\n",
        StandardCharsets.UTF_8);
    for (String bad : List.of("0", "-1", "257", "100000", "2147483647", "99999999999", "two")) {
      assertEquals(Main.USAGE, run("analyze", page.toString(), "--threads", bad, "-o",
          tmp.resolve("o").toString()), bad);
      assertTrue(lastErr.contains("'" + bad + "'") && lastErr.contains("1..256"), lastErr);
    }
    assertEquals(Main.USAGE, run("analyze", page.toString(), "--page-timeout", "0", "-o",
        tmp.resolve("o").toString()));
    org.junit.jupiter.api.Assertions.assertFalse(Files.exists(tmp.resolve("o")),
        "nothing written on a bad command line");
  }

  @Test
  void aTypoInTheInputPathLeavesTheEarlierOutputAlone() throws IOException {
    Path page = Files.writeString(tmp.resolve("a.txt"), "Army enters the town of Douma\n\nThe"
        + " army entered the town.\n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("clob");
    assertEquals(Main.OK, run("analyze", page.toString(), "-o", out.toString(), "-q"));
    String docs = Files.readString(out.resolve("documents.jsonl"), StandardCharsets.UTF_8);
    assertEquals(Main.IO_ERROR, run("analyze", tmp.resolve("seedz").toString(), "-o",
        out.toString()));
    assertTrue(lastErr.contains("nothing to analyze") && lastErr.contains("seedz: no such file"
        + " or folder") && lastErr.contains("left as it was"), lastErr);
    assertEquals(docs, Files.readString(out.resolve("documents.jsonl"), StandardCharsets.UTF_8));
  }
}
