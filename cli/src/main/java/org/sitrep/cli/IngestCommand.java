package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.store.Ingester;
import org.sitrep.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep ingest}: pages into the store, incrementally. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Adds pages to the store in --db (created if missing): a page already there (same doc_id)",
      "is skipped; a new one is analyzed, joins the stories it belongs to (or opens one), and its",
      "events merge with other outlets' reports. Reviews made in 'sitrep serve' are never",
      "overwritten. Each batch is committed as a whole: a killed run loses nothing it reported as",
      "committed, and running it again adds the rest.",
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  every input was ingested or already there",
      "  1  the run finished, but some inputs failed (see the store's failures)",
      "  2  bad command line",
      "  3  the store could not be opened or written (e.g. a server has it open)",
    })
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "<page or folder>", description = "Pages and folders.")
  List<String> inputs;

  @Option(names = "--db", required = true, paramLabel = "<dir>", description = "Store folder.")
  Path db;

  @Option(names = {"-t", "--threads"}, paramLabel = "<n>", description = "Worker threads.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--batch", paramLabel = "<n>", defaultValue = "200",
      description = "Pages per committed batch (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--max-page-mb", paramLabel = "<mb>", defaultValue = "16",
      description = "Refuse pages larger than this (default: ${DEFAULT-VALUE}).")
  int maxPageMb;

  @Option(names = "--knowledge", paramLabel = "<dir>",
      description = "Also load the user's *.actors.tsv and *.places.tsv from this folder.")
  Path knowledgeDir;

  @Option(names = {"-q", "--quiet"}, description = "No progress output; errors only.")
  boolean quiet;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1 || batch < 1 || maxPageMb < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--threads, --batch and --max-page-mb must be at least 1");
    }
    Knowledge knowledge;
    try {
      knowledge = knowledgeDir == null ? Knowledge.defaults() : Knowledge.load(knowledgeDir);
    } catch (IOException | IllegalArgumentException e) {
      err.println("sitrep: cannot load knowledge: " + e.getMessage());
      return Main.IO_ERROR;
    }
    try (Store store = Store.open(db)) {
      long stored = store.counts().get("documents");
      Ingester ingester = new Ingester(store, knowledge, threads, maxPageMb * 1024L * 1024L,
          batch);
      if (!quiet && stored > 0) {
        err.printf(Locale.ROOT, "sitrep: %s the story links of the %d documents the store holds"
            + " in %.1f s%n", ingester.relinked() ? "re-linked (a store made before links were"
            + " kept)" : "restored", stored, ingester.restoreNanos() / 1e9);
      }
      Ingester.Summary s = ingester.ingest(inputs, (done, total, added, skipped, failures,
          events) -> {
        if (!quiet) {
          err.printf(Locale.ROOT, "sitrep: committed %d/%d pages (%d new, %d already there,"
              + " %d failed, %d events)%n", done, total, added, skipped, failures, events);
          err.flush();
        }
      });
      if (!quiet || s.failures() > 0) {
        err.printf(Locale.ROOT, "sitrep: %d pages: %d added, %d already there, %d failed,"
            + " %d events in %.2f s -> %s (%s)%n", s.pages(), s.added(), s.skipped(),
            s.failures(), s.events(), s.nanos() / 1e9, db, store.counts());
      }
      err.flush();
      return s.failures() > 0 ? Main.SOME_FAILED : Main.OK;
    } catch (IOException e) {
      err.println("sitrep: " + e.getMessage());
      return Main.IO_ERROR;
    }
  }
}
