package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Published;
import org.sitrep.testing.Docs;

/**
 * Blows traded at one place on one day are two acts, not one told twice: a strike whose doer
 * is the side an attack names only as its target (or whose target is the attack's doer) opens
 * its own merged event, though both name the same group. A report that leaves out its doer or
 * its target may have them swapped and still joins.
 */
class ReturnedBlowTest {
  static final Knowledge K = Knowledge.defaults();
  static final Published DAY = new Published("2021-02-14", "day", "page", "2021-02-14");
  static final Event.Location TOWN = new Event.Location("Sirwah", "Sirwah", 15.45, 45.02, "YE",
      "Ma'rib", "town", "test:sirwah");

  static Event.Entity side(String id, String text, boolean written) {
    return new Event.Entity(written ? text : null, id, text, null, null);
  }

  static Event deed(String category, int n, List<Event.Entity> by, List<Event.Entity> at) {
    return new Event("p-e" + n, "p", List.of(category), List.of(), List.of(), "2021-02-14",
        null, null, by, at, TOWN, null, null,
        new Event.Claim("asserted", List.of(new Event.Claimant("a source", "unnamed", null)),
            null), "a deed at Sirwah", null, null, 0.9, null, null, null);
  }

  static String mergedOf(StoryLinker linker, String id) {
    return linker.linkedEvents().stream().filter(x -> x.id().equals(id)).findFirst()
        .orElseThrow().sameAs();
  }

  static StoryLinker link(Event... events) {
    StoryLinker linker = new StoryLinker(K);
    Document d = Docs.dated("p", DAY, "Fighting at Sirwah.", "Strikes at Sirwah.");
    linker.add(d, List.of(), List.of(events));
    return linker;
  }

  static final Event.Entity HOUTHIS = side("houthis", "Houthi fighters", true);
  static final Event.Entity ARMY = side("yemeni-army", "army positions", true);
  static final Event.Entity COALITION = side("saudi-led-coalition", "coalition warplanes", true);

  @Test
  void theFoesStrikeInReturnIsAnotherAttack() {
    StoryLinker linker = link(
        deed("ASSAULT", 1, List.of(HOUTHIS), List.of(ARMY)),
        deed("ASSAULT", 2, List.of(HOUTHIS), List.of(ARMY)),
        deed("ASSAULT", 3, List.of(ARMY), List.of(HOUTHIS)),
        deed("ASSAULT", 4, List.of(COALITION), List.of(HOUTHIS)));
    assertEquals(mergedOf(linker, "p-e1"), mergedOf(linker, "p-e2"));
    assertNotEquals(mergedOf(linker, "p-e1"), mergedOf(linker, "p-e3"));
    assertNotEquals(mergedOf(linker, "p-e1"), mergedOf(linker, "p-e4"));
    // the two blows at the Houthis are told alike: one event
    assertEquals(mergedOf(linker, "p-e3"), mergedOf(linker, "p-e4"));
  }

  @Test
  void aSeizureBackIsAnotherSeizure() {
    StoryLinker linker = link(
        deed("COERCE", 1, List.of(HOUTHIS), List.of(ARMY)),
        deed("COERCE", 2, List.of(ARMY), List.of(HOUTHIS)));
    assertNotEquals(mergedOf(linker, "p-e1"), mergedOf(linker, "p-e2"));
  }

  @Test
  void aDeedWithoutItsDoerOrTargetStillJoins() {
    StoryLinker linker = link(
        deed("ASSAULT", 1, List.of(HOUTHIS), List.of(ARMY)),
        deed("ASSAULT", 2, List.of(ARMY), List.of()),
        deed("ASSAULT", 3, List.of(), List.of(HOUTHIS)));
    assertEquals(mergedOf(linker, "p-e1"), mergedOf(linker, "p-e2"));
    assertEquals(mergedOf(linker, "p-e1"), mergedOf(linker, "p-e3"));
  }
}
