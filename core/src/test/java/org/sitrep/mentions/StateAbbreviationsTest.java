package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;

/**
 * US states as AP style abbreviates them after a town ("Frankfort, Ky."), whose letters spell
 * initials or words elsewhere (places-abbreviations-framed.tsv), and a town whose longest name
 * the text refuses ("Washington, D.C") read by its shorter one. Sentences of our own wording.
 */
class StateAbbreviationsTest {
  private static final Knowledge KNOWLEDGE = Knowledge.defaults();
  private static final MentionFinder FINDER = new MentionFinder(KNOWLEDGE);
  private static final PlaceReadings READINGS = new PlaceReadings(KNOWLEDGE);

  /* The places of a text, a state named as an actor ("Washington said") read as its place too. */
  private static List<Mention> places(String text) {
    Document d = MentionFinderTest.doc(text);
    List<Mention> found = FINDER.find(d).mentions();
    return java.util.stream.Stream.concat(found.stream(), READINGS.of(d, found).stream())
        .filter(m -> m.kind().equals("place")).collect(Collectors.toList());
  }

  private static String id(List<Mention> ms, String text) {
    return ms.stream().filter(m -> m.text().equals(text)).map(Mention::identifierId)
        .findFirst().orElse(null);
  }

  @Test
  void aShortAbbreviationAfterATownAndACommaIsItsState() {
    List<Mention> ms = places("A trucker from Frankfort, Ky., and a nurse from Harrisburg, Pa.,"
        + " were hurt on Monday.");
    assertEquals("admin1:US.KY", id(ms, "Ky"), ms.toString());
    assertEquals("admin1:US.PA", id(ms, "Pa"), ms.toString());
    List<Mention> sc = places("The old bridge near Columbia, S.C., gave way on Monday.");
    assertEquals("admin1:US.SC", id(sc, "S.C"), sc.toString());
    // the state after the comma holds the town: the Columbia of South Carolina
    Mention columbia = sc.stream().filter(m -> m.text().equals("Columbia")).findFirst()
        .orElseThrow(() -> new AssertionError(sc.toString()));
    assertEquals("South Carolina", columbia.admin1(), sc.toString());
  }

  @Test
  void theSameLettersElsewhereAreNoState() {
    List<Mention> ms = places("Pa. said he would drive the children to Mass. on Sunday, as the"
        + " Ky. Derby crowd went home.");
    assertTrue(ms.isEmpty(), ms.toString());
  }

  @Test
  void aTownWhoseLongerNameIsRefusedKeepsItsOwn() {
    List<Mention> ms = places("The senator flew to Washington, D.C., on Tuesday to meet the"
        + " mayor.");
    assertEquals("geonames:4140963", id(ms, "Washington"), ms.toString());
    assertEquals("admin1:US.DC", id(ms, "D.C"), ms.toString());
  }

  @Test
  void americaAloneIsTheUnitedStates() {
    List<Mention> ms = places("He moved to America in 2010 and opened a bakery.");
    assertEquals("country:US", id(ms, "America"), ms.toString());
  }
}
