package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * The towns, districts and camps the war news names (issue #11's probe lists, war-places.tsv)
 * resolve to their governorate; and the mechanisms that keep a near spelling or a folded
 * abbreviation from taking a curated name: sentences in our own words.
 */
class WarPlacesTest {
  private static final MentionFinder FINDER = new MentionFinder(Knowledge.defaults());

  static Stream<Arguments> places() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/mentions/war-places.tsv"),
        StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      out.add(Arguments.of(c[0], c[1], c[2]));
    }
    assertTrue(out.size() >= 150, "at least 150 places, have " + out.size());
    return out.stream();
  }

  /* The place mention that covers {@code name} in {@code sentence}, or null. */
  private static Mention placeAt(String sentence, String name) {
    return MentionFinderTest.placeAt(FINDER, sentence, name);
  }

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @MethodSource("places")
  void aPlaceOfTheWarIsInItsGovernorate(String name, String language, String admin1) {
    String sentence = language.equals("ar")
        ? "شنت طائرات حربية غارات في " + name + " يوم الأحد ما أدى إلى مقتل خمسة مدنيين."
        : "Syrian warplanes struck " + name + " on Sunday, killing five civilians, a monitor said.";
    Mention m = placeAt(sentence, name);
    assertTrue(m != null, () -> name + ": no place");
    assertEquals(admin1, m.admin1(), () -> name + ": " + m);
  }

  @Test
  void aWarTownByItsNewsNameNeedsNoCountryOnThePage() {
    // GeoNames names the town Tadmur; the news writes Palmyra, which only folds to Palmira in
    // Colombia, a city six times its size: with no country named, the news name decides
    for (String s : new String[] {"Islamic State fighters blew up a temple in Palmyra on Sunday.",
        "Army units took back hills east of Tadmor after killing dozens of gunmen."}) {
      String name = s.contains("Palmyra") ? "Palmyra" : "Tadmor";
      Mention m = placeAt(s, name);
      assertTrue(m != null, "no place: " + s);
      assertEquals("SY", m.countryCode(), m.toString());
    }
  }

  @Test
  void anAbbreviationIsReadOnlyAsWrittenWithItsPeriod() {
    // "Kan." is Kansas in a dateline; its folded key must not make "Khan" of an unknown town Kansas
    Mention khan = placeAt("Regime helicopters dropped barrel bombs on Khan Sbeitan overnight.",
        "Khan");
    assertTrue(khan == null || !"Kansas".equals(khan.admin1()), () -> String.valueOf(khan));
    Mention kan = placeAt("A tornado hit farms near the town of Kan on Monday.", "Kan");
    assertTrue(kan == null || !"Kansas".equals(kan.admin1()), () -> String.valueOf(kan));
    Mention dateline = placeAt("SALINA, Kan. -- Storms flattened a grain elevator on Monday.",
        "Kan.");
    assertEquals("Kansas", dateline == null ? null : dateline.admin1(), String.valueOf(dateline));
  }

  @Test
  void aCountryIsNotTakenByAFewOfItsConsonants() {
    // GeoNames spells the Hama town Murak and lists "Morek"; Morocco shares only m-r-k
    Mention m = placeAt("Syrian troops pushed into Morek after days of shelling.", "Morek");
    assertTrue(m != null, "no place");
    assertEquals("SY", m.countryCode(), m.toString());
  }

  @Test
  void aCuratedNameSpelledJustSoBeatsAnotherPlacesAlternateOrNearSpelling() {
    // GeoNames lists "Shakhba" for Shahba (Suwayda) and "Houla" for Kafr Laha; Salamiyah's
    // spellings share Salma's consonants: the curated town of that very spelling wins
    assertEquals("sy:saqba", idAt("Syrian army shells fell on Saqba at dawn.", "Saqba"));
    assertEquals("sy:houla", idAt("Syrian army tanks moved on Houla at dawn.", "Houla"));
    assertEquals("sy:salma", idAt("Syrian army jets pounded Salma at dawn.", "Salma"));
  }

  private static String idAt(String sentence, String name) {
    Mention m = placeAt(sentence, name);
    return m == null ? null : m.identifierId();
  }
}
