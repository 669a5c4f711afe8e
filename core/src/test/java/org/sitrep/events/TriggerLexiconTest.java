package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the trigger lexicons finds its own category in its example sentence. */
class TriggerLexiconTest {
  static Stream<Arguments> rows() {
    return Stream.concat(TriggerLexicon.ENGLISH.rows().stream(),
            TriggerLexicon.ARABIC.rows().stream())
        .map(r -> Arguments.of(r.language() + ": " + r.phrase(), r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void exampleFindsItsRow(String name, TriggerLexicon.Row row) {
    assertFalse(row.example().isBlank(), "the row has no example sentence");
    TriggerLexicon lex = row.language().equals("ar") ? TriggerLexicon.ARABIC
        : TriggerLexicon.ENGLISH;
    List<TriggerLexicon.Match> found = lex.find(row.example());
    assertTrue(found.stream().anyMatch(m -> m.row() == row),
        "'" + row.phrase() + "' not found in its example: " + row.example() + " (found: "
            + found.stream().map(m -> m.row().phrase()).collect(Collectors.joining(", ")) + ")");
  }

  @Test
  void everyCategoryInBothLanguages() {
    Set<String> all = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
        "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
        "COERCE", "ASSAULT");
    for (TriggerLexicon lex : List.of(TriggerLexicon.ENGLISH, TriggerLexicon.ARABIC)) {
      Set<String> cats = lex.rows().stream().map(r -> r.trigger().category())
          .filter(c -> !c.equals("NONE")).collect(Collectors.toSet());
      assertEquals(all, cats);
    }
  }

  @Test
  void englishVerbsAreInflectedAndGapsBridged() {
    Set<String> cats = categories(TriggerLexicon.ENGLISH,
        "Warplanes pounded a village east of the city on Sunday.");
    assertTrue(cats.contains("ASSAULT"), cats.toString());
    assertTrue(categories(TriggerLexicon.ENGLISH,
        "A court sentenced two journalists to five years in prison.").contains("COERCE"));
  }

  @Test
  void arabicCliticsAndConjugationsAreStripped() {
    assertTrue(categories(TriggerLexicon.ARABIC, "وعادت الطائرات السورية لقصف الأحياء")
        .contains("ASSAULT"));
    assertTrue(categories(TriggerLexicon.ARABIC, "يقضي الاتفاق بانسحاب المسلحين من الحيين")
        .contains("RETREAT"));
  }

  @Test
  void arabicWordClassesWidenTheObjects() {
    // tools/lexicon/classes-ar.tsv: a deed's object may be any word of its class
    assertTrue(categories(TriggerLexicon.ARABIC, "وتضمن الاتفاق انتشار الشرطة العسكرية في البلدة")
        .contains("MOBILIZE"));
    assertTrue(categories(TriggerLexicon.ARABIC, "وبدأ صباح اليوم إخراج الجرحى من الحي المحاصر")
        .contains("RETREAT"));
    assertTrue(categories(TriggerLexicon.ARABIC, "ودفعت الفصائل بمئات الثوار نحو الجبهة")
        .contains("MOBILIZE"));
  }

  @Test
  void englishWordClassesWidenTheObjects() {
    // tools/lexicon/classes-en.tsv: "@forces", "@weapons", "@aid", "@captives"
    assertTrue(categories(TriggerLexicon.ENGLISH, "The army dispatched paratroopers to the city.")
        .contains("MOBILIZE"));
    assertTrue(categories(TriggerLexicon.ENGLISH, "Paris will supply howitzers to Kyiv.")
        .contains("AID"));
    assertTrue(categories(TriggerLexicon.ENGLISH, "The militia freed three journalists.")
        .contains("RETREAT"));
  }

  @Test
  void taMarbutaIsNoPronounSuffix() {
    // "تخضع لسيطرة" (is under the control of) is a state: سيطرة is not سيطر + ه
    assertTrue(categories(TriggerLexicon.ARABIC, "المناطق التي تخضع لسيطرة الفصائل")
        .isEmpty());
    assertTrue(categories(TriggerLexicon.ARABIC, "وأعلن الجيش سيطرته على المدينة")
        .contains("COERCE"));
  }

  @Test
  void inflection() {
    assertTrue(Inflection.verbForms("stop").contains("stopped"));
    assertTrue(Inflection.verbForms("seize").containsAll(List.of("seized", "seizing", "seizes")));
    assertTrue(Inflection.verbForms("deny").containsAll(List.of("denied", "denies", "denying")));
    assertTrue(Inflection.verbForms("flee").contains("fleeing"));
    assertEquals("clashes", Inflection.plural("clash"));
    assertEquals("militiamen", Inflection.plural("militiaman"));
    assertEquals("casualties", Inflection.plural("casualty"));
  }

  @Test
  void arabicKeyFoldsLettersAndDropsMarks() {
    assertEquals("اتفاقية", ArabicClitics.key("اتِّفاقيّة"));
    assertEquals("الي", ArabicClitics.key("إلى"));
  }

  private static Set<String> categories(TriggerLexicon lex, String text) {
    return lex.find(text).stream().map(m -> m.row().trigger().category())
        .collect(Collectors.toSet());
  }
}
