package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relative days, periods and weekdays are searched only at the words they can open with; that
 * must find what a search of every position finds.
 */
class DateOpenersTest {
  @Test
  void searchingAtOpeningWordsFindsWhatASearchOfEveryPositionFinds() throws IOException {
    List<String> texts = new ArrayList<>(List.of(
        "Last Friday, the day before yesterday and this morning; YESTERDAY's raid, on Sunday night.",
        "وقال يوم الجمعة الماضي إن القوات دخلت غداً أو بعد غد، مساء أمس واليوم الأحد.",
        "The talks resume next week.Tomorrow they meet; coming Monday, past Tuesday evening."));
    for (String f : List.of("genre-sentences.tsv", "genre-sentences-wire.tsv",
        "genre-sentences-fresh.tsv", "genre-sentences-blind.tsv", "genre-sentences-fresh2.tsv")) {
      for (String line : Files.readAllLines(Path.of("src/test/resources/events/" + f))) {
        String[] c = line.split("\t");
        if (c.length >= 3 && !line.startsWith("#")) {
          texts.add(c[2]);
        }
      }
    }
    try (var files = Files.walk(Path.of("src/test/resources/org/sitrep/ingest"))) {
      for (Path p : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p)); // whole pages: many dates each
      }
    }
    int found = 0;
    for (String t : texts) {
      assertTrue(DateResolver.openersAgree(t), t);
      found += new DateResolver().find(t, 0, t.length(), DateResolver.Anchor.NONE).size();
    }
    assertTrue(texts.size() > 2000 && found > 500, texts.size() + " texts, " + found);
  }
}
