package org.sitrep.knowledge;

import java.util.List;

/**
 * An actor of the catalogue: stable id, canonical name, kind (group, state, military, police,
 * government, official, person, outlet, monitor, igo, ngo, population), PLOVER-style code and
 * sector, country, the id of the actor it belongs to, and its names in both scripts.
 */
public record Actor(String id, String name, String kind, String code, String sector,
    String country, String memberOf, List<String> names) {
  public Actor {
    names = List.copyOf(names);
  }
}
