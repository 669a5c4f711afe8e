package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The dates of a string one after another are what a search of each rest finds. */
class DateExpressionsTest {
  /* The definition of DateExpressions.all: find on the rest of the string after each date. */
  private static List<DateExpressions.Found> oneByOne(String s, boolean dayFirst, int max) {
    List<DateExpressions.Found> out = new ArrayList<>();
    int from = 0;
    while (out.size() < max && from < s.length()) {
      Optional<DateExpressions.Found> d = DateExpressions.find(s.substring(from), dayFirst);
      if (d.isEmpty()) {
        break;
      }
      DateExpressions.Found f = d.get();
      out.add(new DateExpressions.Found(f.value(), f.precision(), f.start() + from,
          f.end() + from));
      from += f.end();
    }
    return out;
  }

  private static final String[] PIECES = {"15 March 2018", "March 15, 2018", "2018-03-15",
      "2018-03-15T10:20", "15/03/2018", "03/15/2018", "2018/3/15", "14-20 January 2022",
      "June 14-20, 2022", "١٥ مارس ٢٠١٨", "21 شباط 2018 الساعة 10:30 م", "3rd of May 2019",
      "May 2019", "2019", "12019", "20180", "32 March 2018", "at 7:47 pm", "Mar. 5 2020",
      "27 مارس، 2018 7:47:31 م", "1.2.2021", "15. 7. 2018", "Updated", "June", " ", ", ", "-",
      "/", ".", "x", "said", "\n", "7", "15 ", "2018-"};

  @Test
  void datesOneAfterAnotherAsEachRestReadsThem() {
    Random r = new Random(3);
    int dates = 0;
    for (int k = 0; k < 1_500; k++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + r.nextInt(12);
      for (int i = 0; i < n; i++) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String s = b.toString();
      for (boolean dayFirst : new boolean[] {true, false}) {
        List<DateExpressions.Found> expected = oneByOne(s, dayFirst, 50);
        assertEquals(expected, DateExpressions.all(s, dayFirst, 50), s);
        DateExpressions.Dates lazy = new DateExpressions.Dates(s, dayFirst);
        for (int i = 0; i <= expected.size(); i++) {
          assertEquals(i < expected.size() ? expected.get(i) : null, lazy.get(i), s);
        }
        dates += expected.size();
      }
    }
    assertTrue(dates > 2_000, "the strings hold dates: " + dates);
  }

  @Test
  void readsTheFormsOfDateLines() {
    assertEquals(List.of(new DateExpressions.Found("2018-03-27T19:47:31", "second", 5, 28),
            new DateExpressions.Found("2019-05-03", "day", 33, 48)),
        DateExpressions.all("Date 27 مارس، 2018 7:47:31 م and 3rd of May 2019.", true, 10));
    assertEquals("2018-07-15", DateExpressions.original(
        "Last updated: 16 July 2018 - Published: 15 July 2018", true).get().value());
  }

  @Test
  void readsADayAMonthNameAndAYearApartBySlashes() {
    assertEquals("2019-09-21", DateExpressions.find("[21/ سبتمبر/2019]", true).get().value());
    assertEquals("2018-03-03", DateExpressions.find("[03/March/2018]", true).get().value());
    assertEquals("2018-03-03", DateExpressions.find("3 / Mar / 2018", true).get().value());
    // apart by hyphens: "19-Mar-2017" (s11-ingest)
    assertEquals("2017-03-19", DateExpressions.find("19-Mar-2017", true).get().value());
    assertEquals("2017-03-19T10:31",
        DateExpressions.find("Posted 19-March-2017 10:31", true).get().value());
  }

  @Test
  void readsADayOfAMonthInArabic() {
    // "11 من فبراير 2020" beside the Hijri "17 من جمادى الآخرة 1441 هـ" (s12-ingest)
    assertEquals("2020-02-11", DateExpressions.find(
        "الثلاثاء 11 من فبراير 2020 م - 17 من جمادى الآخرة 1441 هـ", true).get().value());
  }
}
