package org.sitrep.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The word filter never rules out a word of its set, in any case, and rules out others. */
class WordFilterTest {
  private static final List<String> WORDS = List.of("yesterday", "the", "tuesday", "كانون",
      "الثاني", "dozen", "ago");

  @Test
  void aWordOfTheSetIsNeverRuledOut() {
    WordFilter f = new WordFilter(WORDS);
    for (String w : WORDS) {
      for (String written : List.of(w, w.toUpperCase(Locale.ROOT),
          w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))) {
        String text = "on " + written + ", then";
        assertTrue(f.mayHold(text, 3, 3 + written.length()), written);
      }
    }
  }

  @Test
  void otherWordsAreRuledOutAndOtherScriptsLetThrough() {
    WordFilter f = new WordFilter(WORDS);
    int out = 0;
    List<String> others = List.of("army", "shelled", "Douma", "convoy", "المسلحين", "قصف",
        "yesterdays", "th", "them", "agos");
    for (String w : others) {
      out += f.mayHold(w, 0, w.length()) ? 0 : 1;
    }
    assertTrue(out >= others.size() - 1, out + " of " + others.size() + " ruled out");
    // a capital sigma or a dotted capital I lower-cases by context: always looked up
    assertTrue(f.mayHold("ΣΟΦΙΑ", 0, 5));
    assertTrue(f.mayHold("İstanbul", 0, 8));
    assertFalse(new WordFilter(List.of()).mayHold("the", 0, 3));
  }
}
