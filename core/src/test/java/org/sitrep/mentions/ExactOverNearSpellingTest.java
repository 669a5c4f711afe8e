package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * A near spelling of a town's name, however well placed among the story's other towns, does not
 * take a name from a far better known place of the same country spelled just as written.
 * Sentences written for these tests.
 */
class ExactOverNearSpellingTest {
  private static final MentionFinder FINDER = new MentionFinder(Knowledge.defaults());

  @Test
  void theCapitalBesideTownsOfTheNorth() {
    // (s40: "agreed with Baghdad" is the Iraqi government, SeatsTest: officials from the city)
    String text = "A convoy left Mosul for Tal Afar and Sinjar on Monday. Officials in Erbil"
        + " said they had agreed with officials from Baghdad on new checkpoints.";
    int at = text.indexOf("Baghdad");
    Mention m = FINDER.find(MentionFinderTest.doc(text)).mentions().stream()
        .filter(x -> x.kind().equals("place") && x.start() == at).findFirst().orElse(null);
    assertEquals("Baghdad", m == null ? null : m.identifierText());
  }

  @Test
  void theCityNotAVillageWhoseNameFoldsAlike() {
    String text = "Farmers blocked roads near Bordeaux and Toulouse on Saturday, and protests"
        + " spread to Lyon in the evening.";
    int at = text.indexOf("Lyon");
    Mention m = FINDER.find(MentionFinderTest.doc(text)).mentions().stream()
        .filter(x -> x.kind().equals("place") && x.start() == at).findFirst().orElse(null);
    assertEquals("Lyon", m == null ? null : m.identifierText());
  }
}
