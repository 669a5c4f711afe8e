package org.sitrep.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguagesTest {
  @Test
  void tellsLatinLanguagesApartByFunctionWords() {
    assertEquals("pt", Languages.detect("Estou aqui ao lado do Eugênio, que já é de casa. Nunca"
        + " ouviu as brincadeiras musicais do grupo? Assista a uma palinha na escola."));
    assertEquals("it", Languages.detect("È stato annunciato in queste ore che il governo non"
        + " ha ancora deciso, anche se la decisione è attesa nel pomeriggio."));
    assertEquals("en", Languages.detect("The army said that the convoy was hit on the road."));
  }

  @Test
  void scriptsDecideFirst() {
    assertEquals("ar", Languages.detect("وقال مصدر محلي إن المفاوضات مستمرة في دوما."));
    assertEquals("und", Languages.detect("12345 -- !!"));
  }

  @Test
  void aTieIsDecidedTheSameWayEveryRun() {
    // one function word each for Italian and Portuguese: the fixed order decides, not a hash
    assertEquals("it", Languages.detect("sono dos"));
    assertEquals("it", Languages.detect("dos sono"));
    assertEquals("en", Languages.detect("the sono"));
  }

  /* The definition the detector's Latin branch follows: each language's function words counted
   * over the lower-case words, the most frequent language, English on a tie with it. */
  private static String reference(String text) {
    List<Map.Entry<String, Set<String>>> stopwords = List.of(
        Map.entry("en", Set.of("the", "and", "of", "to", "in", "is", "that", "was", "for", "with",
            "on")),
        Map.entry("fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "du", "pour",
            "que")),
        Map.entry("de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "von",
            "ein")),
        Map.entry("es", Set.of("el", "los", "las", "y", "que", "en", "por", "una", "del", "para",
            "con")),
        Map.entry("it", Set.of("il", "di", "che", "e", "la", "per", "una", "non", "sono", "della",
            "gli", "è", "nel", "anche")),
        Map.entry("pt", Set.of("o", "os", "que", "não", "uma", "para", "com", "do", "da", "em",
            "dos", "na", "no", "ao", "é")),
        Map.entry("id", Set.of("yang", "dan", "di", "itu", "dengan", "untuk", "tidak", "ini",
            "dari", "dalam", "akan")),
        Map.entry("tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok",
            "daha", "olan")));
    String t = text.substring(0, Math.min(text.length(), 1500));
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= t.length(); i++) {
      boolean letter = i < t.length() && Character.isLetter(t.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        words.add(t.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    String best = "en";
    int bestCount = 0;
    for (Map.Entry<String, Set<String>> e : stopwords) {
      int count = 0;
      for (String w : words) {
        if (e.getValue().contains(w)) {
          count++;
        }
      }
      if (count > bestCount || (count == bestCount && e.getKey().equals("en"))) {
        best = e.getKey();
        bestCount = count;
      }
    }
    return best;
  }

  @Test
  void latinTextsCountFunctionWordsAsTheDefinitionSays() {
    String[] words = {"the", "THE", "que", "Que", "la", "di", "é", "É", "da", "de", "dengan",
        "DENGAN", "olarak", "İçin", "için", "ıle", "army", "convoy", "sono", "não", "NÃO", "y",
        "e", "o", "dengann", "x", "2018", "Ünd", "und"};
    Random r = new Random(9);
    for (int k = 0; k < 5_000; k++) {
      StringBuilder b = new StringBuilder("army ");
      int n = r.nextInt(40);
      for (int i = 0; i < n; i++) {
        b.append(words[r.nextInt(words.length)]).append(r.nextInt(6) == 0 ? ", " : " ");
      }
      String text = b.toString();
      assertEquals(reference(text), Languages.detect(text), text);
    }
  }
}
