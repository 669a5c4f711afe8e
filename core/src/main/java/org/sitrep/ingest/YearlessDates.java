package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Published;
import org.sitrep.model.Span;
import org.sitrep.text.Months;
import org.sitrep.text.TextNormalizer;

/**
 * Dates a text page by a day and month its lead writes without a year: a dateline ("SANAA, June
 * 20 (YPA) –", "Dubai. June 22. INTERFAX –") or the report's own "today" ("said today,
 * Wednesday 21 February", "اليوم، الأربعاء 21 شباط"), when another date of the page (a caption,
 * a date line) gives the year: a full date on that same day and month. Without one the page
 * stays undated here and takes its anchor from its story.
 */
public final class YearlessDates {
  private static final String MONTH = Months.alternationByFirstChar();
  /* Day and month, or month and day, with no four-digit year right after. */
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?<![\\d\\p{L}])(?:(\\d{1,2})\\s+(" + MONTH + ")|(" + MONTH + ")\\.?\\s+(\\d{1,2}))"
          + "(?![\\d\\p{L}])(?![,،.]?\\s*\\d{4})",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /* A dateline's place before the date: one to three words and a comma or stop. */
  private static final Pattern PLACE = Pattern.compile(
      "^\\p{L}[\\p{L}'’.\\-]*(?:\\s+\\p{L}[\\p{L}'’.\\-]*){0,2}\\s*[,،.]?\\s*$");
  /* A place and its country or region before the date: "ERBIL, Iraq,", "RAS AL-AIN, Syria,". */
  private static final Pattern PLACE_REGION = Pattern.compile(
      "^\\p{L}[\\p{L}'’.\\-]*(?:\\s+\\p{L}[\\p{L}'’.\\-]*){0,2}[,،]\\s+\\p{L}[\\p{L}'’.\\-]*"
          + "(?:\\s+\\p{L}[\\p{L}'’.\\-]*)?\\s*[,،.]?\\s*$");
  /* A numeric date with the day and month first in some order: "4/6/2022", "03.05.2023". */
  private static final Pattern NUMERIC_DMY =
      Pattern.compile("(?<!\\d)(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?!\\d)");
  /* "today", then at most a weekday and punctuation, before the date. */
  private static final Pattern TODAY = Pattern.compile(
      "(?:\\btoday\\b|اليوم)[\\s,،(]*(?:\\p{L}+[\\s,،)]*)?$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private YearlessDates() {}

  /**
   * A day and month the lead writes without a year, as a dateline or as the report's "today":
   * the words, the month and the day.
   */
  public record LeadDay(String words, int month, int day) {}

  /**
   * The year-less day and month of a page's lead ({@link #date} takes the year from another date
   * of the page; when the page has none, a story may supply it), or null. {@code paragraphs}
   * are spans of {@code text}.
   */
  public static LeadDay leadDay(String text, List<Span> paragraphs) {
    for (int k = 0; k < Math.min(2, paragraphs.size()); k++) {
      Span s = paragraphs.get(k);
      String t = TextNormalizer.asciiDigits(text.substring(s.start(), s.end()));
      Matcher m = DAY_MONTH.matcher(t);
      for (int from = 0; (from = findBefore(m, t, from, 300)) >= 0; ) {
        if (!today(t, m) && !(placeBefore(t, m, k) && datelineShape(t, m))) {
          continue;
        }
        Integer month = Months.month(m.group(2) != null ? m.group(2) : m.group(3));
        int day = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
        if (month != null && day >= 1 && day <= (month == 2 ? 29 : 31)) {
          return new LeadDay(m.group().strip(), month, day);
        }
      }
    }
    return null;
  }

  /* What follows a dateline's date: an agency in brackets or capitals, a dash or a slash. */
  private static final Pattern AFTER_DATELINE =
      Pattern.compile("^\\s*[.,،]?\\s*(?:[(\\[/–—-]|\\p{Lu}{2,}(?!\\p{L}))");

  /*
   * Whether a lead's opening words and day are shaped as a dateline and not as a sentence that
   * opens with a day ("Since April 7, the army …", "On April 4, Russia …"): a capital (or
   * uncased) place set off by a comma or a stop, or a date followed by its agency or a dash.
   */
  private static boolean datelineShape(String t, Matcher m) {
    String before = t.substring(0, m.start()).strip();
    if (before.isEmpty() || Character.isLowerCase(before.charAt(0))) {
      return false;
    }
    char last = before.charAt(before.length() - 1);
    return last == ',' || last == '،' || last == '.'
        || AFTER_DATELINE.matcher(t.substring(m.end())).find();
  }

  /* Whether DAY_MONTH's match m in t follows "today" (and perhaps its weekday). */
  private static boolean today(String t, Matcher m) {
    String before = t.substring(0, m.start());
    return TODAY.matcher(before.substring(Math.max(0, before.length() - 30))).find();
  }

  /* Whether DAY_MONTH's match m opens paragraph k = 0 after a place alone (a dateline's). */
  private static boolean placeBefore(String t, Matcher m, int k) {
    if (k != 0 || m.start() > 40) {
      return false;
    }
    String before = t.substring(0, m.start());
    return PLACE.matcher(before).matches() || PLACE_REGION.matcher(before).matches();
  }

  /* Whether DAY_MONTH's match m in paragraph k's text t is a dateline's or "today"'s date. */
  private static boolean leads(String t, Matcher m, int k) {
    return placeBefore(t, m, k) || today(t, m);
  }

  /** Sets {@code p.published} from a year-less lead date when the page's other dates allow. */
  static void date(PageParts p) {
    if (p.published.value() != null || p.paragraphs.isEmpty()) {
      return;
    }
    DateExpressions.Dates dates = null; // the page's full dates, read once as far as needed
    for (int k = 0; k < Math.min(2, p.paragraphs.size()); k++) {
      Span s = p.paragraphs.get(k);
      String t = TextNormalizer.asciiDigits(p.text.substring(s.start(), s.end()));
      Matcher m = DAY_MONTH.matcher(t);
      for (int from = 0; (from = findBefore(m, t, from, 300)) >= 0; ) {
        if (!leads(t, m, k)) {
          continue;
        }
        Integer month = Months.month(m.group(2) != null ? m.group(2) : m.group(3));
        int day = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
        if (dates == null) {
          dates = new DateExpressions.Dates(p.text, true);
        }
        Optional<LocalDate> full = sameDay(dates, month, day);
        if (full.isPresent()) {
          p.published = new Published(full.get().toString(), "day", "page",
              m.group().strip() + " (the year from the page's " + full.get() + ")");
          return;
        }
      }
    }
  }

  /*
   * Finds DAY_MONTH's next match in t from {@code from} that starts before {@code limit}, as
   * m.find() from there would, and returns where the search goes on (its end), or -1. Tries only
   * the places a match may start at (a digit, or a letter opening a month name, after no letter
   * or digit), each as
   * a region with transparent bounds, so the lookbehind sees what a search of the whole sees.
   */
  private static int findBefore(Matcher m, String t, int from, int limit) {
    for (int p = from, end = Math.min(limit, t.length()); p < end; p++) {
      char c = t.charAt(p);
      if (!(c >= '0' && c <= '9' || Character.isLetter(c) || Character.isSurrogate(c))
          || p > 0 && (Character.isLetter(t.charAt(p - 1)) || isDigit(t.charAt(p - 1)))) {
        continue;
      }
      m.region(p, t.length());
      m.useTransparentBounds(true);
      if (m.lookingAt()) {
        return m.end();
      }
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Reads the page's numeric publication date the other way round ("4/6/2022": June 4 or April
   * 6) when the lead's dateline gives the day and month of the other reading ("ERBIL, Iraq, April
   * 6 (Reuters) -") and not of the one taken.
   */
  static void settleNumeric(PageParts p) {
    String v = p.published.value();
    String ev = p.published.evidence();
    if (v == null || ev == null || v.length() < 10 || p.paragraphs.isEmpty()) {
      return;
    }
    Matcher n = NUMERIC_DMY.matcher(TextNormalizer.asciiDigits(ev));
    if (!n.find()) {
      return;
    }
    int a = Integer.parseInt(n.group(1));
    int b = Integer.parseInt(n.group(3));
    if (a > 12 || b > 12 || a == b || !v.startsWith(n.group(4))) {
      return; // only one reading, or the date taken is not this one
    }
    LocalDate taken;
    try {
      taken = LocalDate.parse(v.substring(0, 10));
    } catch (DateTimeException e) {
      return;
    }
    Span s = p.paragraphs.get(0);
    String t = TextNormalizer.asciiDigits(p.text.substring(s.start(), s.end()));
    Matcher m = DAY_MONTH.matcher(t);
    if (!m.find() || m.start() > 40) {
      return;
    }
    String before = t.substring(0, m.start());
    if (!PLACE.matcher(before).matches() && !PLACE_REGION.matcher(before).matches()) {
      return;
    }
    Integer month = Months.month(m.group(2) != null ? m.group(2) : m.group(3));
    int day = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
    if (month == null || month == taken.getMonthValue() && day == taken.getDayOfMonth()
        || month != taken.getDayOfMonth() || day != taken.getMonthValue()) {
      return;
    }
    p.published = new Published(
        LocalDate.of(taken.getYear(), month, day) + v.substring(10), p.published.precision(),
        p.published.basis(), ev + " (day and month as the dateline " + m.group().strip() + ")");
  }

  /* A full date among the first 50 dates of the text on that month and day. */
  private static Optional<LocalDate> sameDay(DateExpressions.Dates dates, Integer month, int day) {
    if (month == null) {
      return Optional.empty();
    }
    DateExpressions.Found f;
    for (int n = 0; n < 50 && (f = dates.get(n)) != null; n++) {
      try {
        LocalDate d = LocalDate.parse(f.value().substring(0, 10));
        if (d.getMonthValue() == month && d.getDayOfMonth() == day) {
          return Optional.of(d);
        }
      } catch (DateTimeException e) {
        // not a day: go on
      }
    }
    return Optional.empty();
  }
}
