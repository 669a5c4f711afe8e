package org.sitrep.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.text.DataFiles;

/**
 * States as actors, and their forces and agencies named by a nationality word.
 *
 * <p>Every country with a nationality word ({@code demonyms.tsv}) or a row in {@code states.tsv}
 * becomes a state actor (kind state, sector GOV, code ISO alpha-3) named by the JDK's English and
 * Arabic country names and the short forms of {@code states.tsv}; a catalogue actor of the
 * country that already stands for the state (kind state, or the "Syrian government") keeps its
 * id and gains the names. A nationality word before a force or agency noun ("Egyptian troops",
 * "Pakistani police", "Jordanian officials") and an Arabic noun followed by the nisba adjective
 * ("الشرطة المصرية", "الجيش الإيراني", "القوات التركية") name the state's forces: the catalogue's
 * forces actor of the country when it has one (turkish-military), else the state itself with the
 * noun's sector (MIL, COP or GOV), which {@link Knowledge#actor} returns under the id
 * {@code state|SECTOR}.
 */
final class StateActors {
  /** What is built: actors to add or replace, sector variants, names to index. */
  record Built(List<Actor> actors, Map<String, Actor> variants, List<String[]> actorNames,
      List<String[]> placeNames) {}

  /* English force and agency nouns after a nationality word, with their sector. */
  private static final String[][] EN_NOUNS = {
      {"MIL", "troops|forces|army|military|soldiers|warplanes|jets|fighter jets|aircraft|"
          + "air force|drones|navy|armed forces|artillery|defence ministry|defense ministry|"
          + "military aircraft|war planes|naval forces|ground forces|special forces|"
          // one of them ("A Turkish drone struck a car"), and the navy's and the air arm's craft
          + "soldier|warplane|jet|fighter jet|drone|war plane|warship|warships|helicopter|"
          + "helicopters|gunship|gunships|navy ship|navy ships|patrol boat|patrol boats"},
      {"COP", "police|security forces|police forces|riot police|security services"},
      {"GOV", "officials|government|authorities|diplomats|foreign ministry|president|"
          + "prime minister|foreign minister|embassy|ambassador|delegation|leaders|leader|"
          + "ministry of foreign affairs|interior ministry|envoy"}};
  /*
   * Arabic nouns before a nisba adjective: sector, and how the adjective agrees (m masculine
   * singular, f feminine singular, p human plural). Written without the article: a name's key
   * drops it, so "الجيش المصري" and "جيش مصري" both match.
   */
  private static final String[][] AR_NOUNS = {
      {"MIL", "m", "جيش|طيران|طيران حربي|سلاح الجو|وزير الدفاع|زورق|زورق حربي"},
      {"MIL", "f", "قوات|قوات مسلحة|طائرات|طائرة|مقاتلات|طائرات حربية|طائرات مسيرة|"
          + "طائرة مسيرة|مسيرات|بحرية|وزارة الدفاع|دفاع|قوة جوية|مدفعية|"
          // the craft of a state's forces ("مقاتلة تركية", "سفن حربية أمريكية", "مروحية روسية")
          + "مقاتلة|طائرة حربية|مروحية|مروحيات|سفن حربية|سفينة حربية|بارجة|بوارج|زوارق"},
      {"MIL", "p", "جنود|عسكريين|عسكريون"},
      {"COP", "f", "شرطة|قوات أمن|قوات الأمن|أجهزة أمنية|سلطات أمنية"},
      {"COP", "m", "أمن"},
      {"GOV", "f", "حكومة|سلطات|خارجية|وزارة الخارجية|رئاسة|سفارة|دبلوماسية"},
      {"GOV", "m", "رئيس|جانب|سفير|وفد|نظام|وزير الخارجية|وزير الداخلية|رئيس الوزراء|ملك|عاهل"},
      {"GOV", "p", "مسؤولين|مسؤولون|دبلوماسيين|دبلوماسيون"}};

  private StateActors() {}

