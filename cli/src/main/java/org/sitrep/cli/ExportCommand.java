package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Exporter;
import org.sitrep.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep export}: the store's events, reviewed state included, as CSV, GeoJSON or JSONL. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the events of the store in --db that match the filters, as reviewed (an edited",
      "event with its edits, a rejected one marked so in 'review'), to --out or stdout.",
    })
final class ExportCommand implements Callable<Integer> {
  @Option(names = "--db", required = true, paramLabel = "<dir>", description = "Store folder.")
  Path db;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "<fmt>",
      description = "csv, geojson or jsonl (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--out"}, paramLabel = "<file>", description = "Output file (default: stdout).")
  Path out;

  @Option(names = "--q", paramLabel = "<text>", description = "Full-text search.") String q;
  @Option(names = "--type", paramLabel = "<PLOVER>", description = "Event category, e.g. ASSAULT.") String type;
  @Option(names = "--actor", paramLabel = "<name>", description = "Actor or recipient (canonical name).") String actor;
  @Option(names = "--place", paramLabel = "<name>", description = "Place name.") String place;
  @Option(names = "--outlet", paramLabel = "<name>", description = "Outlet.") String outlet;
  @Option(names = "--modality", paramLabel = "<m>", description = "asserted, denied, planned, …") String modality;
  @Option(names = "--story", paramLabel = "<id>", description = "Story id.") String story;
  @Option(names = "--review", paramLabel = "<v>", description = "accept, reject, edit or unreviewed.") String review;
  @Option(names = "--from", paramLabel = "<date>", description = "From date (YYYY[-MM[-DD]]), inclusive.") String from;
  @Option(names = "--to", paramLabel = "<date>", description = "To date, inclusive.") String to;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Map<String, String> p = new LinkedHashMap<>();
    p.put("q", q);
    p.put("type", type);
    p.put("actor", actor);
    p.put("place", place);
    p.put("outlet", outlet);
    p.put("modality", modality);
    p.put("story", story);
    p.put("review", review);
    p.put("from", from);
    p.put("to", to);
    EventQuery query;
    try {
      query = EventQuery.of(p::get);
      Exporter.contentType(format);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    try (Store store = Store.open(db)) {
      Writer w = out == null
          ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
          : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
      try {
        int n = Exporter.write(store, query, format, w);
        err.println("sitrep: exported " + n + " events" + (out == null ? "" : " -> " + out));
      } finally {
        if (out != null) {
          w.close();
        } else {
          w.flush();
        }
      }
      return Main.OK;
    } catch (IOException e) {
      err.println("sitrep: " + e.getMessage());
      return Main.IO_ERROR;
    }
  }
}
