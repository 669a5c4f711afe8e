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
 * Places outside the curated region, in our own wording: divisions as places, exact spellings
 * only (no consonant-skeleton namesakes), and the place readings of states and nationality words.
 */
class PlacesAbroadTest {
  private static final Knowledge KNOWLEDGE = Knowledge.defaults();
  private static final MentionFinder FINDER = new MentionFinder(KNOWLEDGE);
  private static final PlaceReadings READINGS = new PlaceReadings(KNOWLEDGE);

  private static List<Mention> places(Document d) {
    return FINDER.find(d).mentions().stream().filter(m -> m.kind().equals("place"))
        .collect(Collectors.toList());
  }

  private static Mention place(String text, String name) {
    Document d = MentionFinderTest.doc(text);
    return places(d).stream().filter(m -> m.text().equals(name)).findFirst().orElse(null);
  }

  @Test
  void aStateOfTheUnionIsAPlaceNotANamesakeAbroad() {
    String text = "Storms closed schools in Memphis and Nashville and across Tennessee and"
        + " Missouri on Tuesday.";
    assertEquals("admin1:US.TN", place(text, "Tennessee").identifierId(),
        "Tennessee is the state, not Tunis");
    assertEquals("admin1:US.MO", place(text, "Missouri").identifierId());
  }

  @Test
  void aDivisionWordMakesTheNameTheDivision() {
    // "state" or "province" beside a name: the division, not the capital nor a namesake town
    List<Mention> found = places(MentionFinderTest.doc(
        "Inspectors traced the sick calf to a Washington state dairy and to a herd in the"
            + " province of Ontario; New York state labs ran the tests."));
    Mention wa = found.stream().filter(m -> m.text().equals("Washington")).findFirst()
        .orElseThrow(() -> new AssertionError(found.toString()));
    assertEquals("admin1:US.WA", wa.identifierId(), found.toString());
    Mention on = found.stream().filter(m -> m.text().equals("Ontario")).findFirst()
        .orElseThrow(() -> new AssertionError(found.toString()));
    assertEquals("admin1:CA.08", on.identifierId(), found.toString());
    assertEquals("admin1:US.NY", place("New York state labs ran the tests.", "New York")
        .identifierId());
    assertTrue(MentionFinder.divisionWord("a Washington state farm", 2, 12));
    assertTrue(MentionFinder.divisionWord("in the state of Washington", 16, 26));
    assertTrue(!MentionFinder.divisionWord("Washington State University", 0, 10));
    assertTrue(!MentionFinder.divisionWord("the statesman of Washington", 17, 27));
  }

  @Test
  void aStoryOutsideTheRegionTakesNoRegionTownByFoldedVowels() {
    // the folding that makes "Deir" and "Dayr" one name makes "Fife" and "Fifi" one too: in a
    // story set in Britain or the US, a town of the region is named as it is written
    List<Mention> uk = places(MentionFinderTest.doc(
        "Wardens in Edinburgh and Glasgow said dead swans were found near lochs in the Fife"
            + " area of Scotland."));
    assertTrue(uk.stream().noneMatch(m -> "MA".equals(m.countryCode())), uk.toString());
    List<Mention> us = places(MentionFinderTest.doc(
        "The cycling Tour passed through Lancaster and Harrisburg, Pennsylvania, where Mayor"
            + " Jett Boren greeted riders."));
    assertTrue(us.stream().noneMatch(m -> m.countryCode() != null
        && Knowledge.inRegion(m.countryCode())), us.toString());
    // the region's own towns, spelled as the gazetteer has them, stay
    Mention aleppo = place("Doctors from Boston flew to Aleppo and Gaziantep after the quake"
        + " in Massachusetts made news.", "Aleppo");
    assertEquals("SY", aleppo == null ? null : aleppo.countryCode());
  }

  @Test
  void theDivisionOrCountryAfterTheCommaHoldsTheTown() {
    // containment: the place named right after the comma holds the one before it
    Mention athens = place("Health ministers from Memphis and Nashville met in Athens, Greece,"
        + " on Tuesday before flying home to Tennessee.", "Athens");
    assertEquals("GR", athens == null ? null : athens.countryCode());
    Mention springfield = place("Springfield, Ohio - the school board voted on bus routes.",
        "Springfield");
    assertEquals("Ohio", springfield == null ? null : springfield.admin1());
    // a list of states is no containment, nor a division followed by its country
    List<Mention> list = places(MentionFinderTest.doc(
        "Cases were reported in Oregon, Utah, Washington, Pennsylvania and California."));
    assertTrue(list.stream().noneMatch(m -> m.text().equals("Washington")
        && "Pennsylvania".equals(m.admin1())), list.toString());
    Mention ca = place("Cases rose in California, United States, this spring.", "California");
    assertEquals("admin1:US.CA", ca == null ? null : ca.identifierId());
  }

