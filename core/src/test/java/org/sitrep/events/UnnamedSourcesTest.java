package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.testing.OwnTexts;

/**
 * The noun groups of unnamed sources ("a senior Kurdish security official") are searched only
 * where a head word lets a match open; that search must find exactly what a search of every
 * position finds.
 */
class UnnamedSourcesTest {
  private static final List<String> OWN = List.of(
      "A senior Kurdish security official said the convoy had left.",
      "Local sources and state television reported the strike, state-run media added.",
      "(military sources) told us; Some activists said; the Opposition Media Office said.",
      "Senior   government\tofficials and regime sources spoke to  Western diplomats.",
      "sources said",
      "Sources",
      "The pro-government Syrian Observatory activists, the Qatari Al Jazeera TV and Turkish media.",
      "officials-based reports: the official, an official, the Houthi-run Saba news agency.",
      "Witnesses, local residents and hospital medics told the Lebanese TV correspondent.",
      "These four Kurdish military commanders and two senior rebel negotiators disagreed.");

  @Test
  void searchAtHeadWordsFindsWhatASearchOfEveryPositionFinds() {
    List<String> texts = new ArrayList<>(OWN);
    texts.addAll(OwnTexts.sentences("en"));
    texts.addAll(OwnTexts.pageLines()); // whatever their language
    int matches = 0;
    for (String t : texts) {
      List<int[]> plain = UnnamedSources.searched(t);
      assertEquals(spans(plain), spans(UnnamedSources.groups(t)), t);
      matches += plain.size();
    }
    assertTrue(texts.size() > 5000 && matches > 150, texts.size() + " texts, " + matches);
  }

  private static String spans(List<int[]> l) {
    StringBuilder b = new StringBuilder();
    for (int[] x : l) {
      b.append(x[0]).append('-').append(x[1]).append(' ');
    }
    return b.toString();
  }
}
