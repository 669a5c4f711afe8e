package org.sitrep.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.sitrep.text.DataFiles;
import org.sitrep.text.WordTable;

/**
 * The gazetteer and the actor catalogue, loaded once and shared read-only by all workers.
 *
 * <p>Built-in data: {@code geonames-places.tsv.gz} and {@code geonames-admin1.tsv} (derived from
 * GeoNames, CC BY 4.0, by {@code tools/make_gazetteer.py}), {@code places-curated.tsv} (regions,
 * camps, crossings, bases), {@code places-region.tsv} and {@code places-region-aliases.tsv} (the
 * towns, districts and camps of the wars in Syria, Iraq, Yemen and Libya, and their spellings, by
 * {@code tools/make_region_places.py}), {@code places-world.tsv} (world regions, seas, islands, ranges),
 * countries (ISO codes with the JDK's English and Arabic names, centred
 * on their places), {@code actors.tsv}, {@code actors-derived.tsv} (derived from the Phoenix and
 * UniversalPetrarch actor dictionaries by {@code tools/make_actors.py}; the curated catalogue
 * wins), every state as an actor with its forces named by nationality ({@link StateActors},
 * {@code states.tsv}) and {@code descriptions.tsv}. Users add their own files
 * with {@link #load(Path)}: every {@code *.actors.tsv} and {@code *.places.tsv} in the folder, in
 * the format of the built-in {@code actors.tsv} and {@code places-curated.tsv}.
 */
public final class Knowledge {
  private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");
  private final Map<String, Place> places = new HashMap<>();
  private final Map<String, Actor> actors = new LinkedHashMap<>();
  /* A state's forces or agencies of a sector ("egypt|COP"): the state, with that sector. */
  private final Map<String, Actor> variants = new HashMap<>();
  private final Map<String, Description> descriptions = new HashMap<>();
  private final Map<String, String> admin1Names = new HashMap<>();
  /* Country code, "|" and a division's folded name (GeoNames' or Sitrep's) -> Sitrep's name. */
  private final Map<String, String> admin1ByKey = new HashMap<>();
  /* First-order divisions by country and name ("US|Kentucky"). */
  private final Map<String, Place> divisions = new HashMap<>();
  /* Capitals by their display name in lower case ("washington"). */
  private final Map<String, Place> capitals = new HashMap<>();
  /* Nationality words ("Iranian") to their country's place id ("country:IR"). */
  private final Map<String, String> demonyms = new HashMap<>();
  private final NameIndex index = new NameIndex();
  private final WordTable stopwords = new WordTable();
  /* The ids of the kinds of weapon among the agents ("agent:artillery"). */
  private final Set<String> weapons = new java.util.HashSet<>();
  /* Provinces named as their seat or a great city ({@link #namedAsSeat}). */
  private final Set<String> namedAsSeat = new java.util.HashSet<>();
  /* Outside the region, the great cities a province is named as, "CC|name" ({@link #namesProvince}). */
  private final Set<String> greatSeats = new java.util.HashSet<>();
  /* US counties by state and full name in lower case ("Georgia|jackson county"). */
  private final Map<String, Place> counties = new HashMap<>();
  /* Names read only after "Town, " ({@link #framedName}). */
  private final Set<String> framedNames = new java.util.HashSet<>();
  private final Map<String, List<String>> newsNames = new HashMap<>();

  private static volatile Knowledge defaults;
  private static final java.util.regex.Pattern LEADING_QUOTES =
      java.util.regex.Pattern.compile("^[`'’‘]+");
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

  private Knowledge() {}

  /** The built-in knowledge, loaded on first use. */
  public static Knowledge defaults() {
    Knowledge k = defaults;
    if (k == null) {
      synchronized (Knowledge.class) {
        k = defaults;
        if (k == null) {
          k = new Knowledge();
          k.loadBuiltIn();
          k.seal();
          defaults = k;
        }
      }
    }
    return k;
  }

