package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Event;

/**
 * The side a page sets against each doer of force. Where the page names both sides of a deed of
 * force ("the army shelled rebel positions"), the other deeds of force by the same doer that
 * name no target ("shelling resumed on Sunday", "the army took the airport") are against the
 * side the page most often names against it. Only sides the page itself names; one page.
 */
final class Adversaries {
  private Adversaries() {}

  /** The events with the target a page implies filled in where none was named. */
  static List<Event> fill(List<Event> events) {
    Map<String, Map<String, Integer>> against = new HashMap<>();
    Map<String, Event.Entity> entity = new HashMap<>();
    for (Event e : events) {
      if (!force(e) || e.recipient().isEmpty() || e.actor().isEmpty()) {
        continue;
      }
      for (Event.Entity a : e.actor()) {
        for (Event.Entity r : e.recipient()) {
          if (side(a) && side(r) && !a.identifierId().equals(r.identifierId())) {
            against.computeIfAbsent(a.identifierId(), k -> new LinkedHashMap<>())
                .merge(r.identifierId(), 1, Integer::sum);
            against.computeIfAbsent(r.identifierId(), k -> new LinkedHashMap<>())
                .merge(a.identifierId(), 1, Integer::sum);
            entity.putIfAbsent(a.identifierId(), a);
            entity.putIfAbsent(r.identifierId(), r);
          }
        }
      }
    }
    if (against.isEmpty()) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      String foe = force(e) && e.recipient().isEmpty() && e.actor().size() == 1
          && side(e.actor().get(0)) ? main(against.get(e.actor().get(0).identifierId())) : null;
      if (foe == null) {
        out.add(e);
        continue;
      }
      Event.Entity f = entity.get(foe);
      // not written in this sentence: the identity only
      Event.Entity implied = new Event.Entity(null, f.identifierId(), f.identifierText(),
          f.code(), f.sector());
      out.add(new Event(e.id(), e.docId(), e.event(), e.mode(), e.context(), e.date(),
          e.enddate(), e.dateInfo(), e.actor(), List.of(implied), e.eventLoc(), e.destination(),
          e.size(), e.claim(), e.eventText(), e.textInfo(), e.citeInfo(), e.confidence(),
          e.topic(), e.storyId(), e.sameAs()));
    }
    return out;
  }

  /* The side named most often against a doer, if one leads. */
  private static String main(Map<String, Integer> foes) {
    if (foes == null) {
      return null;
    }
    String best = null;
    int top = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> f : foes.entrySet()) {
      if (f.getValue() > top) {
        best = f.getKey();
        top = f.getValue();
        tie = false;
      } else if (f.getValue() == top) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /* A deed of force, not a word of it (a threat speaks). */
  private static boolean force(Event e) {
    Category c = Category.require(e.event().get(0));
    return c.family().equals("force") && !c.speech();
  }

  /* A side is a named actor or kind of armed actor, not civilians, captives … or a pronoun. */
  private static boolean side(Event.Entity x) {
    String id = x.identifierId();
    return id != null && !id.startsWith("pronoun") && !ActorFinder.victim(id);
  }
}
