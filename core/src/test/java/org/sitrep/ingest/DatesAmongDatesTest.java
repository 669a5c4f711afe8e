package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Credit;
import org.sitrep.model.Document;

/**
 * The page's own date and makers among a page's other lines (s50, wording of our own in the
 * style of transfer-51's studied half): a ticker's timed items above the headline ("17:55 ·
 * Airlines cancel …", "2 May 2025 · Drone strike …"), never the title; one sentence under the
 * headline over a box of timed headlines ("Latest") is the deck, not the story's first
 * paragraph; the outlet's principles at the foot ("X editorial guidelines: …"); a writer named
 * beside a city or a desk with no role's word ("صنعاء - فؤاد السقاف", "Mariam Al Suwaidi,
 * Foreign Desk"), never an outlet so set ("صنعاء - الصمود نت"); a wire's bracketed sign-off
 * split into its roles ("(Additional reporting by X in Erbil; Editing by Y)"); a writer's name
 * with the date's weekday after it ("كتب: محمود عبد الحميد - الاثنين 16 فبراير 2015"); a
 * commenter's handle of one word ("Lina_Beirut | Aug 05, 2014 at 11:02 PM"). Each test
 * fails on the code of the session's start (102626a3).
 */
class DatesAmongDatesTest {
  private static final String LEAD = InsideTheTextShapesTest.LEAD;
  private static final String LAST = InsideTheTextShapesTest.LAST;
  static final String MID = "The district commissioner said water and food were running"
      + " short in two of the camps, and that aid agencies had asked for access to the east bank.";
  private static final String AR_LEAD = InsideTheTextShapesTest.AR_LEAD;
  private static final String AR_LAST = InsideTheTextShapesTest.AR_LAST;

  private static boolean credited(Document d, String role, String name) {
    for (Credit c : d.credits()) {
      if (c.role().equals(role) && c.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aTickersTimedItemsAboveTheHeadline() {
    Document d = TextPages.read("RiverWatch\nTop stories | World | Africa | Business | Tech | Sport"
        + " | For you\n17:55 · Insurers raise war-risk premiums for river convoys again\n"
        + "3 May, 22:15 · Camps: aid agencies warn of hunger as the siege enters a third month\n"
        + "2 May 2025 · Bridge reopens to trucks after two days of talks, officials say\n\n"
        + "World › Africa\n\nRebels shell river villages, briefly halting aid convoys\n\n"
        + "Source: The River Post · 4 May 2025 · 13:20 · 5 hours ago\nFollow | Save | Share\n\n"
        + LEAD + "\n\n" + MID + "\n\n" + LAST + "\n");
    assertEquals("Rebels shell river villages, briefly halting aid convoys", d.title());
    assertEquals("2025-05-04", d.published().value().substring(0, 10));
  }

  @Test
  void aDeckOverABoxOfLatestHeadlines() {
    String deck = "Wounded civilians and fighters were among the first to leave the villages"
        + " under a deal brokered by the elders.";
    Document d = TextPages.read("River TV\nLive | Programmes | Weather | Newsletters\n"
        + "World | Europe | Middle East | Africa | Business | Culture | Video\n\nRiver war\n\n"
        + "First convoys leave the river villages as evacuation begins\n\n" + deck + "\n\n"
        + "Latest\nFri 16 Dec 10:05 | Evacuation suspended, state television says\n"
        + "Fri 16 Dec 08:40 | Army says thousands have left the villages overnight\n"
        + "Fri 16 Dec 07:15 | UN envoy calls for observers at the crossing points\n"
        + "See all updates\n\n" + LEAD + "\n\n" + MID + "\n\n" + LAST + "\n\n"
        + "Published 15 December 2016, 18:32 GMT\n");
    assertFalse(d.body().text().contains(deck), d.body().text());
    assertTrue(d.body().text().startsWith(LEAD), d.body().text());
  }

  @Test
  void theOutletsPrinciplesAtTheFoot() {
    Document d = TextPages.read("Families flee river villages as fighting spreads\n\n"
        + "By Jane Roe and Tom Barr\n17 May 2015, 19:05 GMT\n\n" + LEAD + "\n\n" + LAST + "\n\n"
        + "(Additional reporting by Omar Saleh in Erbil; Editing by Peter Gray)\n"
        + "Compass Press editorial guidelines: independence, integrity and freedom from bias.\n"
        + "Related Coverage\n");
    assertTrue(d.body().text().endsWith(LAST), d.body().text());
    assertTrue(credited(d, "editor", "Peter Gray"), d.credits().toString());
    assertTrue(credited(d, "author", "Omar Saleh"), d.credits().toString());
  }

  @Test
  void aWriterBesideACityOrADesk() {
    Document a = TextPages.read("نزوح آلاف الأسر من قرى النهر مع امتداد القتال\n"
        + "22 سبتمبر 2014 - 10:15 ص\nصنعاء - فؤاد السقاف\nشارك: فيسبوك | تويتر | واتساب\n"
        + AR_LEAD + "\n" + AR_LAST + "\n");
    assertTrue(credited(a, "author", "فؤاد السقاف"), a.credits().toString());
    Document o = TextPages.read("نزوح آلاف الأسر من قرى النهر مع امتداد القتال\n"
        + "22 سبتمبر 2014 - 10:15 ص\nصنعاء - الصمود نت\n" + AR_LEAD + "\n" + AR_LAST + "\n");
    assertTrue(o.credits().isEmpty(), o.credits().toString());
    Document e = TextPages.read("Families flee river villages as fighting spreads\n\n"
        + "Friday, July 17, 2015\nMariam Al Suwaidi, Foreign Desk\n\n" + LEAD + "\n\n" + LAST
        + "\n");
    assertTrue(credited(e, "author", "Mariam Al Suwaidi"), e.credits().toString());
  }

  @Test
  void aWritersNameBeforeTheDatesWeekday() {
    Document d = TextPages.read("نزوح آلاف الأسر من قرى النهر مع امتداد القتال\n"
        + "كتب: محمود عبد الحميد - الاثنين 16 فبراير 2015 - 01:30 م\n" + AR_LEAD + "\n"
        + AR_LAST + "\n");
    assertTrue(credited(d, "author", "محمود عبد الحميد"), d.credits().toString());
  }

  @Test
  void aCommentersHandle() {
    Document d = TextPages.read("Families flee river villages as fighting spreads\n\n"
        + "Aug 03, 2014 | 10:40 AM\n\n" + LEAD + "\n\n" + MID + "\n\n" + LAST + "\n\n"
        + "Comments (2)\nZiad M. | Aug 04, 2014 at 08:15 AM\n"
        + "Pray for the people of the river villages.\nReply\n"
        + "Lina_Beirut | Aug 05, 2014 at 11:02 PM\n"
        + "Where were the warnings? Everybody knew the bridge would be cut.\nReply\n");
    assertTrue(d.comments().stream().anyMatch(c -> "Lina_Beirut".equals(c.author())),
        d.comments().toString());
  }
}