  /**
   * Builds the state actors and national force names, given the catalogue so far and the
   * nationality words (word to place id "country:CC").
   */
  static Built build(Map<String, Actor> catalogue, Map<String, String> demonyms,
      Set<String> countryPlaces) {
    Map<String, List<String>> words = new HashMap<>();
    for (Map.Entry<String, String> d : demonyms.entrySet()) {
      words.computeIfAbsent(d.getValue().substring("country:".length()), k -> new ArrayList<>())
          .add(d.getKey());
    }
    words.values().forEach(l -> l.sort(null));
    Map<String, String> demonymKeys = new HashMap<>(); // a nationality word's key -> its country
    for (Map.Entry<String, List<String>> w : words.entrySet()) {
      for (String d : w.getValue()) {
        demonymKeys.put(org.sitrep.text.NameKeys.key(d.toLowerCase(Locale.ROOT)), w.getKey());
      }
    }
    Map<String, String[]> rows = new LinkedHashMap<>();
    Set<String> noForces = new HashSet<>();
    for (String[] r : DataFiles.readTsv(Knowledge.class, "states.tsv")) {
      if (r[0].strip().equals("-")) {
        noForces.addAll(List.of(col(r, 2).split("\\|")));
      } else {
        rows.put(r[0].strip(), r);
      }
    }
    Map<String, List<Actor>> byCountry = new HashMap<>();
    for (Actor a : catalogue.values()) {
      byCountry.computeIfAbsent(a.country(), c -> new ArrayList<>()).add(a);
    }
    Locale ar = Locale.forLanguageTag("ar");
    List<Actor> out = new ArrayList<>();
    Map<String, Actor> variants = new LinkedHashMap<>();
    List<String[]> names = new ArrayList<>();
    List<String[]> placeNames = new ArrayList<>();
    Set<String> ids = new HashSet<>(catalogue.keySet());
    for (String cc : Locale.getISOCountries()) {
      String[] row = rows.get(cc);
      List<String> demonymsOf = words.getOrDefault(cc, List.of());
      if (row == null && demonymsOf.isEmpty()) {
        continue; // a territory, not a state ("Guam", "Bermuda")
      }
      Locale l = new Locale.Builder().setRegion(cc).build();
      String en = l.getDisplayCountry(Locale.ENGLISH);
      String arabic = l.getDisplayCountry(ar);
      Set<String> own = new LinkedHashSet<>();
      own.add(en);
      if (en.contains(" & ")) {
        own.add(en.replace(" & ", " and "));
      }
      if (!arabic.isBlank() && !arabic.equals(en) && arabic.indexOf('(') < 0) {
        own.add(arabic);
      }
      if (row != null) {
        for (String n : col(row, 2).split("\\|")) {
          if (!n.isBlank()) {
            own.add(n.strip());
            if (countryPlaces.contains("country:" + cc)) {
              placeNames.add(new String[] {n.strip(), "country:" + cc});
            }
          }
        }
      }
      String given = row != null ? col(row, 1) : "";
      Actor state = catalogue.containsKey(given) ? catalogue.get(given)
          : existingState(byCountry.getOrDefault(cc, List.of()), cc, demonymsOf);
      String id;
      if (state != null) {
        id = state.id();
        List<String> merged = new ArrayList<>(state.names());
        for (String n : own) {
          if (!merged.contains(n)) {
            merged.add(n);
            names.add(new String[] {n, id});
          }
        }
        out.add(new Actor(id, state.name(), state.kind(), state.code(), state.sector(),
            state.country(), state.memberOf(), merged));
      } else {
        id = !given.isEmpty() ? given : slug(en);
        if (ids.contains(id)) {
          id = id + "-" + cc.toLowerCase(Locale.ROOT);
        }
        state = new Actor(id, en, "state", l.getISO3Country(), "GOV", cc, "",
            List.copyOf(own));
        out.add(state);
        for (String n : own) {
          names.add(new String[] {n, id});
        }
      }
      ids.add(id);
      // the state's forces and agencies: the catalogue's own actor for them, else the state
      Map<String, String> bySector = new HashMap<>();
      for (String s : new String[] {"MIL", "COP", "GOV"}) {
        Actor forces = s.equals("GOV") ? null
            : forcesOf(byCountry.getOrDefault(cc, List.of()), cc, demonymsOf, s);
        String target = forces != null ? forces.id() : s.equals("GOV") ? id : id + "|" + s;
        bySector.put(s, target);
        if (forces == null && !s.equals("GOV")) {
          variants.put(target, new Actor(id, state.name(), s.equals("MIL") ? "military"
              : "police", state.code(), s, cc, id, List.of()));
        }
      }
      for (String word : demonymsOf) {
        if (noForces.contains(word)) {
          continue;
        }
        for (String[] nouns : EN_NOUNS) {
          for (String noun : nouns[1].split("\\|")) {
            names.add(new String[] {word + " " + noun, bySector.get(nouns[0])});
          }
        }
      }
      List<String> nisbas = nisbas(cc, row, arabic);
      people(cc, id, en, demonymsOf, noForces, nisbas, demonymKeys, out, names);
      for (String nisba : nisbas) {
        for (String[] nouns : AR_NOUNS) {
          String adjective = switch (nouns[1]) {
            case "f" -> nisba + "ة";
            case "p" -> nisba + "ين|" + nisba + "ون";
            default -> nisba;
          };
          for (String noun : nouns[2].split("\\|")) {
            for (String adj : adjective.split("\\|")) {
              names.add(new String[] {noun + " " + adj, bySector.get(nouns[0])});
            }
          }
        }
      }
    }
    return new Built(out, variants, names, placeNames);
  }