  @Test
  void commonWordsAndSurnamesAreNoTownsByTheirConsonants() {
    Document d = MentionFinderTest.doc(
        "The Board met at the Library while Chief Brown told the Council it would vote.");
    assertTrue(places(d).isEmpty(), "no place in: " + places(d));
  }

  @Test
  void aCountyWordIsNotATownInIndia() {
    Document d = MentionFinderTest.doc("The County commissioners approved the budget.");
    assertTrue(places(d).stream().noneMatch(m -> "IN".equals(m.countryCode())), places(d)
        .toString());
  }

  @Test
  void statesActingAndNationalityWordsAlsoNameTheirCountry() {
    Document d = MentionFinderTest.doc(
        "Israel denied the report, and Iranian officials met two Cypriots in the capital.");
    List<Mention> found = FINDER.find(d).mentions();
    List<Mention> readings = READINGS.of(d, found);
    assertTrue(readings.stream().anyMatch(m -> m.text().equals("Israel")
        && m.identifierId().equals("country:IL") && m.resolution().equals("actor")), readings
        .toString());
    assertTrue(readings.stream().anyMatch(m -> m.text().equals("Iranian")
        && m.identifierId().equals("country:IR") && m.resolution().equals("demonym")));
    assertTrue(readings.stream().anyMatch(m -> m.text().equals("Cypriots")
        && m.identifierId().equals("country:CY")));
  }

  @Test
  void aCountryReadAsItsGovernmentOrOpeningAForceIsAlsoThatCountry() {
    // "Libya" is read as its government and "United States Navy" as a force: both name the
    // country too; a body whose name opens with the country is no place of its own
    Document d = MentionFinderTest.doc("Libya rejected the offer on Monday. Officers of the"
        + " United States Navy flew home, and the United States Department of Agriculture said"
        + " nothing.");
    List<Mention> found = FINDER.find(d).mentions();
    List<Mention> readings = READINGS.of(d, found);
    assertTrue(found.stream().anyMatch(m -> m.text().equals("Libya") && m.kind().equals("actor")
        && !"state".equals(KNOWLEDGE.actor(m.identifierId()).orElseThrow().kind())),
        found.toString());
    assertTrue(readings.stream().anyMatch(m -> m.text().equals("Libya")
        && m.identifierId().equals("country:LY") && m.resolution().equals("actor")), readings
        .toString());
    int navy = d.text().indexOf("United States Navy");
    assertTrue(readings.stream().anyMatch(m -> m.start() == navy
        && m.text().equals("United States") && m.identifierId().equals("country:US")),
        found + " " + readings);
    int usda = d.text().indexOf("United States Department");
    assertTrue(readings.stream().noneMatch(m -> m.start() == usda), readings.toString());
  }

  @Test
  void aNameHeldByItsCountryOnceIsThatPlaceThroughoutThePage() {
    // "Athens, Greece" once: the later "Athens" are the Greek capital too, though the page
    // names Hollywood and Houston (votes for the US, where towns named Athens lie)
    List<Mention> found = places(MentionFinderTest.doc("The Hollywood singer landed in Athens,"
        + " Greece, on Monday for a charity concert. She met fans at an Athens bookshop and later"
        + " toured a clinic in Athens with doctors from Houston."));
    List<Mention> athens = found.stream().filter(m -> m.text().equals("Athens"))
        .collect(Collectors.toList());
    assertEquals(3, athens.size(), found.toString());
    assertTrue(athens.stream().allMatch(m -> "GR".equals(m.countryCode())), found.toString());
  }

  @Test
  void dottedInitialsAreOneNameAndAStateNamedLikeAWomanIsAState() {
    Document d = MentionFinderTest.doc("The U.S. envoy flew to Virginia after the talks.");
    List<Mention> found = FINDER.find(d).mentions();
    assertTrue(found.stream().anyMatch(m -> m.text().equals("U.S")
        && "usa".equals(m.identifierId())), found.toString());
    assertTrue(found.stream().anyMatch(m -> m.text().equals("Virginia")
        && "admin1:US.VA".equals(m.identifierId())), found.toString());
  }

