package org.sitrep.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The first-character guards, grouped phrase lists and {@link ScanPattern} find what the plain
 * regex finds: checked on regexes of the shapes the coder uses, over random texts of the
 * characters that matter (both cases, Arabic letters and marks, the letters whose case folding
 * crosses ASCII: İ ı ſ K Å µ ÿ).
 */
class ScanPatternTest {
  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String ALPHABET = "abcdeiklsStTKkIi \u0130\u0131\u017f\u212a\u212b\u00b5"
      + "\u00ff\u00c5\u00e5 ,;.-0123456789\u0660\u0663 \u0627\u0644\u0642\u062a\u0648\u0645"
      + "\u064e\u0651\u0640\n";

  private static final List<String> PHRASES = List.of("at least", "attack", "attacks", "killed",
      "kill", "sources", "source close", "said", "tell", "stated", "ik", "\u0627\u0644\u0642\u062a",
      "\u0642\u062a\u0644", "\u0648\u0642\u062a\u0644", "\u00e5s", "\u212ael", "il", "\u0131s");

  private static final List<String> REGEXES = List.of(
      "(?<![\\p{L}])(?:" + Patterns.alternation(PHRASES) + ")(?![\\p{L}])",
      "(?<![\\p{L}])(?:" + Patterns.alternationWithMarks(PHRASES) + ")\\p{L}{0,2}(?![\\p{L}])",
      "^(?:" + Patterns.alternationWithMarks(PHRASES) + ")(?![\\p{L}])",
      "(?<![\\p{L}\\d])(\\d{1,3}(?:,\\d{3})+|\\d+|[\\u0660-\\u0669]+|"
          + Patterns.alternation(PHRASES)
          + ")(?![\\p{L}\\d])\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:killed|dead)",
      "(?<![\\p{L}\\d])\u0648?(\\d+|tell)\\s+\\p{L}+",
      "(?:,\\s*(?:which|who)\\b|;|\\bthat (?:was|is)\\b|\\bwhile\\b)",
      "(?<![\\p{L}])(?:(last|next)\\s+)?(?:(\u0627\u0644)\\s+)?(tues|kil)day(?![\\p{L}])",
      "\\bat(?:tacks?)?|\\Qs.i\\E?d|[\u0130k]ill|\\x{41}|\\u0131s",
      "(?<=\\bthe )attack",
      "a?b?c",
      "(?:ab|a[^b]c|k\\s+i|\u0627\u0644\u0642)d*",
      "s(?:t|ki?)*l|(?<![\\p{L}])[\u0660-\u0669]{2,}",
      "(?<![\\p{L}])(?:at|\\Qi\\E|\\Qk\\E\\s*t)(?=\\s)",
      "(?:tac|a\\s?b?c|kil{2,}|\\u0627\\u0644\\u0642\\u062a|s[^a]i)",
      // a word start that a hyphen does not make: parsed first characters, and (an inline flag
      // inside) none, tried at word starts all the same
      "(?<![\\p{L}-])(?:attacks?|kill|\\u0627\\u0644\\u0642\\u062a)(?![\\p{L}-])",
      "(?<![\\p{L}-])(?:(?:an?|the)\\s+)?(?:(?:kil|at|\\u0627\\u0644)\\s+|(?-i:[A-Z][a-z]+)\\s+)"
          + "{1,3}(?:sources?|said|\\u0642\\u062a\\u0644)(?![\\p{L}-])");

  @Test
  void theGuardNamesTheFirstCharacters() {
    assertEquals("[\\d]", Patterns.firstChars("(?<!\\d)(\\d{4})-(\\d{2})"));
    assertEquals("[ac]", Patterns.firstChars("(?<![\\p{L}])(?:ab|cd|a)(?![\\p{L}])"));
    assertEquals("[abc]", Patterns.firstChars("a?b*c"));
    assertEquals("[,;t]", Patterns.firstChars("(?:,\\s*x|;|\\bthat)"));
    assertNull(Patterns.firstChars("a?b?"), "may match the empty string");
    assertNull(Patterns.firstChars(".x"), "any character");
    assertNull(Patterns.firstChars("(?i)ab"), "inline flags");
    assertNull(Patterns.firstChars("[^a]b"), "a negated class");
    assertEquals("(?i)ab", Patterns.guarded("(?i)ab"), "unchanged where it cannot say");
    assertTrue(Patterns.opensWith("(?<![\\p{L}])(?:a|b)", "(?<![\\p{L}])"));
    assertTrue(!Patterns.opensWith("(?<![\\p{L}])a|b", "(?<![\\p{L}])"),
        "the lookbehind binds the first alternative only");
  }

