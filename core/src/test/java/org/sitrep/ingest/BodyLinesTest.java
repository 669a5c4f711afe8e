package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The words and tokens of a line, counted by scans, are what their regular expressions find. */
class BodyLinesTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]{2,}");

  @Test
  void wordsAndTokensAsTheRegularExpressionsFindThem() {
    String alphabet = "ab Z9.-'’,;!ـًقالإن١٥²ⅫⅦ\u00AD\u200B\uD835\uDC00\uD83D\uDE00\uDC00\uD800 \t"
        + "é";
    Random r = new Random(5);
    for (int k = 0; k < 30_000; k++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(30);
      for (int i = 0; i < n; i++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = b.toString();
      int words = 0;
      Matcher m = WORD.matcher(s);
      while (m.find()) {
        words++;
      }
      assertEquals(words, BodyLines.words(s), s);
      Set<String> tokens = new HashSet<>();
      m = TOKEN.matcher(s);
      while (m.find()) {
        tokens.add(m.group());
      }
      assertEquals(tokens, BodyLines.tokenSet(s), s);
    }
  }

  @Test
  void countsWords() {
    assertEquals(5, BodyLines.words("U.S.-backed forces' gains, 2018 (AFP)"));
    assertEquals(3, BodyLines.words("قال مصدر محلي"));
  }
}
