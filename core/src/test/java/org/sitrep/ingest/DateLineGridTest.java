package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Document;

/**
 * A generated grid of date lines (label x order x month names x digits x time x placement), each
 * put in a small page of our own (a menu line, the headline, the date, four paragraphs, a footer)
 * and read as a page file: every one must give the day it states as the publication date. The
 * failures are counted per value of each dimension, so that a form nobody wrote a rule for shows
 * as a row, not as one page. Then the negatives: other calendars, an update's date and a date
 * widget above the page never over the article's own date.
 */
class DateLineGridTest {
  /* The days written: every month of a year, days above 12 (no day/month ambiguity) and under. */
  private static final List<LocalDate> DAYS = List.of(
      LocalDate.of(2018, 1, 23), LocalDate.of(2019, 2, 14), LocalDate.of(2020, 3, 5),
      LocalDate.of(2017, 4, 28), LocalDate.of(2021, 5, 16), LocalDate.of(2016, 6, 9),
      LocalDate.of(2015, 7, 30), LocalDate.of(2019, 8, 17), LocalDate.of(2014, 9, 21),
      LocalDate.of(2020, 10, 3), LocalDate.of(2013, 11, 26), LocalDate.of(2022, 12, 19));

  private static final String[] SYRIAC = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار",
      "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
  private static final String[] EGYPTIAN = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
      "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
  private static final String[] ALGERIAN = {"جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
      "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
  private static final String[] MOROCCAN = {"يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو",
      "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"};
  private static final String[] AR_WEEKDAYS = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
      "الجمعة", "السبت", "الأحد"};

  /** One generated case: its value on each dimension, its page and the day it must give. */
  record Case(Map<String, String> dims, String page, String want, String title) {}

  /* ---- English ---- */

  private static String enMonth(LocalDate d, String style) {
    String full = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String abbr = full.substring(0, 3);
    return switch (style) {
      case "full" -> full;
      case "abbr" -> abbr;
      default -> full.length() <= 4 ? full : abbr + "."; // "May", "June" are written whole
    };
  }

  private static String enWeekday(LocalDate d, String style) {
    String full = d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return style.equals("full") ? full : full.substring(0, 3);
  }

  private static String two(int n) {
    return String.format(Locale.ROOT, "%02d", n);
  }

  private static String year(LocalDate d, boolean shortYear) {
    return shortYear ? two(d.getYear() % 100) : String.valueOf(d.getYear());
  }

  /* The date orders of English pages, by name; each writes a day in one month-name style. */
  private static Map<String, Function<LocalDate, String>> enOrders(String style) {
    Map<String, Function<LocalDate, String>> m = new TreeMap<>();
    m.put("wd-d-m-y", d -> enWeekday(d, style) + ", " + d.getDayOfMonth() + " " + enMonth(d, style)
        + " " + d.getYear());
    m.put("wd-m-d-y", d -> enWeekday(d, style) + ", " + enMonth(d, style) + " " + d.getDayOfMonth()
        + ", " + d.getYear());
    m.put("m-d-y", d -> enMonth(d, style) + " " + d.getDayOfMonth() + ", " + d.getYear());
    m.put("d-m-y", d -> d.getDayOfMonth() + " " + enMonth(d, style) + " " + d.getYear());
    return m;
  }

  /* The numeric orders, by name: D.M.Y, D/M/Y, D-M-Y (also spaced), Y-M-D, M/D/Y. */
  private static Map<String, Function<LocalDate, String>> numericOrders() {
    Map<String, Function<LocalDate, String>> m = new TreeMap<>();
    for (String sep : List.of(".", "/", "-", " / ", " - ", ". ")) {
      String name = sep.strip().isEmpty() ? sep : sep.strip();
      String spaced = sep.length() > 1 ? "spaced" : "";
      for (boolean shortYear : List.of(false, true)) {
        String y = shortYear ? "yy" : "yyyy";
        if (sep.equals(". ") || !spaced.isEmpty() && shortYear) {
          continue;
        }
        m.put("D" + name + "M" + name + y + spaced,
            d -> two(d.getDayOfMonth()) + sep + two(d.getMonthValue()) + sep + year(d, shortYear));
        if (!sep.equals(".") && spaced.isEmpty()) {
          // M/D/Y only with a day above 12, where it cannot be read the other way
          m.put("M" + name + "D" + name + y,
              d -> two(d.getMonthValue()) + sep + two(d.getDayOfMonth()) + sep
                  + year(d, shortYear));
        }
      }
      if (spaced.isEmpty()) {
        m.put("Y" + name + "M" + name + "D",
            d -> d.getYear() + sep + two(d.getMonthValue()) + sep + two(d.getDayOfMonth()));
      }
    }
    m.put("D.M.Yspaced1", d -> d.getDayOfMonth() + ". " + d.getMonthValue() + ". " + d.getYear());
    return m;
  }

