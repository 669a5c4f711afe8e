package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Two dates the HTML cascade weighs: a thread list's "last reply" stamp, which is not the
 * page's, and the day in the share image's address, read when nothing else dates a page.
 */
class ThreadListAndShareImageDateTest {
  private final PageReader reader = new PageReader();

  private String date(String head, String body) {
    String html = "<!DOCTYPE html><html><head><title>Harbour road reopens</title>" + head
        + "</head><body><div class=\"nav\"><a href=\"/\">Coastal Board</a></div>" + body
        + "</body></html>";
    PageReader.Result r = reader.read(html.getBytes(StandardCharsets.UTF_8), "page.html");
    Document d = assertInstanceOf(PageReader.Ok.class, r).document();
    String v = d.published().value();
    return v == null ? null : v.substring(0, Math.min(10, v.length()));
  }

  private static final String STORY = "<p>The harbour road was opened again to lorries this"
      + " week after the repairs to the sea wall, the port authority told the drivers who had"
      + " waited at the gate since the storm.</p><p>Fishermen said the catch had gone to the"
      + " market by boat while the road was shut, and that prices had risen in the town.</p>";

  @Test
  void aThreadListsLastReplyIsNotThePagesDate() {
    String body = "<ul class=\"threads\"><li><a href=\"/t/88\">Ferry times</a>"
        + "<div class=\"stats\">Replies: 4 <span>Last reply:</span> 14.03.2016, 22:10</div>"
        + "</li></ul><div class=\"thread\"><h1>Harbour road reopens</h1>"
        + "<div class=\"post\"><div class=\"info\">09.02.2016, 08:15</div>" + STORY
        + "</div></div>";
    assertEquals("2016-02-09", date("", body));
  }

  @Test
  void theSameInGermanAndFrenchLabels() {
    for (String label : new String[] {"Letzter Beitrag:", "Dernier message :"}) {
      String body = "<div class=\"box\">Antworten: 2 " + label + " 30.11.2019, 17:02</div>"
          + "<h1>Harbour road reopens</h1><div class=\"info\">02.10.2019, 11:40</div>" + STORY;
      assertEquals("2019-10-02", date("", body), label);
    }
  }

  @Test
  void aShareImageFiledByDayDatesAnOtherwiseUndatedPage() {
    String head = "<meta property=\"og:image\""
        + " content=\"https://coastal.example/media/2017/06/21/harbour-wall.jpg\">";
    assertEquals("2017-06-21", date(head, "<h1>Harbour road reopens</h1>" + STORY));
  }

  @Test
  void aShareImageFiledByMonthGivesNoDay() {
    String head = "<meta property=\"og:image\""
        + " content=\"https://coastal.example/uploads/2017/06/harbour-wall.jpg\">";
    assertEquals(null, date(head, "<h1>Harbour road reopens</h1>" + STORY));
  }

  @Test
  void aDateOnThePageStillComesBeforeTheShareImage() {
    String head = "<meta property=\"og:image\""
        + " content=\"https://coastal.example/media/2017/06/21/harbour-wall.jpg\">";
    String body = "<h1>Harbour road reopens</h1><p class=\"date\">4 July 2017</p>" + STORY;
    assertEquals("2017-07-04", date(head, body));
  }
}
