package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of a run leaves the previous complete output intact; a rerun completes. */
class KilledRunTest {
  @TempDir Path tmp;

  private static final List<String> FILES = List.of("documents.jsonl", "mentions.jsonl",
      "events.jsonl", "stories.jsonl", "failures.jsonl", "timeline.md", "run.json");

  private Process start(Path in, Path out) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "analyze", in.toString(),
        "--out", out.toString(), "--threads", "1", "-q"));
    return new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("child.log").toFile()).start();
  }

  private static Path staging(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.filter(p -> p.getFileName().toString().startsWith(".sitrep-run-")).findFirst()
          .orElse(null);
    }
  }

  @Test
  void aKilledRunLeavesThePreviousOutputIntact() throws Exception {
    Path first = Files.createDirectories(tmp.resolve("first"));
    Files.writeString(first.resolve("a.txt"), "Army enters the town of Douma\n\nThe army entered"
        + " the town of Douma on Monday, April 9, 2018, a monitor said.\n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    assertEquals(Main.OK, Main.run("analyze", first.toString(), "--out", out.toString(), "-q"));
    List<byte[]> before = new ArrayList<>();
    for (String f : FILES) {
      before.add(Files.readAllBytes(out.resolve(f)));
    }
    // a second run over many pages, killed once it has written records into its hidden folder
    Path many = Files.createDirectories(tmp.resolve("many"));
    for (int i = 0; i < 3000; i++) {
      Files.writeString(many.resolve(String.format(java.util.Locale.ROOT, "p%05d.txt", i)), "Rebels leave Douma " + i
          + "\n\nRebels of Jaysh al-Islam left Douma for Jarabulus on April " + (i % 28 + 1)
          + ", 2018, the Syrian Observatory for Human Rights said. Page " + i + ".\n",
          StandardCharsets.UTF_8);
    }
    Process p = start(many, out);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    Path staging = null;
    while (System.nanoTime() < deadline && p.isAlive()) {
      staging = staging(out);
      if (staging != null && Files.exists(staging.resolve("documents.jsonl"))
          && Files.size(staging.resolve("documents.jsonl")) > 100_000) {
        break;
      }
      Thread.sleep(50);
    }
    assertTrue(p.isAlive(), "the run ended before it could be killed: " + Files.readString(
        tmp.resolve("child.log")));
    p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    for (int i = 0; i < FILES.size(); i++) {
      assertArrayEquals(before.get(i), Files.readAllBytes(out.resolve(FILES.get(i))),
          FILES.get(i) + " changed by a killed run");
    }
    assertTrue(Files.readString(out.resolve("run.json")).contains("\"complete\" : true"));
    assertTrue(staging != null && Files.exists(staging), "the killed run's records were hidden");
    // the rerun completes and clears the leftovers
    Path small = Files.createDirectories(tmp.resolve("small"));
    for (int i = 0; i < 3; i++) {
      Files.copy(many.resolve(String.format(java.util.Locale.ROOT, "p%05d.txt", i)), small.resolve("p" + i + ".txt"));
    }
    assertEquals(Main.OK, Main.run("analyze", small.toString(), "--out", out.toString(), "-q"));
    assertEquals(3, Files.readAllLines(out.resolve("documents.jsonl")).size());
    assertFalse(Files.exists(staging), "leftovers of the killed run removed");
    assertTrue(Files.readString(out.resolve("run.json")).contains("\"complete\" : true"));
    assertTrue(new File(out.toFile(), "timeline.md").length() > 0);
  }
}
