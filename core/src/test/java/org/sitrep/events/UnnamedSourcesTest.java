package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
  void searchAtHeadWordsFindsWhatASearchOfEveryPositionFinds() throws IOException {
    List<String> texts = new ArrayList<>(OWN);
    for (String f : List.of("genre-sentences.tsv", "genre-sentences-wire.tsv",
        "genre-sentences-fresh.tsv", "genre-sentences-blind.tsv", "genre-sentences-fresh2.tsv")) {
      for (String line : Files.readAllLines(Path.of("src/test/resources/events/" + f))) {
        String[] c = line.split("\t");
        if (c.length >= 3 && c[0].equals("en")) {
          texts.add(c[2]);
        }
      }
    }
    // and every line of our own text pages (the ingest sets), whatever their language
    try (var files = Files.walk(Path.of("src/test/resources/org/sitrep/ingest"))) {
      for (Path p : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
        texts.addAll(Files.readAllLines(p));
      }
    }
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
