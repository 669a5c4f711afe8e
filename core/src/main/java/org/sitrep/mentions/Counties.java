package org.sitrep.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.knowledge.Place;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

/**
 * Second-order divisions named with their kind ("Henry County", "Jefferson Parish", "Kent
 * County"): one place, never the town that shares its first word. A US county the gazetteer
 * holds (us-counties.tsv) is resolved like any place and kept as it is; any other is placed among
 * the towns the document names in the first-order division its places lie in most (a local story
 * names the county's towns), else at that division's point, with feature "admin2"; without one it
 * has no point. Counties named in a list with their kind after the last ("Jackson and Barrow
 * counties") are the gazetteer's counties of those names in that division, or none.
 */
final class Counties {
  private static final Pattern COUNTY = Pattern.compile(
      "\\b((?:\\p{Lu}[\\p{Ll}'’.-]+ ){1,2})(County|Parish|Borough)\\b");

  /* "Jackson and Barrow counties", "Fulton, DeKalb and Cobb counties": each name a county. */
  private static final String WORD = "\\p{Lu}[\\p{L}'’-]*\\p{Ll}\\.?";
  private static final String WORDS = WORD + "(?: " + WORD + ")?";
  private static final Pattern LIST = Pattern.compile("\\b(" + WORDS + "(?:, " + WORDS
      + ")*,? (?:and|or|&) " + WORDS + ") (counties|parishes|boroughs)\\b");
  private static final Pattern LIST_NAME = Pattern.compile(WORDS);

  private Counties() {}

  /**
   * The names of the counties a document names in lists ("Jackson and Barrow counties"): each
   * as its start, its end, the kind's index in {@link #LIST_KINDS} and the list's end; null
   * when the document names no kind of division at all (then {@link #apply} has nothing to
   * do). The finder reads no town there, so that the names cast no vote for a town's division.
   */
  static List<int[]> listed(Document doc) {
    String text = doc.text();
    if ("ar".equals(doc.language()) || !namesAKind(text)) {
      return null; // no kind of division named anywhere: neither pattern can match
    }
    List<int[]> names = new ArrayList<>();
    int[] plurals = occurrences(text, LIST_WORDS);
    for (Span p : doc.body().paragraphs()) {
      if (!holds(plurals, p.start(), p.end())) {
        continue; // the pattern ends in a plural kind: no list in this paragraph
      }
      Matcher m = LIST.matcher(text).region(p.start(), p.end());
      while (m.find()) {
        int kind = java.util.Arrays.asList(LIST_WORDS).indexOf(m.group(2));
        Matcher n = LIST_NAME.matcher(text).region(m.start(1), m.end(1));
        while (n.find()) {
          names.add(new int[] {n.start(), n.end(), kind, m.end()});
        }
      }
    }
    return names;
  }

