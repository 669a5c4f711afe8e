package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.io.OutputStream;
import java.io.InputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over HTTP on a real server and store. */
class ServerIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir static Path tmp;
  static Workbench wb;

  @BeforeAll
  static void start() throws IOException {
    wb = new Workbench(tmp);
  }

  @AfterAll
  static void stop() throws IOException {
    wb.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(wb.base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return JSON.readTree(r.body());
  }

  static HttpResponse<String> post(String path, String auth, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(wb.base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String anEvent() throws Exception {
    return json("/api/events?limit=1").path("events").get(0).path("id").asText();
  }

  @Test
  void theTokenIsCreatedOnceAndReadableByItsOwnerOnly() throws Exception {
    assertNotNull(wb.token);
    Path f = wb.dir.resolve("token");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    String[] shown = new String[1];
    Token again = Token.loadOrCreate(wb.dir, s -> shown[0] = s);
    assertNull(shown[0], "printed only when created");
    assertTrue(again.admits("Bearer " + wb.token));
    assertFalse(again.admits("Bearer " + wb.token.substring(1)));
  }

  @Test
  void openApiDescribesEveryEndpoint() throws Exception {
    JsonNode o = json("/openapi.json");
    assertEquals("3.0.3", o.path("openapi").asText());
    for (String p : new String[] {"/api/stories", "/api/stories/{id}", "/api/events",
        "/api/events/{id}", "/api/documents/{id}", "/api/events/{id}/review",
        "/api/export.csv", "/api/export.geojson", "/api/export.jsonl"}) {
      assertTrue(o.path("paths").has(p), p);
    }
  }

  @Test
  void storiesWithMergedEventsReportsAndContradictions() throws Exception {
    JsonNode list = json("/api/stories");
    assertTrue(list.path("total").asInt() >= 2, list.toString());
    String id = list.path("stories").get(0).path("story_id").asText();
    JsonNode s = json("/api/stories/" + id);
    assertEquals(id, s.path("story_id").asText());
    assertTrue(s.path("events").size() > 0);
    JsonNode m = s.path("events").get(0);
    assertTrue(m.has("corroboration"));
    assertEquals(m.path("reports").size(), m.path("report_events").size());
    assertTrue(s.path("contradictions").isArray());
    assertTrue(s.path("documents").get(0).has("title"));
    assertEquals(404, get("/api/stories/nope").statusCode());
    JsonNode douma = json("/api/stories?q=Douma");
    assertTrue(douma.path("stories").get(0).path("matches").asInt() > 0, douma.toString());
  }

  @Test
  void eventSearchWithFacetsFiltersAndBoundedLimits() throws Exception {
    JsonNode all = json("/api/events?limit=500");
    long total = all.path("total").asLong();
    assertEquals(Math.min(total, 500), all.path("events").size());
    JsonNode types = all.path("facets").path("type");
    String type = types.fieldNames().next();
    JsonNode typed = json("/api/events?type=" + type);
    assertEquals(types.path(type).asLong(), typed.path("total").asLong());
    JsonNode page2 = json("/api/events?limit=1&offset=1");
    assertEquals(all.path("events").get(1).path("id"), page2.path("events").get(0).path("id"));
    assertEquals(400, get("/api/events?limit=501").statusCode());
    assertEquals(400, get("/api/events?offset=-1").statusCode());
    assertEquals(400, get("/api/events?limit=abc").statusCode());
    assertEquals(400, get("/api/events?from=2018-4").statusCode());
    assertEquals(400, get("/api/events?q=" + "x".repeat(600)).statusCode());
  }

  @Test
  void anEventWithItsSpanChainAndReports() throws Exception {
    String id = anEvent();
    JsonNode r = json("/api/events/" + id);
    JsonNode e = r.path("event");
    assertEquals(id, e.path("id").asText());
    assertEquals("outlet", r.path("claimant_chain").get(0).path("kind").asText());
    assertEquals(e.path("claim").path("claimants").size() + 1, r.path("claimant_chain").size());
    JsonNode doc = json("/api/documents/" + e.path("doc_id").asText());
    String text = doc.path("text").asText();
    int s = e.path("text_info").path("start").asInt();
    int t = e.path("text_info").path("end").asInt();
    assertEquals(e.path("event_text").asText(), text.substring(s, t));
    assertEquals(s, r.path("span").path("start").asInt());
    assertEquals(text.substring(s, t), r.path("span").path("text").asText());
    assertTrue(doc.has("body") && doc.has("comments") && doc.has("chrome"));
    boolean self = false;
    for (JsonNode x : r.path("merged").path("report_events")) {
      self |= x.path("id").asText().equals(id);
    }
    assertTrue(self, "the merged event lists this report");
    assertEquals(404, get("/api/events/none").statusCode());
    assertEquals(404, get("/api/documents/none").statusCode());
  }

  @Test
  void reviewsNeedTheTokenAndShowInReadsSearchAndExport() throws Exception {
    String id = anEvent();
    String path = "/api/events/" + id + "/review";
    String body = "{\"verdict\":\"accept\",\"note\":\"seen it\",\"reviewer\":\"ana\"}";
    assertEquals(401, post(path, null, body).statusCode());
    assertEquals(401, post(path, "Bearer wrong", body).statusCode());
    assertEquals(401, post(path, wb.token, body).statusCode()); // not a Bearer header
    assertEquals(400, post(path, "Bearer " + wb.token, "{\"verdict\":\"maybe\"}").statusCode());
    assertEquals(400, post(path, "Bearer " + wb.token, "not json").statusCode());
    assertEquals(400, post(path, "Bearer " + wb.token,
        "{\"verdict\":\"edit\",\"changes\":{\"doc_id\":\"x\"}}").statusCode());
    assertEquals(404, post("/api/events/none/review", "Bearer " + wb.token, body).statusCode());
    HttpResponse<String> ok = post(path, "Bearer " + wb.token, body);
    assertEquals(200, ok.statusCode(), ok.body());
    JsonNode rv = JSON.readTree(ok.body()).path("review");
    assertEquals("accept", rv.path("verdict").asText());
    assertEquals("ana", rv.path("reviewer").asText());
    assertEquals(Workbench.NOW.toString(), rv.path("at").asText());
    assertEquals("accept", json("/api/events/" + id).path("event").path("review")
        .path("verdict").asText());
    JsonNode found = json("/api/events?review=accept");
    assertEquals(id, found.path("events").get(0).path("id").asText());
    HttpResponse<String> csv = get("/api/export.csv?review=accept");
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(csv.body().contains(id) && csv.body().contains(",accept,"), csv.body());
    JsonNode geo = JSON.readTree(get("/api/export.geojson").body());
    assertEquals("FeatureCollection", geo.path("type").asText());
    String jsonl = get("/api/export.jsonl?review=accept").body();
    assertEquals(1, jsonl.strip().split("\n").length);
    assertEquals(id, JSON.readTree(jsonl.strip()).path("id").asText());
  }

  @Test
  void bodiesOverOneMegabyteAreRefused() throws Exception {
    String big = "{\"verdict\":\"accept\",\"note\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";
    String id = anEvent();
    HttpResponse<String> r = null;
    try {
      r = post("/api/events/" + id + "/review", "Bearer " + wb.token, big);
    } catch (java.io.IOException e) {
      // the server may close the connection on an oversized body before the client reads the
      // 413; what matters is that nothing was kept and the server still answers
    }
    if (r != null) {
      assertEquals(413, r.statusCode(), r.body());
    }
    JsonNode review = json("/api/events/" + id).path("event").path("review");
    assertTrue(review.path("note").asText("").length() < 1024, "an oversized review was kept");
    assertEquals(200, get("/api/stories").statusCode());
  }

  @Test
  void securityHeadersAndNoCors() throws Exception {
    for (String p : new String[] {"/", "/app.js", "/api/stories", "/api/events/none"}) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(wb.base + p))
          .header("Origin", "http://evil.example").build(), HttpResponse.BodyHandlers.ofString());
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'"), p + ": " + csp);
      assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
      assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), p);
    }
    HttpResponse<String> pre = HTTP.send(HttpRequest.newBuilder(URI.create(wb.base
        + "/api/events/x/review")).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", "http://evil.example")
        .header("Access-Control-Request-Method", "POST").build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(pre.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    String html = get("/").body();
    assertFalse(html.contains("<script>"), "no inline script in the page");
    assertFalse(html.matches("(?s).*\\son[a-z]+=.*"), "no inline handlers");
  }

  @Test
  void noRequestReachesAFile() throws Exception {
    for (String p : new String[] {"/../pom.xml", "/vendor/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd", "/org/sitrep/server/openapi.json", "/index.html",
        "/META-INF/MANIFEST.MF", "/webjars/leaflet/1.9.4/dist/leaflet.js"}) {
      int status = raw(p);
      assertTrue(status == 404 || status == 400, p + ": " + status); // never a file
    }
  }

  /* A request line sent as is (clients normalize dot segments). */
  static int raw(String path) throws IOException {
    try (Socket s = new Socket("127.0.0.1", wb.server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return Integer.parseInt(status.substring(9, 12));
    }
  }
}
