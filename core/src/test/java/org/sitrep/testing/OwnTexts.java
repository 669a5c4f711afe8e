package org.sitrep.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Texts of our own in the genre's style, for tests that compare a shortcut with the plain
 * computation over many inputs: the genre-sentence sets and the lines of the text-page sets.
 */
public final class OwnTexts {
  private static final List<String> SENTENCE_SETS = List.of("genre-sentences.tsv",
      "genre-sentences-wire.tsv", "genre-sentences-fresh.tsv", "genre-sentences-blind.tsv",
      "genre-sentences-fresh2.tsv");

  private OwnTexts() {}

  /** The sentences of the genre-sentence sets in language {@code lang} ("en", "ar"; null: all). */
  public static List<String> sentences(String lang) {
    List<String> out = new ArrayList<>();
    for (String f : SENTENCE_SETS) {
      for (String line : lines(Path.of("src/test/resources/events/" + f))) {
        String[] c = line.split("\t");
        if (c.length >= 3 && !line.startsWith("#") && (lang == null || c[0].equals(lang))) {
          out.add(c[2]);
        }
      }
    }
    return out;
  }

  /** The lines of our own text pages (the ingest sets), in file order. */
  public static List<String> pageLines() {
    List<String> out = new ArrayList<>();
    try (var files = Files.walk(Path.of("src/test/resources/org/sitrep/ingest"))) {
      for (Path p : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
        out.addAll(lines(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<String> lines(Path p) {
    try {
      return Files.readAllLines(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