  @Test
  void aGovernmentNamedByItsSeatIsReadAtTheSeat() {
    Document d = MentionFinderTest.doc("Moscow denied the report on Friday.");
    List<Mention> readings = READINGS.of(d, FINDER.find(d).mentions());
    assertTrue(readings.stream().anyMatch(m -> m.text().equals("Moscow")
        && m.feature().equals("capital")), readings.toString());
  }

  @Test
  void aCountyIsOnePlaceNearTheTownsOfItsState() {
    Document d = MentionFinderTest.doc(
        "Deputies in Laurel County searched a farm near London, Kentucky, on Monday.");
    List<Mention> found = places(d);
    Mention county = found.stream().filter(m -> m.text().equals("Laurel County")).findFirst()
        .orElseThrow(() -> new AssertionError(found.toString()));
    assertEquals("admin2", county.feature());
    assertEquals("US", county.countryCode());
    assertTrue(found.stream().noneMatch(m -> m.text().equals("Laurel")), found.toString());
  }

  @Test
  void aCountyOfTheGazetteerIsTheOneInTheStateTheStoryNames() {
    // ten states have a Henry County: the story's towns and state choose among them
    Mention county = place("The Henry County commission met in Paris, Tennessee, and Murray"
        + " voted on the school budget for Henry County.", "Henry County");
    assertEquals("admin2:US.TN.079", county == null ? null : county.identifierId());
    Mention ohio = place("Flooding closed roads in Napoleon and across Henry County, Ohio.",
        "Henry County");
    assertEquals("admin2:US.OH.069", ohio == null ? null : ohio.identifierId());
  }

  @Test
  void countiesAreFoundAnywhereInALongParagraphAndOneAfterAnother() {
    // the county pattern is tried from a little before each "County" only: a kind word with no
    // name before it, a name far into the paragraph and two counties in a row are all read
    Document d = MentionFinderTest.doc("County officials said on Tuesday that the storm had"
        + " knocked out power to thousands of homes, closed schools for the rest of the week and"
        + " left a line of fallen trees across the main road north of town, and that deputies"
        + " from Laurel County, Knox County and Whitley County had searched farms near London,"
        + " Kentucky, late into the night.");
    List<Mention> found = places(d);
    for (String county : List.of("Laurel County", "Knox County", "Whitley County")) {
      Mention m = found.stream().filter(x -> x.text().equals(county)).findFirst()
          .orElseThrow(() -> new AssertionError(county + " in " + found));
      assertEquals("admin2", m.feature(), county);
    }
    assertTrue(found.stream().noneMatch(m -> m.text().equals("Laurel")
        || m.text().equals("Knox") || m.text().equals("Whitley")), found.toString());
  }

  @Test
  void aStateIsBetterKnownThanATownOfItsNameAndACountryThanAState() {
    // Ohio has a town called Oregon, Missouri one called Nevada: naming Ohio does not make
    // Oregon that town
    String text = "Wildfire crews from Ohio and Missouri were sent to Oregon and Nevada.";
    assertEquals("admin1:US.OR", place(text, "Oregon").identifierId());
    assertEquals("admin1:US.NV", place(text, "Nevada").identifierId());
    String abroad = "Cases of the flu rose in Ontario and Alberta and in Mexico.";
    assertEquals("admin1:CA.08", place(abroad, "Ontario").identifierId(), "not the Californian"
        + " city");
    assertEquals("country:MX", place(abroad, "Mexico").identifierId(), "not the State of Mexico");
  }

  @Test
  void aSmallTownIsTheOneInTheStateTheStoryNames() {
    // Berea, Kentucky has under 15,000 people, Berea, Ohio more: the state named decides
    Mention berea = place("Volunteers from Berea and Irvine rebuilt homes across eastern"
        + " Kentucky after the storm.", "Berea");
    assertEquals("Kentucky", berea == null ? null : berea.admin1());
  }

  @Test
  void misfiresOfTheIssueStayGone() {
    List<Mention> en = places(MentionFinderTest.doc(
        "Moscow gave rebels in Daraa to surrender an ultimatum. Libyan units moved east."
            + " \"The clinic was hit,\" Serwan Bery told reporters; Aram Qamishlo said so on"
            + " Twitter."));
    assertTrue(en.stream().noneMatch(m -> m.text().equals("Daraa to")), en.toString());
    assertTrue(en.stream().noneMatch(m -> m.text().equals("Libyan")
        && !"country:LY".equals(m.identifierId())), en.toString());
    assertTrue(en.stream().noneMatch(m -> m.text().equals("Bery") || m.text().equals("Qamishlo")
        || m.text().equals("Twitter")), en.toString());
    List<Mention> ar = places(MentionFinderTest.doc(
        "تقدمت القوات الموالية للحكومة في الحديدة، وقصفت أعدادا كبيرة من المواقع، وقال مراسل"
            + " لوكالة فراس برس إن المعارك مستمرة."));
    assertTrue(ar.stream().noneMatch(m -> m.text().equals("للحكومة") || m.text().equals("كبيرة")
        || m.text().equals("فراس")), ar.toString());
  }

