package org.sitrep.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.ingest.PageReader;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.store.Ingester;
import org.sitrep.store.NewsPages;
import org.sitrep.store.Store;

/** A real store built from the test pages, served on a free port of 127.0.0.1. */
final class Workbench implements AutoCloseable {
  static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
  final Store store;
  final Server server;
  final String token;
  final Path dir;
  final String base;

  Workbench(Path tmp) throws IOException {
    List<Path> pages = NewsPages.write(tmp.resolve("pages"));
    dir = tmp.resolve("db");
    store = Store.open(dir);
    List<String> in = new ArrayList<>();
    pages.forEach(p -> in.add(p.toString()));
    new Ingester(store, Knowledge.defaults(), 2, PageReader.DEFAULT_MAX_BYTES, 100).ingest(in,
        Ingester.Progress.NONE);
    String[] shown = new String[1];
    Token t = Token.loadOrCreate(dir, s -> shown[0] = s);
    token = shown[0];
    server = Server.start(store, t, new Server.Options("127.0.0.1", 0,
        Clock.fixed(NOW, ZoneOffset.UTC)));
    base = "http://127.0.0.1:" + server.port();
  }

  @Override
  public void close() throws IOException {
    server.close();
    store.close();
  }
}
