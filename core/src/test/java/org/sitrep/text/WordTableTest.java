package org.sitrep.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTableTest {
  @Test
  void idsAreDenseAndStableAcrossGrowth() {
    WordTable t = new WordTable();
    Map<String, Integer> expected = new HashMap<>();
    for (int i = 0; i < 5000; i++) {
      String w = "w" + Integer.toString(i * 7919, 36);
      expected.put(w, t.add(w));
    }
    assertEquals(5000, t.size());
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      char[] buf = ("xx" + e.getKey() + "yy").toCharArray();
      assertEquals(e.getValue(), t.id(buf, 2, e.getKey().length()));
      assertEquals(e.getValue(), t.id("(" + e.getKey() + ")", 1, e.getKey().length() + 1, false));
      assertEquals(e.getValue(), t.add(e.getKey()), "adding again keeps the id");
    }
    assertTrue(expected.values().stream().allMatch(v -> v >= 0 && v < 5000));
  }

  @Test
  void lowerCaseLookupFoldsTheWordLookedUp() {
    WordTable t = new WordTable();
    int id = t.add("armed");
    t.add("دوما");
    assertEquals(id, t.id("The Armed group", 4, 9, true));
    assertEquals(-1, t.id("The Armed group", 4, 9, false));
    assertEquals(-1, t.id("armedx", 0, 6, true));
    assertEquals(-1, t.id("arm", 0, 3, true));
    assertTrue(t.contains("دوما"));
    assertEquals(-1, t.id(new char[0], 0, 0));
  }
}
