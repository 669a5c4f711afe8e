package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.testing.Docs;

class MentionFinderTest {
  static final MentionFinder FINDER = new MentionFinder(Knowledge.defaults());

  /* The place mention that covers {@code name} in {@code sentence}, one paragraph, or null. */
  static Mention placeAt(MentionFinder finder, String sentence, String name) {
    int at = sentence.indexOf(name);
    return finder.find(doc(sentence)).mentions().stream()
        .filter(m -> m.kind().equals("place") && m.start() < at + name.length() && m.end() > at)
        .findFirst().orElse(null);
  }

  /* The place mention that starts where {@code name} does in {@code sentence} after {@code from}. */
  static Mention placeStartingAt(MentionFinder finder, String sentence, String name, int from) {
    int at = sentence.indexOf(name, from);
    return finder.find(doc(sentence)).mentions().stream()
        .filter(m -> m.kind().equals("place") && m.start() == at)
        .findFirst().orElse(null);
  }

  static Document doc(String... paragraphs) {
    return Docs.doc(paragraphs);
  }

  static Stream<Arguments> variants() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/mentions/variants.tsv"),
        StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      out.add(Arguments.of(c[0], c[1], c[2], c.length > 3 ? c[3] : ""));
    }
    assertTrue(out.size() >= 150, "at least 150 variants, have " + out.size());
    return out.stream();
  }

  static String frame(String kind, String variant) {
    return switch (kind) {
      case "actor" -> variant + " said on Monday that the talks continue.";
      case "place" -> "Fighting was reported in " + variant + " on Monday.";
      case "ar-actor" -> "وقال " + variant + " إن المفاوضات مستمرة.";
      case "ar-place" -> "وقعت اشتباكات في " + variant + " صباح اليوم.";
      case "ar-clitic" -> "وقعت اشتباكات " + variant + " صباح اليوم.";
      default -> throw new IllegalArgumentException(kind);
    };
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("variants")
  void spellingVariantResolves(String variant, String id, String kind, String context) {
    String sentence = frame(kind, variant);
    String before = context.equals("sy")
        ? "The Syrian Arab Army shelled positions of the armed opposition in Idlib. " : "";
    int at = before.length() + sentence.indexOf(variant);
    List<Mention> found = FINDER.find(doc(before + sentence)).mentions();
    List<Mention> hits = found.stream()
        .filter(m -> m.start() < at + variant.length() && m.end() > at).toList();
    assertEquals(1, hits.size(), () -> variant + ": " + found);
    assertEquals(id, hits.get(0).identifierId(), () -> variant + ": " + hits.get(0));
  }

  private static String placeOf(Document d, String name) {
    return FINDER.find(d).mentions().stream()
        .filter(m -> m.text().equals(name) && m.kind().equals("place"))
        .map(Mention::countryCode).collect(Collectors.joining(","));
  }

  @Test
  void ambiguousDoumaFollowsTheDocumentsCountry() {
    Document syria = doc("The Syrian Arab Army advanced on Jaysh al-Islam positions in Harasta.",
        "Fighters later left Douma for Jarabulus.");
    assertTrue(placeOf(syria, "Douma").equals("SY"), placeOf(syria, "Douma"));
    Document lebanon = doc("Residents of Batroun and Tripoli in northern Lebanon gathered for"
        + " the festival.", "The procession ended in Douma in the evening.");
    assertEquals("LB", placeOf(lebanon, "Douma"));
  }

  @Test
  void ambiguousTripoliFollowsTheDocumentsCountry() {
    Document libya = doc("The Libyan National Army said it had advanced south of the capital.",
        "Clashes were reported near Tripoli airport and in Tripoli on Sunday, LNA spokesman"
            + " Ahmed al-Mismari said.");
    assertEquals("LY", placeOf(libya, "Tripoli"));
    Document lebanon = doc("Hezbollah supporters rallied in Beirut and Sidon.",
        "In Tripoli, the Lebanese army deployed in the Bab al-Tabbaneh district.");
    assertEquals("LB", placeOf(lebanon, "Tripoli"));
  }

  @Test
  void anAlternateSpellingInTheDocumentsCountryNeedsNoCue() {
    // GeoNames' own name is Da'il; "Dael" is one of its alternate spellings, and a sentence may
    // open with it. The same word with the story in Yemen is no Syrian town.
    Document syria = doc("Syrian government forces took the town of Tafas in Daraa province.",
        "Dael is expected to hand over its heavy weapons next.");
    assertEquals("SY", placeOf(syria, "Dael"));
    Document yemen = doc("Coalition jets struck Houthi positions in Hodeidah province.",
        "Dael is expected to hand over its heavy weapons next.");
    assertEquals("", placeOf(yemen, "Dael"));
  }

  @Test
  void descriptionsAndPronounsTakeTheirReferent() {
    Document d = doc("Jaysh al-Islam fighters left the town on Monday.",
        "The armed group said they would hand over their heavy weapons.",
        "Al-Mayadeen reported the departure. The Lebanese TV also confirmed it.");
    List<Mention> m = FINDER.find(d).mentions();
    assertTrue(m.stream().anyMatch(x -> x.text().equals("armed group")
        && "jaysh-al-islam".equals(x.identifierId()) && x.resolution().equals("description")), 
        m::toString);
    assertTrue(m.stream().anyMatch(x -> x.text().equals("they")
        && "jaysh-al-islam".equals(x.identifierId())), m::toString);
    assertTrue(m.stream().anyMatch(x -> x.text().equals("Lebanese TV")
        && "al-mayadeen".equals(x.identifierId())), m::toString);
  }

  @Test
  void theGovernmentIsTheGovernmentNotOneOfItsMinistries() {
    // a page in Syria that names no government: "the government" is the country's government,
    // not a ministry that belongs to it; "government forces" stay its army
    Document d = doc("Rebels said the government had broken the truce around Idlib and Aleppo.",
        "Government forces shelled two villages south of Idlib on Sunday.");
    List<Mention> m = FINDER.find(d).mentions();
    assertTrue(m.stream().anyMatch(x -> x.text().equals("government")
        && "syrian-government".equals(x.identifierId())), m::toString);
    assertTrue(m.stream().noneMatch(x -> "syrian-foreign-ministry".equals(x.identifierId())),
        m::toString);
    assertTrue(m.stream().anyMatch(x -> x.text().equalsIgnoreCase("Government forces")
        && "syrian-arab-army".equals(x.identifierId())), m::toString);
  }

  @Test
  void kurdishNamesNoOneState() {
    // the Kurds live in four states: "Kurdish officials" in a Syrian town are no Iraqi officials,
    // and "Kurdish" is no reading of Iraq
    Document d = doc("Turkish shelling hit the outskirts of Qamishli on Sunday. Kurdish officials"
        + " in the town said two civilians were wounded.");
    List<Mention> m = FINDER.find(d).mentions();
    assertTrue(m.stream().noneMatch(x -> "iraq".equals(x.identifierId())
        || "country:IQ".equals(x.identifierId())), m::toString);
  }

  @Test
  void commonWordsAndAdjectivesAreNotPlaces() {
    Document d = doc("Amid the advances, Syrian and Russian officials met pro-government"
        + " activists. Terrorists of the so-called group were seen on TV.");
    for (Mention m : FINDER.find(d).mentions()) {
      assertTrue(!m.kind().equals("place"), "not a place: " + m);
    }
  }

  @Test
  void lowerCaseWordsAfterANameDoNotStartNames() {
    // "pollution" and "tourists" share their consonant keys with "population" and "terrorists";
    // a name before them ("Delhi", "South Korean") must not make them name starts
    Document d = doc("Sadly, Delhi pollution has become a standard feature of the winter.",
        "American, German and South Korean tourists were marooned in the town.");
    List<Mention> m = FINDER.find(d).mentions();
    assertTrue(m.stream().noneMatch(x -> x.text().equals("pollution")
        || x.text().equals("tourists") && !"agent:tourists".equals(x.identifierId())),
        m::toString); // tourists are a kind of actor of their own, not terrorists
    assertTrue(m.stream().anyMatch(x -> x.text().equals("Delhi")), m::toString);
  }

  @Test
  void consonantsAloneDoNotMakeAName() {
    // "Biden"/"Buwaydhani", "Trek"/"Turkey", "Andrew"/"Andorra" share their consonant keys
    Document d = doc("Vice President Biden met Andrew at the Trek bicycle store on Monday.",
        "Essam al-Buwaydhani and Jaish al-Islam fighters left Douma for Jarablus.");
    List<Mention> m = FINDER.find(d).mentions();
    for (String word : List.of("Biden", "Andrew", "Trek")) {
      assertTrue(m.stream().noneMatch(x -> x.text().equals(word)), () -> word + ": " + m);
    }
    assertTrue(m.stream().anyMatch(x -> "essam-al-buwaydhani".equals(x.identifierId())),
        m::toString);
    assertTrue(m.stream().anyMatch(x -> "jaysh-al-islam".equals(x.identifierId())),
        m::toString);
  }

  @Test
  void personsLettersAndOfPhrasesAreNotPlaces() {
    Document d = doc("Adam Schiff told James Morrison of the Department of Justice that the U.S."
        + " plan would go ahead on Nov. 12.",
        "Fighters reached the southern gate of Hodeida city and the outskirts of Idlib.");
    List<Mention> m = FINDER.find(d).mentions();
    for (String word : List.of("Adam", "Schiff", "James", "Morrison", "Justice", "U", "Nov")) {
      assertTrue(m.stream().noneMatch(x -> x.text().equals(word) && x.kind().equals("place")),
          () -> word + ": " + m);
    }
    assertTrue(m.stream().anyMatch(x -> x.text().equals("Hodeida") && "YE".equals(
        x.countryCode())), m::toString);
    assertTrue(m.stream().anyMatch(x -> x.text().equals("Idlib")), m::toString);
  }

  @Test
  void mentionOffsetsCoverTheirText() {
    Document d = doc("On April 12, residents of the Duma district raised the flag, according"
        + " to the Lebanese al-Mayadeen TV.", "وقال محمد علوش إن المفاوضات مستمرة في دوما.");
    for (Mention m : FINDER.find(d).mentions()) {
      assertEquals(m.text(), d.text().substring(m.start(), m.end()));
    }
  }

  @org.junit.jupiter.api.Test
  void anArabicTownTakenOnceWithACueIsTheSameTownElsewhereOnThePage() {
    // one sense per discourse: "من تلعفر" has a cue; "قلعة تلعفر" alone would not
    Document d = doc("ونزح مئات المدنيين من تلعفر صباح اليوم.",
        "ورفع الجنود العلم فوق قلعة تلعفر بعد ساعات.");
    List<Mention> towns = FINDER.find(d).mentions().stream()
        .filter(m -> m.kind().equals("place") && "تلعفر".equals(m.text())).toList();
    assertEquals(2, towns.size(), towns.toString());
    assertEquals(towns.get(0).identifierId(), towns.get(1).identifierId());
  }

  @org.junit.jupiter.api.Test
  void commonWordsAreNoPlaces() {
    // "فصائل" (factions) is no village of the West Bank, "Major" no atoll, "حمام" (bath) no
    // village in Israel
    Document d = doc("وقالت مصادر إن فصائل المعارضة تقدمت نحو المدينة.",
        "Major Ahmed Nour said the convoy left at dawn.", "ونقل النازحون إلى حمام قريب من المخيم.");
    List<Mention> places = FINDER.find(d).mentions().stream()
        .filter(m -> m.kind().equals("place")).toList();
    assertTrue(places.isEmpty(), places.toString());
  }

  @org.junit.jupiter.api.Test
  void aSpellingThatOnlyResemblesANameAbroadNeedsSupport() {
    // in a Yemeni story "al-Kassara" is no Kayseri (Turkey): a resembling spelling of a place
    // outside the story's country, with no place of the page near it, is not taken
    Document d = doc("Houthi fighters attacked army positions in al-Kassara, west of Marib in"
        + " Yemen, on Saturday, and clashes went on near Sirwah.");
    List<Mention> abroad = FINDER.find(d).mentions().stream()
        .filter(m -> m.kind().equals("place") && "TR".equals(m.countryCode())).toList();
    assertTrue(abroad.isEmpty(), abroad.toString());
  }

  @Test
  void aPlaceSpelledAsWrittenBeatsAnActorSpelledOnlyLikeIt() {
    // "Homs" and "Hamas" share their consonants; the city is spelled as written, the movement
    // only resembles it, so the city is meant (a name spelled exactly still names the actor)
    Document d = doc("Government shells fell on two districts of Homs overnight, residents said.",
        "Hamas said on Monday it would study the proposal.");
    List<Mention> ms = FINDER.find(d).mentions();
    Mention homs = ms.stream().filter(m -> m.text().equals("Homs")).findFirst().orElseThrow();
    assertEquals("place", homs.kind(), homs.toString());
    assertEquals("SY", homs.countryCode(), homs.toString());
    Mention hamas = ms.stream().filter(m -> m.text().equals("Hamas")).findFirst().orElseThrow();
    assertEquals("hamas", hamas.identifierId(), hamas.toString());
  }

  @Test
  void aPersonsNameBeforeADefiniteArabicNounDoesNotOwnIt() {
    // "Houthi officials" are the Houthis' people; an Arabic definite noun after a name is not
    // the name's own: the prime minister and the armed forces are two actors
    Document d = doc("هنأ رئيس الوزراء حيدر العبادي القوات المسلحة بتحرير المدينة.");
    List<Mention> ms = FINDER.find(d).mentions();
    Mention abadi = ms.stream().filter(m -> m.text().contains("العبادي")).findFirst()
        .orElseThrow(() -> new AssertionError(ms.toString()));
    assertEquals("haidar-al-abadi", abadi.identifierId(), abadi.toString());
    assertEquals("حيدر العبادي", abadi.text(), abadi.toString());
  }

  @Test
  void aSentencesFirstWordIsNoSurnameItOnlyResembles() {
    // "Most" and "Mashat", "North" and "Nauert" share their consonants: a bare surname stands
    // only where it is no common word
    Document d = doc("Most of the fighters left the town on Monday, residents said.",
        "North of the city, the army shelled rebel positions.");
    List<Mention> ms = FINDER.find(d).mentions();
    assertTrue(ms.stream().noneMatch(m -> m.text().equals("Most") || m.text().equals("North")),
        ms.toString());
  }

  @Test
  void aTitleRightBeforeAnOfficialsNameIsHisNotAnotherActor() {
    Document d = doc("وطالب وزير الإعلام معمر الإرياني المجتمع الدولي بالضغط على الميليشيا.",
        "Defence Minister Hulusi Akar said the talks would continue.");
    List<Mention> ms = FINDER.find(d).mentions();
    assertTrue(ms.stream().noneMatch(m -> m.identifierId() != null
        && m.identifierId().startsWith("agent:") && (m.text().contains("وزير")
        || m.text().contains("Minister"))), ms.toString());
    assertTrue(ms.stream().anyMatch(m -> "muammar-al-eryani".equals(m.identifierId())),
        ms.toString());
    assertTrue(ms.stream().anyMatch(m -> "hulusi-akar".equals(m.identifierId())), ms.toString());
  }

  @Test
  void theCoalitionIsTheOneOfTheWarThePageIsAbout() {
    // one phrase, two wars: the page's country decides which coalition it is
    String yemen = "Fighting went on in Hodeidah and Taiz on Monday. The coalition said its jets"
        + " struck positions near Hodeidah.";
    String iraq = "Fighting went on in Mosul and Tal Afar on Monday. The coalition said its jets"
        + " struck positions near Mosul.";
    String syria = "اشتباكات في الرقة ودير الزور أمس. وقال التحالف إن طائراته قصفت مواقع قرب الرقة.";
    assertEquals("saudi-led-coalition", coalition(yemen));
    assertEquals("us-led-coalition", coalition(iraq));
    assertEquals("us-led-coalition", coalition(syria));
  }

  private static String coalition(String text) {
    return FINDER.find(doc(text)).mentions().stream()
        .filter(m -> m.text().toLowerCase(java.util.Locale.ROOT).contains("coalition")
            || m.text().contains("التحالف"))
        .map(Mention::identifierId).findFirst().orElse(null);
  }

  @Test
  void aNationalityBeforeThePlaceNounNamesThePlacesCountry() {
    // a page datelined across the border: "the Syrian town of X" is the Syrian X, not the
    // Turkish town whose old name resembles it
    String text = "CEYLANPINAR, Turkey\n\nShells fell on Monday in the Syrian town of Ras"
        + " al-Ain, across the border from Ceylanpinar, and two were hurt in Ceylanpinar.";
    Mention m = FINDER.find(doc(text)).mentions().stream()
        .filter(x -> x.text().equals("Ras al-Ain")).findFirst().orElseThrow();
    assertEquals("SY", m.countryCode(), m.toString());
  }

  @Test
  void theLebaneseTripoliOnALibyanPageInBothScripts() {
    // the page is about Libya, whose capital is Tripoli; the frame names the other Tripoli
    String en = "Clashes went on in Benghazi, Misrata and Sirte on Monday. A delegation later"
        + " reached the Lebanese city of Tripoli for talks.";
    String ar = "تواصلت الاشتباكات في بنغازي ومصراتة وسرت. ووصل وفد لاحقا إلى مدينة طرابلس"
        + " اللبنانية لإجراء محادثات.";
    for (String text : List.of(en, ar)) {
      Mention m = FINDER.find(doc(text)).mentions().stream()
          .filter(x -> x.text().equals("Tripoli") || x.text().equals("طرابلس")).findFirst()
          .orElseThrow();
      assertEquals("LB", m.countryCode(), m.toString());
    }
  }
}