  /**
   * The built-in knowledge plus the user's files in {@code dir}.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed row
   */
  public static Knowledge load(Path dir) throws IOException {
    Knowledge k = new Knowledge();
    k.loadBuiltIn();
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--knowledge: not a folder: " + dir);
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        String n = f.getFileName().toString();
        if (n.endsWith(".actors.tsv")) {
          k.actors(readRows(f), n);
        } else if (n.endsWith(".places.tsv")) {
          k.curated(readRows(f), n);
        }
      }
    }
    k.seal();
    return k;
  }

  private static List<String[]> readRows(Path f) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }

  private void loadBuiltIn() {
    for (String[] r : DataFiles.readTsv(Knowledge.class, "geonames-admin1.tsv")) {
      admin1Names.put(r[0], r[1]);
    }
    Map<String, String> geonamesNames = new HashMap<>(admin1Names);
    for (String[] r : DataFiles.readTsv(Knowledge.class, "admin1-names.tsv")) {
      admin1Names.put(r[0].strip(), r[1].strip());
    }
    for (Map.Entry<String, String> e : admin1Names.entrySet()) {
      String cc = e.getKey().substring(0, Math.min(2, e.getKey().length()));
      admin1ByKey.put(cc + "|" + divisionKey(geonamesNames.get(e.getKey())), e.getValue());
      admin1ByKey.put(cc + "|" + divisionKey(e.getValue()), e.getValue());
    }
    geonames();
    List<String[]> curatedRows = DataFiles.readTsv(Knowledge.class, "places-curated.tsv");
    List<String[]> worldRows = DataFiles.readTsv(Knowledge.class, "places-world.tsv");
    admin1Areas(curatedDivisions(curatedRows), worldNames(worldRows));
    counties();
    aliases("places-aliases.tsv", false);
    aliases("places-region-aliases.tsv", false);
    aliases("places-abbreviations-framed.tsv", true);
    countries();
    demonyms();
    curated(curatedRows, "places-curated.tsv");
    curated(DataFiles.readTsv(Knowledge.class, "places-region.tsv"), "places-region.tsv");
    curated(worldRows, "places-world.tsv");
    actors(DataFiles.readTsv(Knowledge.class, "actors.tsv"), "actors.tsv");
    derivedActors();
    states();
    for (String[] r : DataFiles.readTsv(Knowledge.class, "descriptions.tsv")) {
      Description d = new Description(r[0].strip(), Set.of(r[1].split("\\|")),
          col(r, 2), col(r, 3), col(r, 4), col(r, 2));
      descriptions.put(d.phrase(), d);
      index.add(d.phrase(), NameIndex.Kind.DESCRIPTION, d.phrase());
    }
    for (String[] r : DataFiles.readTsv(Knowledge.class, "agents.tsv")) {
      // phrase, key, code, sector, kind: a kind of actor, never an earlier one referred back to
      String phrase = r[0].strip();
      if (phrase.isEmpty() || descriptions.containsKey(phrase)) {
        continue;
      }
      Description d = new Description(phrase, Set.of("agent", col(r, 4)), col(r, 3), "",
          "agent:" + col(r, 1), col(r, 2));
      descriptions.put(phrase, d);
      index.add(phrase, NameIndex.Kind.DESCRIPTION, phrase);
      if (col(r, 4).equals("weapon")) {
        weapons.add(d.fallback());
      }
    }
    for (String[] r : DataFiles.readTsv(Knowledge.class, "stopwords.tsv")) {
      stopwords.add(r[0].strip().toLowerCase(Locale.ROOT));
    }
  }

  /*
   * More names for places already loaded: "geonames:ID" (or another id) and names, | separated,
   * counted as the place's own names; {@code framed} for names read only after "Town, "
   * ({@link #framedName}).
   */
  private void aliases(String file, boolean framed) {
    for (String[] r : DataFiles.readTsv(Knowledge.class, file)) {
      String id = r[0].strip();
      if (!places.containsKey(id)) {
        throw new IllegalStateException(file + ": unknown place " + id);
      }
      for (String n : r[1].split("\\|")) {
        if (!n.isBlank()) {
          index.add(n.strip(), NameIndex.Kind.PLACE, id, true, places.get(id));
          if (!framed) {
            newsNames.computeIfAbsent(id, k -> new ArrayList<>(4)).add(n.strip());
          }
          if (framed) {
            framedNames.add(n.strip());
          }
        }
      }
    }
  }

  /**
   * The names the news writes for a place that our alias lists add to GeoNames' own
   * ({@code places-aliases.tsv}, {@code places-region-aliases.tsv}: "Qamishli" for Al Qamishli);
   * empty for most places.
   */
  public List<String> newsNames(String placeId) {
    return newsNames.getOrDefault(placeId, List.of());
  }

  /**
   * True for a place's name read only right after a capitalized name and a comma ("Columbia,
   * S.C."): a state's abbreviation whose letters also spell initials or a word ("Pa.", "Mass.").
   */
  public boolean framedName(String name) {
    return framedNames.contains(name);
  }

  private static String col(String[] r, int i) {
    return i < r.length ? r[i].strip() : "";
  }

  /* One gazetteer row, parsed and its names prepared, ready to go into the index. */
  private record Row(Place place, List<NameIndex.Prepared> names, List<Boolean> primary) {}

  /** The end of the rows (a marker object, compared by identity). */
  private static final List<Row> END = new ArrayList<>();

  /**
   * Loads the GeoNames extract. A reader thread decompresses and parses the rows and prepares
   * their names (keys and spelling forms), batch by batch, while this thread puts them into the
   * index: loading takes about half the time it would on one core.
   */
  private void geonames() {
    java.util.concurrent.BlockingQueue<List<Row>> queue =
        new java.util.concurrent.ArrayBlockingQueue<>(64);
    java.util.concurrent.atomic.AtomicReference<Throwable> failure =
        new java.util.concurrent.atomic.AtomicReference<>();
    Thread reader = new Thread(() -> {
      try {
        readGeonames(queue);
      } catch (Throwable t) {
        failure.set(t);
      } finally {
        try {
          queue.put(END);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }, "sitrep-gazetteer-reader");
    reader.setDaemon(true);
    reader.start();
    try {
      for (List<Row> batch = queue.take(); batch != END; batch = queue.take()) {
        for (Row row : batch) {
          Place p = row.place();
          places.put(p.id(), p);
          if (p.feature().equals("capital")) {
            capitals.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p);
            for (NameIndex.Prepared x : row.names()) {
              String n = x.name();
              if (!n.isEmpty() && n.charAt(0) >= '\u0621' && n.charAt(0) <= '\u064A') {
                capitals.putIfAbsent(n, p); // "دمشق", "بغداد": the seat named in Arabic
              }
            }
          }
          for (int i = 0; i < row.names().size(); i++) {
            index.add(row.names().get(i), NameIndex.Kind.PLACE, p.id(), row.primary().get(i), p);
          }
        }
      }
    } catch (InterruptedException e) {
      reader.interrupt();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the gazetteer", e);
    }
    Throwable t = failure.get();
    if (t instanceof IOException io) {
      throw new UncheckedIOException("cannot read the gazetteer", io);
    } else if (t instanceof RuntimeException re) {
      throw re;
    } else if (t != null) {
      throw new IllegalStateException("cannot read the gazetteer", t);
    }
  }

  private void readGeonames(java.util.concurrent.BlockingQueue<List<Row>> queue)
      throws IOException, InterruptedException {
    try (InputStream raw = Knowledge.class.getResourceAsStream("geonames-places.tsv.gz")) {
      if (raw == null) {
        throw new IllegalStateException("missing resource geonames-places.tsv.gz");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
          StandardCharsets.UTF_8), 1 << 16);
      String line;
      List<Row> batch = new ArrayList<>(256);
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        String cc = c[5];
        String a1 = admin1Names.getOrDefault(cc + "." + c[6], "");
        long pop = c[7].isEmpty() ? 0 : Long.parseLong(c[7]);
        // a minor place (a town under 15,000 people outside the region) is a "village": the
        // resolver takes one only where another place of the document lies near
        String feature = c.length > 9 && c[9].equals("1") ? "village" : feature(c[4], pop);
        // the display name without diacritics ("Duma", not "Dūmā"), as news writes it
        String display = ascii(c[1]);
        if (!display.isEmpty() && "`'’‘".indexOf(display.charAt(0)) >= 0) {
          display = LEADING_QUOTES.matcher(display).replaceFirst("");
        }
        display = display.replace('`', '\'');
        Place p = new Place("geonames:" + c[0], display, Double.parseDouble(c[2]),
            Double.parseDouble(c[3]), cc, a1, feature, pop, radius(feature, pop), false);
        String[] names = c[8].split("\\|");
        String asciiName = ascii(names[0]);
        List<NameIndex.Prepared> prepared = new ArrayList<>(names.length);
        List<Boolean> primary = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
          String n = names[i];
          if (usableName(n)) {
            // GeoNames' name and its ASCII form are primary; the rest are alternate names
            prepared.add(NameIndex.prepare(n));
            primary.add(i == 0 || n.equals(asciiName));
          }
        }
        batch.add(new Row(p, prepared, primary));
        if (batch.size() == 256) {
          queue.put(batch);
          batch = new ArrayList<>(256);
        }
      }
      queue.put(batch);
    }
  }

  /** GeoNames' lower-case romanization keys ("dwma") and one-letter names are not names. */
  private static boolean usableName(String n) {
    if (n.length() < 3) {
      return false;
    }
    if (n.length() <= 4 && n.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return false; // airport and other codes ("GNA") are not names
    }
    if (n.startsWith("مدينة ") || n.startsWith("محافظة ")) {
      // "مدينة زنجبار" (Zanzibar City): the word is the cue before a name, read as such, and
      // the name after it may be another place's ("مدينة زنجبار" in Abyan is Zinjibar, Yemen)
      return false;
    }
    boolean upper = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isUpperCase(c) || (c >= '\u0600' && c <= '\u06FF')) {
        upper = true;
        break;
      }
    }
    return upper;
  }

  private static String ascii(String s) {
    boolean plain = true;
    for (int i = 0; i < s.length() && plain; i++) {
      plain = s.charAt(i) < 0x80;
    }
    if (plain) {
      return s;
    }
    return MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD))
        .replaceAll("").replace('‘', '`').replace('’', '\'');
  }

  private static String feature(String code, long pop) {
    return switch (code) {
      case "PPLC" -> "capital";
      case "PPLA" -> "city";
      default -> pop >= 100_000 ? "city" : "town";
    };
  }

  private static double radius(String feature, long pop) {
    if (pop >= 1_000_000) {
      return 20;
    }
    if (pop >= 100_000) {
      return 10;
    }
    return 5;
  }

  /* The region the news here is about (the Middle East and North Africa, Afghanistan). */
  private static final Set<String> REGION = Set.of("SY", "IQ", "LB", "JO", "IL", "PS", "TR",
      "IR", "SA", "YE", "EG", "LY", "TN", "DZ", "MA", "SD", "AF", "KW", "AE", "QA", "BH", "OM");

  /**
   * True for a country of the region this product reads about (the Middle East and North
   * Africa): its names are transliterated from Arabic in many spellings.
   */
  public static boolean inRegion(String countryCode) {
    if (countryCode != null && countryCode.length() == 2) {
      int a = countryCode.charAt(0) - 'A';
      int b = countryCode.charAt(1) - 'A';
      if (a >= 0 && a < 26 && b >= 0 && b < 26) {
        return REGION_CODES[a * 26 + b]; // asked for every candidate place: no hashing
      }
    }
    return REGION.contains(countryCode);
  }

  private static final boolean[] REGION_CODES = new boolean[26 * 26];

  static {
    for (String cc : REGION) {
      REGION_CODES[(cc.charAt(0) - 'A') * 26 + cc.charAt(1) - 'A'] = true;
    }
  }

  /* Divisions named by a direction or a common word ("East" of Cameroon, "Centre", "Capital"):
   * never a place by that word alone. */
  private static final Set<String> GENERIC_DIVISIONS = Set.of("East", "West", "North", "South",
      "Central", "Centre", "Center", "Eastern", "Western", "Northern", "Southern", "Capital",
      "Coast", "Lakes", "Islands", "Littoral", "Plateau", "Upper", "Lower", "Middle", "Mountain",
      "Valley", "Highlands", "Lowlands", "Interior", "Frontier", "Border", "Coastal", "Island",
      "Eastern Region", "Western Region", "Northern Region", "Southern Region",
      "Central Region");

  /* The countries whose first-order divisions the curated list holds (rows of feature admin1). */
  private static Set<String> curatedDivisions(List<String[]> curatedRows) {
    Set<String> out = new java.util.HashSet<>();
    for (String[] r : curatedRows) {
      if (r.length > 6 && r[6].strip().equals("admin1")) {
        out.add(r[4].strip());
      }
    }
    return out;
  }

  /* The names of the world's regions, seas and islands (places-world.tsv), in lower case. */
  private static Set<String> worldNames(List<String[]> worldRows) {
    Set<String> out = new java.util.HashSet<>();
    for (String[] r : worldRows) {
      if (r.length > 8) {
        out.add(r[1].strip().toLowerCase(Locale.ROOT));
        for (String n : r[8].split("\\|")) {
          out.add(n.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  /*
   * First-order divisions as places of their own ("Missouri", "Tennessee", "Bavaria", "New
   * York", "Helmand", "North Sinai", "the West Bank"), with the population of their places as
   * prominence.
   *
   * The countries whose first-order divisions the curated list holds: their governorates are
   * read as the list names them (with their Arabic names and the forms the news uses, and
   * "Aleppo" read as the city unless "province" follows), and GeoNames' are not added. The other
   * countries of the region (the West Bank and Gaza, Turkey's, Egypt's, Iran's, Afghanistan's,
   * the Gulf's provinces) keep GeoNames' divisions. A division named as a sea or region of the
   * world list ("Red Sea" of Sudan and Egypt, "Long Island" of the Bahamas) gives way to it.
   */
  private void admin1Areas(Set<String> curatedCountries, Set<String> worldNames) {
    // the region's cities by country and name: a province named as its seat ("Kandahar")
    Set<String> cities = new java.util.HashSet<>();
    // the names of places of the country, of towns known abroad and of countries: a division's
    // bare name gives way to them
    Set<String> towns = new java.util.HashSet<>();
    Set<String> countryNames = new java.util.HashSet<>();
    for (Place p : places.values()) {
      String key = ascii(p.name()).toLowerCase(Locale.ROOT);
      towns.add(p.countryCode() + "|" + key);
      if (p.curated() || p.population() >= 15_000) {
        towns.add(key); // a town known abroad ("Gaza"), not a village of that name ("Borno")
      }
    }
    for (String cc : Locale.getISOCountries()) {
      countryNames.add(ascii(new Locale("", cc).getDisplayCountry(Locale.ENGLISH))
          .toLowerCase(Locale.ROOT));
    }
    for (Place p : places.values()) {
      // beyond the region, a division named as its country's capital or as a city of a
      // million is that city too ("Buenos Aires", "Cordoba", "Lagos"), the province needing
      // "province" beside it; a lesser city gives way to its province ("Quebec")
      if (inRegion(p.countryCode())
          && (p.feature().equals("city") || p.feature().equals("capital"))
          || !p.curated() && (p.feature().equals("capital") || p.population() >= 1_000_000)) {
        cities.add(p.countryCode() + "|" + ascii(p.name()).toLowerCase(Locale.ROOT));
      }
    }
    for (String[] r : DataFiles.readTsv(Knowledge.class, "geonames-admin1.tsv")) {
      if (r.length < 5 || r[0].length() < 4) {
        continue;
      }
      String cc = r[0].substring(0, 2);
      String name = ascii(r[1]);
      if (curatedCountries.contains(cc) || GENERIC_DIVISIONS.contains(name)
          || worldNames.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      long pop = Long.parseLong(r[4]);
      Place p = new Place("admin1:" + r[0], name, Double.parseDouble(r[2]),
          Double.parseDouble(r[3]), cc, name, "admin1", pop, 150, false);
      places.put(p.id(), p);
      divisions.put(cc + "|" + name, p);
      index.add(name, NameIndex.Kind.PLACE, p.id(), true, p);
      if (cities.contains(cc + "|" + name.toLowerCase(Locale.ROOT))) {
        namedAsSeat.add(p.id());
        if (!inRegion(cc)) {
          greatSeats.add(cc + "|" + name.toLowerCase(Locale.ROOT));
        }
      }
      String bare = bareDivision(name);
      if (bare != null && !inRegion(cc) && java.util.Arrays.stream(bare.split(" "))
              .noneMatch(GENERIC_DIVISIONS::contains)
          && !worldNames.contains(bare.toLowerCase(Locale.ROOT))
          && !towns.contains(bare.toLowerCase(Locale.ROOT))
          && !towns.contains(cc + "|" + bare.toLowerCase(Locale.ROOT))
          && !countryNames.contains(bare.toLowerCase(Locale.ROOT))) {
        // "Zamfara" of "Zamfara State", "Borno" of "Borno State": the name the news gives the
        // division, an alternate (a place cue or "state" beside it) where no place of its
        // country, no town of 15,000 people abroad and no country bears it ("Kano" is the
        // city, "Niger" the country, "Gaza" the Palestinian city, not Mozambique's province);
        // outside the region, where a near spelling of a name is no support ("Abbey" no Abai)
        index.add(bare, NameIndex.Kind.PLACE, p.id(), false, p);
      }
    }
  }

  /* The words after a division's own name in GeoNames' name of it ("Borno State"). */
  private static final java.util.regex.Pattern DIVISION_SUFFIX = java.util.regex.Pattern.compile(
      "^(\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?)"
          + " (?:State|Province|Region|Prefecture|Department|Oblast)$");

  /* A division's name without the word saying it is one ("Borno"), else null. */
  static String bareDivision(String name) {
    java.util.regex.Matcher m = DIVISION_SUFFIX.matcher(name);
    return m.matches() && m.group(1).length() >= 4 ? m.group(1) : null;
  }

  /**
   * True for a province of the region named as its seat city ("Kandahar", "Herat", "Kilis"),
   * or of any country named as its capital or a city of a million ("Buenos Aires", "Cordoba"):
   * the name alone is the city, the province only with a division word beside it.
   */
  public boolean namedAsSeat(String placeId) {
    return namedAsSeat.contains(placeId);
  }

  /**
   * True for a capital or a city of a million outside the region that a province of its country
   * is named as ("Cordoba", "Buenos Aires"): the name is as well known as the province, whose
   * rank it takes over namesakes abroad.
   */
  public boolean namesProvince(Place city) {
    return !greatSeats.isEmpty() && greatSeats.contains(city.countryCode() + "|"
        + ascii(city.name()).toLowerCase(Locale.ROOT));
  }

  /*
   * US counties, parishes and boroughs by their full name ("Henry County"), one place per state
   * that has one, at the middle of its towns (us-counties.tsv): the resolver ranks them as it
   * ranks towns, by the divisions and towns the document names.
   */
  private void counties() {
    for (String[] r : DataFiles.readTsv(Knowledge.class, "us-counties.tsv")) {
      if (r.length < 5 || r[0].length() < 7) {
        throw new IllegalStateException("us-counties.tsv: malformed row " + String.join("\t", r));
      }
      String code = r[0].strip();
      String state = admin1Names.getOrDefault(code.substring(0, code.lastIndexOf('.')), "");
      Place p = new Place("admin2:" + code, r[1].strip(), Double.parseDouble(r[2]),
          Double.parseDouble(r[3]), "US", state, "admin2", Long.parseLong(r[4].strip()), 30, false);
      places.put(p.id(), p);
      index.add(p.name(), NameIndex.Kind.PLACE, p.id(), true, p);
      counties.put(state + "|" + p.name().toLowerCase(Locale.ROOT), p);
    }
  }

  private void demonyms() {
    Map<String, String> iso2 = new HashMap<>();
    for (String cc : Locale.getISOCountries()) {
      iso2.put(new Locale("", cc).getISO3Country(), cc);
    }
    for (String[] r : DataFiles.readTsv(Knowledge.class, "demonyms.tsv")) {
      String cc = iso2.get(r[1].strip());
      if (cc != null && places.containsKey("country:" + cc)) {
        demonyms.put(r[0].strip(), "country:" + cc);
      }
    }
  }

  private void countries() {
    Map<String, double[]> sums = new HashMap<>();
    for (Place p : places.values()) {
      double[] s = sums.computeIfAbsent(p.countryCode(), k -> new double[3]);
      s[0] += p.lat();
      s[1] += p.lon();
      s[2]++;
    }
    // the Factbook's centre (geonames-countries.tsv), else the towns' mean
    Map<String, double[]> points = new HashMap<>();
    for (String[] r : DataFiles.readTsv(Knowledge.class, "geonames-countries.tsv")) {
      points.put(r[0].strip(), new double[] {Double.parseDouble(r[1]), Double.parseDouble(r[2])});
    }
    // where the outlines of the web map have the country, the middle of its mainland and near
    // islands (country-points.tsv, from Natural Earth): the United States of the 48 states, not
    // a point pulled towards Alaska, nor the Factbook's rounded degree
    for (String[] r : DataFiles.readTsv(Knowledge.class, "country-points.tsv")) {
      points.put(r[0].strip(), new double[] {Double.parseDouble(r[1]), Double.parseDouble(r[2])});
    }
    Locale ar = Locale.forLanguageTag("ar");
    for (String cc : Locale.getISOCountries()) {
      double[] s = sums.get(cc);
      if (s == null) {
        continue;
      }
      Locale l = new Locale.Builder().setRegion(cc).build();
      String en = l.getDisplayCountry(Locale.ENGLISH);
      double[] at = points.getOrDefault(cc, new double[] {s[0] / s[2], s[1] / s[2]});
      Place p = new Place("country:" + cc, en, at[0], at[1], cc, "", "country", 0, 300, true);
      places.put(p.id(), p);
      index.add(en, NameIndex.Kind.PLACE, p.id(), true, p);
      String arabic = l.getDisplayCountry(ar);
      if (!arabic.equals(en) && !arabic.isBlank()) {
        index.add(arabic, NameIndex.Kind.PLACE, p.id(), true, p);
      }
    }
    for (String[] extra : new String[][] {{"SY", "Syrian Arab Republic"}, {"US", "United States"},
        {"US", "USA"}, {"GB", "UK"}, {"GB", "Britain"}, {"RU", "Russian Federation"},
        {"TR", "Turkey"}, {"TR", "Türkiye"}, {"PS", "Palestine"}, {"IR", "Iran"}}) {
      index.add(extra[1], NameIndex.Kind.PLACE, "country:" + extra[0], true,
          places.get("country:" + extra[0]));
    }
  }

  /*
   * A division's name as Sitrep writes it: a curated row may name its division in another usual
   * way ("Damascus" for GeoNames' "Damascus Governorate", "Rif Dimashq" for "Rif-dimashq").
   */
  private String admin1Name(String cc, String name) {
    if (name.isEmpty()) {
      return name;
    }
    return admin1ByKey.getOrDefault(cc + "|" + divisionKey(name), name);
  }

  /* Letters only, lower case, without the words that say it is a division. */
  static String divisionKey(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (String w : NON_LETTERS.split(name.toLowerCase(Locale.ROOT))) {
      if (!w.equals("governorate") && !w.equals("muhafazat") && !w.equals("district")) {
        b.append(w);
      }
    }
    return b.toString();
  }

  private void curated(List<String[]> rows, String file) {
    int line = 0;
    for (String[] r : rows) {
      line++;
      if (r.length < 9) {
        throw new IllegalArgumentException(file + ": row " + line + " needs 9 columns"
            + " (id, name, lat, lon, country, admin1, feature, radius_km, names), has " + r.length);
      }
      Place p;
      try {
        p = new Place(r[0].strip(), r[1].strip(), Double.parseDouble(r[2].strip()),
            Double.parseDouble(r[3].strip()), r[4].strip(), admin1Name(r[4].strip(), r[5].strip()),
            r[6].strip(), 0,
            Double.parseDouble(r[7].strip()), true);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(file + ": row " + line + ": bad number: "
            + e.getMessage());
      }
      places.put(p.id(), p);
      index.add(p.name(), NameIndex.Kind.PLACE, p.id(), true, p);
      for (String n : r[8].split("\\|")) {
        if (!n.isBlank()) {
          index.add(n.strip(), NameIndex.Kind.PLACE, p.id(), true, p);
        }
      }
    }
  }

  private void actors(List<String[]> rows, String file) {
    int line = 0;
    for (String[] r : rows) {
      line++;
      if (r.length < 8) {
        throw new IllegalArgumentException(file + ": row " + line + " needs 8 columns"
            + " (id, name, kind, code, sector, country, member_of, names), has " + r.length);
      }
      List<String> names = new ArrayList<>();
      names.add(r[1].strip());
      for (String n : r[7].split("\\|")) {
        if (!n.isBlank() && !names.contains(n.strip())) {
          names.add(n.strip());
        }
      }
      Actor a = new Actor(r[0].strip(), r[1].strip(), r[2].strip(), r[3].strip(), r[4].strip(),
          r[5].strip(), r[6].strip(), names);
      actors.put(a.id(), a);
      for (String n : names) {
        index.add(n, NameIndex.Kind.ACTOR, a.id());
      }
    }
  }

  /* actors-derived.tsv (tools/make_actors.py): the curated catalogue wins on a shared id. */
  private void derivedActors() {
    List<String[]> rows = new ArrayList<>();
    for (String[] r : DataFiles.readTsv(Knowledge.class, "actors-derived.tsv")) {
      if (!actors.containsKey(r[0].strip())) {
        rows.add(r);
      }
    }
    actors(rows, "actors-derived.tsv");
  }

  /* Every country as a state actor, and its forces named by nationality (StateActors). */
  private void states() {
    StateActors.Built built = StateActors.build(actors, demonyms, places.keySet());
    for (Actor a : built.actors()) {
      actors.put(a.id(), a);
    }
    variants.putAll(built.variants());
    for (String[] n : built.actorNames()) {
      index.add(n[0], NameIndex.Kind.ACTOR, n[1]);
    }
    for (String[] n : built.placeNames()) {
      index.add(n[0], NameIndex.Kind.PLACE, n[1], true, places.get(n[1]));
    }
  }

  public NameIndex index() {
    return index;
  }

  public Optional<Place> place(String id) {
    return Optional.ofNullable(places.get(id));
  }

  /** The first-order division of a country by its name ("US", "Kentucky"), where one is a place. */
  public Optional<Place> division(String countryCode, String name) {
    return Optional.ofNullable(divisions.get(countryCode + "|" + name));
  }

  /** The US county of that full name in that state ("Georgia", "Jackson County"). */
  public Optional<Place> county(String state, String name) {
    return Optional.ofNullable(counties.get(state + "|" + name.toLowerCase(Locale.ROOT)));
  }

  /**
   * The capital of that name ("Washington", "Moscow", "دمشق"), for a government named by its
   * seat.
   */
  public Optional<Place> capital(String name) {
    return Optional.ofNullable(capitals.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The country a nationality word names ("Iranian", "Sri Lankan"), from demonyms.tsv. */
  public Optional<Place> demonym(String word) {
    String id = demonyms.get(word);
    return id == null ? Optional.empty() : place(id);
  }

  /**
   * The actor of an id; also a state's forces of one sector by the index id {@code state|SECTOR}
   * ("egypt|COP" is Egypt with sector COP: "Egyptian police", "الشرطة المصرية").
   */
  public Optional<Actor> actor(String id) {
    Actor a = actors.get(id);
    return Optional.ofNullable(a != null ? a : variants.get(id));
  }

  /** True for the id of a country's people ("palestine-people": "Palestinians", "الليبيين"). */
  public static boolean people(String id) {
    return id != null && id.endsWith(StateActors.PEOPLE);
  }

  /** True for the id of a kind of weapon ("agent:artillery"): a means of force, not a party. */
  public boolean weapon(String id) {
    return id != null && weapons.contains(id);
  }

  public Optional<Description> description(String phrase) {
    return Optional.ofNullable(descriptions.get(phrase));
  }

  /** The actor and the actors it belongs to, nearest first ("tiger-forces", "syrian-arab-army", …). */
  public List<String> lineage(String id) {
    List<String> out = new ArrayList<>();
    String cur = id;
    while (cur != null && !cur.isEmpty() && !out.contains(cur) && out.size() < 8) {
      out.add(cur);
      cur = actors.containsKey(cur) ? actors.get(cur).memberOf() : null;
    }
    return out;
  }

  /* The actors in catalogue order, whole and by country, fixed once loading is done. */
  private List<Actor> actorList = List.of();
  private Map<String, List<Actor>> actorsByCountry = Map.of();

  private void seal() {
    index.trie(); // lays the name trie out flat once every name is in
    actorList = List.copyOf(actors.values());
    Map<String, List<Actor>> by = new HashMap<>();
    for (Actor a : actorList) {
      by.computeIfAbsent(a.country(), c -> new ArrayList<>()).add(a);
    }
    by.replaceAll((c, l) -> List.copyOf(l));
    actorsByCountry = Map.copyOf(by);
  }

  /** All actors in catalogue order. */
  public List<Actor> actors() {
    return actorList;
  }

  /** The actors of a country (ISO alpha-2), in catalogue order. */
  public List<Actor> actorsIn(String countryCode) {
    return actorsByCountry.getOrDefault(countryCode, List.of());
  }

  /** True for a common word that is not taken as a one-word place name at a sentence start. */
  public boolean isStopword(String word) {
    return stopwords.id(word, 0, word.length(), true) >= 0;
  }

  /** {@link #isStopword(String)} for the word {@code text[from, to)}; no String is made. */
  public boolean isStopword(CharSequence text, int from, int to) {
    return stopwords.id(text, from, to, true) >= 0;
  }

  /** How many places the gazetteer holds. */
  public int placeCount() {
    return places.size();
  }
}
