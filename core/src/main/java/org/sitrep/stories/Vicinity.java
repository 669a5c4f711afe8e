package org.sitrep.stories;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.knowledge.Geo;
import org.sitrep.model.Event;

/**
 * Whether two places are near enough to be the place of one event, as outlets tell it: within
 * {@link #NEAR} km of each other; or in one province (country and first-level area) within
 * {@link #PROVINCE} km, since one outlet names the town and another the city it is near or the
 * town its dateline gives; or one of them an area (a province, a region, a country:
 * {@code vicinity.tsv}) that reaches the other; or one of them a first-level division (a
 * governorate, a province) that holds the other, however far its point lies from it.
 */
final class Vicinity {
  /** Two points this close are one place. */
  static final double NEAR = 60;
  /** Two points of one province this close can be one event's place. */
  static final double PROVINCE = 120;

  private static final Map<String, Double> REACH = new HashMap<>();

  static {
    for (String[] r : org.sitrep.text.DataFiles.readTsv(Vicinity.class, "vicinity.tsv")) {
      REACH.put(r[0], Double.parseDouble(r[1]));
    }
  }

  /**
   * One place as the linker keeps it: its point, country, province key and reach, and whether
   * linking doubts it (a place that may confirm a join but never refutes one).
   */
  record Spot(double lat, double lon, String country, String province, double reach,
      boolean doubted, String named, boolean division) {
    /** The same place, doubted. */
    Spot withDoubt() {
      return new Spot(lat, lon, country, province, reach, true, named, division);
    }
  }

  /* The feature of a first-level division, whose own admin1 is itself. */
  private static final String DIVISION = "admin1";

  private Vicinity() {}

  /** The spot of an event's place, or null if it has none with coordinates. */
  static Spot of(Event.Location l) {
    if (l == null || l.lat() == null || l.lon() == null) {
      return null;
    }
    String country = blankToNull(l.countryCode());
    String province = country == null ? null : key(l.admin1());
    double reach = l.feature() == null ? 0 : REACH.getOrDefault(l.feature(), 0.0);
    String named = country == null ? null : key(l.name());
    return new Spot(l.lat(), l.lon(), country, province, reach, false, named,
        province != null && DIVISION.equals(l.feature()));
  }

  /**
   * Whether two spots are one named place told at two levels: a city and the province or district
   * named after it ("Moscow" the city and "Moscow" the oblast, "Kirkuk" and Kirkuk governorate),
   * whose points a gazetteer puts tens of km apart. Both in one country with one name, and near.
   */
  static boolean sameNamed(Spot a, Spot b) {
    return a != null && b != null && a.named() != null && a.named().equals(b.named())
        && a.country().equals(b.country()) && (a.reach() > 0 || b.reach() > 0) && near(a, b);
  }

  /** Whether two spots can be the place of one event. */
  static boolean near(Spot a, Spot b) {
    double km = Geo.km(a.lat(), a.lon(), b.lat(), b.lon());
    if (km <= NEAR) {
      return true;
    }
    boolean oneCountry = a.country() != null && a.country().equals(b.country());
    boolean oneProvince = oneCountry && a.province() != null
        && a.province().equals(b.province());
    if (oneProvince && (km <= PROVINCE || a.division() || b.division())) {
      // a governorate holds its towns: a wide one ("Marib", "Hadramawt", Libya's districts)
      // has its point further from them than any reach of an area
      return true;
    }
    // an area reaches the places inside it; one named only by its country, that country's
    double reach = Math.max(a.reach(), b.reach());
    return reach > 0 && km <= NEAR + reach && (oneCountry || a.country() == null
        || b.country() == null);
  }

  /*
   * A first-level area's name as a key: gazetteers write one province several ways ("Rif
   * Dimashq", "Rif-dimashq", "Damascus Governorate" beside "Damascus"): letters only, lower case,
   * without the words for a province.
   */
  static String key(String admin1) {
    if (admin1 == null || admin1.isBlank()) {
      return null;
    }
    String k = KEYS.get(admin1);
    if (k == null) {
      k = keyOf(admin1);
      if (KEYS.size() < 20_000) { // the gazetteer's areas; a bound all the same
        KEYS.put(admin1, k);
      }
    }
    return k.isEmpty() ? null : k;
  }

  /* Keys already made: areas come from the gazetteer, and a key costs three regexes. */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> KEYS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String keyOf(String admin1) {
    String s = Normalizer.normalize(admin1, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("\\b(?:governorate|province|region|muhafazat)\\b", "")
        .replaceAll("[^\\p{L}]", "");
    return s;
  }

  /* ISO 3166 alpha-3 codes (the country codes of actors) to alpha-2 (the places'). */
  private static final Map<String, String> ISO2 = new HashMap<>();

  static {
    for (String cc : Locale.getISOCountries()) {
      ISO2.put(new Locale("", cc).getISO3Country(), cc);
    }
  }

  /**
   * Whether a place in {@code country} is foreign to an event of a story whose places so far are
   * in {@code storyCountries}: the story has places, none in that country, and none of the
   * event's actors or recipients belongs to it. Such a place is most often a name the gazetteer
   * found abroad ("Saree", a front line in Yemen, read as a town in Iran); the first place of a
   * story is never foreign.
   */
  static boolean foreign(String country, java.util.Set<String> storyCountries, Event e) {
    if (storyCountries.isEmpty() || storyCountries.contains(country)) {
      return false;
    }
    for (List<Event.Entity> list : List.of(e.actor(), e.recipient())) {
      for (Event.Entity a : list) {
        if (a.code() != null && country.equals(ISO2.get(a.code()))) {
          return false;
        }
      }
    }
    return true;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
