package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;

/**
 * {@link WordMemo#again}, the look-up of a word at the slot it was found in before, gives what
 * {@link WordMemo#slot} gives: the same slot and the same key ids and nodes, whether the slot
 * still holds the word, another word took it since, or the word is too long to keep.
 */
class WordMemoAgainTest {
  private static final Knowledge KNOWLEDGE = Knowledge.defaults();

  private static String word(Random r) {
    String[] latin = {"Syria", "Idlib", "Douma", "said", "The", "Turkey", "HTS", "U", "Paris",
        "Washington", "Deir", "Zor", "police", "Aleppo", "Hama"};
    String[] arabic = {"سوريا", "وسوريا", "لسوريا", "بدمشق", "فبدمشق", "للجيش", "إدلب", "قال",
        "في", "دوما", "حلب"};
    int kind = r.nextInt(4);
    if (kind == 0) {
      return latin[r.nextInt(latin.length)];
    }
    if (kind == 1) {
      return arabic[r.nextInt(arabic.length)];
    }
    // made-up words, some longer than a slot holds
    StringBuilder b = new StringBuilder();
    int n = 1 + r.nextInt(kind == 2 ? 10 : 22);
    b.append((char) ('A' + r.nextInt(26)));
    for (int i = 1; i < n; i++) {
      b.append((char) ('a' + r.nextInt(26)));
    }
    return b.toString();
  }

  @Test
  void againFindsWhatALookUpFinds() {
    WordMemo memo = WordMemo.of(KNOWLEDGE.index());
    try {
      Random r = new Random(23);
      List<String> words = new ArrayList<>();
      List<Integer> slots = new ArrayList<>();
      for (int round = 0; round < 40_000; round++) {
        String w = word(r);
        // the word in a text of its own, not at offset 0
        String text = "« " + w + " »";
        int s = 2;
        int e = s + w.length();
        if (r.nextInt(3) == 0 && !words.isEmpty()) {
          // a word met before, at the slot it was met in (perhaps taken by another since)
          int k = r.nextInt(words.size());
          String old = words.get(k);
          String t2 = "« " + old + " »";
          int slot = memo.again(slots.get(k), t2, 2, 2 + old.length());
          int key = memo.key(slot);
          int acronym = memo.acronym(slot);
          int node = memo.node(slot);
          int c1 = memo.clitic1Node(slot);
          int c2 = memo.clitic2Node(slot);
          int plain = memo.slot(t2, 2, 2 + old.length());
          assertEquals(plain, slot, old);
          assertEquals(memo.key(plain), key, old);
          assertEquals(memo.acronym(plain), acronym, old);
          assertEquals(memo.node(plain), node, old);
          assertEquals(memo.clitic1Node(plain), c1, old);
          assertEquals(memo.clitic2Node(plain), c2, old);
        }
        int slot = r.nextInt(50) == 0 ? -1 : memo.slot(text, s, e);
        words.add(w);
        slots.add(slot);
      }
    } finally {
      memo.release();
    }
  }

  /* A slot that still holds the word is not filled anew: what it keeps (its form) stays. */
  @Test
  void aSlotThatHoldsTheWordKeepsWhatItKept() {
    WordMemo memo = WordMemo.of(KNOWLEDGE.index());
    try {
      String text = "in Idlib today";
      int slot = memo.slot(text, 3, 8);
      String form = memo.form(slot, text, 3, 8);
      assertSame(form, memo.form(memo.again(slot, text, 3, 8), text, 3, 8));
      assertEquals(-1, WordMemo.NONE);
    } finally {
      memo.release();
    }
  }
}
