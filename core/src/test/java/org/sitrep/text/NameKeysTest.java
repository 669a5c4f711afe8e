package org.sitrep.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameKeysTest {
  static final List<String> WORDS = List.of("Jarablos", "Jarablus", "Jarabulus", "Duma", "Douma",
      "Qalamoun", "Qalamun", "Idleb", "Idlib", "Sheikh", "Shaykh", "Deir", "Dayr", "Ḩamāh",
      "Ar-Raqqah", "Hay'at", "Buwaydhani", "Mhardeh", "SANA", "HTS", "Ghouta", "Wafideen", "Yarmouk",
      "Hmeimim", "Aleppo", "Tiger", "Zūr", "Ma'arrat", "Djibouti", "Phoenix", "2018", "Ob",
      "دوما", "الغوطة", "جيرود", "إدلب", "أحرار", "القلمون", "ومدينة", "حلب", "الباب");

  @Test
  void theKeyOfAFormIsTheKeyOfTheWord() {
    for (String w : WORDS) {
      assertEquals(NameKeys.key(w), NameKeys.keyOfForm(NameKeys.form(w)), w);
    }
  }

  @Test
  void bufferFoldsAgreeWithTheStringFolds() {
    char[] buf = new char[64];
    for (String w : WORDS) {
      String framed = "«" + w + "»";
      if (NameKeys.isArabic(w.charAt(0))) {
        int len = NameKeys.arabicInto(framed, 1, w.length() + 1, buf);
        int off = NameKeys.arabicArticleLength(buf, 0, len);
        assertEquals(NameKeys.key(w), new String(buf, off, len - off), w);
      } else {
        int len = NameKeys.latinInto(framed, 1, w.length() + 1, false, buf);
        assertEquals(NameKeys.key(w), new String(buf, 0, len), w);
        len = NameKeys.latinInto(framed, 1, w.length() + 1, true, buf);
        assertEquals(NameKeys.form(w), new String(buf, 0, len), w);
      }
    }
  }

  @Test
  void spellingsOfOneNameShareAKey() {
    assertEquals(NameKeys.key("Jarablos"), NameKeys.key("Jarabulus"));
    assertEquals(NameKeys.key("Duma"), NameKeys.key("Douma"));
    assertEquals(NameKeys.key("Shaykh"), NameKeys.key("Sheikh"));
    assertEquals(NameKeys.key("إدلب"), NameKeys.key("ادلب"));
  }

  @Test
  void articlesInARangeOfText() {
    String s = "fighters of ash-Sham and al Nusra";
    assertTrue(NameKeys.isArticle(s, 12, 15, true));
    assertFalse(NameKeys.isArticle(s, 12, 15, false));
    assertTrue(NameKeys.isArticle(s, 25, 27, false));
    assertFalse(NameKeys.isArticle(s, 0, 8, false));
  }

  @Test
  void lowerMatchesCharacterToLowerCase() {
    for (int i = 0; i < 0x3000; i++) {
      char c = (char) i;
      assertEquals(Character.toLowerCase(c), NameKeys.lower(c), () -> "char " + (int) c);
    }
  }
}
