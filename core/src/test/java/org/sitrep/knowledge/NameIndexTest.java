package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
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
    NameTrie trie = index.trie();
    int deir = trie.rootChild(index.keyId(NameKeys.key("Deir")));
    assertNotEquals(NameTrie.NONE, deir);
    assertTrue(trie.hasChildren(deir));
    assertFalse(trie.named(deir));
    assertTrue(trie.mayContinueWith(deir, 'Z', 'o'));
    assertFalse(trie.mayContinueWith(deir, 's', 'a'), "no name goes on with 'said'");
    int chouf = trie.rootChild(index.keyId(NameKeys.key("Chouf")));
    assertTrue(trie.mayContinueWith(chouf, 'D', 'i'));
    int district = trie.child(chouf, index.keyId(NameKeys.key("District")));
    assertFalse(trie.hasChildren(district));
    assertTrue(trie.named(district));
    assertEquals("chouf", trie.targets(district).get(0).id());
  }

  @Test
  void aNameAddedAfterTheLayoutIsFoundWithTheOldOnes() {
    NameIndex index = new NameIndex();
    index.add("Deir ez-Zor", NameIndex.Kind.PLACE, "deir-ez-zor");
    NameTrie first = index.trie();
    int deir = first.rootChild(index.keyId(NameKeys.key("Deir")));
    assertFalse(first.named(deir));
    index.add("Deir", NameIndex.Kind.PLACE, "deir");
    index.add("Deir Hafer", NameIndex.Kind.PLACE, "deir-hafer");
    NameTrie trie = index.trie();
    assertNotSame(first, trie);
    deir = trie.rootChild(index.keyId(NameKeys.key("Deir")));
    assertTrue(trie.named(deir));
    assertEquals("deir", trie.targets(deir).get(0).id());
    int zor = trie.child(deir, index.keyId(NameKeys.key("Zor"))); // "ez-" is an article
    assertEquals("deir-ez-zor", trie.targets(zor).get(0).id());
    int hafer = trie.child(deir, index.keyId(NameKeys.key("Hafer")));
    assertEquals("deir-hafer", trie.targets(hafer).get(0).id());
    assertEquals(NameTrie.NONE, trie.child(zor, index.keyId(NameKeys.key("Hafer"))));
    assertEquals(3, trie.size());
  }

  @Test
  void aNodeWithManyChildrenFindsEachByBinarySearch() {
    NameIndex index = new NameIndex();
    String[] seconds = {"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel",
        "India", "Juliet", "Kilo", "Lima", "Mike", "November"};
    for (String w : seconds) {
      index.add("Camp " + w, NameIndex.Kind.PLACE, "camp-" + w.toLowerCase(java.util.Locale.ROOT));
    }
    NameTrie trie = index.trie();
    int camp = trie.rootChild(index.keyId(NameKeys.key("Camp")));
    for (String w : seconds) {
      int c = trie.child(camp, index.keyId(NameKeys.key(w)));
      assertEquals("camp-" + w.toLowerCase(java.util.Locale.ROOT), trie.targets(c).get(0).id());
    }
    assertEquals(NameTrie.NONE, trie.child(camp, index.keyId(NameKeys.key("Camp"))));
    assertEquals(NameTrie.NONE, trie.child(camp, -1));
  }
}
