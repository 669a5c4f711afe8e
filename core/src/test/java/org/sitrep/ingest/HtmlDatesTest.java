package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Document;
import org.sitrep.model.Published;

/** The publication date of an HTML page, wherever and however it states it (our own pages). */
class HtmlDatesTest {
  private final PageReader reader = new PageReader();

  private Published published(String head, String body) {
    String html = "<!DOCTYPE html><html><head><title>Shelling resumes on the front line</title>"
        + head + "</head><body><div class=\"masthead\"><a href=\"/\">Front Line Monitor</a></div>"
        + "<article><h1>Shelling resumes on the front line</h1>" + body
        + "<p>Artillery hit two villages north of the city on Sunday, local officials said, and"
        + " three people were wounded in the shelling of the market.</p>"
        + "<p>The officials said the villages had been quiet for a month before the shelling"
        + " began again, and that the roads to the city were closed.</p></article>"
        + "<footer><p>Copyright 2024 Front Line Monitor. Site updated 02.01.2024</p></footer>"
        + "</body></html>";
    PageReader.Result r = reader.read(html.getBytes(StandardCharsets.UTF_8), "page.html");
    Document d = assertInstanceOf(PageReader.Ok.class, r).document();
    return d.published();
  }

  private String date(String head, String body) {
    String v = published(head, body).value();
    return v == null ? null : v.substring(0, Math.min(10, v.length()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // a label in one element and its date in the next, in a sidebar
      "<aside class='credits-sidebar'><p class='title'>Mise en ligne</p><p class='content'>"
          + "23 mai 2019</p></aside>; 2019-05-23",
      // the label after the date, in a long line under the article
      "<p class='postmetadata'><small>Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:00"
          + " Uhr veröffentlicht und unter Politik, Kommunen, Verkehr und Umwelt abgelegt. Sie"
          + " können Kommentare zu diesem Eintrag über den Feed verfolgen.</small></p>; 2011-12-03",
      // the original date in a footer line that opens with the update
      "<div class='foot'><p class='footerline'>Letzte Änderung: 31.10.2023 - 14:49:39<br>"
          + "Erschienen am: 01.11.2023</p></div>; 2023-11-01",
      // a forum profile's registration date is not the post's
      "<div class='postprofile'>Beiträge: 16 Registriert: 18.09.2008, 05:56</div>"
          + "<div class='postbody'><p>Beitrag von r23 » 21.01.2009, 05:42</p></div>; 2009-01-21",
      // year, month and day with dots
      "<div class='info'><em>입력</em><span class='stamp'>2023.11.02. 오후 8:06</span></div>;"
          + " 2023-11-02",
      // day. month. year with spaces
      "<p class='intro'>Von Tennis Bund 4. 2. 2022.</p>; 2022-02-04",
      // a machine stamp written day first: read as the element's own text writes it
      "<p class='meta'><time datetime='01-11-2023 10:29'>1. November 2023 10:29</time></p>;"
          + " 2023-11-01",
      // a time after a slash
      "<p class='meta'>Posted 07/15/2018 / 4:13 PM</p>; 2018-07-15",
      // a range of days: the first
      "<p class='kicker'>Wochenbericht 14. - 20. Januar 2022</p>; 2022-01-14",
      "<p class='kicker'>Weekly report, June 14-20, 2022</p>; 2022-06-14",
      // a two-digit year beside the byline
      "<p>von <a href='/author/k'>Klaus Peter</a>, 8.5.12 </p>; 2012-05-08",
      // a dateline before the lead's date
      "<p>Karlsruhe, (12.11.2021). Traditionell gedenken die Gemeinden am letzten Sonntag des"
          + " Kirchenjahres ihrer Verstorbenen, in diesem Jahr auch digital und mit einer"
          + " Andacht im Netz, zu der alle eingeladen sind.</p>"
          + "<div class='events-list'><p>Sa. 13.11.2021 Erlebnisraum Kirche</p></div>;"
          + " 2021-11-12",
      // a date element with an original date beside its update
      "<p class='date'>Written: 2023-11-07 15:03:30 / Updated: 2023-11-08 09:30:46</p>;"
          + " 2023-11-07",
  })
  void visibleDates(String body, String want) {
    assertEquals(want, date("", body.replace('\'', '"')), body);
  }

  @Test
  void timeElementMarkedBothUpdatedAndPublishedIsThePublicationDate() {
    assertEquals("2020-02-23", date("", "<p>von SeglerBlog am <time class=\"date updated"
        + " published\" datetime=\"2020-02-23T10:07:02+01:00\">23. Februar 2020</time></p>"));
  }

  @Test
  void aMetaKeyThatSaysUploadedGivesTheDate() {
    assertEquals("2013-02-16", date("<meta property=\"photos:uploaded\""
        + " content=\"2013-02-16T04:36:36-05:00\">", ""));
  }

  @Test
  void aUtcStampGivesWayToTheLocalTimeOfTheSameMoment() {
    String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2023-11-09T05:30:59Z\"}</script>";
    Published p = published(head, "<div class=\"time\">PUBLISHED: <time datetime=\"2023-11-08"
        + " 23:30:59\">November 8, 2023 at 11:30 p.m.</time></div>");
    assertEquals("2023-11-08T23:30:59", p.value());
    assertEquals("page", p.basis());
  }

  @Test
  void aUtcStampNearMidnightGivesWayToTheWrittenNextDay() {
    String head = "<meta property=\"article:published_time\" content=\"2021-11-04T23:00Z\">";
    assertEquals("2021-11-05", date(head, "<span class=\"meta-date\">5. November 2021</span>"));
  }

  @Test
  void aUtcStampKeepsItsDayAgainstAnotherMoment() {
    String head = "<meta property=\"article:published_time\" content=\"2023-11-08T16:50:09"
        + "+00:00\">";
    // a related article's stamp: its offset does not give the stamp's instant
    assertEquals("2023-11-08", date(head, "<div class=\"more\"><time datetime=\"2023-11-09T06:13"
        + ":43-05:00\">Nov 9</time></div>"));
    // a written day far from the stamp's hour: not the same moment
    assertEquals("2023-11-08", date(head, "<span class=\"meta-date\">9. November 2023</span>"));
  }

  @Test
  void noDateWhenThePageHasNone() {
    assertEquals(null, date("", "<p class=\"lead\">No date is written here.</p>"));
  }

  @Test
  void dayFirstDateInTheAddress() {
    String head = "<link rel='canonical' href='https://example.org/news/reports/29-10-2021'>";
    Published p = published(head, "");
    assertEquals("2021-10-29", p.value());
    assertEquals("url", p.basis());
  }
}