  /* The end of a people's id after its state's ("palestine-people"). */
  static final String PEOPLE = "-people";

  /*
   * Nationality words whose plural alone names the people ("Syrians", "Yemenis"): the region's,
   * whose news speaks of its people so; not where it means the state's men ("the Saudis", "the
   * Russians"), nor words whose letters a common word shares (a name's key is its consonants:
   * "Tunisians" and "tensions").
   */
  private static final Set<String> PLURALS = Set.of("Syrian", "Iraqi", "Yemeni", "Palestinian",
      "Israeli", "Libyan", "Afghan", "Somali", "Egyptian", "Jordanian", "Kuwaiti", "Qatari",
      "Emirati", "Bahraini", "Algerian", "Moroccan", "Pakistani", "Ukrainian");

  /* English nouns of a country's people after its nationality word ("Palestinian civilians"). */
  private static final String[] EN_PEOPLE = {"people", "civilians", "residents", "citizens",
      "nationals"};
  /* Arabic nouns before the nisba: singular ("الشعب اليمني"), human plural ("مدنيين فلسطينيين"). */
  private static final String[] AR_PEOPLE_M = {"شعب"};
  private static final String[] AR_PEOPLE_P = {"مدنيين", "مدنيون", "مواطنين", "مواطنون"};

  /*
   * s45: a country's people as an actor of their own, kind population and code CVL ("Yemenis",
   * "the Yemeni people", "Palestinian civilians", "الليبيين", "الشعب اليمني", "ثلاثة فلسطينيين"):
   * whom an appeal is made to or a deed of force done to, no party of the country's state (its id
   * is the state's with "-people"). A nationality word's plural in -s is read for the region's
   * peoples only ({@code PLURALS}; not "the Lebanese", also the adjective).
   */
  private static void people(String cc, String stateId, String en, List<String> demonyms,
      Set<String> noForces, List<String> nisbas, Map<String, String> demonymKeys,
      List<Actor> out, List<String[]> names) {
    String id = stateId + PEOPLE;
    Set<String> own = new LinkedHashSet<>();
    for (String word : demonyms) {
      if (noForces.contains(word)) {
        continue;
      }
      String plural = word + "s";
      String other = demonymKeys.get(org.sitrep.text.NameKeys.key(plural.toLowerCase(Locale.ROOT)));
      if (PLURALS.contains(word) && (other == null || other.equals(cc))) {
        // not where its letters match another nationality's word ("Libyans", "Lebanese")
        own.add(plural);
      }
      for (String noun : EN_PEOPLE) {
        own.add(word + " " + noun);
      }
    }
    for (String nisba : nisbas) {
      own.add(nisba + "ين");
      own.add(nisba + "ون");
      for (String noun : AR_PEOPLE_M) {
        own.add(noun + " " + nisba);
      }
      for (String noun : AR_PEOPLE_P) {
        own.add(noun + " " + nisba + "ين");
        own.add(noun + " " + nisba + "ون");
      }
    }
    if (own.isEmpty()) {
      return;
    }
    out.add(new Actor(id, en + " people", "population", "CVL", "CVL", cc, "", List.copyOf(own)));
    for (String n : own) {
      names.add(new String[] {n, id});
    }
  }

