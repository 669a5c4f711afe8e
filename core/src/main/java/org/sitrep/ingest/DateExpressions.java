package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
      "(?:\\s*[,،|/@\\-–]?\\s*(?:at\\s+|الساعة\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
          + "(?:\\s*((?i:am|pm|a\\.m\\.|p\\.m\\.)|ص|م|صباحا|صباحاً|مساء|مساءً)(?![\\p{L}]))?)?";
  /*
   * Where a written year ends: before anything but a digit, or, a year of 1900-2099 glued by a
   * page's flattening to what follows it, before a time or a day and its month ("November 9,
   * 20235:01 AM ET", "6. November 20236. November 2023": a date line's inline elements run
   * together).
   */
  private static final String GLUED_YEAR_END =
      "(?:(?!\\d)|(?<=(?:19|20)\\d\\d)(?=\\d{1,2}(?::\\d{2}|\\.?\\s*(?:" + MONTH_ALT + ")(?![\\p{L}]))))";
  /* "19 March 2017", "19th of March, 2017", "19-Mar-2017", "19/Sep/2019" (s49: a space before
   * the comma, "09 يونيو ,2024", as a satellite channel prints its date line). */
  /*
   * A weekday, English (whole or short, a stop after it) or Arabic, as an alternation to put in
   * a pattern that ignores case: "Tuesday", "Thu.", "الأربعاء".
   */
  static final String WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)"
      + "(?:day)?\\.?|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد)";

  private static final Pattern DMY =
      Pattern.compile(
          "(?=\\d)(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s*(?:of\\s+|de\\s+|من\\s+|[-–/]\\s*)?(" + MONTH_ALT
              + ")(?:\\s*/\\s*[\\p{L} ]{2,20}?|\\s*\\(\\s*[\\p{L} ]{2,20}?\\s*\\))?"
              + "(?:\\s?[,،]|[./\\-–]|\\s[-–/])?\\s*(\\d{4})" + GLUED_YEAR_END
              + TIME,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /* "March 3, 2019", "March 3rd 2019", and with a comma after the month too ("March, 03, 2019 -
   * 14:22", as some agencies print their date lines), or a slash before the year ("June 3/2025",
   * an Ethiopian agency's dateline). */
  private static final Pattern MDY =
      Pattern.compile(
          "(?<![\\p{L}])(" + MONTH_ALT + ")[,،]?\\s+(\\d{1,2})(?:st|nd|rd|th)?[,،/]?\\s*(\\d{4})" + GLUED_YEAR_END
              + TIME,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ISO =
      Pattern.compile(
          "(?=\\d)(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?(?!\\d)");
  /* 2018/07/15 and 2018.07.15 (East Asian pages write "2023.11.02. 오후 8:06"). */
  private static final Pattern SLASH_YMD =
      Pattern.compile("(?=\\d)(?<![\\d.])(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
  /* 15/07/2018, 15 / 07 / 2018, 15.07.2018, 15. 7. 2018, 15-07-2018 and 15 - 07 - 2018; a
   * slash may have a right-to-left mark beside it, as Arabic pages print their numeric dates. */
  private static final String SLASH =
      "[\\u200e\\u200f\\u061c]?(?:/| / )[\\u200e\\u200f\\u061c]?";
  private static final Pattern SLASH_DMY =
      Pattern.compile("(?=\\d)(?<![\\d/-])(\\d{1,2})(?:" + SLASH + "|\\.\\s?|-| - )(\\d{1,2})(?:" + SLASH
          + "|\\.\\s?|-| - )(\\d{4})(?!\\d)"
          + TIME); // am/pm in any case by TIME's own flag
  /* A range of days in one month: "14. - 20. Januar 2022", "14-20 January 2022": the first day.
   * Not a time's minutes glued to the day by a dash ("14:05-19 يناير 2020": the 19th). */
  private static final Pattern DMY_RANGE =
      Pattern.compile(
          "(?=\\d)(?<![\\d\\p{L}:])(\\d{1,2})\\.?\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th|\\.)?\\s*(" + MONTH_ALT
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
      + "|build\\s+date|printed\\s+(?:on|from)|as\\s+it\\s+appeared\\s+on"
      + "|aktualisiert|aktualisierung|geändert|änderung|mis à jour|actualizado|actualización"
      + "|aggiornato|aggiornamento|bijgewerkt|güncellendi|güncelleme)\\b|آخر تحديث|تم التحديث|تحديث:?");

  private DateExpressions() {}

  /* An era mark of another calendar right after a date ("E.C.", "هـ"): other-eras.tsv. */
  private static final Pattern OTHER_ERA = otherEras();

  private static Pattern otherEras() {
    List<String> marks = new ArrayList<>();
    for (String[] row : org.sitrep.text.DataFiles.readTsv(DateExpressions.class,
        "/org/sitrep/lexicon/other-eras.tsv")) {
      for (int i = 1; i < row.length; i++) {
        if (!row[i].isBlank()) {
          marks.add(row[i].strip());
        }
      }
    }
    return Pattern.compile("\\s*(?:" + String.join("|", marks) + ")(?![\\p{L}\\p{M}])");
  }

  /* True when an era mark of another calendar follows {@code end} in {@code t}. */
  private static boolean otherEraAt(String t, int end) {
    return end < t.length() && OTHER_ERA.matcher(t).region(end, t.length()).lookingAt();
  }

  /* The patterns a complete date is read by, in the order that breaks ties between readings
   * that start at the same place. Every lookbehind in them is one character wide (the cache of
   * Scan relies on it). Those that open with a digit test for it first, which fails fastest on
   * the other characters. */
  private static final Pattern[] FULL = {DMY, MDY, ISO, SLASH_YMD, DMY_RANGE, MDY_RANGE, SLASH_DMY};
  /* Every match of FULL holds a year, four digits; at most this many characters other than
   * white space stand before them in it: DMY's most, a day (2), its suffix (2), "of" or a
   * dash (2), a month name, a gloss of up to 20 letters in brackets (42, letters outside the
   * BMP taking two chars) and a separator (1); the month name counted twice for safety. */
  private static final int BEFORE_YEAR = 2 * Months.dateLineLongest() + 50;

  /* A United States time zone after a clock time ("05:00 AM EDT", "11:12 a.m. ET"): the date
   * beside it reads month first ("08/07/2024" is August 7). Not CST, China's too. (s33) */
  private static final Pattern US_ZONE = Pattern.compile(
      "\\d\\s?(?:[AaPp]\\.?[Mm]\\.?\\s?)?(?:EDT|EST|CDT|MDT|MST|PDT|PST|AKDT|AKST|ET|PT)\\b");

  private static boolean usZone(String s) {
    return s.indexOf('T') >= 0 && US_ZONE.matcher(s).find();
  }

  /**
   * Returns the first complete date in {@code s}. {@code dayFirst} says how to read an ambiguous
   * numeric date such as 03/04/2018 (true in Arabic and European pages).
   */
  static Optional<Found> find(String s, boolean dayFirst) {
    dayFirst = dayFirst && !usZone(s);
    Scan scan = new Scan(s, dayFirst);
    Found f = scan.find(0);
    if (f == null && s.length() <= LOOSE_CHARS && scan.digits) {
      f = loose(scan.t, scan.lastYear >= 0, dayFirst);
    }
    return Optional.ofNullable(f);
  }

  /* Strings this short (a date line, a label and its value) are also read by the loose forms. */
  private static final int LOOSE_CHARS = 60;
  /* A Unix date line, as mail archives print it: "Mon Jun 22 07:14:03 UTC 2020". */
  private static final Pattern CTIME = Pattern.compile("(?<![\\p{L}])(" + MONTH_ALT
      + ")\\s+(\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s+[A-Za-z]{2,5}|\\s*[+-]\\d{4})?\\s+(\\d{4})(?!\\d)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /* A numeric date with a two-digit year, dotted, slashed or dashed ("02.23.20", "23/02/20",
   * "23-02-20"). */
  private static final Pattern NUMERIC_SHORT_YEAR =
      Pattern.compile("(?<![\\p{L}\\d.,/-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2})(?![\\d./-])");
  /* What may follow it to the end of the string: nothing, or a clock time with its zone or
   * offset ("10:58 GMT", "at 09:14", "7:47:31 م", "16:20 +03:00"). */
  private static final Pattern CLOCK_TAIL = Pattern.compile("[\\s,،|/\\-–]*(?:(?:at|الساعة)\\s+)?"
      + "(?:\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?:[ap]\\.?m\\.?|ص|م|صباحا|مساء)(?![\\p{L}]))?"
      + "(?:\\s*(?:(?-i:\\p{Lu}{2,4})|[+-]\\d{2}:?\\d{2}|\\p{Lu}{3}\\s*[+-]\\d{1,2}(?::?\\d{2})?))?)?"
      + "[\\s.)]*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /* Before a two-digit-year date followed only by a clock time: a few words with no digit (a
   * byline, a section, a label with no colon: "By Sam Reed | Published 23-02-20 10:58"). */
  private static final Pattern SHORT_YEAR_WORDS = Pattern.compile("[^\\d]{0,40}");
  /* What may stand before it: nothing, or a label of a few words and a separator. */
  private static final Pattern SHORT_YEAR_LABEL =
      Pattern.compile("[^\\p{L}\\d]*|[\\p{L} ]{0,24}[:,|·•\\-–]\\s*");
  /* A day and month without a year ("1 ديسمبر", "June 22"), and a year standing alone. */
  private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})\\s+("
      + MONTH_ALT + ")(?![\\p{L}])|(?<![\\p{L}])(" + MONTH_ALT + ")\\s+(\\d{1,2})(?!\\d)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern YEAR_ALONE = Pattern.compile("(?<![\\d.:/-])(\\d{4})(?![\\d.:/-])");

  /* What {@link #loose} reads in the rest of {@code s} from {@code from}, offsets into s. */
  private static Found looseFrom(String s, int from, boolean dayFirst) {
    String t = TextNormalizer.dateForm(s.substring(from));
    boolean digits = false;
    int run = 0;
    boolean four = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      digits |= run > 0;
      four |= run >= 4;
    }
    Found f = digits ? loose(t, four, dayFirst) : null;
    return f == null ? null
        : new Found(f.value(), f.precision(), f.start() + from, f.end() + from);
  }

  /* A two-digit-year date in a string with no run of four digits, else null. */
  private static Found shortYear(String t, boolean dayFirst) {
    Matcher n = NUMERIC_SHORT_YEAR.matcher(t);
    if (!n.find()) {
      return null;
    }
    String before = t.substring(0, n.start());
    if (!SHORT_YEAR_LABEL.matcher(before).matches()
        && !(SHORT_YEAR_WORDS.matcher(before).matches()
            && CLOCK_TAIL.matcher(t.substring(n.end())).matches())) {
      return null;
    }
    int a = Integer.parseInt(n.group(1));
    int b = Integer.parseInt(n.group(3));
    boolean df = a > 12 || b <= 12 && dayFirst;
    int yy = Integer.parseInt(n.group(4));
    String year = String.valueOf(yy <= 69 ? 2000 + yy : 1900 + yy);
    return build(year, df ? b : a, String.valueOf(df ? a : b), null, 0, n.start(), n.end())
        .orElse(null);
  }

  /*
   * The forms a short string may hold when no complete date is in it: a Unix date line, a
   * two-digit year read by which part can only be a day ("02.23.20": 23 is no month), and a day
   * and month with the one year of the string elsewhere on it ("GMT 17:35 2019 الأحد 1 ديسمبر").
   */
  private static Found loose(String t, boolean fourDigits, boolean dayFirst) {
    if (!fourDigits) {
      return t.indexOf('.') >= 0 || t.indexOf('/') >= 0 || t.indexOf('-') >= 0
          ? shortYear(t, dayFirst) : null;
    }
    Matcher c = CTIME.matcher(t);
    if (t.indexOf(':') >= 0 && c.find()) {
      Found f = build(c.group(3), Months.month(c.group(1)), c.group(2), null, 0, c.start(),
          c.end()).orElse(null);
      if (f != null) {
        return f;
      }
    }
    Matcher y = YEAR_ALONE.matcher(t);
    if (!y.find()) {
      return null;
    }
    int ys = y.start();
    int ye = y.end();
    String year = y.group(1);
    if (y.find()) {
      return null; // two years: no telling which the day and month belong to
    }
    Matcher dm = DAY_MONTH.matcher(t);
    if (!dm.find()) {
      return null;
    }
    boolean dayFirstForm = dm.group(1) != null;
    Found f = build(year, Months.month(dayFirstForm ? dm.group(2) : dm.group(3)),
        dayFirstForm ? dm.group(1) : dm.group(4), null, 0, Math.min(ys, dm.start()),
        Math.max(ye, dm.end())).orElse(null);
    return f;
  }

  /**
   * Returns the dates of {@code s} one after another, at most {@code max}: the first, then the
   * first after its end, and so on (a date is searched for in the rest of the string only, as
   * {@link #find} would on that rest); offsets are into {@code s}.
   */
  static List<Found> all(String s, boolean dayFirst, int max) {
    Dates dates = new Dates(s, dayFirst && !usZone(s));
    List<Found> out = new ArrayList<>();
    for (Found f; out.size() < max && (f = dates.get(out.size())) != null; ) {
      out.add(f);
    }
    return out;
  }

  /**
   * The dates of a string one after another, as {@link #all} lists them, read only as far as
   * they are asked for.
   */
  static final class Dates {
    private final String s;
    private final Scan scan;
    private final List<Found> read = new ArrayList<>();
    private boolean ended;

    Dates(String s, boolean dayFirst) {
      this.s = s;
      this.scan = new Scan(s, dayFirst);
    }

    /** The {@code i}th date (from 0), or null when the string has fewer. */
    Found get(int i) {
      while (read.size() <= i && !ended) {
        int from = read.isEmpty() ? 0 : read.get(read.size() - 1).end();
        Found f = from < s.length() ? scan.find(from) : null;
        if (f == null && from < s.length() && s.length() - from <= LOOSE_CHARS) {
          f = looseFrom(s, from, scan.dayFirst); // as find reads a short rest
        }
        if (f == null) {
          ended = true;
        } else {
          read.add(f);
        }
      }
      return i < read.size() ? read.get(i) : null;
    }
  }

  /*
   * Searches one string for complete dates from successive places. find(from) returns what
   * find(s.substring(from)) would, with offsets into s: for each pattern its first match in the
   * rest (if that match reads as a date), the earliest of those. Each pattern's last match is
   * kept: when it starts after the new place, it is still the first one there unless a match
   * starts right at the new place (only there can the cut change a match, the lookbehinds being
   * one character wide), so the string is searched about once per pattern however many dates are
   * asked for.
   */
  private static final class Scan {
    private static final int UNKNOWN = -2;
    private static final int NONE = -1;

    private final String t;
    private final boolean dayFirst;
    private final Matcher[] matchers = new Matcher[FULL.length];
    /* each pattern's first match at or after the last place searched from: its start, or NONE */
    private final int[] next = new int[FULL.length];
    /* that match read as a date (null when it is no date) */
    private final Found[] found = new Found[FULL.length];
    /* where the last four digits in a row start: no complete date starts after that */
    private final int lastYear;
    /* whether the string holds a digit at all */
    private final boolean digits;
    /* where a match may start: [winFrom[j], winTo[j]], before and at each run of four digits */
    private int[] winFrom = new int[2];
    private int[] winTo = new int[2];
    private int windows;

    Scan(String s, boolean dayFirst) {
      this.t = TextNormalizer.dateForm(s);
      this.dayFirst = dayFirst;
      Arrays.fill(next, UNKNOWN);
      int run = 0;
      int year = -1;
      boolean any = false;
      int n = t.length();
      for (int i = 0; i <= n; i++) {
        char c = i < n ? t.charAt(i) : ' ';
        if (c >= '0' && c <= '9') {
          run++;
          any = true;
          if (run >= 4) {
            year = i - 3;
          }
          continue;
        }
        if (run >= 4) {
          window(reach(t, i - run), i - 4);
        }
        run = 0;
      }
      this.lastYear = year;
      this.digits = any;
    }

    /* Adds the window [from, to], joined to the last one when they touch. */
    private void window(int from, int to) {
      if (windows > 0 && from <= winTo[windows - 1] + 1) {
        winTo[windows - 1] = to;
        return;
      }
      if (windows == winFrom.length) {
        winFrom = Arrays.copyOf(winFrom, windows * 2);
        winTo = Arrays.copyOf(winTo, windows * 2);
      }
      winFrom[windows] = from;
      winTo[windows++] = to;
    }

    /*
     * The first place a match may start whose year's digits start at {@code year}: at most
     * BEFORE_YEAR characters that are not white space stand between (\s* and \s+ take any
     * number of those).
     */
    private static int reach(String t, int year) {
      int p = year;
      int cost = 0;
      while (p > 0) {
        char c = t.charAt(p - 1);
        if (!(c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r')) {
          if (cost == BEFORE_YEAR) {
            break;
          }
          cost++;
        }
        p--;
      }
      return p;
    }

    /*
     * Finds pattern k's first match at or after {@code at} (>= from) as m.region(from,
     * end).find() would find it there: tries only the places of the windows, each as a region of
     * its own (its bounds transparent after {@code from}, where the one-character lookbehinds
     * see what the search from {@code from} sees), and only those whose character may open the
     * pattern.
     */
    private boolean search(Matcher m, int k, int at, int from) {
      boolean month = k == 1 || k == 5; // MDY, MDY_RANGE open with a month name, the others with a digit
      for (int j = 0; j < windows; j++) {
        int end = winTo[j];
        if (end < at) {
          continue;
        }
        for (int p = Math.max(winFrom[j], at); p <= end; p++) {
          char c = t.charAt(p);
          if (month) {
            if (!(Character.isLetter(c) || Character.isSurrogate(c))
                || p > from && Character.isLetter(t.charAt(p - 1))) {
              continue;
            }
          } else if (c < '0' || c > '9' || p > from && t.charAt(p - 1) >= '0' && t.charAt(p - 1) <= '9') {
            continue;
          }
          m.region(p, t.length());
          m.useTransparentBounds(p > from);
          if (m.lookingAt()) {
            return true;
          }
        }
      }
      return false;
    }

    Found find(int from) {
      if (from > lastYear) {
        return null; // every complete date here has a four-digit year
      }
      Found best = null;
      for (int k = 0; k < FULL.length; k++) {
        Matcher m = matchers[k];
        if (m == null) {
          m = matchers[k] = FULL[k].matcher(t);
        }
        if (next[k] == UNKNOWN || next[k] != NONE && next[k] <= from) {
          // the first match that reads as a date: one that does not ("1439/11/03 هـ - 2018/07/15
          // م", a year out of range) does not hide the next
          next[k] = NONE;
          found[k] = null;
          for (int at = from; search(m, k, at, from); at = m.start() + 1) {
            Found f = read(k, m);
            if (f != null) {
              next[k] = m.start();
              found[k] = f;
              break;
            }
          }
        } else {
          m.region(from, t.length());
          m.useTransparentBounds(false);
          if (m.lookingAt()) {
            Found f = read(k, m);
            if (f != null) {
              next[k] = m.start();
              found[k] = f;
            }
          }
        }
        Found f = found[k];
        if (f != null && (best == null || f.start() < best.start())) {
          best = f;
        }
      }
      return best;
    }

    private Found read(int k, Matcher m) {
      if (otherEraAt(t, m.end())) {
        return null; // "08/11/2010 E.C.": a date of another calendar
      }
      Optional<Found> f = switch (k) {
        case 0 -> build(m.group(3), Months.month(m.group(2)), m.group(1), m, 4, m.start(),
            m.end());
        case 1 -> build(m.group(3), Months.month(m.group(1)), m.group(2), m, 4, m.start(),
            m.end());
        case 2 -> build(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m, 4, m.start(),
            m.end());
        case 3 -> build(m.group(1), Integer.parseInt(m.group(3)), m.group(4), null, 0,
            m.start(), m.end());
        case 4 -> build(m.group(3), Months.month(m.group(2)), m.group(1), null, 0, m.start(),
            m.end());
        case 5 -> build(m.group(3), Months.month(m.group(1)), m.group(2), null, 0, m.start(),
            m.end());
        default -> {
          int a = Integer.parseInt(m.group(1));
          int b = Integer.parseInt(m.group(2));
          boolean df = a > 12 || (b <= 12 && dayFirst);
          yield build(m.group(3), df ? b : a, String.valueOf(df ? a : b), m, 4, m.start(),
              m.end());
        }
      };
      return f.orElse(null);
    }
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
    Dates dates = new Dates(s, dayFirst); // the loose forms too, as find reads a short string
    int from = 0;
    for (int i = 0; from < s.length(); i++) {
      Found f = dates.get(i);
      if (f == null) {
        return Optional.empty();
      }
      if (!UPDATED.matcher(s).region(from, f.start()).find()) {
        return Optional.of(f);
      }
      from = f.end();
    }
    return Optional.empty();
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
