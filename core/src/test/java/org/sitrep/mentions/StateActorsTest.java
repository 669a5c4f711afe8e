package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.sitrep.knowledge.Actor;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;
import org.sitrep.testing.Docs;

/** States as actors, forces named by nationality, and the derived actor catalogue. */
class StateActorsTest {
  static final Knowledge K = Knowledge.defaults();
  static final MentionFinder FINDER = new MentionFinder(K);

  static Stream<Arguments> sentences() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String line : Files.readAllLines(
        Path.of("src/test/resources/mentions/states-and-forces.tsv"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] c = line.split("\t");
        out.add(Arguments.of(c[0], c[1], c[2], c[3]));
      }
    }
    assertTrue(out.size() >= 30, "sentences: " + out.size());
    return out.stream();
  }

  @ParameterizedTest(name = "{1} -> {2}")
  @MethodSource("sentences")
  void actorIsFoundWithItsSector(String sentence, String words, String id, String sector) {
    List<Mention> found = FINDER.find(Docs.doc(sentence)).mentions();
    Mention m = found.stream().filter(x -> x.kind().equals("actor") && x.text().equals(words))
        .findFirst().orElse(null);
    assertTrue(m != null, () -> words + " not one actor mention: " + found);
    assertEquals(id, m.identifierId(), m::toString);
    assertEquals(sector, m.sector(), m::toString);
  }

  private static List<Mention> mentions(String... paragraphs) {
    return FINDER.find(Docs.doc(paragraphs)).mentions();
  }

  private static String kindOf(List<Mention> ms, String text) {
    return ms.stream().filter(m -> m.text().equals(text)).map(Mention::kind).findFirst()
        .orElse("none");
  }

  @Test
  void aStateNamedAsAPlaceStaysAPlace() {
    List<Mention> ms = mentions("Clashes were reported in northern Syria and in Egypt.",
        "Residents fled across Iraq, and the fighting spread to the north of Jordan.");
    assertEquals("place", kindOf(ms, "Syria"), ms::toString);
    assertEquals("place", kindOf(ms, "Egypt"), ms::toString);
    assertEquals("place", kindOf(ms, "Iraq"), ms::toString);
    assertEquals("place", kindOf(ms, "Jordan"), ms::toString);
    List<Mention> ar = mentions("وقعت اشتباكات في شمال العراق وفي ريف سوريا.");
    assertEquals("place", kindOf(ar, "العراق"), ar::toString);
  }

  @Test
  void aStateNameThatIsATownElsewhereFollowsTheDocument() {
    List<Mention> ms = mentions("Police in Lebanon, Pennsylvania, arrested a man on Monday.",
        "The Lebanon County sheriff said Harrisburg and Hershey officers helped.");
    Mention lebanon = ms.stream().filter(m -> m.text().equals("Lebanon")).findFirst()
        .orElseThrow();
    assertFalse(lebanon.kind().equals("actor"), lebanon::toString);
  }

  @Test
  void adjectivesOfPatronageAreNoDoer() {
    List<Mention> ms = mentions("Lebanon-based Al-Mayadeen TV said Iran-backed militias left.");
    assertFalse(ms.stream().anyMatch(m -> m.kind().equals("actor")
        && (m.text().equals("Lebanon") || m.text().equals("Iran"))), ms::toString);
  }

  @Test
  void spellingOfAStateMustAgree() {
    List<Mention> ms = mentions("They destroyed ancient Roman sites.");
    assertFalse(ms.stream().anyMatch(m -> "romania".equals(m.identifierId())), ms::toString);
  }

  @Test
  void statesKeepCatalogueIdsAndGainTheirNames() {
    Actor usa = K.actor("usa").orElseThrow();
    assertEquals("state", usa.kind());
    Actor syria = K.actor("syrian-government").orElseThrow();
    assertTrue(syria.names().contains("Syria"), syria.names()::toString);
    Actor egypt = K.actor("egypt").orElseThrow();
    assertEquals("EGY", egypt.code());
    assertEquals("GOV", egypt.sector());
    assertTrue(egypt.names().contains("مصر"), egypt.names()::toString);
    assertEquals("police", K.actor("egypt|COP").orElseThrow().kind());
    assertEquals("egypt", K.actor("egypt|COP").orElseThrow().id());
    assertFalse(K.actor("guam").isPresent(), "a territory is no state");
  }

  @Test
  void derivedCatalogueIsLoadedAndCuratedRowsWin() {
    assertEquals("official", K.actor("abdel-fattah-el-sisi").orElseThrow().kind());
    assertEquals("EG", K.actor("abdel-fattah-el-sisi").orElseThrow().country());
    // the hand catalogue's Houthis keep their id; no derived row takes their names
    for (Actor a : K.actors()) {
      if (!a.id().equals("houthis")) {
        assertFalse(a.names().contains("Houthis"), a::toString);
      }
    }
    // short names only as acronyms: "IS" and "AP" come from the hand catalogue
    for (Actor a : K.actors()) {
      for (String n : a.names()) {
        long letters = n.chars().filter(Character::isLetter).count();
        // (a capital and a number, "M23", is a name too)
        assertTrue(letters >= 2 || n.matches("\\p{Lu}\\d{2,}"), () -> a.id() + ": " + n);
      }
    }
  }
}
