package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;
import org.sitrep.pipeline.Stages;

/**
 * A page's headline is read for places (a geoparser's reader and a map want them), as place
 * readings the event coder never sees, and without a say in how the body is read. Our wording.
 */
class HeadlinePlacesTest {
  private static final Knowledge KNOWLEDGE = Knowledge.defaults();
  private static final Stages STAGES = new Stages(KNOWLEDGE, 16L << 20);

  private static Stages.Page read(String page) {
    return STAGES.read(page.getBytes(StandardCharsets.UTF_8), "headline-test.txt");
  }

  /* The place mentions and readings that lie in the first {@code chars} characters. */
  private static List<String> placesBefore(Stages.Page p, int chars) {
    return java.util.stream.Stream.concat(p.mentions().stream(), p.readings().stream())
        .filter(m -> m.kind().equals("place") && m.end() <= chars)
        .map(m -> m.text() + "/" + m.countryCode()).sorted().collect(Collectors.toList());
  }

  @Test
  void aHeadlinesPlacesAreRead() {
    String title = "Shelling hits Manbij as envoys gather in Vienna";
    Stages.Page p = read(title + "\n\nThe northern town came under fire at dawn, residents said."
        + " Diplomats said the talks would go on through the week.\n");
    assertEquals(List.of("Manbij/SY", "Vienna/AT"), placesBefore(p, title.length()));
  }

  @Test
  void aHeadlinesStateAndNationalityWordAreReadAsTheirCountries() {
    String title = "Turkey's lira slides as Iraqi exports stall";
    Stages.Page p = read(title + "\n\nThe currency lost ground on Monday, traders in Istanbul"
        + " said, and shipments through the north were held up.\n");
    assertEquals(List.of("Iraqi/IQ", "Turkey/TR"), placesBefore(p, title.length()));
  }

  @Test
  void aTitleCaseHeadlineKeepsOnlyTheNamesTheBodyNamesToo() {
    // every word of such a headline is capitalized: "Mobile" is no sign of the town in Alabama
    String title = "Mobile Clinics Reach Flooded Villages Near Mombasa";
    Stages.Page p = read(title + "\n\nHealth workers drove vans of medicine from Mombasa to"
        + " villages cut off by the rains, officials said.\n");
    assertEquals(List.of("Mombasa/KE"), placesBefore(p, title.length()));
  }

  @Test
  void theBodyIsReadAsWithoutTheHeadline() {
    // the headline's names cast no votes: the body's mentions are those of the body alone
    String title = "Paris talks open as Texas storms ease";
    String body = "Delegates met in Paris on Monday, and the mayor said the city was ready.\n";
    List<Mention> with = read(title + "\n\n" + body).mentions();
    List<Mention> without = read("Talks open\n\n" + body).mentions();
    assertEquals(without.stream().map(m -> m.text() + "/" + m.identifierId()).collect(
        Collectors.toList()), with.stream().map(m -> m.text() + "/" + m.identifierId()).collect(
        Collectors.toList()));
    assertTrue(with.stream().allMatch(m -> m.start() >= title.length()), with.toString());
  }
}
