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
  void aCountryLiesAtTheMiddleOfItsMainland() {
    Knowledge k = Knowledge.defaults();
    // the United States at the middle of the 48 states (the geographic centre near Lebanon,
    // Kansas, 39.8 N 98.6 W), not the Factbook's rounded 38 N 97 W nor pulled towards Alaska
    Place us = k.place("country:US").orElseThrow();
    assertTrue(km(us.lat(), us.lon(), 39.83, -98.58) < 100, us.lat() + "," + us.lon());
    // Congo-Kinshasa at the middle of its land, not on the equator at 25 E
    Place cd = k.place("country:CD").orElseThrow();
    assertTrue(km(cd.lat(), cd.lon(), -2.9, 23.6) < 100, cd.lat() + "," + cd.lon());
    // where the outline's middle and the Factbook agree, the Factbook's point stays (Syria)
    Place sy = k.place("country:SY").orElseThrow();
    assertEquals(35.0, sy.lat(), 1e-9);
    assertEquals(38.0, sy.lon(), 1e-9);
    Place fr = k.place("country:FR").orElseThrow();
    assertTrue(km(fr.lat(), fr.lon(), 46.5, 2.5) < 150, "France in Europe, not towards Guiana: "
        + fr.lat() + "," + fr.lon());
  }

  private static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
    double h = Math.pow(Math.sin((p2 - p1) / 2), 2) + Math.cos(p1) * Math.cos(p2)
        * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
    return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
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
