package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * One craft or soldier of a state's forces named by its nationality ("a Turkish drone", "a
 * Russian warplane", "مروحية روسية") is that state's forces, as the plural ("Israeli jets")
 * already was. Sentences of our own wording, made from blind-pages-4's drone strike.
 */
class StateCraftNamesTest {
  private static final MentionFinder FINDER = new MentionFinder(Knowledge.defaults());

  private static String actorAt(String sentence, String name) {
    int at = sentence.indexOf(name);
    List<Mention> ms = FINDER.find(MentionFinderTest.doc(sentence)).mentions();
    return ms.stream().filter(m -> m.kind().equals("actor") && m.start() <= at
            && m.end() >= at + name.length())
        .map(Mention::identifierId).findFirst().orElse(null);
  }

  @Test
  void oneCraftOrSoldierOfAStatesForcesIsItsForces() {
    assertEquals("turkish-military",
        actorAt("A Turkish drone hit a pickup truck on the road west of the town.", "Turkish drone"));
    assertEquals("russian-military",
        actorAt("A Russian warplane bombed the outskirts of the village at dawn.", "Russian warplane"));
    assertEquals("russian-military",
        actorAt("قصفت مروحية روسية أطراف القرية فجر اليوم.", "مروحية روسية"));
  }
}
