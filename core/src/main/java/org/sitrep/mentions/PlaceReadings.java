package org.sitrep.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.knowledge.Actor;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.knowledge.Place;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

/**
 * The place reading of names that act in a clause: a state named as an actor ("Israel denied")
 * and a nationality word ("Iranian officials", "the Cypriots") also name a country, a government
 * named by its seat ("Moscow said") names that city, which a map and a geoparser's reader want. These readings are written to {@code mentions.jsonl} with
 * resolution "actor" or "demonym" beside the actor reading; the event coder never sees them, so
 * "Russia said" does not make Russia the place of what Russia said. Thread-safe.
 */
public final class PlaceReadings {
  /* One capitalized word, or two ("Sri Lankan", "South African", "New Zealanders"). */
  private static final Pattern WORD = Pattern.compile("\\b\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?\\b");

  private final Knowledge knowledge;

  public PlaceReadings(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** Place readings for a document, given the mentions found in its body. */
  public List<Mention> of(Document doc, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    actors(doc, mentions, out);
    words(doc, doc.body().paragraphs(), mentions, out);
    return out;
  }

  /**
   * Place readings for a document, given the mentions found in its body and in its headline:
   * the headline's places as found, then the place readings of its actors and nationality
   * words ("Turkey's lira slides", "Syrian army retakes ...").
   */
  public List<Mention> of(Document doc, List<Mention> mentions, List<Mention> headline) {
    List<Mention> out = of(doc, mentions);
    Span head = Headline.of(doc);
    if (head == null) {
      return out;
    }
    for (Mention m : headline) {
      if (m.kind().equals("place")) {
        out.add(m);
      }
    }
    actors(doc, headline, out);
    words(doc, List.of(head), headline, out);
    return out;
  }

  private void actors(Document doc, List<Mention> mentions, List<Mention> out) {
    for (Mention m : mentions) {
      if (!m.kind().equals("actor") || !"name".equals(m.resolution())
          || m.identifierId() == null) {
        continue;
      }
      Actor a = knowledge.actor(m.identifierId()).orElse(null);
      if (a == null || a.country().isEmpty() || nationalPhrase(m.text()) > 0) {
        continue; // "Iranian officials": the nationality word's own reading, below
      }
      // "Washington said", "Moscow denied", "Damascus condemned": the government named by its
      // seat is read at the seat
      Place seat = knowledge.capital(m.text()).orElse(null);
      if (seat != null && seat.countryCode().equals(a.country())) {
        out.add(reading(doc, m.start(), m.end(), m.text(), seat, "actor"));
        continue;
      }
      if (!a.kind().equals("state")) {
        // "Libya insisted" read as its government, "the U.S. Army" (a country's name and a kind of
        // actor, as "Iranian officials"): the country's own name; not a body's name opening with
        // it ("United States Department of Agriculture")
        int len = countryNameLength(a.country(), m.text());
        if (len > 0 && (len == m.text().length() || knowledge.description(
            m.text().substring(len + 1).toLowerCase(java.util.Locale.ROOT)).isPresent())) {
          Place p = knowledge.place("country:" + a.country()).orElseThrow();
          out.add(reading(doc, m.start(), m.start() + len, m.text().substring(0, len), p, "actor"));
        }
        continue;
      }
      // "the United States Navy" read as the state: the place is the name's "United States"
      int len = countryNameLength(a.country(), m.text());
      if (len == 0 && latin(m.text()) && !namedAs(a, m.text())
          && !nationalityOf(a.country(), m.text())) {
        // the state only resembles the words: "Frank Buck" names no France (Arabic phrases
        // name a state in their own ways: "الرئيس التركي", "وموسكو")
        continue;
      }
      int end = len > 0 ? m.start() + len : m.end();
      knowledge.place("country:" + a.country()).ifPresent(
          p -> out.add(reading(doc, m.start(), end, m.text().substring(0, end - m.start()), p,
              "actor")));
    }
  }

  /* Nationality words in the spans that no mention holds ("Cypriot officials" aside). */
  private void words(Document doc, List<Span> spans, List<Mention> mentions, List<Mention> out) {
    String text = doc.text();
    for (Span para : spans) {
      Matcher w = WORD.matcher(text).region(para.start(), para.end());
      while (w.find()) {
        int start = w.start();
        int end = w.end();
        Place p = country(text.substring(start, end));
        int space = text.indexOf(' ', start);
        if (p == null && space > 0 && space < end) {
          end = space; // the first word alone: "Syrian Arab Army" is no pair
          p = country(text.substring(start, end));
          if (p == null) {
            w.region(space + 1, para.end()); // "The Lebanese pound": the second word is read
            continue;
          }
        }
        if (p == null || inside(mentions, start, end) && !atStartOfNationalPhrase(mentions, start)
            && !(modifierOpening(mentions, text, start, end) && !read(out, start, end))) {
          continue;
        }
        out.add(reading(doc, start, end, text.substring(start, end), p, "demonym"));
        if (end < w.end()) {
          w.region(end, para.end());
        }
      }
    }
  }

  /*
   * The length of the country's own name that is the whole of {@code text} ("Libya") or opens it
   * before a space ("United States military", "U.S. Army"), or 0: the gazetteer's name of the
   * country or a name of its state in the catalogue, not the seat of its government ("Washington
   * Post" names no country) and not a phrase with a lower-case word ("US government").
   */
  private int countryNameLength(String countryCode, String text) {
    Place country = knowledge.place("country:" + countryCode).orElse(null);
    if (country == null) {
      return 0;
    }
    int best = nameLength(country.name(), text);
    for (Actor state : knowledge.actorsIn(countryCode)) {
      if (!state.kind().equals("state")) {
        continue;
      }
      for (String name : state.names()) {
        if (name.length() > best && !hasLowerCaseWord(name)
            && knowledge.capital(name).isEmpty()) {
          best = Math.max(best, nameLength(name, text));
        }
      }
    }
    return best;
  }

  private static boolean latin(String text) {
    return !text.isEmpty() && Character.UnicodeScript.of(text.codePointAt(0))
        == Character.UnicodeScript.LATIN;
  }

  /* True when the text or its first one or two words are a nationality word of the country
   * ("Jordanian", "Sri Lankan government"). */
  private boolean nationalityOf(String countryCode, String text) {
    int sp = text.indexOf(' ');
    for (int k = 0; k < 3; k++) {
      Place p = country(sp < 0 ? text : text.substring(0, sp));
      if (p != null && countryCode.equals(p.countryCode())) {
        return true;
      }
      if (sp < 0) {
        return false;
      }
      sp = text.indexOf(' ', sp + 1);
    }
    return false;
  }

  /* True when the text is one of the state's names as written, dots aside ("U.S" of "U.S."). */
  private static boolean namedAs(Actor state, String text) {
    String t = text.replace(".", "");
    for (String name : state.names()) {
      if (name.replace(".", "").equals(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLowerCaseWord(String name) {
    for (int i = 0; i < name.length(); i++) {
      if ((i == 0 || name.charAt(i - 1) == ' ') && Character.isLowerCase(name.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /* The length of {@code name} when it is {@code text} or opens it before a space, else 0. */
  private static int nameLength(String name, String text) {
    return text.startsWith(name) && (text.length() == name.length()
        || text.charAt(name.length()) == ' ') ? name.length() : 0;
  }

  /*
   * The length of the nationality word that starts "Iranian officials", "Egyptian troops" (a
   * nationality word and a kind of actor), or 0.
   */
  private int nationalPhrase(String text) {
    int sp = text.indexOf(' ');
    while (sp > 0) {
      if (country(text.substring(0, sp)) != null
          && knowledge.description(text.substring(sp + 1).toLowerCase(java.util.Locale.ROOT))
              .isPresent()) {
        return sp;
      }
      sp = text.indexOf(' ', sp + 1); // "Sri Lankan troops"
    }
    return 0;
  }

  /* True when an actor mention starting at {@code start} is a nationality and a kind of actor. */
  private boolean atStartOfNationalPhrase(List<Mention> mentions, int start) {
    for (Mention m : mentions) {
      if (m.start() == start && m.kind().equals("actor") && nationalPhrase(m.text()) > 0) {
        return true;
      }
    }
    return false;
  }

  /*
   * True when the nationality word [start, end) opens a mention and modifies what follows as
   * an adjective: before a hyphen ("the Saudi-led coalition", "Turkish-backed factions") or a
   * lower-case word ("Russian officers", "the Iraqi military"), not inside a proper name ("the
   * Syrian Democratic Forces").
   */
  private static boolean modifierOpening(List<Mention> mentions, String text, int start,
      int end) {
    if (end + 1 >= text.length()) {
      return false;
    }
    char c = text.charAt(end);
    if (!(c == '-' && Character.isLowerCase(text.charAt(end + 1))
        || c == ' ' && Character.isLowerCase(text.charAt(end + 1)))) {
      return false;
    }
    for (Mention m : mentions) {
      if (m.start() == start && m.kind().equals("actor")) {
        return true;
      }
    }
    return false;
  }

  /* True when a place reading already made overlaps [start, end) ("Saudi forces" as a state). */
  private static boolean read(List<Mention> out, int start, int end) {
    for (Mention m : out) {
      if (m.start() < end && m.end() > start) {
        return true;
      }
    }
    return false;
  }

  /* The country of a nationality word, singular or plural ("Cypriot", "Cypriots"). */
  private Place country(String word) {
    Place p = knowledge.demonym(word).orElse(null);
    if (p == null && word.endsWith("s")) {
      p = knowledge.demonym(word.substring(0, word.length() - 1)).orElse(null);
    }
    return p;
  }

  /* A word inside a longer name ("the Syrian Arab Army", "Iraqi Kurdistan") is part of that name. */
  private static boolean inside(List<Mention> mentions, int start, int end) {
    for (Mention m : mentions) {
      if (m.start() <= start && m.end() >= end && (m.end() - m.start() > end - start
          || m.kind().equals("place"))) {
        return true;
      }
    }
    return false;
  }

  private static Mention reading(Document doc, int start, int end, String text, Place p,
      String how) {
    return new Mention(doc.docId(), start, end, text, "place", p.id(), p.name(), p.lat(), p.lon(),
        p.countryCode(), p.admin1(), p.feature(), null, null, how);
  }
}
