package org.sitrep.mentions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.knowledge.Place;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.text.DataFiles;

/**
 * English person names are not places. A given name or a title followed by capitalized words
 * ("Frank Buck", "coach Darren Ripley", "George Washington") is a person's name: a town or
 * city found inside it is dropped (a country or a division stays), and so is the page's later
 * bare use of the name's words ("Ripley said", "in celebrating Frank") where they name a small
 * place: a capital or a city of {@link #BIG} people keeps its reading there ("Ann Houston flew
 * home to Houston").
 * The words are data ({@code person-words-en.tsv}).
 */
final class PersonNames {
  private PersonNames() {}

  private static final Set<String> GIVEN = new HashSet<>();
  private static final Set<String> TITLES = new HashSet<>();
  /* Words after which a name is a place's ("Greene County", "Shelby Township"). */
  private static final Set<String> DESIGNATORS = new HashSet<>();

  static {
    for (String[] r : DataFiles.readTsv(PersonNames.class, "person-words-en.tsv")) {
      switch (r[1].strip()) {
        case "given" -> GIVEN.add(r[0].strip());
        case "title" -> TITLES.add(r[0].strip());
        case "designator" -> DESIGNATORS.add(r[0].strip());
        default -> throw new IllegalStateException("person-words-en.tsv: kind " + r[1]);
      }
    }
  }

  /* A place this big keeps its reading wherever a person bears its name. */
  static final long BIG = 100_000;

  static List<Mention> apply(Document doc, List<Mention> mentions, Knowledge knowledge) {
    boolean places = false;
    for (Mention m : mentions) {
      places |= m.kind().equals("place");
    }
    if (!places || !"en".equals(doc.language())) {
      return mentions;
    }
    String text = doc.text();
    List<int[]> spans = new ArrayList<>();
    Set<String> words = new HashSet<>();
    for (Span p : doc.body().paragraphs()) {
      persons(text, p.start(), p.end(), spans, words);
    }
    if (spans.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (m.kind().equals("place") && (inside(spans, m) && !area(m, knowledge)
          || words.contains(m.text()) && small(m, knowledge))) {
        continue;
      }
      out.add(m);
    }
    return out.size() == mentions.size() ? mentions : out;
  }

  private static boolean small(Mention m, Knowledge knowledge) {
    Place p = m.identifierId() == null ? null : knowledge.place(m.identifierId()).orElse(null);
    if (p == null) {
      return false;
    }
    String f = p.feature();
    return !p.curated() && p.population() < BIG && !f.equals("country") && !f.equals("admin1")
        && !f.equals("capital") && !f.equals("continent") && !f.equals("region");
  }

  /* A country, a division or a region: "Jordan" stays the country in "Jordan Valley". */
  private static boolean area(Mention m, Knowledge knowledge) {
    Place p = m.identifierId() == null ? null : knowledge.place(m.identifierId()).orElse(null);
    if (p == null) {
      return true;
    }
    String f = p.feature();
    return p.curated() || f.equals("country") || f.equals("admin1") || f.equals("continent")
        || f.equals("region");
  }

  /* Inside a person's name; a place's name of several words that opens it is the place's
   * ("Ann Arbor", "Warren Park"). */
  private static boolean inside(List<int[]> spans, Mention m) {
    for (int[] s : spans) {
      if (s[0] <= m.start() && m.end() <= s[1]
          && !(s[0] == m.start() && m.text().indexOf(' ') > 0)) {
        return true;
      }
    }
    return false;
  }

  /*
   * The person names of one paragraph: a given name or title, an optional initial ("J."), then
   * one to three capitalized words, a single space apart, short of a designator.
   */
  static void persons(String text, int from, int to, List<int[]> spans, Set<String> words) {
    List<int[]> w = new ArrayList<>();
    int i = from;
    while (i < to) {
      while (i < to && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int b = i;
      while (i < to && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\''
          || text.charAt(i) == '-')) {
        i++;
      }
      if (i < to && text.charAt(i) == '.' && i - b <= 4) {
        i++; // "Sen.", "J.", "Mr."
      }
      if (i > b) {
        w.add(new int[] {b, i});
      }
    }
    for (int k = 0; k + 1 < w.size(); k++) {
      String word = text.substring(w.get(k)[0], w.get(k)[1]);
      boolean title = TITLES.contains(word);
      boolean given = !title && Character.isUpperCase(word.charAt(0))
          && GIVEN.contains(word.toLowerCase(Locale.ROOT));
      if (!title && !given) {
        continue;
      }
      int j = k + 1;
      if (j < w.size() && initial(text, w.get(j)) && adjacent(text, w.get(j - 1), w.get(j))) {
        j++;
      }
      int last = -1;
      for (int n = 0; j < w.size() && n < 3; j++, n++) {
        int[] t = w.get(j);
        String s = text.substring(t[0], t[1]);
        if (!adjacent(text, w.get(j - 1), t) || !Character.isUpperCase(s.charAt(0))
            || DESIGNATORS.contains(s) || TITLES.contains(s) || s.endsWith(".")
            && s.length() > 2) {
          break;
        }
        last = j;
      }
      if (last < 0) {
        continue;
      }
      if (last + 1 < w.size() && adjacent(text, w.get(last), w.get(last + 1))
          && DESIGNATORS.contains(text.substring(w.get(last + 1)[0], w.get(last + 1)[1]))) {
        continue; // "Jim Shelby Township" is no person: "Shelby Township" names a place
      }
      int start = given ? w.get(k)[0] : w.get(k + 1)[0];
      spans.add(new int[] {start, w.get(last)[1]});
      if (given) {
        words.add(word);
      }
      words.add(text.substring(w.get(last)[0], w.get(last)[1]));
      k = last;
    }
  }

  private static boolean initial(String text, int[] t) {
    return t[1] - t[0] == 2 && Character.isUpperCase(text.charAt(t[0]))
        && text.charAt(t[0] + 1) == '.';
  }

  /* Two words one space apart. */
  private static boolean adjacent(String text, int[] a, int[] b) {
    return b[0] - a[1] == 1 && text.charAt(a[1]) == ' ';
  }
}
