package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * Counties of Great Britain and Australia's abbreviated states (`places-world.tsv`,
 * `places-aliases.tsv`): the county, not a town of its name abroad; and a county's name that is
 * also a given name is no place in a person's name. Sentences of our own wording.
 */
class BritishCountiesTest {
  private static final MentionFinder FINDER = new MentionFinder(Knowledge.defaults());

  private static List<Mention> places(String text) {
    return FINDER.find(MentionFinderTest.doc(text)).mentions().stream()
        .filter(m -> m.kind().equals("place")).collect(Collectors.toList());
  }

  private static Mention at(List<Mention> ms, String text) {
    return ms.stream().filter(m -> m.text().equals(text)).findFirst().orElse(null);
  }

  @Test
  void aCountyOfEnglandIsTheCountyNotATownAbroad() {
    List<Mention> ms = places("Farmers in Cornwall and Suffolk were told on Monday to keep their"
        + " flocks indoors after the outbreak spread from a farm in Surrey.");
    for (String county : List.of("Cornwall", "Suffolk", "Surrey")) {
      Mention m = at(ms, county);
      assertEquals("GB", m == null ? null : m.countryCode(), county + " " + ms);
    }
  }

  @Test
  void australianStatesAsTheNewsAbbreviatesThem() {
    List<Mention> ms = places("Health officials in NSW and Qld asked travellers from the outbreak"
        + " area to stay home for two weeks.");
    Mention nsw = at(ms, "NSW");
    Mention qld = at(ms, "Qld");
    assertEquals("admin1:AU.02", nsw == null ? null : nsw.identifierId(), ms.toString());
    assertEquals("admin1:AU.04", qld == null ? null : qld.identifierId(), ms.toString());
  }

  @Test
  void aCountyNamedAsAGivenNameIsAPerson() {
    List<Mention> ms = places("The board chairman, Kent Marlow, said the new water plant in"
        + " Charleston would open in the spring.");
    assertNull(at(ms, "Kent"), ms.toString());
  }
}
