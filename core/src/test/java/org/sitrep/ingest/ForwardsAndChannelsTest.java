package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Re-sent and re-published copies (pages of our own in the style of transfer-46's studied views,
 * s46): a forwarded mail's sharer's note, marker and header lines are the wrapper, and its
 * "Date:" (the sending on) is not the date; a channel's exported post is dated by its
 * stamp "Name, [14.07.24 09:12]" and ends at the next post's stamp or at its link to the full
 * article; a partner's copy is dated by the "originally published … on …" sentence, and the
 * partnership note and the partner's about box are no body; a live blog's "Posted at 16:40 EET"
 * and its day headers are stamps, not paragraphs; a lite page's "Go to the full … site" is a
 * link, no headline. The channel, partner and live-blog tests fail on the code of the
 * session's start (c9d6af32); the mail and lite-page tests are guards (pages this short were
 * read right before; transfer-46's 4604 and 4609 were not).
 */
class ForwardsAndChannelsTest {
  private static final String LEAD = InsideTheTextShapesTest.LEAD;
  private static final String LAST = InsideTheTextShapesTest.LAST;
  private static final String AR_LEAD = InsideTheTextShapesTest.AR_LEAD;
  private static final String AR_LAST = InsideTheTextShapesTest.AR_LAST;
  private static final String TITLE = "Families flee river villages as fighting spreads";
  private static final String AR_TITLE = "نزوح آلاف الأسر من قرى النهر مع امتداد القتال";

  @Test
  void aForwardedMailIsReadUnderItsHeader() {
    Document d = TextPages.read("Hi Dana,\n\nSending this on in case it never reached you. The"
        + " first item is the\nclearest account of the flight from the villages I have seen."
        + " Worth a\nread before the call.\n\nBest,\nOmar\n\n"
        + "---------- Forwarded message ---------\n"
        + "From: The River Brief <editors@riverbrief.example>\n"
        + "Date: Thu, Mar 7, 2019 at 7:02 AM\nSubject: Families flee | Issue 12\n"
        + "To: <omar@example.org>\n\n\nTHE RIVER BRIEF\nWeekly reporting from the valley\n"
        + "Issue 12 | 5 March 2019\n\n"
        + "------------------------------------------------------------------------\n\n"
        + TITLE + "\n\nBy Sara Malik\n\n" + LEAD + "\n\n" + LAST + "\n");
    assertEquals(TITLE, d.title());
    assertEquals("2019-03-05", d.published().value().substring(0, 10), d.published().toString());
    assertFalse(d.body().text().contains("Sending this on"), d.body().text());
    assertTrue(d.body().text().contains(LAST), d.body().text());
  }

  @Test
  void aChannelsPostIsDatedByItsStampAndEndsAtTheNextOne() {
    Document d = TextPages.read("مراسل النهر, [05.03.19 09:12]\n"
        + "[مُعاد توجيهه من وكالة النهر للأنباء]\n" + AR_TITLE + "\n\n" + AR_LEAD + "\n\n"
        + AR_LAST + "\n\n#النهر #نزوح\n\n🔗 التفاصيل كاملة عبر موقعنا: https://river.example/n/1\n\n"
        + "وكالة النهر للأنباء\n" + AR_TITLE + "\nالمخيمات تمتلئ والطريق مغلق\n\n👁 12.4K\n\n"
        + "مراسل النهر, [05.03.19 10:05]\nقصف مدفعي على القرى الشرقية للنهر منذ الصباح\n\n"
        + "👁 9.1K\n");
    assertEquals(AR_TITLE, d.title());
    assertEquals("2019-03-05", d.published().value().substring(0, 10), d.published().toString());
    assertTrue(d.body().text().contains(AR_LAST), d.body().text());
    assertFalse(d.body().text().contains("قصف مدفعي"), d.body().text());
    assertFalse(d.body().text().contains("المخيمات تمتلئ"), d.body().text());
  }

  @Test
  void aPartnersCopyIsDatedByItsOriginal() {
    Document d = TextPages.read("THE VALLEY REVIEW\nIndependent journalism from the valley\n\n"
        + "Home | World | Partners\n\nPARTNER CONTENT\n\n" + TITLE + "\n\n"
        + "By Sara Malik | River Insight\n\n2019-03-14\n\n"
        + "This article was originally published by River Insight on March 5, 2019. Republished"
        + " with permission.\n\n" + LEAD + "\n\n" + LAST + "\n\n"
        + "This story is part of The Valley Review's partnership with local newsrooms.\n\n"
        + "About River Insight: River Insight is an independent news site run by reporters in the"
        + " valley.\n\nShare: Facebook | X | Email\n");
    assertEquals("2019-03-05", d.published().value().substring(0, 10), d.published().toString());
    assertTrue(d.body().text().contains(LAST), d.body().text());
    assertFalse(d.body().text().contains("partnership"), d.body().text());
    assertFalse(d.body().text().contains("About River Insight"), d.body().text());
  }

  @Test
  void aLiveBlogsStampsAndDaysAreNoParagraphs() {
    Document d = TextPages.read("The River Herald\n\nLIVE\n\n" + TITLE
        + "\n\nUpdated 12 minutes ago\n\nBy Sara Malik\n\nTuesday 5 March 2019\n\n"
        + "Posted at 15:10 EET\n\n" + LEAD
        + "\n\nShare\n\nPosted at 16:40 EET\n\n" + LAST + "\n\nShare\n\nWednesday 6 March 2019\n\n"
        + "Posted at 08:05 EET\n\n" + InsideTheTextShapesTest.LEAD.replace("Tuesday", "Wednesday")
        + "\n\nShare\n");
    assertFalse(d.body().text().contains("Posted at"), d.body().text());
    assertFalse(d.body().text().contains("Wednesday 6 March 2019"), d.body().text());
    assertTrue(d.body().text().contains(LAST), d.body().text());
  }

  @Test
  void aLitePagesLinkToTheFullSiteIsNoHeadline() {
    String title = "Thousands pour into border camps as clashes widen";
    Document d = TextPages.read("RIVER HERALD | Lite\n\nGo to the full River Herald site\n\n"
        + title + "\n\nBy Sara Malik, River Herald\n\nUpdated 0914 GMT (1714 HKT) March 5, 2019\n\n"
        + LEAD + "\n\n" + LAST + "\n\nSee Full Web Article\n");
    assertEquals(title, d.title());
    assertFalse(d.body().text().contains("Full Web"), d.body().text());
  }
}
