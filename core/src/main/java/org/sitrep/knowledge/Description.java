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

  /** A description of a kind of actor ("police", "protesters") from agents.tsv. */
  public boolean agent() {
    return kinds.contains("agent");
  }
}
