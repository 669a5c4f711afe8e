package org.sitrep.events;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Mention;

/**
 * "The city" of an Arabic page ("خرجت آخر عناصرها من المدينة", "داخل المدينة", "مركز
 * المدينة"): the town the page names most often. It is where a deed happened when the deed's
 * own clause says "the city" and names no place nearer the deed. Thread-safe.
 */
final class CityAnaphor {
  private static final Set<String> WORDS = Lexicon.vocabulary("city-anaphor");
  private static final Set<String> TOWN = Lexicon.vocabulary("town-feature");
  private static final Set<String> SITE = Lexicon.vocabulary("site-feature");

  private CityAnaphor() {}

  /** The town the page names most often (first named on a tie), or null. */
  static Mention mainTown(List<Mention> ms) {
    return PlaceFinder.mostNamed(ms, m -> m.feature() != null && TOWN.contains(m.feature()));
  }

  /**
   * The page's town ({@code story.mainTown}) when sentence {@code s} says "the city" in the clause of deed
   * {@code h} and {@code place}, the place found for the deed, is null, farther from the deed
   * or in another clause, and no site (an airport, a crossing); else {@code place}.
   */
  static Mention place(Sent s, List<Mention> ms, Hit h, Mention place, Narrative story) {
    Mention town = story.mainTown;
    if (town == null || !s.arabic || place != null && (place.identifierId()
        .equals(town.identifierId()) || place.feature() != null && SITE.contains(place.feature()))) {
      return place; // "مطار الحديدة": a site by the town is more precise than "the city"
    }
    int best = -1;
    int bestDist = Integer.MAX_VALUE;
    String t = s.text;
    int i = 0;
    while (i < t.length()) {
      while (i < t.length() && !Character.isLetter(t.charAt(i))) {
        i++;
      }
      int b = i;
      while (i < t.length() && Character.isLetter(t.charAt(i))) {
        i++;
      }
      if (i > b && WORDS.contains(t.substring(b, i)) && !inMention(ms, s.start + b)) {
        int a = s.start + b;
        int d = a >= h.end() ? a - h.end() : h.start() - (s.start + i);
        if (d >= 0 && d < bestDist && !clauseBreak(s, h, a)) {
          best = a;
          bestDist = d;
        }
      }
    }
    if (best < 0) {
      return place;
    }
    if (place == null) {
      return town;
    }
    int dp = place.start() >= h.end() ? place.start() - h.end() : h.start() - place.end();
    if (bestDist < dp || clauseBreak(s, h, place.start())) {
      return town;
    }
    return place;
  }

  /* True when a comma or semicolon stands between the deed and the offset {@code at}. */
  private static boolean clauseBreak(Sent s, Hit h, int at) {
    int from = Math.min(at, h.end()) - s.start;
    int to = Math.max(at, h.start()) - s.start;
    if (from < 0 || to > s.text.length() || from >= to) {
      return false;
    }
    String between = s.text.substring(from, to);
    return between.indexOf('،') >= 0 || between.indexOf(',') >= 0 || between.indexOf(';') >= 0
        || between.indexOf('؛') >= 0;
  }

  private static boolean inMention(List<Mention> ms, int at) {
    for (Mention m : ms) {
      if (m.start() <= at && at < m.end()) {
        return true;
      }
    }
    return false;
  }
}
