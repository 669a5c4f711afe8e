package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command: maps subcommands to the pipeline and results to exit codes. */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    subcommands = {AnalyzeCommand.class, IngestCommand.class, ServeCommand.class,
        ExportCommand.class, BenchCommand.class, BenchStoreCommand.class, CommandLine.HelpCommand.class},
    description = {
      "Turns conflict-news pages (English and Arabic, HTML or flattened text, optionally gzipped)",
      "into source-attributed, dated records. Runs offline; needs no service.",
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  every input was analyzed",
      "  1  the run finished, but some inputs failed (see failures.jsonl)",
      "  2  bad command line (unknown option, missing argument)",
      "  3  the run could not start or write its output (e.g. --out not writable), or found",
      "     nothing to analyze",
    })
public final class Main implements Runnable {
  /** Every input was analyzed. */
  public static final int OK = 0;
  /** The run finished but some inputs failed. */
  public static final int SOME_FAILED = 1;
  /** Bad command line. */
  public static final int USAGE = 2;
  /** The run could not start or write its output. */
  public static final int IO_ERROR = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (no {@code System.exit}). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setUsageHelpWidth(110); // the descriptions are laid out for it
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("sitrep: error: " + e.getMessage());
          return IO_ERROR;
        });
    cl.getCommandSpec().exitCodeOnInvalidInput(USAGE);
    for (CommandLine sub : cl.getSubcommands().values()) {
      sub.getCommandSpec().exitCodeOnInvalidInput(USAGE);
    }
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"sitrep " + (v == null ? "development build" : v)};
    }
  }
}
