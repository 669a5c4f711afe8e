package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * The ordinary article page's chrome (pages of our own in the style of transfer-48's studied
 * half, s47): a ticker's line with its own label and its items after bullets ("LIVE TICKER ▪ …
 * ▪ …", "شريط الأخبار ▪ …") is no body and no headline; a share bar that repeats the headline
 * between its label and the platforms ("شارك: <title> | فيسبوك | إكس | واتساب") closes the
 * body; a translation's pointer to its original ("المقال الأصلي بالإنجليزية: «…» - Outlet،
 * date") is a note. All three fail on the code of the session's start (f48600d7).
 */
class TickersAndTranslationsTest {
  private static final String AR_LEAD = InsideTheTextShapesTest.AR_LEAD;
  private static final String AR_LAST = InsideTheTextShapesTest.AR_LAST;

  @Test
  void aTickersLineWithItsOwnLabelIsChrome() {
    String title = "Rebels shell the airport road as talks on a truce stall in the capital";
    Document d = TextPages.read("Gulf Horizon\nThe region's news, first\n\n"
        + "Watch live ▶ | العربية\n\nHome | Middle East | World | Business\n\n"
        + "LIVE TICKER ▪ Oil prices climb in early trading after overnight strikes ▪ Envoy due"
        + " in the capital on Tuesday ▪ Airport closed to civilian flights until further"
        + " notice ▪ Central bank holds rates steady\n\nBREAKING\n\nMiddle East › Yemen\n\n"
        + title + "\n\nPublished 2 hours ago | 9 March 2023, 07:10 GMT\n\n"
        + "Rebel gunners shelled the road to the capital's airport on Thursday, killing two"
        + " drivers and wounding four, officials said, as talks on a truce stalled.\n\n"
        + "The envoy is expected in the capital next week to try to revive the talks.\n");
    assertEquals(title, d.title());
    assertEquals("2023-03-09", d.published().value().substring(0, 10), d.published().toString());
    assertFalse(d.body().text().contains("TICKER"), d.body().text());
  }

  @Test
  void aShareBarRepeatingTheHeadlineClosesTheBody() {
    String title = "وصول آلاف الأسر إلى المخيمات بعد امتداد القتال إلى قرى النهر";
    Document d = TextPages.read("قناة الأفق\nالرئيسية | أخبار | سياسة | اقتصاد\n"
        + "شريط الأخبار: مجلس الأمن يعقد جلسة طارئة ▪ ارتفاع أسعار النفط ▪ تعليق الرحلات\n"
        + title + "\nآخر تحديث: 1 أغسطس 2024 - 09:40\n" + AR_LEAD + "\n" + AR_LAST + "\n"
        + "شارك: " + title + " | فيسبوك | إكس | واتساب | تيليغرام\n"
        + "الأكثر قراءة\n1. ارتفاع أسعار الوقود في العاصمة\n");
    assertFalse(d.body().text().contains("فيسبوك"), d.body().text());
    assertFalse(d.body().text().contains("شريط الأخبار"), d.body().text());
  }

  @Test
  void aTranslationsPointerToItsOriginalIsANote() {
    String title = "وصول آلاف الأسر إلى المخيمات بعد امتداد القتال إلى قرى النهر";
    Document d = TextPages.read("منبر المهجر\nالرئيسية | ترجمات | رأي\n" + title + "\n"
        + "الأحد 8 تشرين الثاني 2021\nترجمة: سامر الخطيب\n" + AR_LEAD + "\n" + AR_LAST + "\n"
        + "المقال الأصلي بالإنجليزية: «Families reach the camps as fighting spreads» - The"
        + " River Review، 7 نوفمبر 2021\n");
    assertFalse(d.body().text().contains("المقال الأصلي"), d.body().text());
    assertEquals("2021-11-08", d.published().value().substring(0, 10), d.published().toString());
  }
}
