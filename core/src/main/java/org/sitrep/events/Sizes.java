package org.sitrep.events;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.text.DataFiles;
import org.sitrep.text.Patterns;
import org.sitrep.text.ScanPattern;

/**
 * The sizes a sentence gives, in English and Arabic: the dead and the injured from the verb or
 * noun that counts them ("killed six civilians", "33 soldiers died", "was killed along with
 * four others", "مقتل ثلاثة عناصر", "سقوط 28 قتيلا و92 جريحا"), then captives, buses and people
 * from the noun a number counts. Numbers as digits (Latin or Arabic-Indic) or words
 * ({@code numbers.tsv}); vague amounts ("dozens", "عشرات") are approximate. Thread-safe.
 */
final class Sizes {
  private record Amount(long value, boolean approx) {}

  private static final Map<String, Amount> WORDS = new HashMap<>();

  static {
    for (String[] r : DataFiles.readTsv(Sizes.class, "numbers.tsv")) {
      WORDS.put(r[0], new Amount(Long.parseLong(r[1]), r[2].equals("1")));
    }
  }

  /* The number words, to rule a word out before it is lower-cased and looked up. */
  private static final org.sitrep.text.WordFilter NUMBER_WORDS =
      new org.sitrep.text.WordFilter(WORDS.keySet());
  /* A number: digits (Latin or Arabic-Indic, with thousands commas) or a word of numbers.tsv. */
  static final String NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+|[\\u0660-\\u0669]+|"
      + Patterns.alternation(WORDS.keySet()) + ")(?![\\p{L}\\d])";
  private static final String ABOUT = "(?:at least |about |some |around |nearly |more than |"
      + "over |up to |نحو |حوالي |أكثر من |اكثر من |ما لا يقل عن )?";
  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern B = Pattern.compile("(?<![\\p{L}\\d])");

  /* Patterns whose group 1 is a number of dead ("dead") or injured ("injured"); "+1" adds one. */
  private record Rule(String key, ScanPattern pattern, int plus) {}

  private static final List<Rule> RULES = List.of(
      rule("dead", "killed along with " + ABOUT + NUM + " others", 1),
      rule("dead", "(?:killed|killing|kills|kill|executed|executing) " + ABOUT + NUM, 0),
      rule("injured", "(?:wounded|wounding|injured|injuring) " + ABOUT + NUM, 0),
      rule("dead", "death toll (?:\\w+ ){0,5}?(?:to|at|of|reached|hit) " + ABOUT + NUM, 0),
      rule("dead", NUM + " (?:[\\p{L}-]+ ){0,3}?(?:were |have been |had been |are |was )?"
          + "(?:killed|dead|died)", 0),
      rule("injured", NUM + " (?:[\\p{L}-]+ ){0,3}?(?:were |have been |had been |are |was )?"
          + "(?:wounded|injured)", 0),
      rule("injured", "(?:و?جرح|و?إصابة|و?اصابة|و?إصابات) " + ABOUT + NUM, 0),
      rule("dead", "(?:مقتل|و?قتل|استشهاد|سقوط|وفاة|مصرع) " + ABOUT + NUM
          + "(?! (?:جريح|جرحى|مصاب))", 0),
      rule("dead", "و?" + NUM + " (?:\\p{L}+ )?(?:قتيل|قتلى|شهيد|شهداء|قتلوا|لقوا حتفهم)", 0),
      rule("injured", "و?" + NUM + " (?:\\p{L}+ )?(?:جريح|جرحى|مصاب|مصابين|أصيبوا|اصيبوا)", 0));

  /* Then the noun a number counts: "800 people", "46 buses", "two captives". */
  private static final Pattern COUNTED = Patterns.compile(B + NUM + "\\s+(?:of\\s+)?"
      + "(?:\\w+\\s+){0,3}?(civilians|people|fighters|militants|soldiers|captives|prisoners|"
      + "abductees|families|buses|dead|killed|wounded|injured)", F);

