package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;

/**
 * Every misfire issue #11 names stays gone: one row of mentions/issue-11-misfires.tsv per
 * misfire, a sentence of our own wording and what its name must (not) be read as.
 */
class IssueMisfiresTest {
  private static final Knowledge KNOWLEDGE = Knowledge.defaults();
  private static final MentionFinder FINDER = new MentionFinder(KNOWLEDGE);
  private static final PlaceReadings READINGS = new PlaceReadings(KNOWLEDGE);

  static Stream<Arguments> misfires() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String line : Files.readAllLines(
        Path.of("src/test/resources/mentions/issue-11-misfires.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      out.add(Arguments.of(c[0], c[1], c[2], c[3]));
    }
    assertTrue(out.size() >= 20, "at least 20 rows, have " + out.size());
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @MethodSource("misfires")
  void theMisfireStaysGone(String misfire, String name, String expect, String text) {
    Document d = MentionFinderTest.doc(text.split(" \\|\\| "));
    List<Mention> found = FINDER.find(d).mentions();
    List<Mention> places = new ArrayList<>();
    for (Mention m : expect.startsWith("reading:") ? READINGS.of(d, found) : found) {
      if (m.kind().equals("place") && (name.equals("*") || m.text().equals(name))) {
        places.add(m);
      }
    }
    String seen = misfire + " in '" + text + "': " + found;
    String value = expect.substring(expect.indexOf(':') + 1);
    switch (expect.substring(0, Math.max(0, expect.indexOf(':')))) {
      case "" -> assertTrue(expect.equals("none") && places.isEmpty(), seen);
      case "not" -> assertTrue(places.stream().noneMatch(m -> value.equals(m.countryCode())),
          seen);
      case "notid" -> assertTrue(places.stream().noneMatch(m -> value.equals(m.identifierId())),
          seen);
      case "cc" -> assertTrue(!places.isEmpty()
          && places.stream().allMatch(m -> value.equals(m.countryCode())), seen);
      case "id", "reading" -> assertTrue(!places.isEmpty()
          && places.stream().allMatch(m -> value.equals(m.identifierId())), seen);
      default -> throw new IllegalArgumentException("unknown expectation " + expect);
    }
  }
}
