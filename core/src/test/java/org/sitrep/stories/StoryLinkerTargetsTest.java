package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Published;
import org.sitrep.testing.Docs;

/**
 * Who did an attack: a side another report names as the target fought back and is no rival
 * account, but only when that report's text names the target, not when the target is the foe
 * a page implies for an untargeted deed. Both a full and a links-only linker keep that rule.
 */
class StoryLinkerTargetsTest {
  static final Knowledge K = Knowledge.defaults();
  static final Published DAY = new Published("2019-10-12", "day", "page", "2019-10-12");
  static final Event.Location TOWN = new Event.Location("Ceylanpinar", "Ceylanpinar", 36.85,
      40.05, "TR", null, "PPL", "test:1");

  static Event attack(String doc, int n, String by, String byText, Event.Entity target,
      String says) {
    return new Event(doc + "-e" + n, doc, List.of("ASSAULT"), List.of(), List.of(), "2019-10-12",
        null, null, List.of(new Event.Entity(byText, by, byText, null, null)),
        target == null ? List.of() : List.of(target), TOWN, null, null,
        new Event.Claim("asserted", List.of(new Event.Claimant(says, "unnamed", null)), null),
        "shelled the town", null, null, 0.9, null, null, null);
  }

  static List<Story.Contradiction> actorDisagreements(StoryLinker linker, Event.Entity target) {
    Document d = Docs.dated("t", DAY, "One side shelled the town.", "The other side did.");
    linker.add(d, List.of(), List.of(
        attack("t", 1, "test:alpha", "Alpha Brigade", target, "first witness"),
        attack("t", 2, "test:beta", "Beta Front", null, "second witness")));
    List<Story.Contradiction> out = new ArrayList<>();
    assertEquals(1, linker.stories().size());
    for (Story s : linker.stories()) {
      assertEquals(1, s.events().size(), "one merged attack: " + s.events());
      assertEquals(2, s.events().get(0).reports().size(), "told twice: " + s.events());
      for (Story.Contradiction c : s.contradictions()) {
        if (c.field().equals("actor")) {
          out.add(c);
        }
      }
    }
    return out;
  }

  @Test
  void aWrittenTargetExcusesItsDisagreement() {
    Event.Entity beta = new Event.Entity("Beta Front", "test:beta", "Beta Front", null, null);
    assertEquals(List.of(), actorDisagreements(new StoryLinker(K), beta));
    assertEquals(List.of(), actorDisagreements(StoryLinker.linksOnly(K), beta));
  }

  @Test
  void anImpliedTargetExcusesNone() {
    Event.Entity beta = new Event.Entity(null, "test:beta", "Beta Front", null, null);
    for (StoryLinker l : List.of(new StoryLinker(K), StoryLinker.linksOnly(K))) {
      List<Story.Contradiction> c = actorDisagreements(l, beta);
      assertEquals(1, c.size(), c.toString());
      assertEquals(2, c.get(0).values().size(), c.toString());
    }
  }
}
