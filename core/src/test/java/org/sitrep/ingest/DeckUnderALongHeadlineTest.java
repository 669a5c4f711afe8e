package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * A headline of some length with its deck right under it, where the lead echoes the deck's words
 * more than the headline's (the headline names the toll, the deck the strike, as the lead does):
 * the headline stays the title and the deck is not the story. From transfer-19's Arabic misses
 * (s29); the page is of our own wording, and fails on the code before the change.
 */
class DeckUnderALongHeadlineTest {

  @Test
  void theDeckUnderALongHeadlineDoesNotTakeItsPlace() {
    Document d = TextPages.read("""
        الأحد ١٢ أيار ٢٠٢٤
        صحيفة الساحل اليوم
        الرئيسية
        محليات
        عربي ودولي
        رياضة
        محليات
        حصيلة ثقيلة في قرية الزيتون.. 12 قتيلا بينهم أطفال وعشرات الجرحى
        قصف مدفعي على منازل في الحي الشرقي للقرية وسط دعوات لفتح ممر إنساني
        نُشر بتاريخ: ١٢/٠٥/٢٠٢٤ - ٠٩:١٥ ص
        الزيتون - «الساحل اليوم»:
        قُتل 12 شخصا وأصيب العشرات، مساء أمس السبت، في قصف مدفعي استهدف منازل في الحي الشرقي لقرية الزيتون، بحسب ما أعلنت مصادر طبية محلية.
        وقالت المصادر إن القصف طال منازل مأهولة في الحي الشرقي، وإن فرق الإسعاف واجهت صعوبة في الوصول إلى المصابين.
        وطالبت منظمات إنسانية بفتح ممر آمن لإخراج الجرحى من القرية قبل حلول الليل.
        """);
    assertEquals("حصيلة ثقيلة في قرية الزيتون.. 12 قتيلا بينهم أطفال وعشرات الجرحى", d.title());
    assertFalse(d.body().text().contains("وسط دعوات لفتح ممر إنساني"), d.body().text());
  }
}
