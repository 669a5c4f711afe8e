package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.text.Months;
import org.sitrep.text.TextNormalizer;

/**
 * Finds complete calendar dates (with day, month and year, optionally a time) in page metadata
 * lines, in English and Arabic: {@code 27 مارس، 2018 7:47:31 م}, {@code March 27, 2018},
 * {@code 2018-03-27T19:47:31}, {@code ١٥ ديسمبر ٢٠١٦}. A month and year alone is not a date here.
 */
final class DateExpressions {
  /** A date found in a string: ISO value, precision, and where it was. */
  record Found(String value, String precision, int start, int end) {}

  private static final String MONTH_ALT = Months.dateLineAlternation();

  private static final String TIME =
      "(?:\\s*[,،|\\-–]?\\s*(?:at\\s+|الساعة\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
          + "(?:\\s*(am|pm|a\\.m\\.|p\\.m\\.|ص|م|صباحا|صباحاً|مساء|مساءً)(?![\\p{L}]))?)?";
  private static final Pattern DMY =
      Pattern.compile(
          "(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s*(?:of\\s+|de\\s+)?(" + MONTH_ALT
              + ")(?:\\s*/\\s*[\\p{L} ]{2,20}?)?[,،.]?\\s*(\\d{4})(?!\\d)" + TIME,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MDY =
      Pattern.compile(
          "(?<![\\p{L}])(" + MONTH_ALT + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?[,،]?\\s*(\\d{4})(?!\\d)"
              + TIME,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ISO =
      Pattern.compile(
          "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?(?!\\d)");
  /* 2018/07/15 and 2018.07.15 (East Asian pages write "2023.11.02. 오후 8:06"). */
  private static final Pattern SLASH_YMD =
      Pattern.compile("(?<![\\d.])(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
  /* 15/07/2018, 15.07.2018 and 15. 7. 2018. */
  private static final Pattern SLASH_DMY =
      Pattern.compile("(?<![\\d/])(\\d{1,2})(?:/|\\.\\s?)(\\d{1,2})(?:/|\\.\\s?)(\\d{4})(?!\\d)"
          + TIME);
  /* A range of days in one month: "14. - 20. Januar 2022", "14-20 January 2022": the first day. */
  private static final Pattern DMY_RANGE =
      Pattern.compile(
          "(?<![\\d\\p{L}])(\\d{1,2})\\.?\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th|\\.)?\\s*(" + MONTH_ALT
              + ")[,،.]?\\s*(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /* "June 14-20, 2022": the first day. */
  private static final Pattern MDY_RANGE =
      Pattern.compile(
          "(?<![\\p{L}])(" + MONTH_ALT + ")\\s+(\\d{1,2})\\s*[-–]\\s*\\d{1,2}[,،]?\\s*(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /* What may stand before a two-digit-year date: nothing, or a word or two and a separator. */
  private static final Pattern SHORT_YEAR_BEFORE =
      Pattern.compile("[^\\p{L}\\d]*|[\\p{L} ]{0,20}[,|/·•\\-–]\\s*");
  /* A numeric date with a two-digit year, 8.5.12: read only in short date elements. */
  private static final Pattern SHORT_YEAR =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");

  /** A "last updated" stamp, which gives way to the original date wherever both stand. */
  static final Pattern UPDATED = Pattern.compile("(?iu)\\b(?:last\\s+)?(?:updated|modified|edited"
      + "|aktualisiert|aktualisierung|geändert|änderung|mis à jour|actualizado|actualización"
      + "|aggiornato|aggiornamento|bijgewerkt|güncellendi|güncelleme)\\b|آخر تحديث|تم التحديث|تحديث:?");

  private DateExpressions() {}

  /**
   * Returns the first complete date in {@code s}. {@code dayFirst} says how to read an ambiguous
   * numeric date such as 03/04/2018 (true in Arabic and European pages).
   */
  static Optional<Found> find(String s, boolean dayFirst) {
    String t = TextNormalizer.asciiDigits(s);
    if (!hasYear(t)) {
      return Optional.empty(); // every complete date here has a four-digit year
    }
    List<Found> all = new ArrayList<>();
    Matcher m = DMY.matcher(t);
    if (m.find()) {
      build(m.group(3), Months.month(m.group(2)), m.group(1), m, 4, m.start(), m.end())
          .ifPresent(all::add);
    }
    m = MDY.matcher(t);
    if (m.find()) {
      build(m.group(3), Months.month(m.group(1)), m.group(2), m, 4, m.start(), m.end())
          .ifPresent(all::add);
    }
    m = ISO.matcher(t);
    if (m.find()) {
      build(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m, 4, m.start(), m.end())
          .ifPresent(all::add);
    }
    m = SLASH_YMD.matcher(t);
    if (m.find()) {
      build(m.group(1), Integer.parseInt(m.group(3)), m.group(4), null, 0, m.start(), m.end())
          .ifPresent(all::add);
    }
    m = DMY_RANGE.matcher(t);
    if (m.find()) {
      build(m.group(3), Months.month(m.group(2)), m.group(1), null, 0, m.start(), m.end())
          .ifPresent(all::add);
    }
    m = MDY_RANGE.matcher(t);
    if (m.find()) {
      build(m.group(3), Months.month(m.group(1)), m.group(2), null, 0, m.start(), m.end())
          .ifPresent(all::add);
    }
    m = SLASH_DMY.matcher(t);
    if (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      boolean df = a > 12 || (b <= 12 && dayFirst);
      build(m.group(3), df ? b : a, String.valueOf(df ? a : b), m, 4, m.start(), m.end())
          .ifPresent(all::add);
    }
    return all.stream().min(Comparator.comparingInt(Found::start));
  }

  /**
   * Returns a day-first numeric date with a two-digit year ("8.5.12", "28.09.19") when it is the
   * whole of a short string but for punctuation, or follows a word or two and a separator ("von ,
   * 8.5.12"); the century is the 21st for years up to 69.
   */
  static Optional<Found> findShortYear(String s) {
    if (s.length() > 24) {
      return Optional.empty();
    }
    Matcher m = SHORT_YEAR.matcher(s);
    if (!m.find() || !SHORT_YEAR_BEFORE.matcher(s.substring(0, m.start())).matches()) {
      return Optional.empty();
    }
    int yy = Integer.parseInt(m.group(3));
    String year = String.valueOf(yy <= 69 ? 2000 + yy : 1900 + yy);
    return build(year, Integer.parseInt(m.group(2)), m.group(1), null, 0, m.start(), m.end());
  }

  /**
   * Returns the first date in {@code s} that no "updated" word stands before (since the date
   * before it): in "Last updated: 16 July 2018 - Published: 15 July 2018" the 15th. Empty when
   * every date of the line is an update's.
   */
  static Optional<Found> original(String s, boolean dayFirst) {
    int from = 0;
    while (from < s.length()) {
      Optional<Found> d = find(s.substring(from), dayFirst);
      if (d.isEmpty()) {
        return Optional.empty();
      }
      Found f = d.get();
      String before = s.substring(from, from + f.start());
      if (!UPDATED.matcher(before).find()) {
        return Optional.of(new Found(f.value(), f.precision(), f.start() + from, f.end() + from));
      }
      from += f.end();
    }
    return Optional.empty();
  }

  private static boolean hasYear(String t) {
    int run = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Found> build(
      String year, Integer month, String day, Matcher m, int timeGroup, int start, int end) {
    if (month == null) {
      return Optional.empty();
    }
    int y = Integer.parseInt(year);
    if (y < 1900 || y > 2100) {
      return Optional.empty();
    }
    LocalDate date;
    try {
      date = LocalDate.of(y, month, Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    if (m == null || timeGroup == 0 || m.group(timeGroup) == null) {
      return Optional.of(new Found(date.toString(), "day", start, end));
    }
    int h = Integer.parseInt(m.group(timeGroup));
    int min = Integer.parseInt(m.group(timeGroup + 1));
    String sec = m.group(timeGroup + 2);
    String ampm = m.groupCount() >= timeGroup + 3 ? m.group(timeGroup + 3) : null;
    if (ampm != null) {
      String a = ampm.toLowerCase(Locale.ROOT);
      boolean pm = a.startsWith("p") || a.startsWith("م");
      if (pm && h < 12) {
        h += 12;
      } else if (!pm && h == 12) {
        h = 0;
      }
    }
    if (h > 23 || min > 59 || (sec != null && Integer.parseInt(sec) > 59)) {
      return Optional.of(new Found(date.toString(), "day", start, end));
    }
    String value = String.format(Locale.ROOT, "%sT%02d:%02d", date, h, min);
    if (sec != null) {
      return Optional.of(new Found(value + ":" + sec, "second", start, end));
    }
    return Optional.of(new Found(value, "minute", start, end));
  }
}
