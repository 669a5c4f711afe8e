package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryAnchorsTest {
  private static StoryAnchors.Dated doc(String id, LocalDate d, String... names) {
    return new StoryAnchors.Dated(id, d, Set.of(names), "SY", Set.of());
  }

  @Test
  void anUndatedPageTakesTheDateOfItsStory() {
    List<StoryAnchors.Dated> docs = List.of(
        doc("a", LocalDate.of(2018, 4, 8), "douma", "jaysh-al-islam", "russia-mp"),
        doc("b", LocalDate.of(2016, 12, 15), "aleppo", "hts", "icrc"),
        doc("c", null, "douma", "jaysh-al-islam", "jarabulus"),
        doc("d", null, "raqqa", "sdf"));
    Map<String, DateResolver.Anchor> a = StoryAnchors.anchors(docs);
    assertEquals(LocalDate.of(2018, 4, 8), a.get("c").date());
    assertEquals("story", a.get("c").basis());
    assertEquals(DateResolver.Anchor.NONE, a.get("d"));
  }

  @Test
  void fiftyThousandDocumentsWithCommonNamesTakeAboutLinearTime() {
    // every page names the same two states; stories of 50 pages share two rare names each.
    // Comparing every pair took about 30 s at 10,000 pages; the bound is a guard, not a timing.
    List<StoryAnchors.Dated> docs = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      int story = i / 50;
      docs.add(doc("d" + i, i % 5 == 0 ? null : LocalDate.of(2018, 1, 1).plusDays(story % 300),
          "syria", "turkey", "place-" + story, "group-" + story, "person-" + i));
    }
    Map<String, DateResolver.Anchor> a = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> StoryAnchors.anchors(docs));
    assertEquals(50_000, a.size());
    // an undated page of story 7 takes a date of story 7
    assertEquals(LocalDate.of(2018, 1, 8), a.get("d350").date());
  }

  @Test
  void aPageWeaklyLikeEveryDatedPageTakesTheDayOfAnUndatedPageItSharesMuchWith() {
    // the border page shares only a state and its army with last year's page (a weak likeness:
    // such names are in every story of the war), and its towns, groups and police with an
    // undated page anchored well in this autumn's story
    List<StoryAnchors.Dated> docs = List.of(
        doc("last-year", LocalDate.of(2018, 7, 15), "russia", "russian-military", "daraa",
            "jordan", "nasib", "busra", "tafas", "free-army", "southern-front"),
        doc("autumn", LocalDate.of(2019, 10, 12), "ras-al-ain", "tal-abyad", "sdf", "ypg",
            "turkey", "safe-zone", "qamishli"),
        doc("sochi", null, "ras-al-ain", "tal-abyad", "sdf", "ypg", "safe-zone",
            "russian-police", "kobani"),
        doc("border", null, "russia", "russian-military", "russian-police", "kobani",
            "derbasiyah", "amuda", "putin", "erdogan"));
    Map<String, DateResolver.Anchor> a = StoryAnchors.anchors(docs);
    assertEquals(LocalDate.of(2019, 10, 12), a.get("sochi").date());
    assertEquals(LocalDate.of(2019, 10, 12), a.get("border").date());
    assertEquals("story", a.get("border").basis());
  }
}