  @Test
  void anOperationsNameIsNoPlace() {
    List<Mention> found = places(MentionFinderTest.doc(
        "The army launched Operation Olive Branch against the militia on Saturday."));
    assertTrue(found.stream().noneMatch(m -> m.text().contains("Olive")), found.toString());
  }

  @Test
  void aNationalityWordInsideANameIsPartOfTheName() {
    Document d = MentionFinderTest.doc("The Syrian Arab Army shelled the town on Monday.");
    List<Mention> readings = READINGS.of(d, FINDER.find(d).mentions());
    assertTrue(readings.stream().noneMatch(m -> m.text().startsWith("Syrian")), readings
        .toString());
  }

  @Test
  void moreMisfiresOfTheIssueStayGone() {
    List<Mention> en = places(MentionFinderTest.doc(
        "Protesters in Hong Kong marched again. A White House spokesman said the Group would"
            + " meet; Assange's lawyers sent a Summary to the County clerk."));
    Mention hk = en.stream().filter(m -> m.text().startsWith("Hong")).findFirst()
        .orElseThrow(() -> new AssertionError(en.toString()));
    assertEquals("Hong Kong", hk.text(), "the whole name, not a town called Hong");
    assertEquals("HK", hk.countryCode(), en.toString());
    assertTrue(en.stream().noneMatch(m -> "MA".equals(m.countryCode())), "White House is no"
        + " Casablanca: " + en);
    assertTrue(en.stream().noneMatch(m -> m.text().equals("Group") || m.text().equals("Assange")
        || m.text().equals("Summary") || m.text().equals("County")), en.toString());
    List<Mention> ar = places(MentionFinderTest.doc(
        "قالت الأمم المتحدة إن المدينة محاصرة وإن البلاد تحتاج إلى دعم كامل للحكومة."));
    assertTrue(ar.stream().noneMatch(m -> m.text().contains("مدينة") || m.text().contains("البلاد")
        || m.text().equals("كامل") || m.text().equals("للحكومة")), ar.toString());
  }

  @Test
  void aVillageIsTakenBesideAnotherPlaceNearItNeverAlone() {
    List<Mention> near = places(MentionFinderTest.doc(
        "Volunteers from Harrisburg drove to Annville on Saturday to fill sandbags."));
    Mention annville = near.stream().filter(m -> m.text().equals("Annville")).findFirst()
        .orElseThrow(() -> new AssertionError(near.toString()));
    assertEquals("US", annville.countryCode());
    assertEquals("village", annville.feature());
    List<Mention> alone = places(MentionFinderTest.doc(
        "Wagner said the vote in Annville was close."));
    assertTrue(alone.stream().noneMatch(m -> "village".equals(m.feature())), alone.toString());
  }

  @Test
  void aCountrysNameAmongTheTownsOfAnotherCountryIsTheTown() {
    List<Mention> found = places(MentionFinderTest.doc(
        "She lived in Harrisburg and later in Lebanon, near Hershey, where she taught school."));
    Mention lebanon = found.stream().filter(m -> m.text().equals("Lebanon")).findFirst()
        .orElseThrow(() -> new AssertionError(found.toString()));
    assertEquals("US", lebanon.countryCode(), found.toString());
  }

  @Test
  void aWorldStoryLeansLessOnItsFirstCountry() {
    // the US leads the story's places and Canada follows close: the document's country counts
    // only as far as it leads, and the provinces win over the towns of their names in the US
    String text = "Health officials in Texas, Utah and Arizona counted new cases. Canada reported"
        + " cases in Alberta and Quebec. Travellers were tested in Ontario and New Brunswick.";
    assertEquals("admin1:CA.08", place(text, "Ontario").identifierId());
    assertEquals("CA", place(text, "New Brunswick").countryCode());
  }

