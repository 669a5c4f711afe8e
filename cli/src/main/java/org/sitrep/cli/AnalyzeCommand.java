package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.pipeline.Analyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep analyze}: pages in, records out. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyzes pages into records. Reads .txt, .html and .htm files, each optionally gzipped",
      "(.gz); folders are searched recursively. A file named explicitly is read whatever its name.",
      "",
      "Writes into --out:",
      "  documents.jsonl  one line per page: title, publication date, outlet, credits, dateline,",
      "                   section, tags, language, normalized text, body paragraphs, reader",
      "                   comments, related headlines and chrome (offsets into the text)",
      "  events.jsonl     one line per PLOVER-coded event: category, mode, date, actor,",
      "                   recipient, place, destination, size, claimant chain and modality,",
      "                   evidence offsets, confidence, story_id and same_as",
      "  stories.jsonl    one line per story: documents, merged cross-outlet events with their",
      "                   reports and corroboration, contradictions",
      "  timeline.md      the stories as dated timelines, contradictions beneath",
      "  failures.jsonl   one line per input that could not be analyzed: input, stage, reason",
      "  mentions.jsonl   one line per actor or place named in a body: offsets, the identity it",
      "                   resolved to, coordinates, country, admin1 and feature for places",
      "",
      "  run.json         complete or not, version, start and end, inputs, options, counts,",
      "                   duplicates skipped and warnings (repairs such as a truncated gzip,",
      "                   also on the document record as 'warnings')",
      "",
      "Files are written to a hidden folder in --out and moved into place when the run completes:",
      "an interrupted run leaves the previous output as it was, and a run that finds nothing to",
      "analyze writes nothing. A page over its memory budget or --page-timeout becomes a failure",
      "record; the same page given twice is analyzed once; events, stories and the timeline do",
      "not depend on the order of the inputs or the number of threads.",
      "",
      "Progress goes to stderr (pages done, rate, failures); a bad page never stops the run.",
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  every input was analyzed",
      "  1  the run finished, but some inputs failed (see failures.jsonl)",
      "  2  bad command line",
      "  3  the run could not start or write its output, or found nothing to analyze",
      "     (the output folder is then left as it was)",
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "<page or folder>", description = "Pages and folders to analyze.")
  List<String> inputs;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "<dir>",
      description = "Output folder (created if missing; its record files are replaced when the run"
          + " completes).")
  Path out;

  @Option(names = {"-t", "--threads"}, paramLabel = "<n>", converter = ThreadCount.class,
      description = "Worker threads, 1.." + Analyzer.MAX_THREADS
          + " (default: one per core, ${DEFAULT-VALUE}).")
  int threads = Math.min(Analyzer.MAX_THREADS, Runtime.getRuntime().availableProcessors());

  @Option(names = "--max-page-mb", paramLabel = "<mb>", defaultValue = "16",
      converter = PageMegabytes.class,
      description = "Refuse pages larger than this, before or after gunzipping, 1..2047"
          + " (default: ${DEFAULT-VALUE}). A page larger than its share of the heap is refused"
          + " too (the message gives its size and the budget).")
  int maxPageMb;

  @Option(names = "--page-timeout", paramLabel = "<seconds>", defaultValue = "60",
      converter = Seconds.class,
      description = "Give up on a page after this many seconds in one stage; it becomes a"
          + " failure record and the run goes on (default: ${DEFAULT-VALUE}).")
  Duration pageTimeout;

  @Option(names = "--knowledge", paramLabel = "<dir>",
      description = "Also load the user's actor and place files from this folder:"
          + " *.actors.tsv and *.places.tsv, in the format of the built-in actors.tsv and"
          + " places-curated.tsv (see the README).")
  Path knowledgeDir;

  @Option(names = {"-q", "--quiet"}, description = "No progress output; errors only.")
  boolean quiet;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Knowledge knowledge;
    try {
      knowledge = knowledgeDir == null ? Knowledge.defaults() : Knowledge.load(knowledgeDir);
    } catch (IOException | IllegalArgumentException e) {
      err.println("sitrep: cannot load knowledge: " + e.getMessage());
      return Main.IO_ERROR;
    }
    Analyzer analyzer = new Analyzer(new Analyzer.Options(threads, maxPageMb * 1024L * 1024L,
        knowledge).withPageTimeout(pageTimeout));
    ProgressLine progress = new ProgressLine(err, quiet);
    Analyzer.Summary s;
    try {
      s = analyzer.run(inputs, out, progress);
    } catch (Analyzer.NothingToAnalyzeException e) {
      err.println("sitrep: nothing to analyze: " + e.getMessage() + "; " + out
          + " left as it was");
      return Main.IO_ERROR;
    } catch (IOException e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      err.println("sitrep: " + m + (m.contains(out.toString()) ? "" : " (output folder " + out
          + ")") + (java.nio.file.Files.isDirectory(out) ? "; its previous files are unchanged"
          : ""));
      return Main.IO_ERROR;
    }
    progress.finish(s);
    if (!quiet) {
      for (String n : s.notes()) {
        err.println("sitrep: note: " + n);
      }
    }
    if (!quiet || s.failures() > 0) {
      err.printf(Locale.ROOT, "sitrep: %d pages, %d documents, %d failures, %d warnings,"
          + " %d duplicates in %.2f s -> %s (see run.json)%n", s.pages(), s.documents(),
          s.failures(), s.warnings(), s.duplicates(), s.nanos() / 1e9, out);
    }
    err.flush();
    return s.failures() > 0 ? Main.SOME_FAILED : Main.OK;
  }

  /** Parses --threads, refusing values outside 1..MAX_THREADS at parse time. */
  static final class ThreadCount implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return inRange(value, 1, Analyzer.MAX_THREADS, "threads");
    }
  }

  /** Parses --max-page-mb: 1..2047. */
  static final class PageMegabytes implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return inRange(value, 1, 2047, "megabytes");
    }
  }

  /** Parses --page-timeout in seconds (fractions allowed): more than 0, at most a day. */
  static final class Seconds implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      double s;
      try {
        s = Double.parseDouble(value.trim());
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException("'" + value
            + "' is not a number of seconds");
      }
      if (!(s > 0) || s > 86_400) {
        throw new CommandLine.TypeConversionException("'" + value
            + "' is out of range: seconds must be more than 0 and at most 86400");
      }
      return Duration.ofMillis(Math.max(1, Math.round(s * 1000)));
    }
  }

  private static int inRange(String value, int min, int max, String what) {
    long n;
    try {
      n = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number of "
          + what + " (allowed: " + min + ".." + max + ")");
    }
    if (n < min || n > max) {
      throw new CommandLine.TypeConversionException("'" + value + "' is out of range (allowed: "
          + min + ".." + max + ")");
    }
    return (int) n;
  }
}
