package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * The headline among lines that look like one (s51, wording of our own in the style of
 * transfer-52's studied half): a clip's page, its "WATCH:"/"شاهد:" headline over the running
 * time and the player's buttons, under the site's name and menu; a headline the crawl broke over
 * two lines, its byline or date line under the second (not a byline that opens in lower case);
 * a subscription prompt and a menu under the day's date above the headline; the lead picture's
 * caption and credit under the headline, then a deck over the byline and date line; commenters
 * signing with a handle in lower case or with their town ("patriot_mike", "Layla from
 * Dearborn"). Each test fails on the code of the session's start (47b2dd82).
 */
class HeadlinesAmongLinesTest {
  private static final String LEAD = InsideTheTextShapesTest.LEAD;
  private static final String LAST = InsideTheTextShapesTest.LAST;
  private static final String MID = DatesAmongDatesTest.MID;
  private static final String AR_LEAD = InsideTheTextShapesTest.AR_LEAD;
  private static final String AR_LAST = InsideTheTextShapesTest.AR_LAST;

  @Test
  void aClipsPageHeadlineOverItsRunningTime() {
    String headline = "WATCH: Aid lorries reach the river villages after a four-month siege";
    Document d = TextPages.read("Delta Vision TV\nLive | News | Video | Programmes | Sign in\n"
        + "Video > Africa\n\n" + headline + "\n03:12\nPlay video | Show transcript | Autoplay:"
        + " off\nTuesday 6 May 2025 18:40 GMT\n\n" + LEAD + "\n\n" + MID + "\n\n" + LAST + "\n");
    assertEquals(headline, d.title());
    assertFalse(d.body().text().contains("Play video"), d.body().text());
    assertEquals("2025-05-06", d.published().value().substring(0, 10));
  }

  @Test
  void aHeadlineBrokenOverTwoLines() {
    Document d = TextPages.read("RIVER TRADE REVIEW\nShipping | Ports | Security | Events\n\n"
        + "Security › River\n\nRebels claim seizure of a second grain barge near the delta\n"
        + "as talks on the convoys stall\nBy Anna Weiss, Rotterdam\nMonday, May 5, 2025 - 09:15"
        + " GMT\n\n" + LEAD + "\n\n" + MID + "\n\n" + LAST + "\n");
    assertEquals("Rebels claim seizure of a second grain barge near the delta as talks on the"
        + " convoys stall", d.title());
    Document ar = TextPages.read("بوابة النهر\nالرئيسية | أخبار | بيانات | صور | فيديو\n"
        + "أخبار الميدان\nالقوات تدخل قرى الضفة الشرقية وتبسط سيطرتها\n"
        + "على الطريق الرئيسي بعد أسابيع من الحصار\n2025/05/04 - 10:00 ص\n" + AR_LEAD + "\n"
        + AR_LAST + "\n");
    assertEquals("القوات تدخل قرى الضفة الشرقية وتبسط سيطرتها على الطريق الرئيسي بعد أسابيع من"
        + " الحصار", ar.title());
    Document by = TextPages.read("River Post\nNews | World | Opinion | Sport\n\n"
        + "Rebels shell river villages near the delta\nby River Post Newsdesk\n05 May 2025\n\n"
        + LEAD + "\n\n" + MID + "\n\n" + LAST + "\n");
    assertEquals("Rebels shell river villages near the delta", by.title());
  }

  @Test
  void aSubscriptionPromptAndADatedMenuAboveTheHeadline() {
    Document d = TextPages.read("يستخدم موقعنا ملفات تعريف الارتباط لتحسين تجربتك. بمتابعة"
        + " التصفح فإنك توافق على ذلك. موافق | المزيد\n"
        + "اشترك الآن واحصل على وصول غير محدود إلى جميع المقالات والأرشيف."
        + " اشترك | لديك حساب؟ تسجيل الدخول\nالسبت 10 أيار 2025 | محليات | عربي ودولي | اقتصاد"
        + " | رأي | رياضة\nعاجل | الجيش يبدأ فتح الطريق إلى القرى وفق المهلة الحكومية\n"
        + "صحيفة النهر\nمحليات\nالحكومة تكلف الجيش بفتح الطريق إلى قرى الضفة"
        + " الشرقية\n2025-05-07 08:30\n" + AR_LEAD + "\n" + AR_LAST + "\n");
    assertEquals("الحكومة تكلف الجيش بفتح الطريق إلى قرى الضفة الشرقية", d.title());
    assertEquals("2025-05-07", d.published().value().substring(0, 10));
  }

  @Test
  void aCaptionAndItsCreditUnderTheHeadlineThenTheDeck() {
    String caption = "Residents carry sacks of flour past a burned-out lorry on the river road"
        + " after the convoy reached the villages, in a picture released by the aid agency.";
    String deck = "The convoy is the first to reach the villages since the siege began and"
        + " opens the road east towards the delta, but aid officials warn that one convoy will"
        + " not be enough for the forty thousand people trapped there.";
    Document d = TextPages.read("DELTA WIRE\nWorld | Africa | Europe | Markets | Photos\nAfrica"
        + "\n\nFirst aid convoy in months reaches the river villages\n" + caption + "\n"
        + "Photo: Handout via Delta Wire\n" + deck + "\nBy Lena Moss and Omar Said | 2025-05-06"
        + " 16:05 GMT\n\n" + LEAD + "\n\n" + MID + "\n\n" + LAST + "\n");
    assertEquals("First aid convoy in months reaches the river villages", d.title());
    assertFalse(d.body().text().contains("sacks of flour"), d.body().text());
    assertFalse(d.body().text().contains("one convoy will not be enough"), d.body().text());
    assertTrue(d.body().text().startsWith(LEAD.substring(0, 30)), d.body().text());
  }

  @Test
  void commentersHandlesAndTowns() {
    Document d = TextPages.read("River Post\nNews | World | Opinion | Sport\n\n"
        + "Rebels shell river villages near the delta\nBy Anna Weiss\n05 May 2025\n\n"
        + LEAD + "\n\n" + MID + "\n\n" + LAST + "\n\nComments (2)\n"
        + "river_watcher | May 5, 2025 at 7:15 AM\nThe bridge was the only way out.\n"
        + "Sami from Rotterdam | May 5, 2025 at 9:42 PM\nMy cousins are still on the east bank.\n");
    assertTrue(d.comments().stream().anyMatch(c -> "river_watcher".equals(c.author())),
        d.comments().toString());
    assertTrue(d.comments().stream().anyMatch(c -> "Sami from Rotterdam".equals(c.author())),
        d.comments().toString());
  }
}
