package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.NewsPages;
import picocli.CommandLine;

/** {@code sitrep ingest}, {@code export} and {@code serve} from the command line. */
class WorkbenchCommandsIT {
  @TempDir Path tmp;

  private static String[] run(String... args) {
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Main.run(args);
      return new String[] {Integer.toString(code), err.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setErr(old);
    }
  }

  @Test
  void ingestTwiceThenExport() throws Exception {
    List<Path> pages = NewsPages.write(tmp.resolve("pages"));
    String db = tmp.resolve("db").toString();
    String[] first = run("ingest", tmp.resolve("pages").toString(), "--db", db);
    assertEquals("0", first[0], first[1]);
    assertTrue(first[1].contains("committed 5/5 pages (5 new"), first[1]);
    String[] again = run("ingest", pages.get(0).toString(), "--db", db, "--quiet");
    assertEquals("0", again[0], again[1]);
    assertEquals("", again[1]);
    Path csv = tmp.resolve("out.csv");
    String[] exp = run("export", "--db", db, "--format", "csv", "--type", "ASSAULT", "-o",
        csv.toString());
    assertEquals("0", exp[0], exp[1]);
    List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertTrue(rows.get(0).startsWith("id,doc_id,story_id"));
    assertTrue(rows.size() > 1);
    for (String r : rows.subList(1, rows.size())) {
      assertTrue(r.contains("ASSAULT"), r);
    }
    Path geo = tmp.resolve("out.geojson");
    assertEquals("0", run("export", "--db", db, "--format", "geojson", "-o", geo.toString())[0]);
    assertTrue(Files.readString(geo, StandardCharsets.UTF_8).startsWith(
        "{\"type\":\"FeatureCollection\""));
    assertEquals("2", run("export", "--db", db, "--format", "xml")[0]);
    assertEquals("2", run("export", "--db", db, "--limit", "3")[0]);
  }

  @Test
  void serveRefusesAMissingStoreAndBindsLoopbackByDefault() {
    String[] r = run("serve", "--db", tmp.resolve("nothing").toString());
    assertEquals("3", r[0]);
    assertTrue(r[1].contains("no store at"), r[1]);
    ServeCommand s = new ServeCommand();
    new CommandLine(s).parseArgs("--db", "x");
    assertEquals("127.0.0.1", s.host);
    assertEquals(8080, s.port);
  }
}
