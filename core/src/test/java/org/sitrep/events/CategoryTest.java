package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.text.DataFiles;

/** The category rows ({@code categories.tsv}) and the nationality adjectives behind them. */
class CategoryTest {
  @Test
  void everyTriggerCategoryHasARow() {
    Stream.concat(Lexicon.TRIGGERS.stream(),
            Stream.concat(TriggerLexicon.ENGLISH.rows().stream(),
                TriggerLexicon.ARABIC.rows().stream()).map(TriggerLexicon.Row::trigger))
        .map(Lexicon.Trigger::category).distinct()
        .filter(c -> !c.equals("NONE")) // wording that is no event: never coded
        .forEach(c -> assertEquals(c, Category.require(c).name()));
  }

  @Test
  void rowsSayWhatTheCoderKnows() {
    Category retreat = Category.require("RETREAT");
    assertEquals("move", retreat.family());
    assertEquals("CONCEDE", retreat.plannedAs());
    assertEquals("evacuation", retreat.topic());
    assertEquals(List.of("military", "territory"), retreat.context());
    assertTrue(retreat.moving() && retreat.forces());
    Category accuse = Category.require("ACCUSE");
    assertTrue(accuse.speech() && accuse.suffers() && accuse.speakerActs());
    assertFalse(accuse.victim());
    assertTrue(Category.require("ASSAULT").victim());
    assertTrue(Category.require("REJECT").governs() && Category.require("REJECT").dropDenied());
    assertFalse(Category.require("AGREE").terms());
    assertEquals("words", Category.require("AGREE").topic());
    assertNull(Category.require("PROTEST").topic());
    assertEquals(List.of(), Category.require("PROTEST").context());
    assertTrue(Category.require("SUPPORT").outlets());
    assertEquals("ASSAULT", Category.require("COERCE").forcible());
    assertNull(Category.require("RETREAT").forcible());
  }

  @Test
  void anUnknownCategoryFailsByName() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Category.require("DISAPPROVE"));
    assertTrue(e.getMessage().contains("DISAPPROVE"), e.getMessage());
  }

  @Test
  void nationalAdjectivesNameCatalogueActors() {
    Knowledge k = Knowledge.defaults();
    for (String[] r : DataFiles.readTsv(Category.class, "national.tsv")) {
      for (String id : List.of(r[1], r[2])) {
        assertTrue(k.actor(id).isPresent(), r[0] + ": " + id + " is not in the catalogue");
      }
    }
  }
}
