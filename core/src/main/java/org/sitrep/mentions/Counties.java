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
 * has no point.
 */
final class Counties {
  private static final Pattern COUNTY = Pattern.compile(
      "\\b((?:\\p{Lu}[\\p{Ll}'’.-]+ ){1,2})(County|Parish|Borough)\\b");

  private Counties() {}

  static List<Mention> apply(Document doc, List<Mention> mentions, Knowledge knowledge) {
    String text = doc.text();
    List<int[]> spans = new ArrayList<>();
    if (!namesAKind(text)) {
      return mentions; // no kind of division named anywhere: the pattern cannot match
    }
    for (Span p : doc.body().paragraphs()) {
      Matcher m = COUNTY.matcher(text).region(p.start(), p.end());
      while (m.find()) {
        spans.add(new int[] {m.start(), m.end()});
      }
    }
    if (spans.isEmpty()) {
      return mentions;
    }
    Place state = dominantDivision(mentions, knowledge);
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
    double[] at = state == null ? null : towns(mentions, state);
    for (int i = 0; i < spans.size(); i++) {
      int[] s = spans.get(i);
      if (known[i]) {
        continue;
      }
      String name = text.substring(s[0], s[1]);
      String cc = state == null ? null : state.countryCode();
      String id = "admin2:" + (cc == null ? "" : cc + ".") + (state == null ? "" : state.admin1()
          + ".") + name;
      out.add(new Mention(doc.docId(), s[0], s[1], name, "place", id, name,
          at == null ? null : at[0], at == null ? null : at[1], cc,
          state == null ? null : state.admin1(), "admin2", null, null, "name"));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /* True when the text holds "County", "Parish" or "Borough", which the pattern needs. */
  private static boolean namesAKind(String text) {
    for (String kind : KINDS) {
      if (text.contains(kind)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] KINDS = {"County", "Parish", "Borough"};

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
