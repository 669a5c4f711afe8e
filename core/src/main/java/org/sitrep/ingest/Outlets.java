package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Outlet;
import org.sitrep.text.DataFiles;
import org.sitrep.text.RequiredText;
import org.sitrep.text.TextNormalizer;

/** The outlet lexicon ({@code outlets.tsv}): recognizes outlets by name, alias or web domain. */
final class Outlets {
  private record Entry(Outlet outlet, List<Pattern> names, List<String> keys, List<int[]> keyGrams,
      List<String> longest, List<String> domains, List<String> spelled) {}

  private static final Outlets DEFAULT = new Outlets(DataFiles.readTsv(Outlets.class, "outlets.tsv"));

  private final List<Entry> entries = new ArrayList<>();
  private int longest;

  private Outlets(List<String[]> rows) {
    for (String[] r : rows) {
      if (r.length < 2) {
        throw new IllegalStateException("outlets.tsv: row needs an id and a name: " + r[0]);
      }
      Outlet o = new Outlet(r[1].strip(), r[0].strip());
      List<Pattern> names = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      List<String> longest = new ArrayList<>();
      List<String> all = new ArrayList<>();
      all.add(o.name());
      if (r.length > 2 && !r[2].isBlank()) {
        all.addAll(List.of(r[2].split("\\|")));
      }
      for (String n : all) {
        n = n.strip();
        boolean caps = n.equals(n.toUpperCase(Locale.ROOT)) && n.chars().anyMatch(Character::isLetter)
            && n.chars().allMatch(c -> c < 128);
        String body = Pattern.quote(n).replace(" ", "\\E\\s+\\Q");
        int flags = caps ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        names.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])", flags));
        keys.add(n.toLowerCase(Locale.ROOT).split("\\s+")[0]);
        longest.add(longestWord(n));
        this.longest = Math.max(this.longest, (int) n.codePoints().filter(c -> c != ' ').count());
      }
      List<String> domains = new ArrayList<>();
      if (r.length > 3 && !r[3].isBlank()) {
        for (String d : r[3].split("\\|")) {
          domains.add(d.strip().toLowerCase(Locale.ROOT));
        }
      }
      entries.add(new Entry(o, names, keys, keys.stream().map(Grams::of).toList(), longest,
          domains, all.stream().map(String::strip).toList()));
    }
  }

  /*
   * The longest of a name's words between spaces, case-folded as a case-insensitive regex
   * compares characters ({@link RequiredText#fold}): every match of the name holds it, folded.
   * Null for a name with a character outside the BMP or one whose fold folds again otherwise
   * (left to the regex).
   */
  private static String longestWord(String name) {
    String best = "";
    for (String w : name.split(" ")) {
      if (w.length() > best.length()) {
        best = w;
      }
    }
    for (int i = 0; i < best.length(); i++) {
      if (Character.isSurrogate(best.charAt(i))) {
        return null;
      }
    }
    String f = RequiredText.fold(best);
    // a text character equal to a folded one folds to it again only where folding is stable
    return best.isEmpty() || !RequiredText.fold(f).equals(f) ? null : f;
  }

  /** The most characters (code points) other than spaces any name or alias holds. */
  int longestName() {
    return longest;
  }

  static Outlets get() {
    return DEFAULT;
  }

  /** A named outlet found in a line, with where its name starts and ends. */
  record Hit(Outlet outlet, int start, int end) {}

  /** Returns the earliest outlet name in {@code line}, preferring the longest name at a position. */
  Optional<Hit> findIn(String line) {
    Hit best = null;
    String lower = line.toLowerCase(Locale.ROOT);
    Grams g = new Grams(lower);
    String folded = null;
    for (Entry e : entries) {
      for (int i = 0; i < e.names.size(); i++) {
        if (!g.mayContain(e.keyGrams.get(i)) || !lower.contains(e.keys.get(i))) {
          continue; // cheap test before the regex: the name's first word must be there
        }
        String w = e.longest.get(i);
        if (w != null) {
          folded = folded == null ? RequiredText.fold(line) : folded;
          if (!folded.contains(w)) {
            continue; // and its longest word, as the regex compares characters
          }
        }
        Matcher m = e.names.get(i).matcher(line);
        if (m.find()) {
          if (best == null || m.start() < best.start
              || (m.start() == best.start && m.end() > best.end)) {
            best = new Hit(e.outlet, m.start(), m.end());
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Returns the names and aliases of the known outlet {@code o} (none for an unknown one). */
  List<String> namesOf(Outlet o) {
    for (Entry e : entries) {
      if (e.outlet.id().equals(o.id())) {
        return e.spelled;
      }
    }
    return List.of();
  }

  /** Returns the outlet whose web domain is {@code host} or a parent of it. */
  Optional<Outlet> byHost(String host) {
    if (host == null) {
      return Optional.empty();
    }
    String h = host.toLowerCase(Locale.ROOT);
    for (Entry e : entries) {
      for (String d : e.domains) {
        if (h.equals(d) || h.endsWith("." + d)) {
          return Optional.of(e.outlet);
        }
      }
    }
    return Optional.empty();
  }

  /** Returns a known outlet named exactly {@code name}, or a new outlet with a slug id. */
  Outlet byName(String name) {
    String n = TextNormalizer.fold(name);
    for (Entry e : entries) {
      for (Pattern p : e.names) {
        Matcher m = p.matcher(name.strip());
        if (m.matches()) {
          return e.outlet;
        }
      }
      if (TextNormalizer.fold(e.outlet.name()).equals(n)) {
        return e.outlet;
      }
    }
    String slug = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("^-|-$", "");
    return new Outlet(name.strip(), slug.isEmpty() ? "unknown" : slug);
  }
}
