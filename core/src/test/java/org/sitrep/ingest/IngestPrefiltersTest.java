package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cheap tests ingest runs before a search say what the search would: Needles what contains
 * says of every needle, Grams never no where contains says yes, Spaces.splitLength what a
 * regex split's length is. Random texts over a small alphabet, so that pieces recur.
 */
class IngestPrefiltersTest {
  private static final String ALPHABET = "ab ال\t\n.\u0000/Ab";

  private static String random(Random r, int max) {
    StringBuilder b = new StringBuilder();
    for (int i = r.nextInt(max + 1); i > 0; i--) {
      b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  @Test
  void needlesSayWhatContainsSays() {
    Random r = new Random(17);
    for (int round = 0; round < 300; round++) {
      List<String> needles = new ArrayList<>();
      for (int i = r.nextInt(40); i >= 0; i--) {
        needles.add(random(r, 6));
      }
      Needles n = new Needles(needles);
      for (int k = 0; k < 20; k++) {
        String text = random(r, 60);
        long[] in = n.in(text);
        for (String needle : needles) {
          assertEquals(text.contains(needle), Needles.has(in, n.id(needle)),
              () -> "'" + needle + "' in '" + text + "'");
        }
      }
    }
  }

  @Test
  void gramsRuleOutOnlyWhatIsNotThere() {
    Random r = new Random(18);
    int ruledOut = 0;
    for (int k = 0; k < 5000; k++) {
      String text = random(r, 40);
      String piece = random(r, 5);
      boolean may = new Grams(text).mayContain(Grams.of(piece));
      assertTrue(may || !text.contains(piece), () -> "'" + piece + "' in '" + text + "'");
      ruledOut += may ? 0 : 1;
    }
    assertTrue(ruledOut > 100, "the test rules something out: " + ruledOut);
  }

  @Test
  void splitLengthIsTheRegexSplitsLength() {
    Pattern spaces = Pattern.compile("\\s+");
    Random r = new Random(19);
    for (String s : List.of("", " ", "  ", "a", " a", "a ", " a b ", "a  b\tc", "\n")) {
      assertEquals(spaces.split(s).length, Spaces.splitLength(s), () -> "'" + s + "'");
    }
    for (int k = 0; k < 5000; k++) {
      String s = random(r, 12);
      assertEquals(spaces.split(s).length, Spaces.splitLength(s), () -> "'" + s + "'");
    }
  }

  @Test
  void aDateIsFoundHoweverFarWhiteSpaceKeepsItsYear() {
    // the windows a date is searched in count no white space: a day and month any number of
    // blanks before their year, and the longest gloss a date may hold, are still read
    String far = "Posted 19 March" + " ".repeat(300) + "\n\n2017 by the desk";
    assertEquals("2017-03-19", DateExpressions.find(far, true).orElseThrow().value());
    String gloss = "the 19th of March (Adhar the month name) 2017 report";
    assertEquals("2017-03-19", DateExpressions.find(gloss, true).orElseThrow().value());
  }

  @Test
  void datesInALongTextAreTheDatesOfItsParts() {
    String[] parts = {"Written 3 June 2019 at 10:30", "no date here 1234567 and 12/2020",
        "June 14-20, 2022 festival", "updated 2018-07-15T09:05", "١٥ ديسمبر ٢٠١٦ مساءً"};
    StringBuilder text = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (String p : parts) {
      text.append("Some words of a report that run on for a while here. ").append(p).append(' ');
      DateExpressions.find(p, true).ifPresent(f -> expected.add(f.value()));
    }
    List<String> got = new ArrayList<>();
    for (DateExpressions.Found f : DateExpressions.all(text.toString(), true, 10)) {
      got.add(f.value());
    }
    assertEquals(expected, got);
  }
}