  /* A catalogue actor that stands for the state: kind state, or "<Demonym> government". */
  private static Actor existingState(List<Actor> catalogue, String cc, List<String> demonyms) {
    Actor government = null;
    for (Actor a : catalogue) {
      if (!cc.equals(a.country())) {
        continue;
      }
      if (a.kind().equals("state")) {
        return a;
      }
      if (government == null && a.kind().equals("government") && a.memberOf().isEmpty()
          && named(a, demonyms, "government")) {
        government = a;
      }
    }
    return government;
  }

  /* The catalogue's army or police of a country: "<Demonym> army|forces|military|troops". */
  private static Actor forcesOf(List<Actor> catalogue, String cc, List<String> demonyms,
      String sector) {
    for (Actor a : catalogue) {
      if (!cc.equals(a.country())) {
        continue;
      }
      if (sector.equals("MIL") && a.kind().equals("military")
          && named(a, demonyms, "army", "forces", "military", "troops")) {
        return a;
      }
      if (sector.equals("COP") && a.kind().equals("police") && named(a, demonyms, "police")) {
        return a;
      }
    }
    return null;
  }

  private static boolean named(Actor a, List<String> demonyms, String... nouns) {
    for (String n : a.names()) {
      for (String d : demonyms) {
        for (String noun : nouns) {
          if (n.equalsIgnoreCase(d + " " + noun)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The Arabic nisba adjectives (masculine, without article) of a country: the row's, else
   * derived from its Arabic name ("تركيا" -> "تركي", "أمريكا" -> "أمريكي", "إيران" -> "إيراني",
   * "مصر" -> "مصري"); none for a name of several words.
   */
  static List<String> nisbas(String cc, String[] row, String arabicName) {
    if (row != null && !col(row, 3).isEmpty()) {
      return List.of(col(row, 3).split("\\|"));
    }
    String n = arabicName.strip();
    if (n.isEmpty() || n.indexOf(' ') >= 0 || n.indexOf('(') >= 0 || cc.equals("ML")) {
      return List.of(); // several words; Mali's "مالي" is also "financial"
    }
    return List.of(nisba(n));
  }

  /** The nisba adjective of a one-word Arabic country name, by the regular rules. */
  static String nisba(String name) {
    String n = name.replaceAll("[\\u064B-\\u0652]", "");
    if (n.startsWith("ال") && n.length() > 4) {
      n = n.substring(2);
    }
    if (n.endsWith("يا")) {
      return n.substring(0, n.length() - 1);
    }
    if (n.endsWith("ا")) {
      return n.substring(0, n.length() - 1) + "ي";
    }
    if (n.endsWith("ي")) {
      return n;
    }
    return n + "ي";
  }

  private static String col(String[] r, int i) {
    return i < r.length ? r[i].strip() : "";
  }

  /** A lower-case slug of an English name: "Saudi Arabia" -> "saudi-arabia". */
  static String slug(String s) {
    String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    return t.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
