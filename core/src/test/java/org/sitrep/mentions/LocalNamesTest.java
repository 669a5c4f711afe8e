package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;

/**
 * How local news names its places without a cue before them: a town before a local head noun
 * ("a Gainesville man", "Hartford police") and counties in a list with their kind after the last
 * ("Jackson and Barrow counties"); and capitalized words only spelled like a town, which cast no
 * vote for its country. Sentences of our own wording.
 */
class LocalNamesTest {
  private static final Knowledge KNOWLEDGE = Knowledge.defaults();
  private static final MentionFinder FINDER = new MentionFinder(KNOWLEDGE);

  private static List<Mention> places(String text) {
    Document d = MentionFinderTest.doc(text);
    return FINDER.find(d).mentions().stream().filter(m -> m.kind().equals("place"))
        .collect(Collectors.toList());
  }

  private static Mention at(List<Mention> ms, String text) {
    return ms.stream().filter(m -> m.text().equals(text)).findFirst().orElse(null);
  }

  @Test
  void aTownBeforeALocalHeadNounIsAPlace() {
    for (String s : List.of("A Gainesville man was charged on Friday with burglary.",
        "The store was robbed late on Monday, Gainesville police said.",
        "The clerk was arrested on Monday, according to the Gainesville Police Department.")) {
      List<Mention> ms = places(s);
      Mention m = at(ms, "Gainesville");
      assertEquals("US", m == null ? null : m.countryCode(), s + " " + ms);
    }
  }

  @Test
  void withoutTheHeadNounTheBareTownNeedsSupport() {
    // a town under 100,000 people (a city of that size is read by its own name: KnownCitiesTest)
    List<Mention> ms = places("Hattiesburg was quiet on Monday, the clerk said.");
    assertNull(at(ms, "Hattiesburg"), ms.toString());
  }

  @Test
  void anAlternateNameBeforeAHeadNounIsNoPlace() {
    // "Shiite" is no town's own name, whatever gazetteer alternates say
    List<Mention> ms = places("A car bomb hit a crowded market in a mainly Shiite area on"
        + " Thursday.");
    assertNull(at(ms, "Shiite"), ms.toString());
  }

  @Test
  void countiesInAListAreTheStatesCounties() {
    List<Mention> ms = places("Storms hit towns near Atlanta on Monday, and water closed roads"
        + " in Jackson and Barrow counties. In Fulton, DeKalb and Cobb counties, schools closed"
        + " early.");
    assertEquals("admin2:US.GA.157", at(ms, "Jackson").identifierId(), ms.toString());
    assertEquals("admin2:US.GA.013", at(ms, "Barrow").identifierId(), ms.toString());
    assertEquals("admin2:US.GA.121", at(ms, "Fulton").identifierId(), ms.toString());
    assertEquals("admin2:US.GA.089", at(ms, "DeKalb").identifierId(), ms.toString());
    assertEquals("admin2:US.GA.067", at(ms, "Cobb").identifierId(), ms.toString());
  }

  @Test
  void aListFollowedByItsStateIsThatStatesCounties() {
    List<Mention> ms = places("Crews from towns near Atlanta helped in Camden and Charlton"
        + " counties in Georgia, and in Nassau and Baker counties in Florida.");
    assertEquals("admin2:US.GA.039", at(ms, "Camden").identifierId(), ms.toString());
    assertEquals("admin2:US.FL.089", at(ms, "Nassau").identifierId(), ms.toString());
    assertEquals("admin2:US.FL.003", at(ms, "Baker").identifierId(), ms.toString());
  }

  @Test
  void aCapitalizedWordOnlySpelledLikeATownOfTheRegionCastsNoVote() {
    // "Roads" and "Class" sound like Rades in Tunisia and Kilis in Turkey: were they to vote
    // for those countries, the page's "Atlanta" would be a namesake abroad and dropped
    List<Mention> ms = places("Storms hit towns near Atlanta on Monday. Roads were closed for"
        + " hours, and Class trips were called off.");
    Mention atlanta = at(ms, "Atlanta");
    assertEquals("US", atlanta == null ? null : atlanta.countryCode(), ms.toString());
  }

  @Test
  void namesInAListOfOtherThingsAreNoCounties() {
    List<Mention> ms = places("Storms hit towns near Atlanta on Monday. Jackson and Barrow families lost"
        + " their homes.");
    for (Mention m : ms) {
      assertFalse(m.identifierId().startsWith("admin2:"), ms.toString());
    }
  }
}
