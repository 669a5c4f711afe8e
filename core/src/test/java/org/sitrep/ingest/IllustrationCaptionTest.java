package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * A caption that opens by naming its picture as an illustration, an artist's concept or a
 * rendering ("This illustration of … shows how … [Handout]", "An artist's concept of …") is a
 * caption when it ends in a credit or is no sentence (line-shapes.tsv picture-word rows). From
 * the Zyte pages flattened to text (s30, the studied halves); the page is of our own wording and
 * fails before the change.
 */
class IllustrationCaptionTest {

  @Test
  void anIllustrationsCaptionIsNoParagraph() {
    Document d = TextPages.read("""
        Home | Science | Space
        Agency picks five firms to build landers for the Moon
        The space agency on Thursday chose five companies to compete for contracts to carry instruments and supplies to the lunar surface, officials said.
        This illustration of one company's concept for a lunar lander shows how private operators could carry cargo to the Moon [Agency handout]
        The contracts are worth up to several billion dollars over the next ten years, and the first flights could come as early as next year.
        An artist's concept of a small lander and its rover near the lunar south pole
        Officials said the agency would buy rides on the landers rather than own them, as it already does for cargo flights to the space station.
        """);
    String body = d.body().text();
    assertTrue(body.contains("worth up to several billion dollars"), body);
    assertTrue(body.contains("rather than own them"), body);
    assertFalse(body.contains("This illustration of"), body);
    assertFalse(body.contains("An artist's concept"), body);
  }
}
