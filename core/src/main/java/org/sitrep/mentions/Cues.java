package org.sitrep.mentions;

import java.util.Locale;
import java.util.Set;
import org.sitrep.text.Tokens;
import org.sitrep.text.WordTable;

/**
 * The words around a name that say what it is: a place cue before it ("in", "في"), a place noun
 * after it ("Idlib province"), the word of a military operation, a direction. Each test looks a
 * token up by its characters, without making a String of it, as the finder asks for every name
 * it meets.
 */
final class Cues {
  private Cues() {}

  /** Bits of {@link #of}: the word makes the name after it a place for the resolver's vote. */
  static final int LOCATIVE = 1;
  /** Bits of {@link #of}: the word makes the name after it a place rather than an actor. */
  static final int PLACE_CUE = 2;
  /**
   * A local head noun after a one-word name ({@link #localHead}): the place's own name counts
   * without a cue before it, but votes no more than a bare name.
   */
  static final int LOCAL = 8;
  /** {@link #of} for "in". */
  static final int IN = LOCATIVE | PLACE_CUE;
  /** {@link #of} for "of" (a place cue only after a place noun: "the city of Douma"). */
  static final int OF = LOCATIVE | PLACE_CUE | 4;

  private static final Set<String> LOCATIVE_WORDS = Set.of("in", "at", "from", "to", "near",
      "towards", "toward", "into", "outside", "around", "across", "inside", "of", "off", "via",
      "through", "along", "beyond", "في", "إلى",
      "الى", "من", "قرب", "نحو", "باتجاه", "داخل", "مدينة", "بلدة", "قرية", "منطقة", "ريف", "حي",
      "مخيم", "محافظة", "ناحية", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي");
  /** Words before a name that make it a place rather than the actor of the same name. */
  private static final Set<String> PLACE_CUE_WORDS = Set.of("in", "at", "from", "near",
      "towards", "toward", "into", "outside", "around", "inside", "في", "إلى", "الى", "قرب", "نحو",
      "باتجاه", "داخل", "across", "throughout", "of", "northern", "southern", "eastern",
      "western", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
      "north-western", "south-eastern", "south-western", "central", "شمال", "جنوب", "شرق", "غرب",
      "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "ريف", "مدينة", "منطقة", "حدود", "أنحاء", "انحاء");
  /** Nouns after which "of" introduces a place: "the city of Douma", "outskirts of Idlib". */
  private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "villages",
      "towns", "province", "governorate", "district", "region", "area", "areas", "outskirts",
      "countryside", "suburb", "suburbs", "neighborhood", "neighbourhood", "camp", "port",
      "capital", "west", "east", "north", "south", "northwest", "northeast", "southwest",
      "southeast", "parts", "part", "center", "centre", "heart", "entrance", "edge", "vicinity",
      "outside", "municipality", "county", "state", "island", "valley", "control", "siege",
      "battle", "fall", "capture", "liberation", "residents", "people", "governor", "mayor",
      "streets", "airport", "gate", "gates", "coast", "coasts", "shores", "border", "borders");
  /** Nouns after a name that make it a place: "Hodeida city", "Idlib province". */
  private static final Set<String> PLACE_AFTER = Set.of("city", "province", "governorate",
      "countryside", "airport");
  /**
   * Nouns after a one-word name that make it a place when it names one, as local news writes:
   * "a Gainesville man", "DeKalb residents", "Grand Ledge Police", "the Logan area". Weaker than
   * "in": they do not turn a name of an actor into a place ("Damascus officials").
   */
  private static final Set<String> LOCAL_HEADS = Set.of("man", "woman", "men", "women", "boy",
      "girl", "teen", "teens", "teenager", "resident", "residents", "native", "natives", "police",
      "officials", "area", "neighborhood", "neighbourhood", "schools", "homeowners", "voters",
      "Police", "Sheriff", "Fire", "Schools", "Mayor");
  /** Capitalized nouns that follow a place's name in the name of a place or a body of it. */
  private static final Set<String> PLACE_NOUNS_AFTER = Set.of("City", "Province", "Governorate",
      "County", "District", "Airport", "Region", "Valley", "River", "Countryside", "Camp",
      "Crossing", "Square", "Street", "Road", "Bridge", "Port", "Harbour", "Harbor", "Island",
      "Islands", "Lake", "Mountains", "Desert", "Plain", "Dam", "Base", "Gate", "Township",
      "Parish", "Borough", "Municipality", "State", "Old");
  /** Words that name a military operation before its name. */
  /**
   * Heads of the names of bodies and buildings named after their place: "Dublin Arts Council",
   * "Paris High School", "Vancouver International Airport" (the place is a toponym there).
   */
  private static final Set<String> INSTITUTIONS = Set.of("Council", "Court", "Police",
      "Board", "Commission", "University", "College", "School", "Schools", "Hospital", "Library",
      "Museum", "Department", "Airport", "Center", "Centre", "Chamber", "Authority", "Committee",
      "Association", "Church", "Cathedral", "Zoo", "Stadium", "Station", "Fire", "Sheriff",
      "Prison", "Jail", "Courthouse", "Mall", "Park");
  /** Lower-case particles inside place names: "Dar es Salaam", "Rio de Janeiro". */
  private static final Set<String> PARTICLES = Set.of("es", "de", "del", "della", "di", "da",
      "do", "dos", "das", "du", "des", "la", "le", "les", "los", "of", "and", "upon", "on", "sur",
      "en", "am", "im", "an", "der", "den", "y");
  private static final Set<String> OPERATION = Set.of("Operation", "Operations", "Op");
  /** Words of direction that begin place names ("South Charleston", "West Bank"). */
  private static final Set<String> DIRECTIONS = Set.of("North", "South", "East", "West",
      "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "New", "Old",
      "Greater", "Rural", "Port", "Fort", "Mount", "Lake", "Saint", "St", "San", "Santa");

  /* The cue words (lower case) with their bits; the place nouns (lower case). */
  private static final WordTable CUE_TABLE = new WordTable();
  private static final int[] CUE_BITS;
  private static final WordTable PLACE_NOUN_TABLE = table(PLACE_NOUNS);
  private static final WordTable PLACE_AFTER_TABLE = table(PLACE_AFTER);
  private static final WordTable PLACE_NOUNS_AFTER_TABLE = table(PLACE_NOUNS_AFTER);
  private static final WordTable INSTITUTION_TABLE = table(INSTITUTIONS);
  private static final WordTable LOCAL_HEAD_TABLE = table(LOCAL_HEADS);
  private static final WordTable PARTICLE_TABLE = table(PARTICLES);
  private static final WordTable OPERATION_TABLE = table(OPERATION);
  private static final WordTable DIRECTION_TABLE = table(DIRECTIONS);

  static {
    java.util.Map<String, Integer> bits = new java.util.TreeMap<>();
    for (String w : LOCATIVE_WORDS) {
      bits.merge(w, LOCATIVE, (a, b) -> a | b);
    }
    for (String w : PLACE_CUE_WORDS) {
      bits.merge(w, PLACE_CUE, (a, b) -> a | b);
    }
    bits.merge("of", OF, (a, b) -> a | b);
    for (String[] r : org.sitrep.text.DataFiles.readTsv(Cues.class, "place-cues-ar.tsv")) {
      bits.merge(r[0].strip(), LOCATIVE | PLACE_CUE, (a, b) -> a | b);
    }
    CUE_BITS = new int[bits.size()];
    for (java.util.Map.Entry<String, Integer> e : bits.entrySet()) {
      CUE_BITS[CUE_TABLE.add(e.getKey())] = e.getValue();
    }
  }

  private static WordTable table(Set<String> words) {
    WordTable t = new WordTable();
    for (String w : new java.util.TreeSet<>(words)) {
      t.add(w);
    }
    return t;
  }

  /** The cue bits of token {@code k} in lower case ({@link #LOCATIVE}, {@link #PLACE_CUE}). */
  static int of(Tokens t, int k) {
    String text = t.text();
    int s = t.start(k);
    int e = t.end(k);
    int id;
    if (plain(text, s, e)) {
      id = CUE_TABLE.id(text, s, e, true);
    } else {
      String w = lower(text, s, e);
      id = CUE_TABLE.id(w, 0, w.length(), false);
    }
    return id < 0 ? 0 : CUE_BITS[id];
  }

  /** True when token {@code k} in lower case is a place noun ("city" of "the city of Douma"). */
  static boolean placeNoun(Tokens t, int k) {
    String text = t.text();
    int s = t.start(k);
    int e = t.end(k);
    return plain(text, s, e) ? PLACE_NOUN_TABLE.id(text, s, e, true) >= 0
        : PLACE_NOUNS.contains(lower(text, s, e));
  }

  /** True when token {@code k}, as written, makes the name before it a place ("province"). */
  static boolean placeAfter(Tokens t, int k) {
    return PLACE_AFTER_TABLE.id(t.text(), t.start(k), t.end(k), false) >= 0;
  }

  /** True when token {@code k}, as written, is a local head noun ("man", "residents", "Police"). */
  static boolean localHead(Tokens t, int k) {
    return LOCAL_HEAD_TABLE.id(t.text(), t.start(k), t.end(k), false) >= 0;
  }

  /** True when token {@code k}, as written, is a capitalized place noun ("County", "River"). */
  static boolean placeNounAfter(Tokens t, int k) {
    return PLACE_NOUNS_AFTER_TABLE.id(t.text(), t.start(k), t.end(k), false) >= 0;
  }

  /**
   * True when the capitalized words from token {@code k} on (at most four, one space apart) end
   * in the head of a body's or building's name: "Arts Council" in "Dublin Arts Council".
   */
  static boolean institutionAhead(Tokens t, int k) {
    String text = t.text();
    for (int j = k; j < k + 4 && j < t.size() && t.capitalized(j); j++) {
      if (j > k && !(t.start(j) - t.end(j - 1) == 1 && text.charAt(t.end(j - 1)) == ' ')) {
        return false;
      }
      if (INSTITUTION_TABLE.id(text, t.start(j), t.end(j), false) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** True when token {@code k}, as written, is a lower-case particle of names ("es", "de"). */
  static boolean particle(Tokens t, int k) {
    return PARTICLE_TABLE.id(t.text(), t.start(k), t.end(k), false) >= 0;
  }

  /**
   * True when the all-capital token {@code k} opens a news dateline: at the start of the text,
   * a line or a sentence (or after a date's number), and followed, maybe after ", State", by a
   * dash, a colon or an agency's parenthesis: "MOSCOW — ", "BEIRUT: ", "SALINA, Kan. -- ".
   */
  static boolean dateline(Tokens t, int k) {
    return datelineAt(t.text(), t.start(k), t.end(k));
  }

  /** {@link #dateline(Tokens, int)} for the name {@code text[s, e)}. */
  static boolean datelineAt(String text, int s, int e) {
    int b = s - 1;
    while (b >= 0 && text.charAt(b) == ' ') {
      b--;
    }
    if (b >= 0) {
      char c = text.charAt(b);
      if (!(c == '\n' || (c == '.' || Character.isDigit(c)) && b < s - 1)) {
        return false;
      }
    }
    if (e < text.length() && text.charAt(e) == ',') { // "ISLAMABAD, Pakistan —"
      int lim = Math.min(text.length(), e + 24);
      int d = e + 1;
      while (d < lim && (Character.isLetter(text.charAt(d)) || text.charAt(d) == ' '
          || text.charAt(d) == '.')) {
        d++;
      }
      e = d;
    }
    while (e < text.length() && text.charAt(e) == ' ') {
      e++;
    }
    if (e >= text.length()) {
      return false;
    }
    char c = text.charAt(e);
    return c == '\u2014' || c == '\u2013' || c == '\u0097' || c == ':' || c == '('
        || c == '-' && e + 1 < text.length() && (text.charAt(e + 1) == ' '
        || text.charAt(e + 1) == '-');
  }

  /** True when token {@code k}, as written, names a military operation ("Operation"). */
  static boolean operation(Tokens t, int k) {
    return OPERATION_TABLE.id(t.text(), t.start(k), t.end(k), false) >= 0;
  }

  /** True when token {@code k}, as written, is a direction that begins names ("North"). */
  static boolean direction(Tokens t, int k) {
    return DIRECTION_TABLE.id(t.text(), t.start(k), t.end(k), false) >= 0;
  }

  /**
   * True when lower-casing {@code text[s, e)} letter by letter gives what
   * {@link String#toLowerCase(Locale)} gives: ASCII and Arabic letters (no special casing).
   */
  static boolean plain(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && !(c >= '\u0600' && c <= '\u06FF')) {
        return false;
      }
    }
    return true;
  }

  private static String lower(String text, int s, int e) {
    return text.substring(s, e).toLowerCase(Locale.ROOT);
  }
}