  private static final Map<String, String> EN_TIMES = new java.util.LinkedHashMap<>();
  private static final Map<String, String> AR_TIMES = new java.util.LinkedHashMap<>();

  static {
    EN_TIMES.put("none", "");
    EN_TIMES.put("hh:mm", " 10:58");
    EN_TIMES.put("at hh:mm", " at 09:14");
    EN_TIMES.put("h:mm pm", ", 7:47 pm");
    EN_TIMES.put("hh:mm GMT", " 10:58 GMT");
    EN_TIMES.put("hh:mm +03:00", " 10:58 +03:00");
    EN_TIMES.put("- hh:mm", " - 16:20");
    AR_TIMES.put("none", "");
    AR_TIMES.put("hh:mm", " 10:58");
    AR_TIMES.put("الساعة hh:mm", " الساعة 09:14");
    AR_TIMES.put("h:mm:ss م", " 7:47:31 م");
    AR_TIMES.put("h:mm ص", " - 7:47 ص");
    AR_TIMES.put("hh:mm GMT", " 10:58 GMT");
    AR_TIMES.put("hh:mm +03:00", " 10:58 +03:00");
  }

  private static final List<String> EN_LABELS = List.of("", "Published", "Published:",
      "Published on", "Posted on", "Posted:", "Date", "Date:", "Updated", "Last updated:",
      "First published:", "Released:");
  private static final List<String> AR_LABELS = List.of("", "نشر في", "نشر في:", "تاريخ النشر:",
      "تاريخ النشر", "آخر تحديث:", "بتاريخ", "التاريخ:", "نُشر بتاريخ:", "تم النشر:");

  private static final String EN_MENU = "Home | World | Middle East | Business | Opinion | Video";
  private static final String EN_TITLE = "Rockets strike a fuel depot outside the port city";
  private static final String[] EN_BODY = {
      "Rockets struck a fuel depot on the edge of the port city early in the day, setting two"
          + " storage tanks on fire, local officials told reporters.",
      "Firefighters worked for several hours to contain the blaze, which sent thick smoke over"
          + " the nearby fishing harbour and a residential quarter.",
      "No group claimed responsibility for the attack. A spokesman for the coalition said its"
          + " air defences had intercepted two other rockets.",
      "The depot supplies fuel to the city's power station, and residents said electricity was"
          + " cut in several neighbourhoods after the strike."};
  private static final String EN_FOOTER = "About us | Contact | Privacy policy | Terms of use";

  private static final String AR_MENU = "الرئيسية | أخبار | سياسة | اقتصاد | رياضة | منوعات";
  private static final String AR_TITLE = "صواريخ تضرب مستودعا للوقود على أطراف المدينة الساحلية";
  private static final String[] AR_BODY = {
      "ضربت صواريخ مستودعا للوقود على أطراف المدينة الساحلية في ساعة مبكرة، ما أدى إلى اشتعال"
          + " النيران في خزانين، بحسب ما قاله مسؤولون محليون للصحفيين.",
      "وعمل رجال الإطفاء عدة ساعات لاحتواء الحريق الذي أطلق دخانا كثيفا فوق ميناء الصيد القريب"
          + " وحي سكني مجاور.",
      "ولم تعلن أي جهة مسؤوليتها عن الهجوم، وقال متحدث باسم التحالف إن دفاعاته الجوية اعترضت"
          + " صاروخين آخرين.",
      "ويزود المستودع محطة الكهرباء في المدينة بالوقود، وقال سكان إن التيار انقطع عن عدة أحياء"
          + " بعد الضربة."};
  private static final String AR_FOOTER = "من نحن | اتصل بنا | سياسة الخصوصية | شروط الاستخدام";