  /**
   * The mentions with the counties named with their kind and those of {@code names} (from
   * {@link #listed}): a county named in a list is a county of the gazetteer in the US state the
   * document's other places lie in most, or none.
   */
  static List<Mention> apply(Document doc, List<Mention> mentions, Knowledge knowledge,
      List<int[]> names) {
    if (names == null) {
      return mentions; // no kind of division named anywhere ({@link #listed})
    }
    String text = doc.text();
    List<int[]> spans = new ArrayList<>();
    int[] kinds = occurrences(text, SINGULAR_KINDS);
    int[] kindStarts = new int[kinds.length / 2];
    for (int i = 0; i < kindStarts.length; i++) {
      kindStarts[i] = kinds[2 * i];
    }
    java.util.Arrays.sort(kindStarts);
    Matcher m = COUNTY.matcher(text);
    for (Span p : doc.body().paragraphs()) {
      // a match ends in a kind and spans two words before it at most: the pattern is tried
      // from a little before the next kind on, not from every word of the paragraph
      int from = p.start();
      while (true) {
        int k = nextKind(kindStarts, from, p.end());
        if (k < 0) {
          break; // no county named with its kind in the rest of the paragraph
        }
        int s0 = Math.max(from, k - REACH);
        while (s0 > from && wordChar(text.charAt(s0 - 1))) {
          s0--; // not inside a word: the pattern opens on a word boundary
        }
        m.region(s0, p.end());
        if (!m.find()) {
          break;
        }
        spans.add(new int[] {m.start(), m.end()});
        from = m.end();
      }
    }
    // the place of each span: null for a county named with its kind, resolved below
    List<Place> listed = new ArrayList<>(java.util.Collections.nCopies(spans.size(), null));
    Place dominant = dominantDivision(mentions, knowledge);
    for (int i = 0; i < names.size(); i++) {
      int[] n = names.get(i);
      String kind = LIST_KINDS[n[2]];
      Place state = stateAfter(mentions, text, n[3], knowledge);
      state = state == null ? dominant : state; // "Nassau and Baker counties in Florida"
      if (state == null || !"US".equals(state.countryCode())) {
        continue;
      }
      Place c = knowledge.county(state.admin1(), text.substring(n[0], n[1]) + kind).orElse(null);
      int space = text.indexOf(' ', n[0]);
      if (c == null && space > 0 && space < n[1]) { // "In Fulton, DeKalb and Cobb counties"
        c = knowledge.county(state.admin1(), text.substring(space + 1, n[1]) + kind)
            .orElse(null);
        n = new int[] {space + 1, n[1]};
      }
      if (c != null) {
        spans.add(n);
        listed.add(c);
      }
    }
    if (spans.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size() + spans.size());
    boolean[] known = new boolean[spans.size()];
    for (Mention x : mentions) {
      boolean inside = false;
      for (int i = 0; i < spans.size(); i++) {
        int[] s = spans.get(i);
        if (x.kind().equals("place") && x.start() >= s[0] && x.end() <= s[1]) {
          if ("admin2".equals(x.feature()) && x.end() == s[1]) {
            known[i] = true; // a county of the gazetteer, resolved among its namesakes
          } else {
            inside = true;
          }
        }
      }
      if (!inside) {
        out.add(x); // "Laurel" of "Laurel County" is the county, not the town
      }
    }
    double[] at = dominant == null ? null : towns(mentions, dominant);
    for (int i = 0; i < spans.size(); i++) {
      int[] s = spans.get(i);
      if (known[i]) {
        continue;
      }
      String name = text.substring(s[0], s[1]);
      Place c = listed.get(i);
      if (c != null) {
        out.add(new Mention(doc.docId(), s[0], s[1], name, "place", c.id(), c.name(), c.lat(),
            c.lon(), c.countryCode(), c.admin1(), "admin2", null, null, "name"));
        continue;
      }
      String cc = dominant == null ? null : dominant.countryCode();
      String a1 = dominant == null ? null : dominant.admin1();
      String id = "admin2:" + (cc == null ? "" : cc + ".") + (a1 == null ? "" : a1 + ".") + name;
      out.add(new Mention(doc.docId(), s[0], s[1], name, "place", id, name,
          at == null ? null : at[0], at == null ? null : at[1], cc, a1, "admin2", null, null,
          "name"));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /* True when the text holds a kind of division, singular or plural, which the patterns need. */
  private static boolean namesAKind(String text) {
    for (String kind : KINDS) {
      if (text.contains(kind)) {
        return true;
      }
    }
    return false;
  }

  /*
   * Where the words occur in the text, as start and end pairs: a paragraph holding none of them
   * wholly needs no pattern run over it (most paragraphs of a page that names a county somewhere
   * name none). One search per word over the whole text, not one per paragraph.
   */
  static int[] occurrences(String text, String[] words) {
    int[] out = new int[8];
    int n = 0;
    for (String w : words) {
      for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, 2 * n);
        }
        out[n++] = at;
        out[n++] = at + w.length();
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /* A character \b counts as part of a word. */
  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_'
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /* How far before its kind a county's name may start: two words of the pattern, with room. */
  private static final int REACH = 120;

  /* The first of the sorted kind starts at or after {@code from} whose kind ends by {@code to},
   * or -1. */
  private static int nextKind(int[] starts, int from, int to) {
    int i = java.util.Arrays.binarySearch(starts, from);
    i = i < 0 ? -i - 1 : i;
    for (; i < starts.length && starts[i] < to; i++) {
      if (starts[i] + "County".length() <= to) { // the three kinds are six and seven letters
        return starts[i];
      }
    }
    return -1;
  }

  /* True when one of the {@link #occurrences} lies wholly in text[from, to). */
  static boolean holds(int[] occurrences, int from, int to) {
    for (int i = 0; i < occurrences.length; i += 2) {
      if (occurrences[i] >= from && occurrences[i + 1] <= to) {
        return true;
      }
    }
    return false;
  }

  private static final String[] SINGULAR_KINDS = {"County", "Parish", "Borough"};
  private static final String[] KINDS = {"County", "Parish", "Borough", "counties", "parishes",
    "boroughs"};
  /* The kinds of a list, and the kind each makes of the names in it. */
  private static final String[] LIST_WORDS = {"counties", "parishes", "boroughs"};
  private static final String[] LIST_KINDS = {" County", " Parish", " Borough"};

  /* The mean point of the towns named in a division, or the division's own point. */
  private static double[] towns(List<Mention> mentions, Place division) {
    double lat = 0;
    double lon = 0;
    int n = 0;
    for (Mention m : mentions) {
      if (m.kind().equals("place") && m.lat() != null && division.admin1().equals(m.admin1())
          && division.countryCode().equals(m.countryCode())
          && ("city".equals(m.feature()) || "town".equals(m.feature())
          || "village".equals(m.feature()))) {
        lat += m.lat();
        lon += m.lon();
        n++;
      }
    }
    return n == 0 ? new double[] {division.lat(), division.lon()} : new double[] {lat / n, lon / n};
  }

  /* The first-order division named right after a list ending at {@code end}: "... counties in
   * Florida", "... counties, Florida", or null. */
  private static Place stateAfter(List<Mention> mentions, String text, int end,
      Knowledge knowledge) {
    int at = text.startsWith(" in ", end) ? end + 4 : text.startsWith(", ", end) ? end + 2 : -1;
    for (Mention m : mentions) {
      if (at >= 0 && m.start() == at && m.kind().equals("place")
          && "admin1".equals(m.feature())) {
        return knowledge.division(m.countryCode(), m.admin1()).orElse(null);
      }
    }
    return null;
  }

  /* The first-order division most of the document's places lie in, as a place, or null. */
  private static Place dominantDivision(List<Mention> mentions, Knowledge knowledge) {
    Map<String, Integer> votes = new HashMap<>();
    String best = null;
    for (Mention m : mentions) {
      if (m.kind().equals("place") && m.countryCode() != null && m.admin1() != null
          && !m.admin1().isEmpty() && !"country".equals(m.feature())) {
        String k = m.countryCode() + "|" + m.admin1();
        int v = votes.merge(k, 1, Integer::sum);
        if (best == null || v > votes.get(best)) {
          best = k;
        }
      }
    }
    if (best == null) {
      return null;
    }
    String[] p = best.split("\\|", 2);
    return knowledge.division(p[0], p[1]).orElse(null);
  }
}
