package org.sitrep.events;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Regular English inflection: the third person, past and gerund of a verb, the plural of a
 * noun. Where a final consonant may or may not double ("stopped", "opened"), both spellings are
 * produced: the wrong one never occurs in text, so it costs nothing. Irregular forms come from
 * {@code english-irregular.tsv}.
 */
final class Inflection {
  private Inflection() {}

  /** The inflected forms of a verb lemma (not including the lemma itself). */
  static Set<String> verbForms(String v) {
    Set<String> out = new LinkedHashSet<>();
    out.add(thirdPerson(v));
    int n = v.length();
    if (n < 2) {
      return out;
    }
    char last = v.charAt(n - 1);
    char before = v.charAt(n - 2);
    if (last == 'e') {
      out.add(v + "d");
      if (before == 'i') {
        out.add(v.substring(0, n - 2) + "ying"); // die -> dying
      } else if (before == 'e' || before == 'o' || before == 'y') {
        out.add(v + "ing"); // flee -> fleeing
      } else {
        out.add(v.substring(0, n - 1) + "ing");
      }
    } else if (last == 'y' && !vowel(before)) {
      out.add(v.substring(0, n - 1) + "ied");
      out.add(v + "ing");
    } else {
      out.add(v + "ed");
      out.add(v + "ing");
      if (consonantVowelConsonant(v)) {
        out.add(v + last + "ed"); // stop -> stopped, ban -> banned
        out.add(v + last + "ing");
      }
    }
    return out;
  }

  /** The plural of a noun. */
  static String plural(String w) {
    int n = w.length();
    if (n < 2) {
      return w + "s";
    }
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch")
        || w.endsWith("sh")) {
      return w + "es";
    }
    if (w.endsWith("y") && !vowel(w.charAt(n - 2))) {
      return w.substring(0, n - 1) + "ies";
    }
    if (w.endsWith("man")) {
      return w.substring(0, n - 3) + "men";
    }
    return w + "s";
  }

  /** The third person singular of a verb: attacks, seizes, denies. */
  static String thirdPerson(String v) {
    int n = v.length();
    if (v.endsWith("s") || v.endsWith("x") || v.endsWith("z") || v.endsWith("ch")
        || v.endsWith("sh") || v.endsWith("o")) {
      return v + "es";
    }
    if (n >= 2 && v.endsWith("y") && !vowel(v.charAt(n - 2))) {
      return v.substring(0, n - 1) + "ies";
    }
    return v + "s";
  }

  private static boolean consonantVowelConsonant(String v) {
    int n = v.length();
    if (n < 3) {
      return false;
    }
    char c = v.charAt(n - 1);
    return !vowel(c) && c != 'w' && c != 'x' && c != 'y' && vowel(v.charAt(n - 2))
        && !vowel(v.charAt(n - 3));
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
