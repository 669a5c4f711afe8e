package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the events a query selects, in their effective (reviewed) state: {@code jsonl} (the
 * PLOVER-superset event records, one a line, with a {@code review} field), {@code geojson} (a
 * FeatureCollection of the events that have coordinates) or {@code csv} (one row per event;
 * cells that a spreadsheet would run as a formula are quoted with a leading apostrophe).
 */
public final class Exporter {
  /** The formats, by name. */
  public static final List<String> FORMATS = List.of("csv", "geojson", "jsonl");
  /** The most events one export writes. */
  public static final int MAX_EVENTS = 1_000_000;
  private static final String[] CSV = {"id", "doc_id", "story_id", "same_as", "date", "enddate",
    "event", "mode", "actor", "recipient", "place", "lat", "lon", "country_code", "modality",
    "claimants", "outlet", "confidence", "review", "event_text"};

  private Exporter() {}

  /** Content type of a format. */
  public static String contentType(String format) {
    return switch (format) {
      case "csv" -> "text/csv; charset=utf-8";
      case "geojson" -> "application/geo+json";
      case "jsonl" -> "application/x-ndjson";
      default -> throw new IllegalArgumentException("unknown format '" + format
          + "', expected one of " + FORMATS);
    };
  }

  /** Writes the events {@code q} selects (ignoring its page) in {@code format}; returns the count. */
  public static int write(Store store, EventQuery q, String format, Writer out) throws IOException {
    contentType(format);
    List<String> ids = store.ids(q, MAX_EVENTS);
    int n = 0;
    boolean first = true;
    if (format.equals("csv")) {
      out.write(String.join(",", CSV));
      out.write("\r\n");
    } else if (format.equals("geojson")) {
      out.write("{\"type\":\"FeatureCollection\",\"features\":[");
    }
    for (int i = 0; i < ids.size(); i += 500) {
      for (ObjectNode e : store.events(ids.subList(i, Math.min(ids.size(), i + 500)))) {
        switch (format) {
          case "jsonl" -> {
            out.write(e.toString());
            out.write('\n');
            n++;
          }
          case "geojson" -> {
            JsonNode loc = e.path("event_loc");
            if (loc.path("lat").isNumber() && loc.path("lon").isNumber()) {
              ObjectNode f = Store.JSON.createObjectNode();
              f.put("type", "Feature");
              ObjectNode g = f.putObject("geometry");
              g.put("type", "Point");
              g.putArray("coordinates").add(loc.path("lon").asDouble())
                  .add(loc.path("lat").asDouble());
              f.set("properties", e);
              if (!first) {
                out.write(',');
              }
              first = false;
              out.write(f.toString());
              out.write('\n');
              n++;
            }
          }
          default -> {
            out.write(csvRow(e));
            n++;
          }
        }
      }
    }
    if (format.equals("geojson")) {
      out.write("]}\n");
    }
    out.flush();
    return n;
  }

  static String csvRow(ObjectNode e) {
    List<String> cells = new ArrayList<>();
    JsonNode loc = e.path("event_loc");
    for (String c : CSV) {
      String v = switch (c) {
        case "event", "mode" -> join(e.path(c), null);
        case "actor", "recipient" -> join(e.path(c), "identifier_text");
        case "place" -> loc.path("name").asText("");
        case "lat", "lon" -> loc.path(c).isNumber()
            ? String.format(Locale.ROOT, "%.5f", loc.path(c).asDouble()) : "";
        case "country_code" -> loc.path("country_code").asText("");
        case "modality" -> e.path("claim").path("modality").asText("");
        case "claimants" -> join(e.path("claim").path("claimants"), "name");
        case "outlet" -> e.path("claim").path("outlet").asText("");
        case "review" -> e.path("review").path("verdict").asText("");
        case "confidence" -> e.path("confidence").asText("");
        default -> e.path(c).isNull() || e.path(c).isMissingNode() ? "" : e.path(c).asText();
      };
      cells.add(cell(v));
    }
    return String.join(",", cells) + "\r\n";
  }

  private static String join(JsonNode list, String field) {
    List<String> parts = new ArrayList<>();
    for (JsonNode x : list) {
      String s = field == null ? x.asText() : x.path(field).asText("");
      if (s.isEmpty() && field != null) {
        s = x.path("entity_text").asText(x.path("name").asText(""));
      }
      parts.add(s);
    }
    return String.join("; ", parts);
  }

  static String cell(String v) {
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v; // never a formula in the analyst's spreadsheet
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
