package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/** English person names are not places (PersonNames), in our own wording. */
class PersonNamesTest {
  private static final MentionFinder FINDER = new MentionFinder(Knowledge.defaults());
  private static final PlaceReadings READINGS = new PlaceReadings(Knowledge.defaults());

  private static List<String> readings(String text) {
    org.sitrep.model.Document d = MentionFinderTest.doc(text);
    return READINGS.of(d, FINDER.find(d).mentions()).stream()
        .map(m -> m.text() + "/" + m.countryCode()).collect(Collectors.toList());
  }

  private static List<String> places(String text) {
    return FINDER.find(MentionFinderTest.doc(text)).mentions().stream()
        .filter(m -> m.kind().equals("place")).map(Mention::text).collect(Collectors.toList());
  }

  @Test
  void aSurnameAfterAGivenNameOrTitleIsNoPlace() {
    List<String> found = places("The Tigers won again on Friday night in Canton, Ohio."
        + " Coach Darren Ripley said the defence held firm. \"We never stopped,\" Ripley said.");
    assertTrue(found.contains("Canton"), found.toString());
    assertTrue(!found.contains("Ripley"), found.toString());
  }

  @Test
  void aMidSizeCitySpelledAsThePagesSurnameIsNoPlaceAlone() {
    // Fairfield (California, about 120,000 people) is read bare since the 100,000 rule; the page
    // names a woman Fairfield, so her bare surname later is no city (PersonNames.BIG)
    List<String> found = places("A judge may hear a plea deal for Nora Fairfield, a Lebanon"
        + " nurse accused of fraud. Lawyers on Fairfield’s team said Fairfield was already in"
        + " jail when the police arrested her.");
    assertTrue(!found.contains("Fairfield"), found.toString());
  }

  @Test
  void aGivenNameBeforeASurnameIsNoPlaceLaterEither() {
    List<String> found = places("Frank Buck turned 100 on Sunday at his farm near Dayton."
        + " Neighbours came to celebrate Frank with a cake.");
    assertTrue(found.contains("Dayton"), found.toString());
    assertTrue(!found.contains("Frank"), found.toString());
  }

  @Test
  void aBigPlaceOrAPlaceDesignatorKeepsItsReading() {
    // a capital keeps its reading though a man bears its name; "Shelby County" is a place
    List<String> found = places("Ann Houston, a nurse, flew home to Houston on Monday, and"
        + " Mary Shelby County officials met her there before she drove on to Ann Arbor.");
    assertTrue(found.contains("Ann Arbor"), found.toString());
    assertEquals(1, found.stream().filter(s -> s.equals("Houston")).count(),
        found.toString());
    assertTrue(found.contains("Shelby County"), found.toString());
  }

  @Test
  void aStateReadOffAResemblingWordIsNoCountry() {
    // the actor reading of a word that only resembles a state's name gives no country place;
    // the state's own name and its nationality word do
    List<String> r = readings("George Frank, the club's treasurer, said Angela Greco paid."
        + " The Jordanian government and Greece said nothing.");
    assertTrue(r.stream().noneMatch(s -> s.startsWith("George") || s.startsWith("Frank")
        || s.startsWith("Angela") || s.startsWith("Greco")), r.toString());
    assertTrue(r.contains("Greece/GR"), r.toString());
    assertTrue(r.stream().anyMatch(s -> s.startsWith("Jordanian") && s.endsWith("/JO")),
        r.toString());
  }
}
