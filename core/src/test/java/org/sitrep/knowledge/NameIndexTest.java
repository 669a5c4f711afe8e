package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.text.NameKeys;

class NameIndexTest {
  /* Words whose keys start with a letter other than their own, and plain ones. */
  private static final List<String> WORDS = List.of("Chaldea", "Charikar", "Cairo", "Phoenix",
      "Palmyra", "Djibouti", "Damascus", "Dhamar", "Ouagadougou", "Omaha", "Eid", "Eyal", "Erbil",
      "Quneitra", "Qamishli", "Shaddadi", "Thawra", "Khan", "Ghouta", "Zhob", "Jhansi", "Yabrud",
      "Wadi", "Ubari", "Idlib", "Aleppo", "D'jar", "Dʼjar", "Dïb", "Çatalca", "Œil", "A", "E", "C",
      "O", "2nd", "9", "Hôms", "kafr", "said", "the", "of", "EU");

  @Test
  void aWordsKeyStartsWithALetterItsFirstCharactersAllow() {
    for (String w : WORDS) {
      String key = NameKeys.key(w);
      if (key.isEmpty()) {
        continue;
      }
      long allowed = NameIndex.firstKeyBits(w.charAt(0), w.length() > 1 ? w.charAt(1) : '\0');
      assertNotEquals(0L, allowed & NameIndex.keyBits(key.charAt(0)),
          w + " has the key " + key);
    }
  }

  @Test
  void theFilterRulesOutOtherLetters() {
    long s = NameIndex.firstKeyBits('S', 'a');
    assertEquals(NameIndex.keyBits('s'), s);
    assertEquals(NameIndex.keyBits('s'), NameIndex.firstKeyBits('c', 'h'));
    assertEquals(NameIndex.keyBits('k'), NameIndex.firstKeyBits('c', 'a'));
    assertEquals(-1L, NameIndex.firstKeyBits('É', 'd'));
  }

  @Test
  void aWalkStopsOnlyWhereNoChildCanFollow() {
    NameIndex index = new NameIndex();
    index.add("Deir ez-Zor", NameIndex.Kind.PLACE, "deir-ez-zor");
    index.add("Chouf District", NameIndex.Kind.PLACE, "chouf");
    NameIndex.Node deir = index.root().child(index.keyId(NameKeys.key("Deir")));
    assertNotNull(deir);
    assertTrue(deir.hasChildren());
    assertTrue(deir.mayContinueWith('Z', 'o'));
    assertFalse(deir.mayContinueWith('s', 'a'), "no name goes on with 'said'");
    NameIndex.Node chouf = index.root().child(index.keyId(NameKeys.key("Chouf")));
    assertTrue(chouf.mayContinueWith('D', 'i'));
    NameIndex.Node district = chouf.child(index.keyId(NameKeys.key("District")));
    assertFalse(district.hasChildren());
  }
}
