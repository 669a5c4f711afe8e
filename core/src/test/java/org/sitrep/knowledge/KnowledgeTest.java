package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.mentions.MentionFinder;
import org.sitrep.model.Mention;
import org.sitrep.testing.Docs;

class KnowledgeTest {
  @TempDir Path dir;

  @Test
  void builtInDataLoads() {
    Knowledge k = Knowledge.defaults();
    assertTrue(k.placeCount() > 15_000, "places: " + k.placeCount());
    assertTrue(k.actor("jaysh-al-islam").isPresent());
    assertEquals("SY", k.place("eastern-ghouta").orElseThrow().countryCode());
    assertEquals(List.of("tiger-forces", "syrian-arab-army", "syrian-government"),
        k.lineage("tiger-forces"));
    assertEquals("Syria", k.place("country:SY").orElseThrow().name());
  }

  @Test
  void nisbaAdjectivesFollowTheRulesOfTheHandWrittenRows() {
    // the Arabic rows of events/national.tsv, derived from the countries' Arabic names
    String[][] rows = {{"روسيا", "روسي"}, {"تركيا", "تركي"}, {"سوريا", "سوري"},
        {"إيران", "إيراني"}, {"إسرائيل", "إسرائيلي"}, {"أمريكا", "أمريكي"}, {"العراق", "عراقي"},
        {"لبنان", "لبناني"}, {"الأردن", "أردني"}, {"مصر", "مصري"}, {"كندا", "كندي"},
        {"إثيوبيا", "إثيوبي"}, {"جيبوتي", "جيبوتي"}};
    for (String[] r : rows) {
      assertEquals(r[1], StateActors.nisba(r[0]), r[0]);
    }
    assertEquals("saudi-arabia", StateActors.slug("Saudi Arabia"));
    assertEquals("cote-d-ivoire", StateActors.slug("Côte d’Ivoire"));
  }

  @Test
  void userFilesAddActorsAndPlaces() throws IOException {
    Files.writeString(dir.resolve("mine.actors.tsv"), "# my groups\n"
        + "liwa-test\tLiwa al-Test\tgroup\tREB\tREB\tSY\t\tLiwa al-Test|Test Brigade|لواء التجربة\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("mine.places.tsv"), "tal-test\tTal Test\t35.1\t36.2\tSY\t"
        + "Hama\tvillage\t2\tTal Test|Tell Test|تل التجربة\tmy survey\n", StandardCharsets.UTF_8);
    Knowledge k = Knowledge.load(dir);
    List<Mention> m = new MentionFinder(k).find(Docs.doc(
        "The Test Brigade shelled Tell Test on Monday.")).mentions();
    assertEquals("liwa-test", m.get(0).identifierId());
    assertEquals("tal-test", m.get(1).identifierId());
    assertEquals(35.1, m.get(1).lat());
  }

  @Test
  void malformedUserRowsNameTheFileAndRow() throws IOException {
    Files.writeString(dir.resolve("bad.places.tsv"), "x\tX\tnot-a-number\t36\tSY\tHama\tvillage\t2"
        + "\tX\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Knowledge.load(dir));
    assertTrue(e.getMessage().startsWith("bad.places.tsv: row 1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Knowledge.load(dir.resolve("missing")));
  }
}
