package org.sitrep.knowledge;

import java.util.Set;

/**
 * A description that refers back to an actor ("the armed group", "the Lebanese TV"): the kinds,
 * sector and country its referent must have ({@code country} "doc" means the document's main
 * country), and a fallback actor id when nothing earlier fits. A generic agent ("police",
 * "protesters", "warplanes", from {@code agents.tsv}) is a description of kind {@code agent}:
 * it names a kind of actor, never refers back, and its fallback is its id {@code agent:<key>}
 * with the agent's CAMEO {@code code}.
 */
public record Description(String phrase, Set<String> kinds, String sector, String country,
    String fallback, String code) {
  public Description {
    kinds = Set.copyOf(kinds);
  }

  /**
   * The referent by the document's main country, when the fallback column maps countries to ids
   * ("SY:us-led-coalition|YE:saudi-led-coalition": "the coalition" is a different one in each
   * war); empty otherwise. Such a description refers back only to one of these actors.
   */
  public java.util.Map<String, String> byCountry() {
    if (fallback.indexOf(':') < 0 || agent()) {
      return java.util.Map.of();
    }
    java.util.Map<String, String> out = new java.util.HashMap<>();
    for (String pair : fallback.split("\\|")) {
      int c = pair.indexOf(':');
      if (c > 0) {
        out.put(pair.substring(0, c).strip(), pair.substring(c + 1).strip());
      }
    }
    return out;
  }

  /** A description of a kind of actor ("police", "protesters") from agents.tsv. */
  public boolean agent() {
    return kinds.contains("agent");
  }
}
