package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Exporter;
import org.sitrep.store.Store;

/**
 * The workbench's HTTP server: the JSON API over a {@link Store} (described at {@code
 * /openapi.json}) and the web page at {@code /}. Reads are open; writes need the store's {@link
 * Token}. Binds where told (the CLI defaults to 127.0.0.1); no CORS; every response carries a
 * content security policy without inline script, nosniff, no framing, no referrer; request
 * bodies are capped at 1 MB; no request names a file (static files are a fixed list in the jar).
 */
public final class Server implements AutoCloseable {
  /** Where to listen and which clock stamps reviews. */
  public record Options(String host, int port, Clock clock) {}

  static final long MAX_BODY = 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none';"
      + " form-action 'none'; frame-ancestors 'none'";
  /** Static files: request path -> classpath resource and type. Nothing else is served. */
  private static final Map<String, String[]> STATIC = Map.of(
      "/", new String[] {"/org/sitrep/server/web/index.html", "text/html; charset=utf-8"},
      "/app.js", new String[] {"/org/sitrep/server/web/app.js",
          "text/javascript; charset=utf-8"},
      "/app.css", new String[] {"/org/sitrep/server/web/app.css", "text/css; charset=utf-8"},
      "/world.json", new String[] {"/org/sitrep/server/web/world.json", "application/json"},
      "/openapi.json", new String[] {"/org/sitrep/server/openapi.json",
          "application/json; charset=utf-8"},
      "/vendor/leaflet.js", new String[] {"/META-INF/resources/webjars/leaflet/1.9.4/dist/leaflet.js",
          "text/javascript; charset=utf-8"},
      "/vendor/leaflet.css", new String[] {
          "/META-INF/resources/webjars/leaflet/1.9.4/dist/leaflet.css", "text/css; charset=utf-8"});

