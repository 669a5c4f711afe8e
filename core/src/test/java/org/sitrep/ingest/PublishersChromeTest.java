package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * The chrome of publishers rarely crawled (pages of our own in the style of transfer-47's
 * studied half, s46): a radio's frequencies ("إدلب FM 98.6 | جسر الشغور FM 101.4") and its
 * now-playing line are its chrome, and the headline under them is found; a governorate's
 * "الموقع الرسمي - …" banner is no headline and its weather line's date ("27° مشمس | السبت 21
 * تشرين الأول 2017") is the crawl's, not the page's; a ministry's name under its state's is the
 * site's when the headline over the date line repeats it and the lead speaks of that headline.
 * The radio's and the governorate's tests fail on the code of the session's start (c9d6af32);
 * the ministry's is a guard (a page this short was read right before; transfer-47's 4701 was
 * not, and is not yet).
 */
class PublishersChromeTest {
  private static final String AR_LEAD = InsideTheTextShapesTest.AR_LEAD;
  private static final String AR_LAST = InsideTheTextShapesTest.AR_LAST;
  private static final String AR_TITLE =
      "وصول آلاف الأسر إلى المخيمات بعد امتداد القتال إلى قرى النهر";

  @Test
  void aRadiosFrequenciesAreItsChrome() {
    Document d = TextPages.read("إذاعة صوت النهر\nإذاعة محلية تبث من ضفاف النهر\n"
        + "سنار FM 98.6 | سنجة FM 101.4 | الدمازين FM 96.2\nاستمع للبث المباشر ▶\n"
        + "على الهواء الآن: صباح النهر - مع رنا العلي\n"
        + "الرئيسية | الأخبار | النشرات | البرامج | اتصل بنا\n"
        + "النشرات الإخبارية > نشرة الساعة 13:00\n" + AR_TITLE + "\n"
        + "نشرة الساعة 13:00 | تقديم: محمد الحسين وهبة خطاب\n"
        + "الثلاثاء ٥ آذار ٢٠١٩ - ١٣:٢٥ بتوقيت دمشق\n▶ استمع إلى النشرة كاملة (٠٧:٤٠)\n"
        + AR_LEAD + "\n" + AR_LAST + "\n");
    assertEquals(AR_TITLE, d.title());
    assertFalse(d.body().text().contains("على الهواء"), d.body().text());
  }

  @Test
  void aGovernoratesBannerAndWeatherAreItsChrome() {
    Document d = TextPages.read("محافظة النهر\nالموقع الرسمي - الجمهورية العربية السورية\n"
        + "[شعار الجمهورية العربية السورية]\n"
        + "النهر 27° مشمس جزئياً | السبت 21 تشرين الأول 2017 | الرطوبة 18%\n"
        + "الرئيسية | المحافظ | مجلس المحافظة | الخدمات\nنشاطات المحافظ\n" + AR_TITLE + "\n"
        + "المكتب الإعلامي في المحافظة\n"
        + "الخميس 16 ذو الحجة 1438 هـ - الموافق 7 أيلول 2017 م | عدد الزيارات: 1,245\n" + AR_LEAD
        + "\n" + AR_LAST + "\n");
    assertEquals(AR_TITLE, d.title());
    assertEquals("2017-09-07", d.published().value().substring(0, 10), d.published().toString());
  }

  @Test
  void aMinistrysNameUnderItsStatesIsTheSites() {
    String title = "Ministry of Foreign Affairs condemns shelling of river villages and summons"
        + " the envoy";
    Document d = TextPages.read("Republic of the River\nMinistry of Foreign Affairs\n\n"
        + "[Coat of arms of the Republic]\n\nHome | The Ministry | The Minister | Media Centre\n\n"
        + "العربية | English\n\nHome > Media Centre > News\n\n" + title + "\n\n"
        + "Date of publication: 21/07/2022\n\nViews: 3,417\n\n"
        + "Baghdad – The Ministry of Foreign Affairs condemns"
        + " in the strongest terms the shelling that struck river villages, and has summoned the"
        + " envoy to hand him a protest note.\n\n" + InsideTheTextShapesTest.LAST + "\n");
    assertEquals(title, d.title());
  }
}
