package org.sitrep.mentions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.text.DataFiles;

/**
 * A town's name before a head noun that makes it the name of something else is no place: "the
 * Reston virus", "the Marburg strain" name pathogens. Countries and first-order divisions keep
 * their reading. The head nouns are data ({@code name-heads-en.tsv}); only the places found
 * are read, after the finder, so the hot loop does no more work.
 */
final class NameHeads {
  private NameHeads() {}

  private static final Set<String> HEADS = new HashSet<>();

  static {
    for (String[] r : DataFiles.readTsv(NameHeads.class, "name-heads-en.tsv")) {
      HEADS.add(r[0].strip());
    }
  }

  static List<Mention> apply(Document doc, List<Mention> mentions) {
    if (!"en".equals(doc.language())) {
      return mentions;
    }
    String text = doc.text();
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      boolean drop = m.kind().equals("place") && !"country".equals(m.feature())
          && !"admin1".equals(m.feature()) && headAfter(text, m.end());
      if (drop && out == null) {
        out = new ArrayList<>(mentions.subList(0, i));
      }
      if (!drop && out != null) {
        out.add(m);
      }
    }
    return out == null ? mentions : out;
  }

  /* True when the word after one space at {@code end} is a head noun of {@code HEADS}. */
  static boolean headAfter(String text, int end) {
    if (end + 1 >= text.length() || text.charAt(end) != ' ') {
      return false;
    }
    int e = end + 1;
    while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '\'')) {
      e++;
    }
    return e > end + 1 && HEADS.contains(text.substring(end + 1, e).toLowerCase(Locale.ROOT));
  }
}
