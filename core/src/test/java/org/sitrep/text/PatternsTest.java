package org.sitrep.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Patterns#alternationByFirstChar} matches exactly what {@link Patterns#alternation} does. */
class PatternsTest {
  private static final List<String> PHRASES = List.of("march", "mar", "mar.", "mars", "märz",
      "may", "mai", "mayıs", "şubat", "ocak", "kasım", "aralık", "ağustos", "aout", "août",
      "مارس", "مايو", "أيار", "ايار", "آب", "اب", "كانون الثاني", "كانون الأول", "تشرين الأول",
      "k", "Kelvin", "ǆemal", "ǅx", "İstanbul", "ıx", "σigma", "Σigma", "ς", "1st", "x.y");

  /* Every match of the regex in the text: where it starts and ends, and its first group. */
  private static List<String> matches(String regex, int flags, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?<![\\p{L}])(" + regex + ")\\s*(\\d+)?", flags).matcher(text);
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + ":" + m.group(1) + "/" + m.group(2));
    }
    return out;
  }

  @Test
  void matchesTheSameInEveryCaseMode() {
    String plain = Patterns.alternation(PHRASES);
    String grouped = Patterns.alternationByFirstChar(PHRASES);
    assertNotEquals(plain, grouped, "the phrases can be grouped");
    int[] modes = {0, Pattern.CASE_INSENSITIVE,
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE};
    Random r = new Random(11);
    String glue = " ,.-\n1";
    for (int k = 0; k < 1_500; k++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + r.nextInt(8);
      for (int i = 0; i < n; i++) {
        String w = PHRASES.get(r.nextInt(PHRASES.size()));
        switch (r.nextInt(5)) {
          case 0 -> w = w.toUpperCase(Locale.ROOT);
          case 1 -> w = w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
          case 2 -> w = w.substring(0, r.nextInt(w.length() + 1));
          default -> { }
        }
        b.append(w).append(glue.charAt(r.nextInt(glue.length())));
        if (r.nextBoolean()) {
          b.append(r.nextInt(40));
        }
      }
      String text = b.toString();
      for (int flags : modes) {
        assertEquals(matches(plain, flags, text), matches(grouped, flags, text), text);
      }
    }
  }

  @Test
  void everyCharacterOpensTheSamePhrases() {
    String plain = Patterns.alternation(PHRASES);
    String grouped = Patterns.alternationByFirstChar(PHRASES);
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    Pattern a = Pattern.compile(plain, flags);
    Pattern b = Pattern.compile(grouped, flags);
    int found = 0;
    for (String p : List.of("march", "şubat", "مارس", "Kelvin", "ǅx", "İstanbul", "ıx", "Σigma",
        "1st")) {
      for (int c = 0; c <= 0xFFFF; c++) {
        if (Character.isSurrogate((char) c)) {
          continue;
        }
        String s = (char) c + p.substring(1);
        Matcher ma = a.matcher(s);
        Matcher mb = b.matcher(s);
        boolean x = ma.lookingAt();
        assertEquals(x, mb.lookingAt(), s);
        if (x) {
          assertEquals(ma.end(), mb.end(), s);
          found++;
        }
      }
    }
    assertTrue(found > 18, "case variants open phrases too: " + found);
  }

  @Test
  void guardsOnlyWhatOpensWithPlainAlternatives() {
    for (String unchanged : new String[] {"(?:a|b)?x", "(?:a|b)*x", "(?:a|b){0,2}x",
        "(?:a|b)x|y", "(?:a|b)(?:x|y)|z", ".{0,30}x", "(?:a\\s|b)x", "(?:a|)x", "\\[x",
        "(?i:a|b)x", "(?:a|b)[|]x|y"}) {
      assertEquals(unchanged, Patterns.withFirstCharGuard(unchanged), unchanged);
    }
    for (String guarded : new String[] {"(?:photo|image)s?:", "(reuters|afp)/\\p{L}+",
        "(?:a|b)[|]x", "(?:getty images|picture-alliance)(?:x|y)\\)$"}) {
      assertNotEquals(guarded, Patterns.withFirstCharGuard(guarded), guarded);
    }
  }

  @Test
  void aGuardedRegexFindsWhatTheRegexDoes() {
    String[] regexes = {
        "(?:photo|image|picture|video|photograph|footage)s?\\s?(?:credit)?\\s?:\\s?[^.!?؟:]{2,60}"
            + "\\)?\\.?$",
        "(?:reuters|afp|ap|epa|getty images|anadolu|picture-alliance|sipa|xinhua)(?:\\s?photo)?/"
            + "[\\p{L}][\\p{L}\\p{N} .'’/-]{1,60}\\)?\\.?$",
        "(support|donate to)(\\s+(?-i:\\p{Lu})\\S*){1,3}", "(?:İstanbul|ıx|Kelvin)\\s\\d"};
    String[] pieces = {"Photo", "PHOTOS", "image", "İmage", "photo credit", ": ", "/", "Reuters",
        "REUTERS", "afp", "AP", "Getty Images", "picture-alliance", "Ayman", " ", ".", ")", "x",
        "support", "Donate to", "Us", "İstanbul", "istanbul", "ISTANBUL", "IX", "ıx", "kelvin",
        "\u212Aelvin", "1", "؟", "!"};
    Random r = new Random(13);
    for (String regex : regexes) {
      String guarded = Patterns.withFirstCharGuard(regex);
      assertNotEquals(regex, guarded);
      Pattern a = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      Pattern b = Pattern.compile(guarded, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      for (int k = 0; k < 3_000; k++) {
        StringBuilder t = new StringBuilder();
        int n = 1 + r.nextInt(10);
        for (int i = 0; i < n; i++) {
          t.append(pieces[r.nextInt(pieces.length)]);
        }
        List<String> ma = new ArrayList<>();
        List<String> mb = new ArrayList<>();
        for (Matcher m = a.matcher(t); m.find(); ) {
          ma.add(m.start() + "-" + m.end());
        }
        for (Matcher m = b.matcher(t); m.find(); ) {
          mb.add(m.start() + "-" + m.end());
        }
        assertEquals(ma, mb, regex + " on " + t);
      }
    }
  }
}
