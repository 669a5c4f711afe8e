package org.sitrep.stream;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep stream}: the pipeline as an Apache Flink job over Apache Kafka. Maps the command
 * line to {@link SitrepJob}, {@link EmbeddedRun} or {@link Bench}, and results to exit codes.
 */
@Command(
    name = "sitrep stream",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the pipeline as an Apache Flink job over Apache Kafka.",
      "  --bootstrap H:P --in TOPIC  pages from TOPIC, records to the",
      "      topics documents, mentions, events, stories, failures",
      "  --embedded PAGES --out DIR  in-process Kafka broker and Flink",
      "      MiniCluster; writes the files of `sitrep analyze`",
      "  --bench PAGES               pages/s of the per-document",
      "      stages at parallelism 1 and N",
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done (embedded, bench: every input analyzed)",
      "  1  the run finished, but some inputs failed (see failures.jsonl)",
      "  2  bad command line",
      "  3  the job or the broker could not run",
    })
public final class StreamCommand implements Callable<Integer> {
  @Option(names = "--bootstrap", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers")
  String bootstrap;

  @Option(names = "--in", paramLabel = "TOPIC", description = "topic of pages")
  String in;

  @Option(names = "--group", defaultValue = "sitrep-stream",
      description = "consumer group of the page source (default: ${DEFAULT-VALUE})")
  String group;

  @Option(names = "--bounded", description = "stop at the topic's current end instead of waiting")
  boolean bounded;

  @Option(names = "--parallelism", defaultValue = "2",
      description = "parallelism of the per-document stages (default: ${DEFAULT-VALUE})")
  int parallelism;

  @Option(names = "--checkpoint-ms", defaultValue = "10000",
      description = "checkpoint interval (default: ${DEFAULT-VALUE})")
  long checkpointMs;

  @Option(names = "--embedded", description = "run on an in-process broker and MiniCluster")
  boolean embedded;

  @Option(names = "--bench", description = "measure the per-document stages")
  boolean bench;

  @Option(names = "--repeat", defaultValue = "40",
      description = "bench: times the pages are fed (default: ${DEFAULT-VALUE})")
  int repeat;

  @Option(names = "--trials", defaultValue = "5",
      description = "bench: runs per parallelism, alternating; medians count"
          + " (default: ${DEFAULT-VALUE})")
  int trials;

  @Option(names = "--split-pages", defaultValue = "8",
      description = "bench: pages a reader takes at a time (default: ${DEFAULT-VALUE})")
  int splitPages;

  @Option(names = "--out", paramLabel = "DIR", description = "embedded: output folder")
  Path out;

  @Parameters(paramLabel = "PAGES", arity = "0..*", description = "files or folders of pages")
  List<String> pages = List.of();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    return new CommandLine(new StreamCommand()).execute(args);
  }

  /** The topics the job needs that the cluster lacks (it does not create them). */
  static List<String> missingTopics(String bootstrap, String in) throws Exception {
    java.util.Properties p = new java.util.Properties();
    p.setProperty("bootstrap.servers", bootstrap);
    p.setProperty("request.timeout.ms", "20000");
    p.setProperty("default.api.timeout.ms", "30000");
    try (org.apache.kafka.clients.admin.Admin admin =
        org.apache.kafka.clients.admin.Admin.create(p)) {
      java.util.Set<String> names = admin.listTopics().names()
          .get(30, java.util.concurrent.TimeUnit.SECONDS);
      List<String> missing = new java.util.ArrayList<>();
      for (String t : List.of(in, Output.DOCUMENTS, Output.MENTIONS, Output.EVENTS,
          Output.STORIES, Output.FAILURES)) {
        if (!names.contains(t)) {
          missing.add(t);
        }
      }
      return missing;
    }
  }

  private static String phases(java.util.Map<String, Double> phases) {
    StringBuilder b = new StringBuilder("(");
    phases.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(k).append(' ')
        .append(String.format(Locale.ROOT, "%.1f s", v)));
    return b.append(')').toString();
  }

  @Override
  public Integer call() throws Exception {
    if (parallelism < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--parallelism must be at least 1, got " + parallelism);
    }
    if (embedded || bench) {
      if (pages.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "name the pages to run");
      }
    }
    if (bench) {
      if (repeat < 1 || trials < 1 || splitPages < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--repeat, --trials and"
            + " --split-pages must be at least 1, got " + repeat + ", " + trials + ", "
            + splitPages);
      }
      Bench.Result r = Bench.run(pages, parallelism, repeat, trials, splitPages);
      System.out.println(r.report());
      return 0;
    }
    if (embedded) {
      if (out == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--embedded needs --out DIR");
      }
      EmbeddedRun.Summary s;
      try {
        s = EmbeddedRun.run(pages, out, parallelism);
      } catch (Exception e) {
        System.err.println("sitrep stream: the embedded run failed: " + e);
        return 3;
      }
      System.err.printf(Locale.ROOT, "sitrep stream: %d pages, %d documents, %d events, %d stories,"
          + " %d failures in %.1f s %s; records in %s%n",
          s.pages(), s.documents(), s.events(), s.stories(), s.failures(), s.seconds(),
          phases(s.phases()), out);
      return s.failures() > 0 ? 1 : 0;
    }
    if (bootstrap == null || in == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give --bootstrap HOST:PORT and --in TOPIC, or --embedded, or --bench");
    }
    List<String> missing;
    try {
      missing = missingTopics(bootstrap, in);
    } catch (Exception e) {
      System.err.println("sitrep stream: cannot reach Kafka at " + bootstrap + ": " + e);
      return 3;
    }
    if (!missing.isEmpty()) {
      System.err.println("sitrep stream: create these topics on " + bootstrap + " first: "
          + String.join(", ", missing));
      return 3;
    }
    var env = org.apache.flink.streaming.api.environment.StreamExecutionEnvironment
        .getExecutionEnvironment();
    env.setParallelism(parallelism);
    // aligned barriers keep the state exact; the sinks deliver at least once (see EmbeddedRun)
    env.enableCheckpointing(checkpointMs,
        org.apache.flink.core.execution.CheckpointingMode.EXACTLY_ONCE);
    SitrepJob.build(env, SitrepJob.kafkaSource(bootstrap, in, group, bounded),
        SitrepJob.kafkaSink(bootstrap), SitrepJob.kafkaSink(bootstrap),
        SitrepJob.Settings.defaults(parallelism));
    try {
      env.execute("sitrep stream " + in);
    } catch (Exception e) {
      System.err.println("sitrep stream: the job failed: " + e);
      return 3;
    }
    return 0;
  }
}
