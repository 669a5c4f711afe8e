package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.text.DataFiles;

/**
 * How much of a line the lead of an article speaks of: the share of the line's words that come
 * back in the lead's, stem for stem. A headline's words mostly do; a site's name atop the page
 * ("The Times of Israel", "وكالة الأنباء اليمنية سبأ") mostly does not. The stopwords and the
 * Arabic clitics cut before comparing are in {@code lead-words.tsv}.
 */
final class LeadWords {
  private static final Set<String> STOP = new HashSet<>();
  /* Longest first, so that "وال" is cut before "و". */
  private static final List<String> CLITICS = new ArrayList<>();

  static {
    for (String[] r : DataFiles.readTsv(LeadWords.class, "lead-words.tsv")) {
      if (r.length < 2) {
        throw new IllegalStateException("lead-words.tsv: row needs 2 columns: " + r[0]);
      }
      switch (r[0]) {
        case "stopword" -> {
          for (String w : r[1].split("\\|")) {
            STOP.add(w.strip());
          }
        }
        case "clitic" -> {
          for (String w : r[1].split("\\|")) {
            CLITICS.add(w.strip());
          }
        }
        default -> throw new IllegalStateException("lead-words.tsv: unknown kind " + r[0]);
      }
    }
    CLITICS.sort((a, b) -> b.length() - a.length());
  }

  private LeadWords() {}

  /**
   * The share (0 to 1) of the words of {@code folded} that {@code lead} (a set of {@link #stems})
   * holds; a word that only opens a longer one of the lead, or the other way round ("Israel" and
   * "Israeli", "Iranian" and "Iran"), counts half.
   */
  static double spokenOf(String folded, Set<String> lead) {
    int all = 0;
    double found = 0;
    for (String w : stems(folded)) {
      all++;
      if (lead.contains(w)) {
        found++;
        continue;
      }
      for (String x : lead) {
        if (w.length() >= 4 && x.length() >= 4 && (x.startsWith(w) || w.startsWith(x))) {
          found += 0.5;
          break;
        }
      }
    }
    return all == 0 ? 0 : found / all;
  }

  /**
   * The words of a folded line of three letters or more, stopwords left out, one Arabic clitic
   * cut from the front ("وبالقصف" -> "قصف") when three letters stay.
   */
  static Set<String> stems(String folded) {
    Set<String> out = new HashSet<>();
    int n = folded.length();
    int i = 0;
    while (i < n) {
      // the runs of letters and digits, scanned (no regex split: this runs on every page)
      while (i < n && !Character.isLetterOrDigit(folded.charAt(i))) {
        i++;
      }
      int a = i;
      while (i < n && Character.isLetterOrDigit(folded.charAt(i))) {
        i++;
      }
      if (i - a < 3) {
        continue;
      }
      String w = folded.substring(a, i);
      String x = w;
      for (String c : CLITICS) {
        if (x.startsWith(c) && x.length() - c.length() >= 3) {
          x = x.substring(c.length());
          break;
        }
      }
      if (x.length() >= 3 && !STOP.contains(x) && !STOP.contains(w)) {
        out.add(x);
      }
    }
    return out;
  }
}
