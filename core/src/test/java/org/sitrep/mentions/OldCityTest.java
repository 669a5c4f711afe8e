package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * "The Old City" alone is the old city of the page's own war city (the curated old cities of
 * Mosul, Aleppo, Homs and Raqqa carry the bare name), not Jerusalem's, which GeoNames alone
 * had; a Jerusalem story keeps Jerusalem's. Sentences of our own wording.
 */
class OldCityTest {
  private static final MentionFinder FINDER = new MentionFinder(Knowledge.defaults());

  private static String oldCity(String text) {
    List<Mention> ms = FINDER.find(MentionFinderTest.doc(text)).mentions();
    return ms.stream().filter(m -> m.text().equals("Old City")).map(Mention::identifierId)
        .findFirst().orElse(null);
  }

  @Test
  void theOldCityOfTheWarCityThePageIsAbout() {
    assertEquals("iq:mosul-old-city", oldCity("Iraqi troops pressed into the Old City on"
        + " Thursday, the last district of Mosul still held by the militants."));
    assertEquals("sy:raqqa-old-city", oldCity("SDF fighters said they had reached the walls"
        + " of the Old City, as airstrikes pounded other districts of Raqqa."));
    // a flattened wire page without "Syria": the capital's walled quarter, not Jerusalem's
    assertEquals("sy:damascus-old-city", oldCity("Mortar rounds fell on the Old City killing two"
        + " people and wounding five police in Damascus said."));
  }

  @Test
  void jerusalemKeepsItsOwn() {
    assertEquals("geonames:6945291", oldCity("Israeli police closed the gates of the Old City"
        + " in Jerusalem after clashes with worshippers on Friday."));
  }
}
