package org.sitrep.mentions;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.knowledge.NameIndex;

/**
 * What the finder works out about a name that does not depend on the page it is on: its country
 * votes, whether its places span divisions or hold a village, whether it is a curated place's
 * spelling, and its last first-pass choices with the page's country and that country's lead (all a
 * first-pass choice depends on besides the name, when no cue beside the name decides). Kept per
 * thread for the names met last, so that a name of the news ("Idlib", "the Islamic State") met on
 * page after page is worked out once, as the word memo keeps its words. A name is the trie's
 * candidates for its words (the list itself, compared by identity), the context bits the finder
 * admitted some of them in, its surface and its flags: together they decide the admitted
 * candidates, the spelling form and the cues, all the facts depend on. Not thread-safe: one cache
 * per thread ({@link #cache}).
 */
final class NameFacts {
  private final List<NameIndex.Target> candidates;
  private final int context;
  private final String surface0;
  private final int flags;
  /* Worked out when first asked for: the votes (read-only once made), and -1 unknown, 0 false,
   * 1 true for the four tests. */
  Map<String, Double> votes;
  byte spans = -1;
  byte village = -1;
  byte curated = -1;
  byte regionExact = -1;
  byte ownName = -1; // the name as written is one of its places' own name
  /* Per candidate of the name (by its index among the admitted targets), what the finder's
   * choice reads of it whatever the page: the place's prominence and the spelling's similarity to
   * the place's names; NaN until worked out. */
  private double[] prominence;
  private double[] spelling;
  /* The indexes of the candidates the finder's choice may take, in order: all but the places
   * outside the region not spelled as the name's form (their name's key holds them by its
   * consonants alone, "Turkey" some fifty towns from Torquay to Truckee, and a place outside the
   * region is taken only as the gazetteer spells it, whatever the page), for the target list
   * {@link #liveOf}; null until worked out. */
  int[] live;
  List<NameIndex.Target> liveOf;
  /* Whether the target list {@link #homeOf} holds a place in the country {@link #homeCountry}:
   * the last answer asked for (a name is asked about the page's country, page after page). */
  boolean home;
  String homeCountry;
  List<NameIndex.Target> homeOf;
  /* The last two first-pass choices, the latest at 0: the surface, the page's country and its
   * lead they were made with. */
  private final String[] surface = new String[2];
  private final String[] country = new String[2];
  private final double[] lead = new double[2];
  private final Object[] choice = new Object[2];

  private NameFacts(List<NameIndex.Target> candidates, int context, String surface, int flags) {
    this.candidates = candidates;
    this.context = context;
    this.surface0 = surface;
    this.flags = flags;
  }

  /** The prominence per candidate ({@link #prominence}), for {@code n} candidates. */
  double[] prominence(int n) {
    if (prominence == null || prominence.length != n) {
      prominence = unknown(n);
    }
    return prominence;
  }

  /** The spelling similarity per candidate ({@link #spelling}), for {@code n} candidates. */
  double[] spelling(int n) {
    if (spelling == null || spelling.length != n) {
      spelling = unknown(n);
    }
    return spelling;
  }

  private static double[] unknown(int n) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, Double.NaN);
    return a;
  }

  /** The choice kept for this surface, country and lead, or null. */
  Object choice(String surface, String country, double lead) {
    for (int i = 0; i < 2; i++) {
      if (choice[i] != null && lead == this.lead[i] && surface.equals(this.surface[i])
          && Objects.equals(country, this.country[i])) {
        return choice[i];
      }
    }
    return null;
  }

  /** Keeps a first-pass choice for {@link #choice}. */
  void keep(String surface, String country, double lead, Object choice) {
    this.surface[1] = this.surface[0];
    this.country[1] = this.country[0];
    this.lead[1] = this.lead[0];
    this.choice[1] = this.choice[0];
    this.surface[0] = surface;
    this.country[0] = country;
    this.lead[0] = lead;
    this.choice[0] = choice;
  }

  private static final ThreadLocal<Cache> CACHE = ThreadLocal.withInitial(Cache::new);

  /** This thread's facts for the names of {@code index}. */
  static Cache cache(NameIndex index) {
    Cache c = CACHE.get();
    if (c.owner.get() != index) {
      java.util.Arrays.fill(c.slots, null);
      c.owner = new WeakReference<>(index);
    }
    return c;
  }

  /** A thread's facts, direct-mapped by the name's hash: a name that takes another's slot
   * replaces it. */
  static final class Cache {
    /* 16,384 names: a corpus of many stories names thousands (1.11x on LGL's pages against 4,096;
     * 65,536 gained 1.02 more on a mixed corpus for four times the memory). */
    private static final int SIZE = 1 << 14;
    private WeakReference<NameIndex> owner = new WeakReference<>(null);
    private final NameFacts[] slots = new NameFacts[SIZE];

    /**
     * The facts of a name: the trie's candidates for its words (compared by identity), the
     * context bits they were admitted in, its surface and flags; fresh (nothing worked out yet)
     * when the cache does not hold it; {@code node} is the trie node whose targets the
     * candidates are (or were, before a filter), used for the hash only.
     */
    NameFacts of(List<NameIndex.Target> candidates, int node, int context, String surface,
        int flags) {
      // the trie node stands for the candidates in the hash: their identity hash would read the
      // list's header, a cache miss per match
      int h = ((node * 31 + surface.hashCode()) * 31 + context) * 31 + flags;
      h *= 0x9E3779B9;
      int slot = (h ^ (h >>> 16)) & (SIZE - 1);
      NameFacts f = slots[slot];
      if (f != null && f.candidates == candidates && f.context == context && f.flags == flags
          && f.surface0.equals(surface)) {
        return f;
      }
      f = new NameFacts(candidates, context, surface, flags);
      slots[slot] = f;
      return f;
    }
  }
}
