package org.sitrep.knowledge;

import java.util.Set;

/**
 * A description that refers back to an actor ("the armed group", "the Lebanese TV"): the kinds,
 * sector and country its referent must have ({@code country} "doc" means the document's main
 * country), and a fallback actor id when nothing earlier fits.
 */
public record Description(String phrase, Set<String> kinds, String sector, String country,
    String fallback) {
  public Description {
    kinds = Set.copyOf(kinds);
  }
}