  /* A page with the date line placed as {@code placement} says. */
  private static String page(boolean arabic, String placement, String dateText) {
    String menu = arabic ? AR_MENU : EN_MENU;
    String title = arabic ? AR_TITLE : EN_TITLE;
    String[] body = arabic ? AR_BODY : EN_BODY;
    StringBuilder b = new StringBuilder(menu).append("\n\n").append(title).append("\n\n");
    String lead = body[0];
    switch (placement) {
      case "own line" -> b.append(dateText).append("\n\n");
      case "byline" -> b.append(arabic ? "كتب: سامر الحلبي | " : "By Sam Reed | ")
          .append(dateText).append("\n\n");
      case "section" -> b.append(arabic ? "أخبار عربية - " : "Middle East - ")
          .append(dateText).append("\n\n");
      case "dateline" -> lead = arabic
          ? "الحديدة (وكالة الأنباء) – " + dateText + " – " + lead
          : "HODEIDAH, " + dateText + " (Harbour News Agency) - " + lead;
      default -> throw new IllegalArgumentException(placement);
    }
    b.append(lead).append("\n\n");
    for (int k = 1; k < body.length; k++) {
      b.append(body[k]).append("\n\n");
    }
    return b.append(arabic ? AR_FOOTER : EN_FOOTER).append('\n').toString();
  }