  private static Rule rule(String key, String regex, int plus) {
    return new Rule(key, ScanPattern.compile(B + regex.replace(" ", "\\s+"), F), plus);
  }

  private Sizes() {}

  /** The sizes of sentence {@code s}, in a fixed key order (read once per sentence). */
  static Map<String, Object> of(Sent s) {
    if (s.sizes == null) {
      s.sizes = read(s.text);
    }
    return s.sizes;
  }

  private static Map<String, Object> read(String text) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<int[]> numbers = numbers(text);
    if (numbers.isEmpty()) {
      return out;
    }
    // each rule is tried only around the numbers the sentence holds (a window of its own that
    // the rule's lookarounds do not see beyond, cut once for all the rules)
    String[] windows = new String[numbers.size()];
    for (Rule r : RULES) {
      if (out.containsKey(r.key())) {
        continue;
      }
      for (int k = 0; k < windows.length; k++) {
        if (windows[k] == null) {
          int[] n = numbers.get(k);
          windows[k] = text.substring(Math.max(0, n[0] - 60), Math.min(text.length(), n[1] + 60));
        }
        ScanPattern.Finder m = r.pattern().matcher(windows[k]);
        if (m.find()) {
          Object v = value(m.group(1), r.plus());
          if (v != null) {
            out.put(r.key(), v);
            break;
          }
        }
      }
    }
    Matcher m = COUNTED.matcher(text);
    for (int[] n : numbers) {
      m.region(n[0], Math.min(text.length(), n[1] + 60));
      if (!m.lookingAt()) {
        continue;
      }
      String key = switch (m.group(2).toLowerCase(Locale.ROOT)) {
        case "dead", "killed" -> "dead";
        case "wounded", "injured" -> "injured";
        case "captives", "prisoners", "abductees" -> "captives";
        case "buses" -> "buses";
        default -> "people";
      };
      Object v = value(m.group(1), 0);
      if (v != null) {
        out.putIfAbsent(key, v);
      }
    }
    return out;
  }

  /* The spans of the numbers a text holds: digits, or number words of numbers.tsv. */
  private static List<int[]> numbers(String t) {
    List<int[]> out = new java.util.ArrayList<>();
    int n = t.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(t.charAt(i))) {
        i++;
        continue;
      }
      int b = i;
      while (b < n && Character.isLetterOrDigit(t.charAt(b))) {
        b++;
      }
      char f = t.charAt(i);
      if (f >= '0' && f <= '9' || f >= '\u0660' && f <= '\u0669') {
        out.add(new int[] {i, b});
      } else if (b - i >= 3 && NUMBER_WORDS.mayHold(t, i, b)
          && WORDS.containsKey(t.substring(i, b).toLowerCase(Locale.ROOT))) {
        out.add(new int[] {i, b});
      } else if (b - i == 1 && (f == 'a' || f == 'A') && t.startsWith(" dozen", b)) {
        out.add(new int[] {i, b + 6}); // "a dozen"
      } else if (b - i >= 4 && f == '\u0648' && WORDS.containsKey(t.substring(i + 1, b))) {
        out.add(new int[] {i + 1, b}); // "وعشرات"
      } else if (f == '\u0648' && b - i > 1 && Character.isDigit(t.charAt(i + 1))) {
        out.add(new int[] {i + 1, b}); // "و92"
      }
      i = b;
    }
    return out;
  }

  private static Object value(String text, int plus) {
    String n = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    Amount word = WORDS.get(n);
    if (word != null && word.approx()) {
      Map<String, Object> v = new LinkedHashMap<>(); // a fixed key order in the JSON
      v.put("value", word.value() + plus);
      v.put("text", text);
      v.put("approx", true);
      return v;
    }
    if (word != null) {
      return word.value() + plus;
    }
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c >= '\u0660' && c <= '\u0669') {
        digits.append((char) ('0' + c - '\u0660'));
      } else if (c != ',') {
        digits.append(c);
      }
    }
    try {
      return Long.parseLong(digits.toString()) + plus;
    } catch (NumberFormatException e) {
      return null; // more digits than a count has
    }
  }
}
