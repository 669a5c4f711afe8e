package org.sitrep.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Builds regular expressions from word lists of the data files. */
public final class Patterns {
  private Patterns() {}

  /**
   * A regex alternation of literal phrases, longest first (so that "مساء أمس" wins over "أمس"),
   * any whitespace allowed between the words of a phrase.
   */
  public static String alternation(Collection<String> phrases) {
    List<String> w = new ArrayList<>(phrases);
    w.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder b = new StringBuilder();
    for (String x : w) {
      if (b.length() > 0) {
        b.append('|');
      }
      b.append(Pattern.quote(x).replace(" ", "\\E\\s+\\Q"));
    }
    return b.toString();
  }

  /**
   * Like {@link #alternation}, but Arabic letters may carry short vowels, shadda or tatweel the
   * phrase does not write ("أكّد" for "أكد").
   */
  public static String alternationWithMarks(Collection<String> phrases) {
    List<String> w = new ArrayList<>(phrases);
    w.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder b = new StringBuilder();
    for (String x : w) {
      if (b.length() > 0) {
        b.append('|');
      }
      for (int i = 0; i < x.length(); i++) {
        char c = x.charAt(i);
        if (c == ' ') {
          b.append("\\s+");
        } else if (c >= '\u0621' && c <= '\u064A') {
          b.append(c).append("[\\u064B-\\u0652\\u0640]*");
        } else {
          b.append(Pattern.quote(String.valueOf(c)));
        }
      }
    }
    return b.toString();
  }
}
