package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.ingest.DatesAmongDatesTest.MID;
import static org.sitrep.ingest.InsideTheTextShapesTest.AR_LAST;
import static org.sitrep.ingest.InsideTheTextShapesTest.AR_LEAD;
import static org.sitrep.ingest.InsideTheTextShapesTest.LAST;
import static org.sitrep.ingest.InsideTheTextShapesTest.LEAD;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Two scripts on one page (s53, wording of our own in the style of transfer-54's studied half):
 * a date line a right-to-left template writes with no-break spaces and direction marks is a
 * date; an embedded post in the page's other language above its signature ("— Name (@handle)
 * date") is the post's, and a headline of the other language inside the text is another
 * story's, not the article's text; a post in a third language stays the story's quotation. The
 * first three fail on the code of the session's start (858d227b; of the second, its Arabic
 * page); the last holds what the post rule must not do.
 */
class TwoScriptsTest {
  /* An Arabic story's middle paragraph (also read by MarkupResidueTest). */
  static final String AR_MID = "وأضاف المسؤولون أن فرق الإغاثة وزعت المياه والخبز على"
      + " العائلات في المخيمين، وأن طريق الإمداد الرئيسي بقي مغلقا لليوم الثاني على التوالي.";

  @Test
  void aDateLineWithNoBreakSpacesAndDirectionMarks() {
    Document d = TextPages.read("The Gulf Tide\nNews | Gulf | Shipping | Opinion\n\n"
        + "\u200ECargo ship sinks in the strait two weeks after missile strike\n"
        + "By Lena Ford\n\u200F3\u00A0March 2024\u200F | \u200E11:05 GST\n\n" + LEAD + "\n\n"
        + MID + "\n\n" + LAST + "\n");
    String day = d.published().value();
    assertEquals("2024-03-03", day == null ? null : day.substring(0, 10), d.published().toString());
  }

  @Test
  void aPostInThePagesOtherLanguageAboveItsSignature() {
    String post = "عاجل: قوات الدعم تقتحم المخيم من الجهة الجنوبية بعد قصف عنيف منذ الصباح";
    Document d = TextPages.read("River Post\nHome | Sudan | Darfur | Opinion\n\n"
        + "Camp residents flee north as fighters storm the southern blocks\n5 April 2025\n\n"
        + LEAD + "\n\n" + post + "\n— تنسيقية نازحي المخيم (@CampIDPs) 5 أبريل 2025\n\n" + MID
        + "\n\n" + LAST + "\n");
    assertFalse(d.body().text().contains("عاجل"), d.body().text());
    String en = "BREAKING: Heavy explosions reported at the fuel port north of the city. Large"
        + " fires visible from several kilometres away.";
    Document ar = TextPages.read("موقع الساحل\nالرئيسية | أخبار | تقارير\n"
        + "غارات على ميناء الوقود شمال المدينة\n2025/04/18\n" + AR_LEAD + "\n" + en
        + "\n— Coast Conflict Watch (@CoastWatch) April 17, 2025\n" + AR_MID + "\n" + AR_LAST
        + "\n");
    assertFalse(ar.body().text().contains("BREAKING"), ar.body().text());
  }

  @Test
  void aHeadlineOfTheOtherLanguageInsideTheText() {
    // the original's headline under the text of a translation, over its source line
    Document ar = TextPages.read("منصة الترجمة\nالرئيسية | ترجمات | تقارير\n"
        + "مقتل ثلاثة جنود في هجوم بطائرة مسيرة على قاعدة قرب الحدود\n2024/01/29\n" + AR_LEAD
        + "\n" + AR_MID + "\n" + AR_LAST + "\nRead this in English ←\n"
        + "Three soldiers killed in drone strike on base near the border, ministry says\n"
        + "The Harbour Courier | January 28, 2024\nالوسوم: الحدود | الطائرات المسيرة\n");
    assertFalse(ar.body().text().contains("Three soldiers killed"), ar.body().text());
  }

  @Test
  void aPostInAThirdLanguageStaysTheStorysQuotation() {
    String turkish = "Ateşkesi sağlamak üzere bölgede bulunan unsurlarımıza yapılan hava saldırısı"
        + " sonucu iki silah arkadaşımız yaralanmıştır.";
    Document ar = TextPages.read("موقع الساحل\nالرئيسية | أخبار | تقارير\n"
        + "أنقرة: إصابة جنديين في غارة على نقطة مراقبة\n2020/02/20\n" + AR_LEAD + "\n" + turkish
        + "\n— T.C. Savunma Bakanlığı (@tcsavunma) February 20, 2020\n" + AR_MID + "\n" + AR_LAST
        + "\n");
    assertTrue(ar.body().text().contains("Ateşkesi"), ar.body().text());
  }
}
