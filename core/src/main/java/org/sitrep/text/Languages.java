package org.sitrep.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the ISO 639-1 language of a text from its script and, for Latin script, from frequent
 * function words. Good enough to route text between the English and Arabic rules.
 */
public final class Languages {
  private Languages() {}

  /* In a fixed order (Map.of iterates in an order that changes run by run): ties go to English,
   * then to the language listed first. */
  private static final List<Map.Entry<String, Set<String>>> STOPWORDS = List.of(
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
      Map.entry("id", Set.of("yang", "dan", "di", "itu", "dengan", "untuk", "tidak", "ini", "dari",
          "dalam", "akan")),
      Map.entry("tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha",
          "olan")));

  /** Returns the language code of {@code text}, or {@code und} when it holds no letters. */
  public static String detect(CharSequence text) {
    int arabic = 0;
    int latin = 0;
    int cyrillic = 0;
    int other = 0;
    int n = Math.min(text.length(), 6_000);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
          latin++;
        }
        continue;
      }
      if (c >= '\u0600' && c <= '\u06FF') {
        arabic++;
        continue;
      }
      if (!Character.isLetter(c)) {
        continue;
      }
      Character.UnicodeScript sc = Character.UnicodeScript.of(c);
      switch (sc) {
        case ARABIC -> arabic++;
        case LATIN -> latin++;
        case CYRILLIC -> cyrillic++;
        default -> other++;
      }
    }
    int max = Math.max(Math.max(arabic, latin), Math.max(cyrillic, other));
    if (max == 0) {
      return "und";
    }
    if (max == arabic) {
      return persian(text, n) ? "fa" : "ar";
    }
    if (max == cyrillic) {
      return "ru";
    }
    if (max == other) {
      return "und";
    }
    return latinLanguage(text.subSequence(0, Math.min(n, 1500)).toString());
  }

  /** Persian and Urdu letters that Arabic does not use: پ چ ژ گ ی ک. */
  private static boolean persian(CharSequence text, int n) {
    int p = 0;
    int all = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF') {
        all++;
        if (c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' || c == 'ی' || c == 'ک') {
          p++;
        }
      }
    }
    return all > 0 && p * 20 > all;
  }

  /* For each function word, the languages (indexes into STOPWORDS) that list it. */
  private static final Map<String, int[]> LANGUAGES_OF = new HashMap<>();
  /* The longest function word: a longer word (lower case never shortens one) is none. */
  private static final int LONGEST;

  static {
    int longest = 0;
    for (int k = 0; k < STOPWORDS.size(); k++) {
      for (String w : STOPWORDS.get(k).getValue()) {
        longest = Math.max(longest, w.length());
        int[] old = LANGUAGES_OF.get(w);
        int[] now = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
        now[now.length - 1] = k;
        LANGUAGES_OF.put(w, now);
      }
    }
    LONGEST = longest;
  }

  /* The Latin-script language whose function words the text uses most (English on a tie with
   * it, else the language listed first). */
  private static String latinLanguage(String text) {
    int[] counts = new int[STOPWORDS.size()];
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        if (i - start <= LONGEST) {
          int[] langs = LANGUAGES_OF.get(text.substring(start, i).toLowerCase(Locale.ROOT));
          if (langs != null) {
            for (int k : langs) {
              counts[k]++;
            }
          }
        }
        start = -1;
      }
    }
    String best = "en";
    int bestCount = 0;
    for (int k = 0; k < STOPWORDS.size(); k++) {
      String lang = STOPWORDS.get(k).getKey();
      if (counts[k] > bestCount || (counts[k] == bestCount && lang.equals("en"))) {
        best = lang;
        bestCount = counts[k];
      }
    }
    return best;
  }
}
