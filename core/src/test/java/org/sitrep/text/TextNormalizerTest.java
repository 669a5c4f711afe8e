package org.sitrep.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link TextNormalizer#fold} writes what the general definition (lower case of the whole string) does. */
class TextNormalizerTest {
  /* The definition: ASCII digits, String.toLowerCase(Locale.ROOT) of the whole string, then the
   * character foldings and collapsed white space. */
  static String reference(String s) {
    StringBuilder b = new StringBuilder(s.length());
    String lower = TextNormalizer.asciiDigits(s).toLowerCase(Locale.ROOT);
    boolean space = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = b.length() > 0;
        continue;
      }
      if ((c >= '\u064B' && c <= '\u0652') || c == '\u0640' || c == '\u0670') {
        continue;
      }
      switch (c) {
        case 'أ', 'إ', 'آ', 'ٱ' -> c = 'ا';
        case 'ى' -> c = 'ي';
        case 'ة' -> c = 'ه';
        case '\u2018', '\u2019', '`', '\u00B4' -> c = '\'';
        case '\u201C', '\u201D', '\u00AB', '\u00BB' -> c = '"';
        case '\u2013', '\u2014', '\u2212' -> c = '-';
        default -> { }
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    return b.toString();
  }

  @Test
  void everyCharacterFoldsAsTheDefinitionSays() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String s = String.valueOf((char) c);
      assertEquals(reference(s), TextNormalizer.fold(s), "U+" + Integer.toHexString(c));
      String inWords = "Ab " + s + "Σ x" + s;
      assertEquals(reference(inWords), TextNormalizer.fold(inWords), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void mixedStringsFoldAsTheDefinitionSays() {
    String alphabet = "aZ9 \t\u00A0\u2003\n.,'’“”«»–—−`´ΣσςΑİIıiŞşДд٠٣٩۰۵أإآٱىةاَُِّـٰ\uD835\uDC00\uD83D\uDE00"
        + "\uD800x";
    Random r = new Random(7);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(24);
      for (int i = 0; i < n; i++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertEquals(reference(s), TextNormalizer.fold(s), s);
    }
  }

  @Test
  void foldsCaseDigitsLettersAndSpace() {
    assertEquals("قال ان 15 ايار - \"نعم\"", TextNormalizer.fold("  قالَ إن ١٥ أيار – «نعم»  "));
    assertEquals("the army's", TextNormalizer.fold("The\u00A0\u00A0ARMY’S"));
  }
}