  private static String digits(String s, char zero) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
    }
    return b.toString();
  }

  private static Map<String, String> dims(String... kv) {
    Map<String, String> m = new TreeMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private static final List<String> PLACEMENTS = List.of("own line", "byline", "section",
      "dateline");

  /** Every case of the grid, English then Arabic. */
  static List<Case> grid() {
    List<Case> out = new ArrayList<>();
    int k = 0;
    for (String placement : PLACEMENTS) {
      List<String> labels = placement.equals("dateline") ? List.of("") : EN_LABELS;
      for (String label : labels) {
        for (String style : List.of("full", "abbr", "abbr.")) {
          for (Map.Entry<String, Function<LocalDate, String>> o : enOrders(style).entrySet()) {
            for (Map.Entry<String, String> t : EN_TIMES.entrySet()) {
              LocalDate d = DAYS.get(k++ % DAYS.size());
              String line = (label.isEmpty() ? "" : label + " ") + o.getValue().apply(d)
                  + t.getValue();
              out.add(new Case(dims("lang", "en", "placement", placement, "label", label,
                  "order", o.getKey(), "months", "en " + style, "digits", "ascii", "time",
                  t.getKey()), page(false, placement, line), d.toString(), EN_TITLE));
            }
          }
        }
        for (Map.Entry<String, Function<LocalDate, String>> o : numericOrders().entrySet()) {
          for (Map.Entry<String, String> t : EN_TIMES.entrySet()) {
            LocalDate d = DAYS.get(k++ % DAYS.size());
            if (o.getKey().startsWith("M") && d.getDayOfMonth() <= 12) {
              d = d.withDayOfMonth(d.getDayOfMonth() + 13);
            }
            String line = (label.isEmpty() ? "" : label + " ") + o.getValue().apply(d)
                + t.getValue();
            out.add(new Case(dims("lang", "en", "placement", placement, "label", label, "order",
                o.getKey(), "months", "numeric", "digits", "ascii", "time", t.getKey()),
                page(false, placement, line), d.toString(), EN_TITLE));
          }
        }
      }
      labels = placement.equals("dateline") ? List.of("") : AR_LABELS;
      Map<String, String[]> systems = new java.util.LinkedHashMap<>();
      systems.put("syriac", SYRIAC);
      systems.put("egyptian", EGYPTIAN);
      systems.put("algerian", ALGERIAN);
      systems.put("moroccan", MOROCCAN);
      Map<String, Character> zeros = new java.util.LinkedHashMap<>();
      zeros.put("ascii", '0');
      zeros.put("arabic-indic", '\u0660');
      zeros.put("persian", '\u06F0');
      List<Map.Entry<String, String[]>> systemList = new ArrayList<>(systems.entrySet());
      List<Map.Entry<String, String>> timeList = new ArrayList<>(AR_TIMES.entrySet());
      for (String label : labels) {
        for (Map.Entry<String, Character> z : zeros.entrySet()) {
          for (Map.Entry<String, String> t : AR_TIMES.entrySet()) {
            // the month names' systems and, for the numeric orders, the times taken in turn
            // (each meets every other dimension's values across the grid)
            {
              Map.Entry<String, String[]> sys = systemList.get(k % systemList.size());
              String[] names = sys.getValue();
              Map<String, Function<LocalDate, String>> orders = new TreeMap<>();
              orders.put("wd-d-m-y", d -> AR_WEEKDAYS[d.getDayOfWeek().getValue() - 1] + " "
                  + d.getDayOfMonth() + " " + names[d.getMonthValue() - 1] + " " + d.getYear());
              orders.put("d-m-y", d -> d.getDayOfMonth() + " " + names[d.getMonthValue() - 1]
                  + " " + d.getYear());
              orders.put("wd, d-m-y", d -> AR_WEEKDAYS[d.getDayOfWeek().getValue() - 1] + "، "
                  + d.getDayOfMonth() + " " + names[d.getMonthValue() - 1] + "، " + d.getYear());
              for (Map.Entry<String, Function<LocalDate, String>> o : orders.entrySet()) {
                LocalDate d = DAYS.get(k++ % DAYS.size());
                String line = (label.isEmpty() ? "" : label + " ")
                    + digits(o.getValue().apply(d) + t.getValue(), z.getValue());
                out.add(new Case(dims("lang", "ar", "placement", placement, "label", label,
                    "order", o.getKey(), "months", "ar " + sys.getKey(), "digits", z.getKey(),
                    "time", t.getKey()), page(true, placement, line), d.toString(), AR_TITLE));
              }
            }
          }
          for (Map.Entry<String, Function<LocalDate, String>> o : numericOrders().entrySet()) {
            if (o.getKey().startsWith("M")) {
              continue; // month first is no Arabic page's order
            }
            Map.Entry<String, String> t = timeList.get(k % timeList.size());
            LocalDate d = DAYS.get(k++ % DAYS.size());
            String line = (label.isEmpty() ? "" : label + " ")
                + digits(o.getValue().apply(d) + t.getValue(), z.getValue());
            out.add(new Case(dims("lang", "ar", "placement", placement, "label", label,
                "order", o.getKey(), "months", "numeric", "digits", z.getKey(), "time",
                t.getKey()), page(true, placement, line), d.toString(), AR_TITLE));
          }
        }
      }
    }
    return out;
  }

  /** Failures counted per value of each dimension, and a few examples. */
  static String tally(List<Case> failed, List<Case> all) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Case c : all) {
      for (Map.Entry<String, String> e : c.dims().entrySet()) {
        counts.computeIfAbsent(e.getKey() + "=" + e.getValue(), x -> new int[2])[1]++;
      }
    }
    for (Case c : failed) {
      for (Map.Entry<String, String> e : c.dims().entrySet()) {
        counts.get(e.getKey() + "=" + e.getValue())[0]++;
      }
    }
    StringBuilder b = new StringBuilder();
    b.append(failed.size()).append(" of ").append(all.size()).append(" cases fail\n");
    counts.forEach((k, v) -> {
      if (v[0] > 0) {
        b.append(String.format(Locale.ROOT, "  %-40s %5d/%d%n", k, v[0], v[1]));
      }
    });
    return b.toString();
  }

  private static String line(Case c) {
    String p = c.page();
    int a = p.indexOf("\n\n", p.indexOf("\n\n") + 2) + 2;
    return p.substring(a, p.indexOf('\n', a));
  }

  /** What a page of the grid was read as: its publication day and its title. */
  record Read(String day, String title) {}

  private static List<Read> reads;

  /* The grid's pages read once for both tests. */
  private static synchronized List<Read> reads() {
    if (reads == null) {
      List<Read> out = new ArrayList<>();
      for (Case c : grid()) {
        Document d = TextPages.read(c.page());
        out.add(new Read(TextPages.day(d), d.title()));
      }
      reads = out;
    }
    return reads;
  }

  @Test
  void everyDateLineOfTheGridGivesItsDay() {
    List<Case> all = grid();
    List<Read> reads = reads();
    List<Case> failed = new ArrayList<>();
    List<String> examples = new ArrayList<>();
    List<String> all2 = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Case c = all.get(i);
      String got = reads.get(i).day();
      if (!c.want().equals(got)) {
        failed.add(c);
        all2.add(c.want() + " <- " + got + " : " + c.dims().get("placement") + " : " + line(c));
        if (examples.size() < 40) {
          examples.add(c.want() + " <- " + got + " : " + line(c));
        }
      }
    }
    String report = tally(failed, all) + String.join("\n", examples);
    System.out.println(report);
    dump(all2);
    assertTrue(failed.isEmpty(), report);
  }

  /* Every failure, one a line, in target/ for study. */
  private static void dump(List<String> lines) {
    try {
      java.nio.file.Files.write(java.nio.file.Path.of("target", "date-grid-failures.txt"), lines,
          java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theHeadlineStaysTheTitleAcrossTheGrid() {
    List<Case> all = grid();
    List<Read> reads = reads();
    List<Case> failed = new ArrayList<>();
    List<String> examples = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Case c = all.get(i);
      String title = reads.get(i).title();
      if (!c.title().equals(title)) {
        failed.add(c);
        if (examples.size() < 20) {
          examples.add(title + " : " + line(c));
        }
      }
    }
    String report = tally(failed, all) + String.join("\n", examples);
    System.out.println(report);
    assertTrue(failed.isEmpty(), report);
  }

  /* A page of the grid's shape with the given lines between the menu and the headline and
   * between the headline and the lead. */
  private static Document negative(boolean arabic, String aboveTitle, String underTitle) {
    String menu = arabic ? AR_MENU : EN_MENU;
    StringBuilder b = new StringBuilder(menu).append("\n\n");
    for (String x : aboveTitle.split("\\|\\|")) {
      if (!x.isBlank()) {
        b.append(x.strip()).append("\n\n");
      }
    }
    b.append(arabic ? AR_TITLE : EN_TITLE).append("\n\n");
    for (String x : underTitle.split("\\|\\|")) {
      if (!x.isBlank()) {
        b.append(x.strip()).append("\n\n");
      }
    }
    for (String x : arabic ? AR_BODY : EN_BODY) {
      b.append(x).append("\n\n");
    }
    return TextPages.read(b.append(arabic ? AR_FOOTER : EN_FOOTER).append('\n').toString());
  }

  /** Another calendar's date is never read as a Gregorian one; beside a Gregorian date it loses. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "ar; ; الأحد 15 تموز 2018 الموافق 3 ذو القعدة 1439هـ; 2018-07-15",
      "ar; ; 3 ذو القعدة 1439 هـ || 15 يوليو 2018; 2018-07-15",
      "ar; ; ١٤٣٩/١١/٠٣ هـ - ٢٠١٨/٠٧/١٥ م; 2018-07-15",
      "ar; ; ۲۴ تیر ۱۳۹۷ || 15 يوليو 2018; 2018-07-15",
      "en; ; Sunday, July 15, 2018 | 3 Av 5778; 2018-07-15",
      "en; ; Hamle 8, 2010 E.C. (July 15, 2018); 2018-07-15",
      "en; ; 08/11/2010 E.C. || Posted on 15 July 2018; 2018-07-15",
  })
  void anotherCalendarNeverGivesTheGregorianDay(String lang, String above, String under,
      String want) {
    Document d = negative(lang.equals("ar"), above == null ? "" : above, under);
    assertEquals(want, TextPages.day(d), under);
  }

  /** A date in another calendar alone dates the page in that calendar's year, never literally. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "en; 08/11/2010 E.C.; 2010-11-08",
      "en; Date: 12.04.2012 E.C.; 2012-04-12",
      "en; Issued 12/01/2011 E.C.; 2011-01-12",
  })
  void anEthiopianDateAloneIsNotItsGregorianNamesake(String lang, String under, String literal) {
    Document d = negative(lang.equals("ar"), "", under);
    assertNotEquals(literal, TextPages.day(d), under);
  }

  /** An update's date never goes over the original's, whichever stands first. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "en; Updated: 16 July 2018 || Published: 15 July 2018; 2018-07-15",
      "en; Last updated 16/07/2018 10:00 || First published 15/07/2018 09:00; 2018-07-15",
      "en; Published 15 Jul 2018 || Updated 16 Jul 2018; 2018-07-15",
      "ar; آخر تحديث: 16 تموز 2018 || نشر في: 15 تموز 2018; 2018-07-15",
      "ar; تاريخ النشر: 15/07/2018 || آخر تحديث: 16/07/2018; 2018-07-15",
  })
  void anUpdateNeverGoesOverTheOriginal(String lang, String under, String want) {
    assertEquals(want, TextPages.day(negative(lang.equals("ar"), "", under)), under);
  }

  /** The site's date widget above the headline never goes over the article's own date line. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "en; Friday, 4 December 2026; Posted on 15 July 2018; 2018-07-15",
      "en; Today: 04.12.2026 | 09:14; By Sam Reed | 15 July 2018; 2018-07-15",
      "ar; الجمعة 4 ديسمبر 2026; نشر في: 15 تموز 2018; 2018-07-15",
      "ar; الجمعة، 4 كانون الأول 2026; 15/07/2018 - 10:58; 2018-07-15",
  })
  void aDateWidgetAboveThePageNeverGoesOverTheArticlesDate(String lang, String widget,
      String line, String want) {
    assertEquals(want, TextPages.day(negative(lang.equals("ar"), widget, line)), line);
  }
}
