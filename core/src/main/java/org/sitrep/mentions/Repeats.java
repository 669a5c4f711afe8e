package org.sitrep.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.knowledge.Place;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

/**
 * One sense per discourse for Arabic one-word place names. A one-word Arabic name of a town
 * needs a place cue to be taken ("قضاء تلعفر", "في دوما"; most such names are also words);
 * once the page has taken it so, its other occurrences as the same whole word are that place
 * too ("قلعة تلعفر", "تحرير تلعفر"), resolved as the first. Names of big places need no cue
 * and are taken wherever they name the place already; where the finder left one out, it had a
 * reason (a longer name, an organisation's), so those are not repeated.
 */
final class Repeats {
  private Repeats() {}

  static List<Mention> apply(Document doc, List<Mention> mentions, Knowledge knowledge,
      long cueless) {
    Map<String, Mention> taken = new HashMap<>();
    for (Mention m : mentions) {
      if (m.kind().equals("place") && m.identifierId() != null && arabicWord(m.text())) {
        Place p = knowledge.place(m.identifierId()).orElse(null);
        if (p != null && !p.curated() && p.population() < cueless) {
          taken.putIfAbsent(m.text(), m);
        }
      }
    }
    String text = doc.text();
    List<int[]> free = taken.isEmpty() ? List.of() : freeOccurrences(text, taken.keySet(),
        mentions);
    if (free.isEmpty()) {
      return mentions;
    }
    List<Mention> added = new ArrayList<>();
    for (Span p : doc.body().paragraphs()) {
      if (!within(free, p)) {
        continue;
      }
      int i = p.start();
      while (i < p.end()) {
        while (i < p.end() && !Character.isLetter(text.charAt(i))) {
          i++;
        }
        int b = i;
        while (i < p.end() && (Character.isLetter(text.charAt(i))
            || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
          i++;
        }
        Mention first = i > b ? taken.get(text.substring(b, i)) : null;
        if (first != null && free(mentions, b, i)) {
          added.add(new Mention(first.docId(), b, i, first.text(), first.kind(),
              first.identifierId(), first.identifierText(), first.lat(), first.lon(),
              first.countryCode(), first.admin1(), first.feature(), first.code(),
              first.sector(), first.resolution()));
        }
      }
    }
    if (added.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions);
    out.addAll(added);
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /*
   * Where the names occur in the text (as strings, whole words or not) with no mention there:
   * every whole-word occurrence the scan above could take is one of them, so a paragraph without
   * one need not be scanned (a string search costs much less than the scan).
   */
  private static List<int[]> freeOccurrences(String text, Iterable<String> names,
      List<Mention> mentions) {
    List<int[]> out = new ArrayList<>();
    for (String name : names) {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        if (free(mentions, at, at + name.length())) {
          out.add(new int[] {at, at + name.length()});
        }
      }
    }
    return out;
  }

  /* True when one of the ranges lies within the paragraph. */
  private static boolean within(List<int[]> ranges, Span p) {
    for (int[] r : ranges) {
      if (r[0] >= p.start() && r[1] <= p.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean arabicWord(String s) {
    if (s.isEmpty() || s.indexOf(' ') >= 0) {
      return false;
    }
    char c = s.charAt(0);
    return c >= '\u0600' && c <= '\u06FF';
  }

  private static boolean free(List<Mention> mentions, int b, int e) {
    for (Mention m : mentions) {
      if (m.start() < e && b < m.end()) {
        return false;
      }
    }
    return true;
  }
}
