package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Document;

/** A text page's date line in each common form gives its publication date (our own wording). */
class DateLineFormsTest {
  private final PageReader reader = new PageReader();

  private Document page(String dateLine) {
    String text = "Shelling resumes on the northern front line\n\n" + dateLine + "\n\n"
        + "Artillery hit two villages north of the city on Sunday, local officials said.\n\n"
        + "The officials said three people were wounded in the shelling.\n";
    PageReader.Result r = reader.read(text.getBytes(StandardCharsets.UTF_8), "page.txt");
    return assertInstanceOf(PageReader.Ok.class, r).document();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Sunday, 15 July 2018; 2018-07-15",
      "Sun 15 Jul 2018; 2018-07-15",
      "Sunday, July 15, 2018; 2018-07-15",
      "Sunday 15th July 2018; 2018-07-15",
      "Jul 15 2018; 2018-07-15",
      "Sun., Jul. 15, 2018 at 09:14; 2018-07-15T09:14",
      "15 July 2018, 10:58; 2018-07-15T10:58",
      "15.07.2018; 2018-07-15",
      "07/15/2018; 2018-07-15",
      "2018-07-15; 2018-07-15",
      "15/7/2018 - 08:30; 2018-07-15T08:30",
      "Posted on July 15, 2018 by Staff Writer; 2018-07-15",
      "Published 15 Jul 2018, 09:14 GMT; 2018-07-15T09:14",
      "Published: 15 July 2018 | Last updated: 16 July 2018; 2018-07-15",
      "Last updated: 16 July 2018 10:00 - Published: 15 July 2018 09:00; 2018-07-15T09:00",
      "Updated July 16, 2018 / Originally published July 15, 2018; 2018-07-15",
      "الأحد 15 تموز 2018; 2018-07-15",
      "الأحد ١٥ يوليو ٢٠١٨ - ٧:٤٧:٣١ م; 2018-07-15T19:47:31",
      "تاريخ النشر: 15/07/2018; 2018-07-15",
      "Sunday, July 15, 2018 | 3 Av 5778; 2018-07-15",
      "15 تموز (يوليو) 2018; 2018-07-15",
      "تاريخ النشر : 15 - 07 - 2018; 2018-07-15",
      "[15/ يوليو/2018]; 2018-07-15",
      "[15/July/2018]; 2018-07-15",
      // s33: a United States time zone reads the numeric date month first (transfer-28 2810)
      "08/07/2018 05:00 AM EDT; 2018-08-07T05:00",
      "08/07/2018 11:12 a.m. ET; 2018-08-07T11:12",
      "08/07/2018 05:00; 2018-07-08T05:00",
  })
  void dateLineGivesThePublicationDate(String line, String want) {
    Document d = page(line);
    assertEquals(want, d.published().value(), line);
    assertEquals("Shelling resumes on the northern front line", d.title(), line);
    assertFalse(d.body().text().contains(line), line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Last Update: Sunday, 15 July 2018 KSA 11:06 - GMT 08:06; 2018-07-15",
      "Published Sunday, July 15, 2018; 2018-07-15",
      "Sun, 15 Jul 2018 | 10:48 AM; 2018-07-15T10:48",
      "15 July 2018 Sunday; 2018-07-15",
      "Updated 1:39 PM ET, Sun July 15, 2018; 2018-07-15",
      "Posted: 7/15/2018 4:13:12 PM; 2018-07-15T16:13:12",
      "Sunday 15/07/2018; 2018-07-15",
      "15-07-2018; 2018-07-15",
      "Published time: 15 Jul, 2018 10:48 Edited time: 16 Jul, 2018 09:34; 2018-07-15T10:48",
      "Posted By: Staff Writer | July 15, 2018; 2018-07-15",
      "JULY 15, 2018 / 10:48 AM; 2018-07-15T10:48",
      "Sunday 15th of July 2018; 2018-07-15",
      "الأحد، 15 يوليو 2018; 2018-07-15",
      "آخر تحديث: الأحد 15 تموز 2018 - 11:06; 2018-07-15T11:06",
      "الاحد 15-07-2018; 2018-07-15",
      "منذ 3 ساعات | 15 يوليو 2018; 2018-07-15",
      "٢٠١٨/٠٧/١٥; 2018-07-15",
  })
  void dateLineOpensThePage(String line, String want) {
    // above the headline
    String text = line + "\n\nShelling resumes on the northern front line\n\n"
        + "Artillery hit two villages north of the city on Sunday, local officials said.\n";
    Document d = assertInstanceOf(PageReader.Ok.class,
        reader.read(text.getBytes(StandardCharsets.UTF_8), "page.txt")).document();
    assertEquals(want, d.published().value(), line);
    assertEquals("Shelling resumes on the northern front line", d.title(), line);
    assertFalse(d.body().text().contains("Shelling resumes"), line);
    // with no headline: the lead follows the date line
    text = line + "\nArtillery hit two villages north of the city on Sunday, local officials said.\n";
    d = assertInstanceOf(PageReader.Ok.class,
        reader.read(text.getBytes(StandardCharsets.UTF_8), "page.txt")).document();
    assertEquals(want, d.published().value(), line);
    assertEquals(null, d.title(), line);
    assertFalse(d.body().text().contains(line), line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // a date glued before the lead, after a weekday or before a place and an agency
      "Sunday, 15 July 2018 - Artillery hit two villages north of the city on Sunday, officials"
          + " said.; 2018-07-15; Artillery hit two villages",
      "15/07/2018 Hama, SANA – Artillery hit two villages north of the city on Sunday, officials"
          + " said.; 2018-07-15; Hama, SANA – Artillery",
      // the date of a lead's dateline, between the place and the agency
      "HAMA, Syria, July 15, 2018 (AP) — Artillery hit two villages north of the city on Sunday,"
          + " officials said.; 2018-07-15; HAMA, Syria, July 15, 2018 (AP)",
  })
  void leadThatOpensWithItsDate(String lead, String want, String bodyStart) {
    String text = lead + "\n\nThe officials said three people were wounded in the shelling.\n";
    Document d = assertInstanceOf(PageReader.Ok.class,
        reader.read(text.getBytes(StandardCharsets.UTF_8), "page.txt")).document();
    assertEquals(want, d.published().value(), lead);
    assertEquals(true, d.body().text().startsWith(bodyStart), d.body().text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Talks to resume in Geneva on July 15, 2018",
      "Aid convoy reaches the besieged town, 15 July 2018",
  })
  void aHeadlineThatNamesADateStaysTheHeadline(String headline) {
    String text = headline + "\n\nArtillery hit two villages north of the city on Sunday, "
        + "local officials said.\n";
    Document d = assertInstanceOf(PageReader.Ok.class,
        reader.read(text.getBytes(StandardCharsets.UTF_8), "page.txt")).document();
    assertEquals(headline, d.title());
  }

  /* A page dated in another calendar only: never misread as a Gregorian date; a Hijri date is
   * converted by the Umm al-Qura calendar (s15-ingest: 3 Sha'ban 1440 is 8 April 2019), a Hebrew
   * one is left undated. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "الثلاثاء 3 شعبان 1440 هـ;2019-04-08",
      "Tuesday 3 Sha'ban 1440 AH;2019-04-08",
      "15 Tammuz 5778;",
  })
  void anotherCalendarIsNotTheGregorianDate(String line, String want) {
    Document d = page(line);
    assertEquals(want, d.published().value(), line);
    assertEquals("Shelling resumes on the northern front line", d.title(), line);
    assertFalse(d.body().text().contains(line), line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "' date 2018-07-15'",
  })
  void crawlerDateLineAlone(String line) {
    String text = line + "\nShelling resumes on the northern front line\n\n"
        + "Artillery hit two villages north of the city on Sunday, local officials said.\n";
    PageReader.Result r = reader.read(text.getBytes(StandardCharsets.UTF_8), "page.txt");
    Document d = assertInstanceOf(PageReader.Ok.class, r).document();
    assertEquals("2018-07-15", d.published().value());
  }
}