  @Test
  void aStorySetOutsideTheRegionTakesNoRegionTownByItsConsonants() {
    // the names agree with Bursa and Kabul in their consonants only; the story is in the US
    List<Mention> found = places(MentionFinderTest.doc(
        "Flooding closed roads in Columbus, Dayton and Toledo on Monday.",
        "Bowers said crews would work through the night, and Kabila agreed."));
    assertTrue(found.stream().noneMatch(m -> m.text().equals("Bowers")
        || m.text().equals("Kabila")), found.toString());
  }

  @Test
  void worldRegionsSeasAndIslandsArePlaces() {
    // areas GeoNames' populated places and divisions lack: the curated world regions
    String text = "Aid convoys were stopped in Darfur while tankers waited in the Red Sea and"
        + " monsoon rains flooded villages on Sumatra, far from the Caucasus.";
    assertEquals("region:darfur", place(text, "Darfur").identifierId());
    assertEquals("water:red-sea", place(text, "Red Sea").identifierId());
    assertEquals("island:sumatra", place(text, "Sumatra").identifierId());
    assertEquals("region:caucasus", place(text, "Caucasus").identifierId());
    // a region of a state's own name stays that state's: Zimbabwe's Midlands is no English area
    Mention midlands = place("Cholera spread from Harare to Gweru in the Midlands province of"
        + " Zimbabwe.", "Midlands");
    assertTrue(midlands == null || "ZW".equals(midlands.countryCode()), String.valueOf(midlands));
  }

  @Test
  void anAllCapitalNameOpeningADatelineIsAPlace() {
    Mention moscow = place("Talks stall on gas prices. MOSCOW \u2014 The ministry said on"
        + " Tuesday that talks would resume.", "MOSCOW");
    assertEquals("RU", moscow == null ? null : moscow.countryCode(), String.valueOf(moscow));
    Mention beirut = place("BEIRUT: Unknown men set fire to two cars overnight.", "BEIRUT");
    assertEquals("LB", beirut == null ? null : beirut.countryCode(), String.valueOf(beirut));
    Mention salina = place("Storm topples trucks.\nSALINA, Kan. -- Winds overturned eight"
        + " trucks on the highway.", "SALINA");
    assertEquals("US", salina == null ? null : salina.countryCode(), String.valueOf(salina));
    // a dateline names a town: the capital, not the state or province of its name
    Mention washington = place("WASHINGTON \u2014 Senators voted on Tuesday to cut the budget.",
        "WASHINGTON");
    assertEquals("capital", washington == null ? null : washington.feature(),
        String.valueOf(washington));
    // inside a sentence an all-capital word is an acronym or a shout, not a dateline
    assertEquals(null, place("Reporters from PARIS \u2014 a weekly \u2014 asked again.",
        "PARIS"));
    assertEquals(null, place("The MOSCOW office said nothing.", "MOSCOW"));
  }

  @Test
  void aPlaceOpeningTheNameOfABodyOrBuildingIsAPlace() {
    // "Dublin Arts Council", "Paris High School": the body is named after its place
    String text = "Trustees of the Dublin Arts Council met on Monday, and students of Paris"
        + " High School sang.";
    assertTrue(place(text, "Dublin") != null, places(MentionFinderTest.doc(text)).toString());
    assertTrue(place(text, "Paris") != null, places(MentionFinderTest.doc(text)).toString());
    Mention vancouver = place("Flights left Vancouver International Airport on time after the"
        + " storm in British Columbia.", "Vancouver");
    assertEquals("CA", vancouver == null ? null : vancouver.countryCode());
    // before a word that is no institution's, a one-word town is still read as a first name
    assertEquals(null, place("Officers said Paris Hilton arrived late.", "Paris"));
  }

  @Test
  void aNameWrittenWithItsLowerCaseParticlesIsOnePlace() {
    // "Rio de Janeiro", "Rio Grande do Sul": the gazetteer writes the particle in lower case too
    String text = "Floods in Rio Grande do Sul cut the roads, and flights from Rio de Janeiro"
        + " were cancelled.";
    Mention sul = place(text, "Rio Grande do Sul");
    assertEquals("BR", sul == null ? null : sul.countryCode(), places(MentionFinderTest.doc(
        text)).toString());
    Mention rio = place(text, "Rio de Janeiro");
    assertEquals("BR", rio == null ? null : rio.countryCode());
    // a lower-case word that is no particle still ends the name ("Daraa to" is no Dare Tu)
    assertTrue(places(MentionFinderTest.doc("Buses drove from Daraa to the border."))
        .stream().noneMatch(m -> m.text().contains(" to")));
  }
}
