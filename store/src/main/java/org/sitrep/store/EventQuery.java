package org.sitrep.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A search over events: free text {@code q} (words, "phrases", -exclusions), exact-value filters
 * (type, actor, place, outlet, modality, story, review), a date range (inclusive; {@code
 * YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}), and a page ({@code limit} at most {@link
 * #MAX_LIMIT}, {@code offset} at most {@link #MAX_OFFSET}).
 */
public record EventQuery(String q, Map<String, String> filters, String from, String to,
    int limit, int offset) {
  /** Filter names, as the API and the export take them. */
  public static final java.util.List<String> FILTERS = java.util.List.of("type", "actor",
      "place", "outlet", "modality", "story", "review");
  public static final int MAX_LIMIT = 500;
  public static final int MAX_OFFSET = 10_000;
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  public EventQuery {
    filters = Map.copyOf(filters);
    for (String k : filters.keySet()) {
      if (!FILTERS.contains(k)) {
        throw new IllegalArgumentException("unknown filter '" + k + "', expected one of "
            + FILTERS);
      }
    }
    if (q != null && q.length() > 500) {
      throw new IllegalArgumentException("q is longer than 500 characters");
    }
    for (String d : new String[] {from, to}) {
      if (d != null && !DATE.matcher(d).matches()) {
        throw new IllegalArgumentException("bad date '" + d + "', expected YYYY, YYYY-MM or"
            + " YYYY-MM-DD");
      }
    }
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 0.." + MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException("offset must be 0.." + MAX_OFFSET + ", got " + offset);
    }
  }

  /** Every event, first page. */
  public static EventQuery all() {
    return new EventQuery(null, Map.of(), null, null, 50, 0);
  }

  /** Builds a query from request-style parameters (absent or blank values are ignored). */
  public static EventQuery of(java.util.function.Function<String, String> param) {
    Map<String, String> f = new LinkedHashMap<>();
    for (String k : FILTERS) {
      String v = blankToNull(param.apply(k));
      if (v != null) {
        f.put(k, v);
      }
    }
    return new EventQuery(blankToNull(param.apply("q")), f, blankToNull(param.apply("from")),
        blankToNull(param.apply("to")), integer(param.apply("limit"), 50, "limit"),
        integer(param.apply("offset"), 0, "offset"));
  }

  /** This query with another page. */
  public EventQuery page(int newLimit, int newOffset) {
    return new EventQuery(q, filters, from, to, newLimit, newOffset);
  }

  /** Whether it selects anything less than every event. */
  public boolean narrows() {
    return q != null || !filters.isEmpty() || from != null || to != null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static int integer(String s, int dflt, String name) {
    if (s == null || s.isBlank()) {
      return dflt;
    }
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, got '" + s + "'");
    }
  }
}
