package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.text.DataFiles;

/** The event coder's data: triggers ({@code triggers.tsv}) and attribution cues. */
final class Lexicon {
  record Trigger(String category, String mode, Set<String> flags, Pattern pattern) {}

  static final List<Trigger> TRIGGERS = new ArrayList<>();
  static final Map<String, Pattern> CUES = new HashMap<>();

  static {
    int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    for (String[] r : DataFiles.readTsv(Lexicon.class, "triggers.tsv")) {
      Set<String> flags = r[2].equals("-") ? Set.of() : Set.of(r[2].split(","));
      TRIGGERS.add(new Trigger(r[0], r[1].equals("-") ? null : r[1], flags,
          Pattern.compile("(?<![\\p{L}])(?:" + r[3] + ")(?![\\p{L}])", f)));
    }
    Map<String, List<String>> byKind = new HashMap<>();
    for (String[] r : DataFiles.readTsv(Lexicon.class, "attribution.tsv")) {
      byKind.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1].strip());
    }
    for (Map.Entry<String, List<String>> e : byKind.entrySet()) {
      List<String> words = new ArrayList<>(e.getValue());
      words.sort(Comparator.comparingInt(String::length).reversed());
      StringBuilder alt = new StringBuilder();
      for (String w : words) {
        if (alt.length() > 0) {
          alt.append('|');
        }
        alt.append(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
      }
      String prefix = e.getKey().equals("continue") ? "^(?:" : "(?<![\\p{L}])(?:";
      // unnamed sources tolerate a plural or a slip of the pen: "the sources", "the sourced"
      String tail = e.getKey().equals("unnamed") ? "\\p{L}{0,2}" : "";
      CUES.put(e.getKey(), Pattern.compile(prefix + alt + ")" + tail + "(?![\\p{L}])", f));
    }
  }

  private Lexicon() {}

  static Pattern cue(String kind) {
    Pattern p = CUES.get(kind);
    if (p == null) {
      throw new IllegalStateException("attribution.tsv has no " + kind + " rows");
    }
    return p;
  }
}