  @Test
  void thePairsNameTheFirstTwoCharacters() {
    assertEquals(java.util.Set.of(List.of("[a]", "[b]"), List.of("[c]")),
        FirstPairs.of("(?<![\\p{L}])(?:ab|c)(?![\\p{L}])"));
    assertEquals(java.util.Set.of(List.of("[a]", "[b]"), List.of("[b]")), FirstPairs.of("a?b"));
    assertEquals(java.util.Set.of(List.of("[x]", "[x]"), List.of("[x]", "[y]"), List.of("[y]")),
        FirstPairs.of("x{0,3}y"));
    assertEquals(java.util.Set.of(List.of("[\\d]", "[\\d]")), FirstPairs.of("\\d{4}"));
    assertEquals(java.util.Set.of(List.of("[a]", "[b]")), FirstPairs.of("\\Qabc\\E"));
    assertEquals(java.util.Set.of(List.of("[a]", "[^b]")), FirstPairs.of("a[^b]"));
    assertEquals(java.util.Set.of(List.of("[a]", "[b]", "[c]"), List.of("[a]", "[b]", "[d]"),
        List.of("[x]")), FirstPairs.of("ab(?:c|d)e|x", 3));
    assertEquals(java.util.Set.of(List.of("[a]", "[a]", "[a]"), List.of("[a]", "[a]", "[b]"),
        List.of("[a]", "[b]"), List.of("[b]")), FirstPairs.of("a*b", 3));
    assertNull(FirstPairs.of("\\Qab\\E?"), "the quantifier binds to the last character");
    assertNull(FirstPairs.of("a.b"), "any character");
    assertNull(FirstPairs.of("(?i)ab"), "inline flags");
    assertNull(FirstPairs.of("(a)\\1"), "a back reference");
  }

  @Test
  void aLongPhraseListIsGroupedByFirstLetterAndMatchesAsBefore() {
    String grouped = Patterns.alternation(PHRASES);
    assertTrue(grouped.startsWith("(?=["), grouped);
    for (String p : PHRASES) {
      Matcher m = Pattern.compile("(?:" + grouped + ")", F).matcher(p.toUpperCase(
          java.util.Locale.ROOT));
      assertTrue(m.lookingAt(), p);
    }
  }

  @Test
  void scanAndGuardFindWhatThePlainRegexFinds() {
    Random r = new Random(20261130);
    for (String regex : REGEXES) {
      for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE, F}) {
        Pattern plain = Pattern.compile(regex, flags);
        Pattern guarded = Patterns.compile(regex, flags);
        ScanPattern scan = ScanPattern.compile(regex, flags);
        for (int k = 0; k < 1000; k++) {
          String text = text(r);
          String what = regex + " /" + flags + " on \"" + text + "\"";
          List<String> expected = all(plain.matcher(text));
          assertEquals(expected, all(guarded.matcher(text)), what);
          assertEquals(expected, all(scan.matcher(text)), what);
          int from = r.nextInt(text.length() + 1);
          int to = from + r.nextInt(text.length() - from + 1);
          assertEquals(all(plain.matcher(text).region(from, to).useTransparentBounds(true)
              .useAnchoringBounds(false)),
              all(scan.matcher(text, from, to)), what + " [" + from + ", " + to + ")");
          assertEquals(all(plain.matcher(text).region(from, to)),
              all(scan.opaqueMatcher(text, from, to)), what + " opaque [" + from + ", " + to
                  + ")");
          assertEquals(plain.matcher(text).lookingAt(), scan.matcher(text).lookingAt(), what);
          // searched again, the text's word starts are listed and visited instead of its
          // characters (a regex that opens with a lookbehind for a letter)
          assertEquals(expected, all(scan.matcher(text)), what + " again");
          assertEquals(all(plain.matcher(text).region(from, to).useTransparentBounds(true)
              .useAnchoringBounds(false)),
              all(scan.matcher(text, from, to)), what + " again [" + from + ", " + to + ")");
        }
      }
    }
  }

  /* Random text: characters of the alphabet and pieces of the phrases, in random case. */
  private static String text(Random r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(40);
    for (int i = 0; i < n; i++) {
      if (r.nextInt(4) == 0) {
        String p = PHRASES.get(r.nextInt(PHRASES.size()));
        b.append(r.nextBoolean() ? p : p.toUpperCase(java.util.Locale.ROOT));
      } else {
        b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
    }
    return b.toString();
  }

  private static List<String> all(Matcher m) {
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + ":" + groups(m));
    }
    return out;
  }

  private static List<String> all(ScanPattern.Finder m) {
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + ":" + groupsOf(m));
    }
    return out;
  }

  private static String groups(Matcher m) {
    StringBuilder b = new StringBuilder(m.group());
    for (int g = 1; g <= m.groupCount(); g++) {
      b.append('|').append(m.group(g));
    }
    return b.toString();
  }

  private static String groupsOf(ScanPattern.Finder m) {
    StringBuilder b = new StringBuilder(m.group());
    for (int g = 1; g <= m.groupCount(); g++) {
      b.append('|').append(m.group(g));
    }
    return b.toString();
  }
}
