package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Event;

/**
 * The other party of talks and agreements a page names once: "negotiations with Russia resumed
 * … the opposition said four rounds of talks had failed to reach an agreement": the later talks
 * and the agreement are with Russia too. A talk or agreement (a mutual category of {@code
 * categories.tsv}) that names no recipient takes the one named for the same actors in the
 * nearest earlier talk or agreement of the page, else the nearest later one. One page.
 */
final class Counterparts {
  private Counterparts() {}

  /** The events with the counterpart of their talks filled in where none was named. */
  static List<Event> fill(List<Event> events) {
    List<Event> out = new ArrayList<>(events);
    for (int i = 0; i < out.size(); i++) {
      Event e = out.get(i);
      if (!mutual(e) || !e.recipient().isEmpty() || e.actor().isEmpty()) {
        continue;
      }
      List<Event.Entity> other = null;
      for (int d = 1; other == null && d < events.size(); d++) {
        other = named(events, i - d, e);
        if (other == null) {
          other = named(events, i + d, e);
        }
      }
      if (other == null) {
        continue;
      }
      out.set(i, e.withImpliedRecipients(other)); // not written in this sentence
    }
    return out;
  }

  /* The recipients named in the mutual event at {@code j} for the same actors as {@code e}. */
  private static List<Event.Entity> named(List<Event> events, int j, Event e) {
    if (j < 0 || j >= events.size()) {
      return null;
    }
    Event o = events.get(j);
    if (!mutual(o) || o.recipient().isEmpty() || !ids(o.actor()).equals(ids(e.actor()))) {
      return null;
    }
    for (Event.Entity r : o.recipient()) {
      if (r.entityText() == null || r.identifierId() == null
          || ids(o.actor()).contains(r.identifierId())) {
        return null; // implied, or the parties of each other
      }
    }
    return o.recipient();
  }

  private static boolean mutual(Event e) {
    return Category.require(e.event().get(0)).mutual();
  }

  private static List<String> ids(List<Event.Entity> es) {
    List<String> out = new ArrayList<>();
    for (Event.Entity x : es) {
      out.add(x.identifierId());
    }
    return out;
  }
}
