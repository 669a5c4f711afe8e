package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.knowledge.NameIndex;
import org.sitrep.knowledge.Place;
import org.sitrep.model.Mention;

/**
 * The facts the finder reads instead of doing the work again: a target's bits say what its place
 * and surface are, and a paragraph without a kind of division runs no county pattern. Each must
 * say just what the slow way says.
 */
class ShortcutFactsTest {
  private static Place place(String feature, boolean curated) {
    return new Place("p", "Somewhere", 1, 2, "US", "KS", feature, 1000, 5, curated);
  }

  private static NameIndex.Target target(String surface, Place p) {
    return new NameIndex.Target(NameIndex.Kind.PLACE, "p", false, false, true, surface, true,
        List.of(), p);
  }

  @Test
  void aTargetsBitsSayWhatItsPlaceAndSurfaceSay() {
    NameIndex.Target state = target("Kan.", place("admin1", true));
    assertTrue(state.is(NameIndex.Target.ABBREVIATION));
    assertTrue(state.is(NameIndex.Target.HAS_PLACE | NameIndex.Target.CURATED
        | NameIndex.Target.ADMIN1));
    assertFalse(state.is(NameIndex.Target.COUNTRY));

    NameIndex.Target town = target("Salina", place("town", false));
    assertFalse(town.is(NameIndex.Target.ABBREVIATION));
    assertFalse(town.is(NameIndex.Target.CURATED));
    assertEquals(NameIndex.Target.HAS_PLACE, town.facts());

    NameIndex.Target country = target("Narnia", place("country", true));
    assertTrue(country.is(NameIndex.Target.COUNTRY | NameIndex.Target.CURATED));

    // a target without its place says nothing of one: the finder reads the gazetteer then
    NameIndex.Target bare = target("A.", null);
    assertEquals(NameIndex.Target.ABBREVIATION, bare.facts());
    // one letter and a period is no abbreviation of a name of more letters; "." alone neither
    assertFalse(target(".", null).is(NameIndex.Target.ABBREVIATION));
  }

  @Test
  void onlyAKindWhollyInsideAParagraphCounts() {
    String text = "Crews worked in Laurel County.\nThe Countywide plan waits.\nNo kind here.";
    int[] at = Counties.occurrences(text, new String[] {"County", "Parish"});
    assertEquals(4, at.length, "two occurrences of 'County', each a start and an end");
    int first = text.indexOf('\n');
    int second = text.indexOf('\n', first + 1);
    assertTrue(Counties.holds(at, 0, first));
    assertTrue(Counties.holds(at, first + 1, second)); // "Countywide": the pattern decides
    assertFalse(Counties.holds(at, second + 1, text.length()));
    // a kind cut by the paragraph's end is not in it
    assertFalse(Counties.holds(at, 0, text.indexOf("County") + 3));
  }

  @Test
  void countiesInTheSecondParagraphAreStillFound() {
    List<Mention> ms = new MentionFinder(Knowledge.defaults())
        .find(MentionFinderTest.doc("The storm reached the coast on Friday.",
            "Roads were closed in Jefferson Parish and in Laurel County, officials said."))
        .mentions().stream().filter(m -> m.kind().equals("place")).collect(Collectors.toList());
    assertTrue(ms.stream().anyMatch(m -> m.text().equals("Jefferson Parish")), ms.toString());
    assertTrue(ms.stream().anyMatch(m -> m.text().equals("Laurel County")), ms.toString());
  }
}