  private final Store store;
  private final Token token;
  private final Clock clock;
  private final Javalin app;
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  private Server(Store store, Token token, Options o) {
    this.store = store;
    this.token = token;
    this.clock = o.clock();
    this.app = Javalin.create(config -> {
      config.http.maxRequestSize = MAX_BODY;
      config.jetty.host = o.host();
      config.jetty.port = o.port();
      config.startup.showJavalinBanner = false;
      config.routes.before(this::guard);
      config.routes.after(Server::timing);
      for (Map.Entry<String, String[]> s : STATIC.entrySet()) {
        config.routes.get(s.getKey(), ctx -> serve(ctx, s.getValue()[0], s.getValue()[1]));
      }
      config.routes.get("/api/stories", ctx -> json(ctx, store.stories(query(ctx))));
      config.routes.get("/api/stories/{id}", ctx -> json(ctx, found(store.story(
          ctx.pathParam("id"), bounded(ctx, "limit", 50, 500), bounded(ctx, "offset", 0,
              1_000_000), true))));
      config.routes.get("/api/events", ctx -> json(ctx, store.search(query(ctx), true)));
      config.routes.get("/api/events/{id}", ctx -> json(ctx, found(store.event(
          ctx.pathParam("id")))));
      config.routes.get("/api/documents/{id}", ctx -> json(ctx, found(store.document(
          ctx.pathParam("id")))));
      config.routes.post("/api/events/{id}/review", this::review);
      for (String f : Exporter.FORMATS) {
        config.routes.get("/api/export." + f, ctx -> export(ctx, f));
      }
      config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400,
          e.getMessage()));
      config.routes.exception(NotFound.class, (e, ctx) -> error(ctx, 404, "not found"));
      config.routes.exception(Unauthorized.class, (e, ctx) -> {
        ctx.header("WWW-Authenticate", "Bearer");
        error(ctx, 401, "this needs Authorization: Bearer <token> (the token is in the store"
            + " folder's 'token' file)");
      });
      config.routes.exception(TooLarge.class, (e, ctx) -> error(ctx, 413,
          "request body larger than 1 MB"));
      config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500,
          "internal error: " + e.getClass().getSimpleName()));
      config.routes.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty()) {
          error(ctx, 404, "not found");
        }
      });
      config.routes.error(405, ctx -> error(ctx, 405, "method not allowed"));
    });
  }

  /** Starts a server on {@code store}; port 0 picks a free one. */
  public static Server start(Store store, Token token, Options o) {
    Server s = new Server(store, token, o);
    s.app.start();
    return s;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /* The CPU time the request took on its thread, for clients timing on a loaded machine. */
  private static void timing(Context ctx) {
    Long t0 = ctx.attribute("cpu0");
    if (t0 != null && !ctx.res().isCommitted()) {
      ctx.header("Server-Timing", String.format(java.util.Locale.ROOT, "cpu;dur=%.2f",
          (THREADS.getCurrentThreadCpuTime() - t0) / 1e6));
    }
  }

  private void guard(Context ctx) {
    ctx.attribute("cpu0", THREADS.getCurrentThreadCpuTime());
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
    String len = ctx.header("Content-Length");
    if (len != null) {
      try {
        if (Long.parseLong(len.strip()) > MAX_BODY) {
          throw new TooLarge();
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad Content-Length");
      }
    }
  }

  private void serve(Context ctx, String resource, String type) {
    byte[] bytes = cache.computeIfAbsent(resource, r -> {
      try (InputStream in = Server.class.getResourceAsStream(r)) {
        return in == null ? new byte[0] : in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    if (bytes.length == 0) {
      throw new NotFound();
    }
    ctx.contentType(type).result(bytes);
  }

  private static EventQuery query(Context ctx) {
    return EventQuery.of(ctx::queryParam);
  }

  private static int bounded(Context ctx, String name, int dflt, int max) {
    String s = ctx.queryParam(name);
    if (s == null || s.isBlank()) {
      return dflt;
    }
    int v;
    try {
      v = Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, got '" + s + "'");
    }
    if (v < 0 || v > max) {
      throw new IllegalArgumentException(name + " must be 0.." + max + ", got " + v);
    }
    return v;
  }

  private static <T> T found(Optional<T> o) {
    return o.orElseThrow(NotFound::new);
  }

  private static void json(Context ctx, JsonNode body) {
    ctx.contentType("application/json; charset=utf-8").result(body.toString());
  }

  private static void error(Context ctx, int status, String message) {
    ObjectNode e = JSON.createObjectNode();
    e.put("error", message);
    e.put("status", status);
    ctx.status(status);
    json(ctx, e);
  }

  private void review(Context ctx) throws IOException {
    if (!token.admits(ctx.header("Authorization"))) {
      throw new Unauthorized();
    }
    byte[] raw = ctx.bodyAsBytes();
    if (raw.length > MAX_BODY) {
      throw new TooLarge();
    }
    JsonNode body;
    try {
      body = JSON.readTree(raw);
    } catch (IOException e) {
      throw new IllegalArgumentException("the body is not JSON");
    }
    if (body == null || !body.isObject()) {
      throw new IllegalArgumentException("the body must be a JSON object with a verdict");
    }
    String verdict = body.path("verdict").asText("");
    JsonNode changes = body.get("changes");
    String note = body.hasNonNull("note") ? body.get("note").asText() : null;
    String reviewer = body.hasNonNull("reviewer") ? body.get("reviewer").asText() : "analyst";
    if (reviewer.isBlank() || reviewer.length() > 100) {
      throw new IllegalArgumentException("reviewer must be 1..100 characters");
    }
    json(ctx, found(store.review(ctx.pathParam("id"), verdict, changes, note, reviewer,
        clock.instant())));
  }

  private void export(Context ctx, String format) throws IOException {
    EventQuery q = query(ctx);
    ctx.contentType(Exporter.contentType(format));
    ctx.header("Content-Disposition", "attachment; filename=\"sitrep-events." + format + "\"");
    Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    Exporter.write(store, q, format, w);
    w.flush();
  }

  private static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private static final class Unauthorized extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
