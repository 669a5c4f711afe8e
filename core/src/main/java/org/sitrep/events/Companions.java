package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Mention;

/**
 * Who a deed's doer has at its side, and what kind of actor stands for a name. A companion
 * phrase ("backed by Russian jets", "jointly with the army", "بالتعاون مع الجيش التركي",
 * "مدعومة بوحدات من القوات الخاصة") names a doer's helper, never whom the deed is done to: the
 * cue ({@code words.tsv} companion) opens the phrase and at most two words of its noun group
 * ("بوحدات من") stand between it and the actor. A kind of actor written right before a name
 * ("مليشيات “وحدات حماية الشعب”", "فصائل الجيش السوري الحر", "the militia group Hezbollah")
 * is that name: only quotes, spaces and a few kind words ({@code words.tsv} apposition-head)
 * between them. Thread-safe.
 */
final class Companions {
  private static final Set<String> CUES = Lexicon.vocabulary("companion");
  private static final Set<String> HEADS = Lexicon.vocabulary("apposition-head");
  /* Words of the companion's noun group between the cue and the actor. */
  private static final int GROUP_WORDS = 2;
  /* Words of the longest cue ("with the support of"). */
  private static final int CUE_WORDS = 4;

  private Companions() {}

  /** True when {@code m} is named in a companion phrase of its clause. */
  static boolean companion(Sent s, Mention m) {
    List<String> before = wordsBefore(s, m.start(), GROUP_WORDS + CUE_WORDS);
    for (int i = 0; i <= GROUP_WORDS && i < before.size(); i++) {
      String cue = before.get(i);
      for (int k = i + 1; k <= i + CUE_WORDS; k++) {
        if (CUES.contains(cue)) {
          return true;
        }
        if (k >= before.size()) {
          break;
        }
        cue = before.get(k) + " " + cue;
      }
    }
    return false;
  }

  /**
   * The named actor {@code m} stands for when it is a kind of actor written right before that
   * name, else null.
   */
  static Mention named(Sent s, Mention m, List<Mention> ms) {
    if ("name".equals(m.resolution())) {
      return null;
    }
    for (Mention n : ms) {
      if (n.start() >= m.end() && n.kind().equals("actor") && "name".equals(n.resolution())
          && n.identifierId() != null && n.start() <= s.end && joined(s, m.end(), n.start())) {
        return n;
      }
    }
    return null;
  }

  /* Only quotes, spaces, hyphens and kind words between two positions of a sentence. */
  private static boolean joined(Sent s, int from, int to) {
    if (to - from > 40) {
      return false;
    }
    String gap = s.text.substring(from - s.start, to - s.start).toLowerCase(Locale.ROOT);
    for (String w : gap.split("[\\s\"“”«»'’\\-]+")) {
      if (!w.isEmpty() && !HEADS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /* Up to {@code n} words before a position, nearest first, stopping at punctuation. */
  private static List<String> wordsBefore(Sent s, int at, int n) {
    List<String> out = new ArrayList<>();
    String t = s.text;
    int pos = at - s.start;
    while (out.size() < n) {
      int e = pos;
      while (e > 0 && !Character.isLetter(t.charAt(e - 1))
          && Character.getType(t.charAt(e - 1)) != Character.NON_SPACING_MARK) {
        char c = t.charAt(e - 1);
        if (c != ' ' && "\"“”«»'’".indexOf(c) < 0) {
          return out; // punctuation: another phrase
        }
        e--;
      }
      int b = e;
      while (b > 0 && (Character.isLetter(t.charAt(b - 1))
          || Character.getType(t.charAt(b - 1)) == Character.NON_SPACING_MARK)) {
        b--;
      }
      if (b == e) {
        return out;
      }
      out.add(t.substring(b, e).toLowerCase(Locale.ROOT));
      pos = b;
    }
    return out;
  }
}
