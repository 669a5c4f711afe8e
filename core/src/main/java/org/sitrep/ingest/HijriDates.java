package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.text.DataFiles;
import org.sitrep.text.TextNormalizer;

/**
 * Reads a Hijri date ("14 رمضان 1440 هـ", "1440/09/14 هـ", "25/9/1441هـ") as the Gregorian day
 * it falls on, by the Umm al-Qura calendar. For pages dated in that calendar only; a page that
 * also gives the Gregorian date is dated by it. The month names are in {@code hijri-months.tsv}.
 */
final class HijriDates {
  private HijriDates() {}

  /** A Hijri date found in a text: its Gregorian day and where it stands. */
  record Found(LocalDate day, int start, int end) {}

  private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();
  private static final Pattern NAMED;
  /* A year of the Hijri centuries news is dated in (1300-1499): no Gregorian year reads so. */
  private static final String YEAR = "(1[34]\\d{2})";
  private static final String MARK = "\\s*(?:هـ|ه|هجري|هجرية|ah\\b|a\\.h\\.)?";
  private static final Pattern YEAR_FIRST =
      Pattern.compile("(?<!\\d)" + YEAR + "[/-](\\d{1,2})[/-](\\d{1,2})(?!\\d)" + MARK);
  private static final Pattern DAY_FIRST =
      Pattern.compile("(?<!\\d)(\\d{1,2})[/-](\\d{1,2})[/-]" + YEAR + "(?!\\d)" + MARK);
  private static final Pattern HARAKAT = Pattern.compile("[\\u064B-\\u0652\\u0640]");

  static {
    List<String> names = new ArrayList<>();
    for (String[] r : DataFiles.readTsv(HijriDates.class, "hijri-months.tsv")) {
      if (r.length < 2) {
        throw new IllegalStateException("hijri-months.tsv: row needs 2 columns: " + r[0]);
      }
      int month = Integer.parseInt(r[0].strip());
      for (String n : r[1].split("\\|")) {
        String name = n.strip().toLowerCase(Locale.ROOT);
        MONTHS.put(name, month);
        names.add(Pattern.quote(name));
      }
    }
    names.sort((a, b) -> b.length() - a.length()); // the longest spelling first
    NAMED = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+(?:من\\s+)?(" + String.join("|", names) + ")\\s+"
        + YEAR + "(?!\\d)" + MARK, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * The first Hijri date in {@code s} (its digits of any script, with or without short vowels),
   * or empty. Offsets are those of {@code s}, whose length the reading keeps when it has no short
   * vowels.
   */
  static Optional<Found> find(String s) {
    String t = TextNormalizer.asciiDigits(s);
    boolean same = !HARAKAT.matcher(t).find();
    if (!same) {
      t = HARAKAT.matcher(t).replaceAll("");
    }
    Matcher m = NAMED.matcher(t);
    if (m.find()) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      Optional<Found> f = found(m, Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)), same, s);
      if (f.isPresent()) {
        return f;
      }
    }
    m = YEAR_FIRST.matcher(t);
    if (m.find()) {
      return found(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), same, s);
    }
    m = DAY_FIRST.matcher(t);
    if (m.find()) {
      return found(m, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(1)), same, s);
    }
    return Optional.empty();
  }

  private static Optional<Found> found(Matcher m, int year, Integer month, int day, boolean same,
      String s) {
    if (month == null) {
      return Optional.empty();
    }
    try {
      LocalDate d = LocalDate.from(HijrahDate.of(year, month, day));
      return Optional.of(same ? new Found(d, m.start(), m.end()) : new Found(d, 0, s.length()));
    } catch (DateTimeException e) {
      return Optional.empty(); // a day the calendar does not have, a year out of its range
    }
  }
}
