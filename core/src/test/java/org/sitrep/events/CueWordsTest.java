package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A cue phrase of attribution.tsv is a whole word: marks may ride on it, no letter follows. */
class CueWordsTest {
  @Test
  void aCueIsNoStartOfALongerWordEvenBeforeAMark() {
    // "لو" (if) opens "لوّح" (to brandish, to threaten) with a shadda after its second letter
    assertFalse(Lexicon.cue("hypothetical", true).matcher("لوّحت الحكومة بالرد على الهجوم").find());
    assertFalse(Lexicon.cue("hypothetical", true).matcher("وكان الجيش قد لوَّح بعملية").find());
    assertTrue(Lexicon.cue("hypothetical", true).matcher("لو انسحبت القوات من المدينة").find());
    // a mark on the cue's own last letter is still the cue
    assertTrue(Lexicon.cue("hypothetical", true).matcher("لوْ انسحبت القوات من المدينة").find());
  }
}
