package org.sitrep.events;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.model.Mention;

/**
 * Finds the places of an event: where it happened (the nearest place named in its sentence, else
 * the place the page is mostly about) and where a movement goes. Thread-safe.
 */
final class PlaceFinder {
  private static final Pattern TOWARD_BEFORE = Pattern.compile(
      "(?is).*\\b(?:to|towards|toward|into|إلى|الى|نحو|باتجاه)\\s+(?:the\\s+)?$");

  private PlaceFinder() {}

  /**
   * The mentions without rivers: a river bounds where things happen ("east of the Euphrates" is
   * a region of its own), it is no event's place, and its name opens other names ("Euphrates
   * Post", an outlet) where a town of the sentence is the place.
   */
  static List<Mention> withoutRivers(List<Mention> ms) {
    List<Mention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      Mention m = ms.get(k);
      boolean drop = m.kind().equals("place") && "river".equals(m.feature());
      if (drop && out == null) {
        out = new java.util.ArrayList<>(ms.subList(0, k));
      } else if (!drop && out != null) {
        out.add(m);
      }
    }
    return out == null ? ms : out;
  }

  /**
   * The mentions without the places of an all-capital dateline ("BEIRUT — ...", "ERBIL,
   * Kurdistan Region — ..."): where the report was filed, not where its events happened.
   */
  static List<Mention> withoutDatelines(String text, List<Mention> ms) {
    List<Mention> out = null;
    int cut = -1; // the dash that ends the dateline being read
    for (int k = 0; k < ms.size(); k++) {
      Mention m = ms.get(k);
      boolean drop = false;
      if (m.kind().equals("place")) {
        if (m.start() < cut) {
          drop = true;
        } else if (capsHead(text, m)) {
          cut = datelineDash(text, m.end());
          drop = cut >= 0;
        }
      }
      if (drop && out == null) {
        out = new java.util.ArrayList<>(ms.subList(0, k));
      } else if (!drop && out != null) {
        out.add(m);
      }
    }
    return out == null ? ms : out;
  }

  /* An all-capital name at the start of the text, a line or a sentence, or after a date. */
  private static boolean capsHead(String text, Mention m) {
    int letters = 0;
    for (int i = m.start(); i < m.end(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    int b = m.start() - 1;
    while (b >= 0 && text.charAt(b) == ' ') {
      b--;
    }
    return letters >= 3 && (b < 0 || text.charAt(b) == '\n'
        || (text.charAt(b) == '.' || Character.isDigit(text.charAt(b))) && b < m.start() - 1);
  }

  /* Where the dash (or colon) closing a dateline is, reading on from {@code e}, else -1. */
  private static int datelineDash(String text, int e) {
    int lim = Math.min(text.length(), e + 40);
    for (int i = e; i < lim; i++) {
      char c = text.charAt(i);
      if (c == '\u2014' || c == '\u2013' || c == '\u0097' || c == ':' || c == '('
          || c == '-' && i + 1 < text.length() && (text.charAt(i + 1) == ' '
          || text.charAt(i + 1) == '-')) {
        return i;
      }
      if (!(Character.isLetter(c) || c == ' ' || c == ',' || c == '.' || c == '\'')) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The place a document is mostly about: its most often named town or region (a town named
   * for its airport or port, "مطار صنعاء", does not count).
   */
  static Mention mainPlace(String text, List<Mention> ms) {
    return mostNamed(ms, m -> !"country".equals(m.feature())
        && !TOWARD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 14), m.start()))
            .matches() && !PlaceAsides.facilityTown(text, m));
  }

  /** The place of {@code ms} that {@code counts} admits named most often (first on a tie), or null. */
  static Mention mostNamed(List<Mention> ms, java.util.function.Predicate<Mention> counts) {
    Map<String, Integer> count = new LinkedHashMap<>();
    Map<String, Mention> first = new HashMap<>();
    for (Mention m : ms) {
      if (m.kind().equals("place") && counts.test(m)) {
        count.merge(m.identifierId(), 1, Integer::sum);
        first.putIfAbsent(m.identifierId(), m);
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : count.entrySet()) {
      if (best == null || e.getValue() > count.get(best)) {
        best = e.getKey();
      }
    }
    return best == null ? null : first.get(best);
  }

  /**
   * The place named nearest to the trigger in its sentence: no country, not its destination, not
   * a word of a claimant's name ("said Ahmad Abo Al-Nour": no town of Nur); where forces
   * arrive when the sentence names no place nearer the deed.
   */
  static Mention place(Sent s, List<Mention> ms, Hit h, Mention dest, List<Said> said) {
    Mention best = null;
    int bestDist = Integer.MAX_VALUE;
    boolean bestAside = true;
    boolean deedInAttribution = Said.inAttribution(said, h.start(), h.end());
    for (Mention m : ms) {
      if (!m.kind().equals("place") || m == dest || "country".equals(m.feature())
          || (dest != null && m.identifierId().equals(dest.identifierId()))
          || inClaimant(said, m)) {
        continue;
      }
      if (h.has("movement") && h.category().enters() && ORIGIN.contains(s.headWord(m.start()))) {
        continue; // "reinforcements from al-Jufra entered the city": they set out there
      }
      if (PlaceAsides.title(s, m) || PlaceAsides.sponsorSeat(s, h, m)) {
        continue; // "وزير الدولة لشؤون الخليج العربي": a title; "برعاية مركز … في حميميم"
      }
      if (dest != null && coordinated(s, dest, m) || otherMovementGoesTo(s, h, m, ms)
          || PARTNER_PREPS.contains(s.headWord(m.start()))) {
        continue; // "pulled back towards Erbil and Sulaimaniya"; "surrendered, while others
                  // left by bus for the eastern countryside": where a movement goes; "reached
                  // an understanding with Baghdad": a partner, its government
      }
      if (!deedInAttribution && (Said.inAttribution(said, m.start(), m.end())
          || spokenIn(s, said, m))) {
        continue; // "the minister told a press conference in Damascus that …": where he spoke
      }
      // a reference point ("southwest of Damascus") or where the shots came from ("positioned
      // in Eastern Ghouta") is the deed's place only when the sentence names no other
      boolean aside = reference(s, m) || h.category().family().equals(FORCE) && origin(s, m);
      int d = m.start() >= h.end() ? m.start() - h.end() : h.start() - m.end();
      if (best == null || !aside && bestAside || aside == bestAside && d < bestDist) {
        bestDist = d;
        best = m;
        bestAside = aside;
      }
    }
    Mention subject = passiveSubject(s, ms, h, dest);
    if (subject != null) {
      return subject; // "Ras al-Ain's centre was taken in the east of the river": the town
    }
    Mention country = countryRightAfter(s, ms, h);
    if (country != null && (best == null || distance(country, h) < bestDist)) {
      return country; // "talks in Sweden", "محادثات في السويد": a country right after the deed
    }
    if (dest != null && (h.category().enters() || h.category().family().equals("force"))
        && dest.start() >= s.start
        && dest.end() <= s.end && (best == null || distance(dest, h) < bestDist
            || dest.start() >= h.end() && otherClause(s, best, h))) {
      // "forces entered Tafas", "advanced towards Gharyan": where they went is where it
      // happened, unless the deed's own clause names a place nearer it
      return dest;
    }
    return best;
  }

  /* A break between an English passive's subject and its verb: no subject of its own there. */
  private static final Pattern SUBJECT_BREAK = Pattern.compile("[,;:\"“”()]|\\b(?:and|but|"
      + "while|after|before|as|when|where|which|who|that)\\b");

  /*
   * The place an English passive deed of force was done to, named in its subject: "Ras al-Ain's
   * residential centre has been taken", "the town of Morek was encircled". Not a country, not
   * the movement's destination, no more than 50 characters before the verb in the same clause.
   */
  private static Mention passiveSubject(Sent s, List<Mention> ms, Hit h, Mention dest) {
    if (s.arabic || !h.category().victim() || !ActorFinder.passive(s, h)) {
      return null;
    }
    Mention out = null;
    for (Mention m : ms) {
      if (m.kind().equals("place") && m != dest && !"country".equals(m.feature())
          && m.start() >= s.start && m.end() <= h.start() && h.start() - m.end() <= 50
          && !SUBJECT_BREAK.matcher(s.text.substring(m.end() - s.start, h.start() - s.start))
              .find()) {
        out = m;
      }
    }
    if (out == null) {
      return null;
    }
    for (Mention a : ms) {
      if (a.kind().equals("actor") && a.start() >= out.end() && a.end() <= h.start()) {
        return null; // "Afrin's Kurdish fighters were attacked": the fighters, not the town
      }
    }
    return out;
  }

  private static final java.util.Set<String> ORIGIN = Lexicon.vocabulary("origin");
  private static final java.util.Set<String> DIRECTION = Lexicon.vocabulary("direction");
  private static final java.util.Set<String> DISTANCE = Lexicon.vocabulary("distance-unit");
  private static final java.util.Set<String> CLOSE_TO = Lexicon.vocabulary("close-to");
  private static final java.util.Set<String> POSTED = Lexicon.vocabulary("posted");
  private static final java.util.Set<String> NAME_HEAD = Lexicon.vocabulary("name-head");
  private static final String FORCE = "force";
  private static final Pattern ARTICLE_NEXT = Pattern.compile(
      "[ \\u00a0](?:al|el|ad|ar|as|ash|at|az|an|adh|ath|ed|er|es|et|ez|en)-\\p{Lu}");
  private static final Pattern CAPITAL_NEXT = Pattern.compile("[ \\u00a0]\\p{Lu}\\p{Ll}");

  /*
   * True when the place is where a claimant spoke: after its reporting verb and before the
   * "that" of what it said ("told a press conference in Damascus that …").
   */
  private static boolean spokenIn(Sent s, List<Said> said, Mention m) {
    for (Said c : said) {
      if (c.spanEnd() <= m.start() && m.start() - c.spanEnd() <= SPOKEN_REACH) {
        String gap = s.text.substring(c.spanEnd() - s.start, m.start() - s.start);
        String after = s.text.substring(m.end() - s.start,
            Math.min(s.text.length(), m.end() - s.start + 8));
        if (gap.indexOf(',') < 0 && gap.indexOf(';') < 0 && THAT_AFTER.matcher(after).lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  private static final int SPOKEN_REACH = 40;
  private static final Pattern THAT_AFTER = Pattern.compile("\\s*,?\\s*(?:that|:|أن|إن)(?!\\p{L})");

  /*
   * True when the place is the reference point of another ("north of X", "غربي X", "close to
   * X", "20 km from X"): the words before it say so. "Near X" is no such word: X is then the
   * nearest place the page gives ("an attack near the Taftanaz air base in Idlib").
   */
  private static boolean reference(Sent s, Mention m) {
    String w1 = s.headWord(m.start());
    if (isArabic(w1) && DIRECTION.contains(w1)) {
      return true;
    }
    String w2 = s.lastWord(wordStart(s, m.start(), w1));
    return w1.equals("of") && DIRECTION.contains(w2) || w1.equals("to") && CLOSE_TO.contains(w2)
        || ORIGIN.contains(w1) && DISTANCE.contains(w2);
  }

  /* True when the place is where a deed of force came from: "from X", "positioned in X". */
  private static boolean origin(Sent s, Mention m) {
    String w1 = s.headWord(m.start());
    if (ORIGIN.contains(w1)) {
      return true;
    }
    if (isArabic(w1) && POSTED.contains(w1)) {
      return true; // "المتمركزة في": the head word skips no preposition in Arabic
    }
    String w2 = s.lastWord(wordStart(s, m.start(), w1));
    return POSTED.contains(w2) && (w1.equals("in") || w1.equals("في") || w1.equals("at"));
  }

  /* Where the word {@code w}, the last before {@code at} (past determiners), starts. */
  private static int wordStart(Sent s, int at, String w) {
    int i = s.lower().lastIndexOf(w, at - s.start - 1);
    return i < 0 ? s.start : s.start + i;
  }

  private static boolean isArabic(String w) {
    return !w.isEmpty() && w.charAt(0) >= '\u0600' && w.charAt(0) <= '\u06ff';
  }

  /**
   * The mentions without the places that are the first words of a longer name the gazetteer
   * lacks: "Khan" of "Khan al-Assal", "Kafr" of "Kafr Dael" (an Arabic article or, after a
   * name's first word, a capitalized word goes on right after them).
   */
  static List<Mention> withoutFragments(String text, List<Mention> ms) {
    List<Mention> out = null;
    for (int k = 0; k < ms.size(); k++) {
      Mention m = ms.get(k);
      boolean drop = m.kind().equals("place") && fragment(text, m);
      if (drop && k + 1 < ms.size() && ms.get(k + 1).start() == m.end() + 1) {
        drop = false; // "Daraa al-Balad": the city and its quarter, read as two names
      } else if (!drop && k > 0 && m.kind().equals("place") && ms.get(k - 1).end() + 1 == m.start()
          && ms.get(k - 1).kind().equals("place") && fragment(text, ms.get(k - 1))) {
        drop = true; // the quarter of such a pair ("al-Balad") names no place of its own
      }
      if (drop && out == null) {
        out = new java.util.ArrayList<>(ms.subList(0, k));
      } else if (!drop && out != null) {
        out.add(m);
      }
    }
    return out == null ? ms : out;
  }

  private static boolean fragment(String text, Mention m) {
    int e = m.end();
    if (e >= text.length() || m.start() > 0 && text.charAt(m.start() - 1) == '-') {
      return false;
    }
    String rest = text.substring(e, Math.min(text.length(), e + 6));
    if (ARTICLE_NEXT.matcher(rest).lookingAt()) {
      return true;
    }
    String surface = text.substring(m.start(), e).toLowerCase(java.util.Locale.ROOT);
    return NAME_HEAD.contains(surface) && CAPITAL_NEXT.matcher(rest).lookingAt();
  }
  private static final Pattern IN_RIGHT_AFTER = Pattern.compile("\\s*(?:in|في)\\s+");

  /* A country named right after the trigger behind "in"/"في". */
  private static Mention countryRightAfter(Sent s, List<Mention> ms, Hit h) {
    for (Mention m : ms) {
      if (m.kind().equals("place") && "country".equals(m.feature()) && m.start() >= h.end()
          && IN_RIGHT_AFTER.matcher(s.text.substring(h.end() - s.start, m.start() - s.start))
              .matches()) {
        return m;
      }
    }
    return null;
  }

  /* Words that join one place to the next in a list: "Erbil and Sulaimaniya", "حلب وإدلب". */
  private static final java.util.Set<String> AND = Lexicon.vocabulary("list-joiner");
  private static final Pattern LIST_SEPARATORS = Pattern.compile("[\\s,،]+");
  /* "with Baghdad", "مع دمشق": a city after these is the government or people one deals with. */
  private static final java.util.Set<String> PARTNER_PREPS = Lexicon.vocabulary("partner-prep");

  /* True when {@code m} follows {@code first} in a list of places: only joiners between them. */
  static boolean coordinated(Sent s, Mention first, Mention m) {
    if (m.start() < first.end() || m.start() > s.end || first.start() < s.start) {
      return false;
    }
    String between = s.text.substring(first.end() - s.start, m.start() - s.start);
    if (between.length() > 12) {
      return false;
    }
    boolean joined = false;
    for (String w : LIST_SEPARATORS.split(between, -1)) {
      if (w.isEmpty()) {
        continue;
      }
      if (!AND.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
      joined = true;
    }
    return joined || between.indexOf(',') >= 0 || between.indexOf('،') >= 0
        || m.start() > s.start && m.text().startsWith("و"); // "إلى أربيل والسليمانية"
  }

  /*
   * True when {@code m}, or the place of a list it ends, is behind a destination preposition
   * after a movement word told after the deed: where another movement goes ("surrendered,
   * while the rest left by bus for Mayadin").
   */
  private static boolean otherMovementGoesTo(Sent s, Hit h, Mention m, List<Mention> ms) {
    Mention head = m;
    for (int i = ms.size() - 1; i >= 0; i--) {
      Mention p = ms.get(i);
      if (p.kind().equals("place") && p.end() <= head.start() && coordinated(s, p, head)) {
        head = p; // "towards Erbil and Sulaimaniya": Sulaimaniya goes where Erbil does
      }
    }
    if (!DestinationFinder.behindPreposition(s, head)) {
      return false;
    }
    org.sitrep.text.ScanPattern.Finder f =
        DestinationFinder.MOVE_SCAN.opaqueMatcher(s.text, 0, head.start() - s.start);
    int last = -1;
    while (f.find()) {
      last = s.start + f.start();
    }
    // a movement told after the deed: one told before it may be how the deed came about ("upon
    // their arrival in the Afrin region, they were shelled"; "advanced towards Tafas, where …")
    return last >= h.end();
  }

  /* A place before the trigger with a clause break between: "وسط مدينة درعا، كما ستدخل". */
  private static boolean otherClause(Sent s, Mention m, Hit h) {
    if (m.end() > h.start()) {
      return false;
    }
    String between = s.text.substring(m.end() - s.start, h.start() - s.start);
    return between.indexOf('،') >= 0 || between.indexOf(',') >= 0 || between.indexOf(';') >= 0;
  }

  private static int distance(Mention m, Hit h) {
    return m.start() >= h.end() ? m.start() - h.end() : h.start() - m.end();
  }

  private static boolean inClaimant(List<Said> said, Mention m) {
    for (Said c : said) {
      if (c.start() < m.end() && m.start() < c.end()
          || c.person() != null && c.person().start() < m.end() && m.start() < c.person().end()) {
        return true;
      }
    }
    return false;
  }
}
