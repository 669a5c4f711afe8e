package org.sitrep.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * city found inside it is dropped (a country or a division stays; a place's name of several
 * words that opens it stays: "Ann Arbor"), and so is the page's bare use of such a name
 * elsewhere ("Ripley said") where it names a town under {@link #BIG} people: a capital or a
 * bigger city keeps its reading there ("Ann Houston flew home to Houston"). A region of one
 * country named by one word is no place inside a person's name either ("Kent Carper").
 * The words are data ({@code person-words-en.tsv}).
 */
final class PersonNames {
  private PersonNames() {}

  private static final Set<String> GIVEN = new HashSet<>();
  private static final Set<String> TITLES = new HashSet<>();
  /* The last words of a kind of official ("minister", "spokesman"): a name may follow. */
  private static final Set<String> OFFICES = new HashSet<>();
  /* Words after which a name is a place's ("Greene County", "Shelby Township"). */
  private static final Set<String> DESIGNATORS = new HashSet<>();

  static {
    for (String[] r : DataFiles.readTsv(PersonNames.class, "person-words-en.tsv")) {
      switch (r[1].strip()) {
        case "given" -> GIVEN.add(r[0].strip());
        case "title" -> TITLES.add(r[0].strip());
        case "designator" -> DESIGNATORS.add(r[0].strip());
        case "office" -> OFFICES.add(r[0].strip());
        default -> throw new IllegalStateException("person-words-en.tsv: kind " + r[1]);
      }
    }
  }

  /** True when {@code word} is a given name of the list ("Ed", "Jackson"), case aside. */
  static boolean given(String word) {
    return GIVEN.contains(word.toLowerCase(Locale.ROOT));
  }

  /*
   * A place this big keeps its reading where the page names a person after it elsewhere. A
   * million, not 100,000: cities of 100,000 are read bare (MentionFinder.weak), so a mid-size
   * city spelled as the page's surname ("Fairfield", "Lancaster") would read her as a city.
   */
  static final long BIG = 1_000_000;

  static List<Mention> apply(Document doc, List<Mention> mentions, Knowledge knowledge) {
    if (!"en".equals(doc.language())) {
      return mentions;
    }
    // the few names found are read for a person around them where the page writes them, not
    // every word of the page
    String text = doc.text();
    Map<String, Boolean> person = null;
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      boolean drop = false;
      if (m.kind().equals("place") && !m.text().isEmpty()
          && Character.isUpperCase(m.text().charAt(0))) {
        Place p = place(m, knowledge);
        if (division(p) && m.text().indexOf(' ') < 0 && personNamed(text, m.start(), m.end())) {
          drop = true; // "said Jordan Houston", "Victoria Reyes, 34,": a person, no country
        } else if (region(p)) {
          // a county or region of one word inside a person's name: "Kent Carper", "Mary Kent"
          drop = m.text().indexOf(' ') < 0 && personAt(text, m.start(), m.end(), true);
        } else if (!area(p)) {
          if (personAt(text, m.start(), m.end(), m.text().indexOf(' ') < 0)) {
            drop = true; // "Frank Buck", "coach Darren Ripley", "George Washington"
          } else if (small(p)) {
            if (person == null) {
              person = new HashMap<>();
            }
            drop = person.computeIfAbsent(m.text(), t -> personAnywhere(doc, t));
          }
        }
      }
      if (drop && out == null) {
        out = new ArrayList<>(mentions.subList(0, i));
      } else if (!drop && out != null) {
        out.add(m);
      }
    }
    return out == null ? mentions : out;
  }

  /* True when the body writes the name somewhere as a person's ("Ripley said" after "coach
   * Darren Ripley"). */
  private static boolean personAnywhere(Document doc, String name) {
    String text = doc.text();
    boolean one = name.indexOf(' ') < 0;
    for (Span p : doc.body().paragraphs()) {
      int at = text.indexOf(name, p.start());
      while (at >= 0 && at + name.length() <= p.end()) {
        int e = at + name.length();
        if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
            && (e == text.length() || !Character.isLetter(text.charAt(e)))
            && personAt(text, at, e, one)) {
          return true;
        }
        at = text.indexOf(name, at + 1);
      }
    }
    return false;
  }

  /*
   * True when the words at [start, end) are in a person's name: after a given name or a title
   * and at most two more capitalized words or initials, a single space apart ("Darren Ripley",
   * "Sen. Jim Webb", "George W. Bush"), or, one word, a given name before a capitalized word
   * ("Frank Buck"); not when a place designator follows ("Shelby Township").
   */
  static boolean personAt(String text, int start, int end, boolean oneWord) {
    if (designatorAfter(text, end)
        || DESIGNATORS.contains(text.substring(text.lastIndexOf(' ', end - 1) + 1, end))) {
      return false; // "Mary Shelby County officials": the county
    }
    int b = start;
    for (int n = 0; n < 3; n++) {
      if (b < 2 || text.charAt(b - 1) != ' ') {
        break;
      }
      int e = b - 1;
      int s = e;
      while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.'
          || text.charAt(s - 1) == '\'' || text.charAt(s - 1) == '-')) {
        s--;
      }
      if (s == e) {
        break;
      }
      String w = text.substring(s, e);
      if (TITLES.contains(w)
          || Character.isUpperCase(w.charAt(0)) && GIVEN.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!Character.isUpperCase(w.charAt(0)) || DESIGNATORS.contains(w)
          || w.endsWith(".") && w.length() > 2) {
        break;
      }
      b = s;
    }
    String next = oneWord ? wordAfter(text, end) : null;
    // a given name before a capitalized word that is no designator (checked above) nor title
    return next != null && GIVEN.contains(text.substring(start, end).toLowerCase(Locale.ROOT))
        && !TITLES.contains(next) && !designatorAfter(text, end + 1 + next.length());
  }

  /*
   * True when a country's or a division's one-word name at [start, end) is a given name that
   * opens a person's name: a title or a given name before it ("coach Victoria Reyes"), or a
   * capitalized surname after it (no place designator) with a sign of a person around the pair:
   * a verb of speech or "who" after it, an age after a comma, or a verb of speech before it
   * ("said Jordan Houston"), or the surname alone as a speaker elsewhere ("Houston said").
   * "Jordan Valley" and "Victoria Falls" stay places.
   */
  static boolean personNamed(String text, int start, int end) {
    String word = text.substring(start, end);
    if (!GIVEN.contains(word.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String next = wordAfter(text, end);
    if (next == null || next.length() < 2 || DESIGNATORS.contains(next) || TITLES.contains(next)
        || PLACE_WORDS.contains(next) || designatorAfter(text, end + 1 + next.length())) {
      return false;
    }
    int e = end + 1 + next.length();
    String after = text.substring(e, Math.min(text.length(), e + 12));
    if (after.startsWith(" said") || after.startsWith(" says") || after.startsWith(" told")
        || after.startsWith(" who") || after.startsWith(", who")
        || after.length() > 3 && after.startsWith(", ") && Character.isDigit(after.charAt(2))) {
      return true;
    }
    String before = text.substring(Math.max(0, start - 6), start);
    if (before.endsWith("said ") || before.endsWith("says ") || before.endsWith("told ")) {
      return true;
    }
    for (String cue : new String[] {" said", " says", " told"}) {
      int at = text.indexOf(next + cue);
      while (at >= 0) {
        if (at != end + 1 && (at == 0 || !Character.isLetter(text.charAt(at - 1)))) {
          return true;
        }
        at = text.indexOf(next + cue, at + 1);
      }
    }
    return false;
  }

  /* Words after a given name that make the pair a place's or a body's name, not a person's. */
  private static final Set<String> PLACE_WORDS = Set.of("Basin", "Delta", "Plateau", "Desert",
      "Harbour", "Street", "Avenue", "Road", "Square", "Park", "State", "Tech", "University",
      "College", "Department", "Police", "Power", "Times", "Post", "Airport", "Station",
      "National", "Gulf", "Sea", "Coast", "Peninsula", "Range", "Province", "Region", "Territory",
      "Republic", "Kingdom", "Government", "Army", "Navy", "Court", "Senate", "House", "Dam");

  /* A country or a first-order division, which a given name may spell ("Jordan", "Victoria"). */
  private static boolean division(Place p) {
    return p != null && (p.feature().equals("country") || p.feature().equals("admin1"));
  }

  /* The capitalized word one space after {@code end} ("Buck" of "Frank Buck"), or null. */
  private static String wordAfter(String text, int end) {
    if (end + 1 >= text.length() || text.charAt(end) != ' '
        || !Character.isUpperCase(text.charAt(end + 1))) {
      return null;
    }
    int e = end + 1;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return text.substring(end + 1, e);
  }

  /* True when a place designator follows, one space on ("Greene County"). */
  private static boolean designatorAfter(String text, int end) {
    String next = wordAfter(text, end);
    return next != null && DESIGNATORS.contains(next);
  }

  private static Place place(Mention m, Knowledge knowledge) {
    return m.identifierId() == null ? null : knowledge.place(m.identifierId()).orElse(null);
  }

  private static boolean small(Place p) {
    if (p == null) {
      return false;
    }
    String f = p.feature();
    return !p.curated() && p.population() < BIG && !f.equals("capital");
  }

  /* A region of one country (a county of England, Darfur), not a country or a division. */
  private static boolean region(Place p) {
    return p != null && p.feature().equals("region") && p.countryCode() != null
        && !p.countryCode().isEmpty();
  }

  /* A country, a division or a region: "Jordan" stays the country in "Jordan Valley". */
  private static boolean area(Place p) {
    if (p == null) {
      return true;
    }
    String f = p.feature();
    return p.curated() || f.equals("country") || f.equals("admin1") || f.equals("continent")
        || f.equals("region");
  }

  /* A name after an office: one to four capitalized words, "al-", "bin" and the like between. */
  private static final java.util.regex.Pattern OFFICE_NAME = java.util.regex.Pattern.compile(
      "(\\s+[a-z]+)?\\s+((?:(?:al|el|bin|ibn|abu|abd|de|van|von)[- ])?\\p{Lu}[\\p{L}'’-]+"
          + "(?:\\s+(?:(?:al|el|bin|ibn|abu|abd|de|van|von)[- ])?\\p{Lu}[\\p{L}'’-]+){0,3})"
          + "(?=[\\s,.;:)\"”]|$)");
  private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "ministry", "council", "office", "forces");

  /**
   * s50: a kind of official written before the official's name, which the catalogue does not
   * know ("Interior Minister Efkan Ala", "Foreign ministry spokesman Majed al-Ansari"): the
   * kind's mention takes in the name (and an office word between), so that the actor is written
   * as the text names him. A name some other mention reads is left to it.
   */
  static List<Mention> officials(Document doc, List<Mention> mentions) {
    if (!"en".equals(doc.language())) {
      return mentions;
    }
    String text = doc.text();
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (!m.kind().equals("actor") || m.identifierId() == null
          || !m.identifierId().startsWith("agent:") || m.end() >= text.length()) {
        continue;
      }
      java.util.regex.Matcher n = OFFICE_NAME.matcher(text).region(m.end(), text.length());
      if (!n.lookingAt()) {
        continue;
      }
      String last = m.text().substring(m.text().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
      String between = n.group(1) == null ? null : n.group(1).strip();
      if (between != null ? !OFFICES.contains(between) : !OFFICES.contains(last)) {
        continue; // "police Colonel …" is read by its own words; "the army Monday" is no name
      }
      String first = n.group(2).split("[\\s-]")[0].toLowerCase(Locale.ROOT);
      if (NOT_NAMES.contains(first) || n.group(2).indexOf('\n') >= 0) {
        continue;
      }
      int end = n.end();
      if (i + 1 < mentions.size() && mentions.get(i + 1).start() < end) {
        continue; // "Defence Minister Hulusi Akar": the catalogue's official
      }
      if (out == null) {
        out = new ArrayList<>(mentions);
      }
      out.set(i, new Mention(m.docId(), m.start(), end, text.substring(m.start(), end), m.kind(),
          m.identifierId(), m.identifierText(), m.lat(), m.lon(), m.countryCode(), m.admin1(),
          m.feature(), m.code(), m.sector(), m.resolution()));
    }
    return out == null ? mentions : out;
  }
}
