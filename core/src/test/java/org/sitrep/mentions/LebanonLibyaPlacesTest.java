package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * Towns, camps and crossings of Lebanon's border war and Libya's oil crescent and western front
 * that GeoNames' populated places lack or spell otherwise (`tools/gazetteer/lebanon-libya.src.tsv`
 * through `places-region.tsv`): found, and in their country. Sentences of our own wording.
 */
class LebanonLibyaPlacesTest {
  private static final MentionFinder FINDER = new MentionFinder(Knowledge.defaults());

  private static List<Mention> places(String text) {
    return FINDER.find(MentionFinderTest.doc(text)).mentions().stream()
        .filter(m -> m.kind().equals("place")).collect(Collectors.toList());
  }

  private static void in(List<Mention> ms, String country, String... names) {
    for (String name : names) {
      Mention m = ms.stream().filter(x -> x.text().equals(name)).findFirst().orElse(null);
      assertEquals(country, m == null ? null : m.countryCode(), name + " " + ms);
    }
  }

  @Test
  void lebaneseBorderTownsCampsAndSuburbs() {
    in(places("The army shelled militant positions on the outskirts of Arsal and Ras Baalbek on"
        + " Sunday, while in Chtaura traders closed their shops. A drone fell near Khiam, and"
        + " residents of Kfar Kila said they heard blasts. Security forces raided homes in"
        + " Dahiyeh and in the Ain al-Hilweh camp."), "LB",
        "Arsal", "Ras Baalbek", "Chtaura", "Khiam", "Kfar Kila", "Dahiyeh", "Ain al-Hilweh");
  }

  @Test
  void libyanOilPortsAndWesternTowns() {
    in(places("Forces loyal to the eastern command retook Ras Lanuf and Bin Jawad on Tuesday, and"
        + " tankers were again loading at the terminal in Es Sider. In the west, fighters moved"
        + " from Janzour towards Qasr bin Ghashir, and the crossing at Ras Jdir was shut."), "LY",
        "Ras Lanuf", "Bin Jawad", "Janzour", "Qasr bin Ghashir", "Ras Jdir");
  }

  @Test
  void arabicNamesOfTheSamePlaces() {
    in(places("وقصف الجيش مواقع في بلدة عرسال يوم الأحد."), "LB", "عرسال");
    in(places("وسيطرت القوات على مدينة رأس لانوف النفطية."), "LY", "رأس لانوف");
  }
}
