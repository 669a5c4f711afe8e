package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.ingest.PageReader;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.server.Server;
import org.sitrep.store.Ingester;
import org.sitrep.server.Token;
import org.sitrep.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep serve}: the workbench (web page and JSON API) over a store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the store in --db: a web page at / (stories with search and facets, a story's",
      "timeline, a map, the event panel with the page text, claimant chain, every report and",
      "contradictions, review buttons) and the JSON API under /api (described at /openapi.json).",
      "Reviews need the token printed at the first start and kept in <db>/token (mode 600).",
      "Listens on 127.0.0.1 unless --host says otherwise. Stop it with Ctrl-C.",
    })
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--db", required = true, paramLabel = "<dir>", description = "Store folder.")
  Path db;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "<port>",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "<addr>",
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535");
    }
    if (!java.nio.file.Files.isDirectory(db)) {
      err.println("sitrep: no store at " + db + " (make one with: sitrep ingest <pages> --db "
          + db + ")");
      return Main.IO_ERROR;
    }
    Store store;
    Token token;
    try {
      store = Store.open(db);
      if (store.storiesPending()) {
        err.println("sitrep: rebuilding the stories an interrupted ingest left behind");
        err.flush();
        new Ingester(store, Knowledge.defaults(), 1, PageReader.DEFAULT_MAX_BYTES, 1);
      }
      token = Token.loadOrCreate(db, t -> {
        err.println("sitrep: created the review token (shown once; also in " + db.resolve("token")
            + "):");
        err.println(t);
      });
    } catch (IOException e) {
      err.println("sitrep: " + e.getMessage());
      return Main.IO_ERROR;
    }
    Server server;
    try {
      server = Server.start(store, token, new Server.Options(host, port, Clock.systemUTC()));
    } catch (RuntimeException e) {
      closeQuietly(store);
      err.println("sitrep: cannot listen on " + host + ":" + port + ": " + e.getMessage());
      return Main.IO_ERROR;
    }
    String shown = host.contains(":") ? "[" + host + "]" : host;
    err.println("sitrep: serving " + db + " (" + store.counts() + ") at http://" + shown + ":"
        + server.port() + "/");
    err.flush();
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      closeQuietly(store);
      stop.countDown();
    }, "sitrep-stop"));
    stop.await();
    return Main.OK;
  }

  private static void closeQuietly(Store store) {
    try {
      store.close();
    } catch (IOException ignored) {
      // stopping anyway
    }
  }
}
