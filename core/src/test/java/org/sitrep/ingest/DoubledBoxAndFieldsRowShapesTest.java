package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Shapes of s24 (wording, places and outlets of our own), made from transfer-16's misses by line
 * class: a box of links printed with its labels twice ("Read more" / "Related Coverage" over
 * each link) inside the text, with the story going on under it; a short last sentence that names
 * a number above an ad's label; a row of metadata fields ("المصدر: … | date | المحرر: …") over
 * the headline; a time glued to the day by a dash ("09:30-21 مارس"); the one headline under a
 * box's short label below the text (transfer-16's 1610, transfer-15's 1524: leaks their gold did
 * not list). Each page fails on the code
 * before the change (main at a7e68a6), but for the guards, which hold on both.
 */
class DoubledBoxAndFieldsRowShapesTest {
  private static Document read(String page) {
    return TextPages.read(page);
  }

  @Test
  void theStoryGoesOnUnderABoxWhoseLabelsArePrintedTwice() {
    Document d = read("""
        Evening Standardbearer
        News
        World
        Comments 4
        World News
        Flood waters cut off villages east of Sarra
        By Lena Corr, Weather Reporter
        09:15, 4 Mar 2021 | Updated: 10:02, 4 Mar 2021
        Flood water has cut off at least a dozen villages east of the river town of Sarra, local officials said on Thursday.
        Rescue crews used boats to reach families stranded on rooftops overnight.
        Read more
        Related Coverage
        Dam warning issued for the lower valley
        Read more
        Related Coverage
        The regional council said it would open two schools as shelters for families forced from their homes.
        Find us on Instagram
        """);
    String body = d.body().text();
    assertTrue(body.contains("open two schools as shelters"), body);
    assertFalse(body.contains("Dam warning issued"), body);
    assertFalse(body.contains("Related Coverage"), body);
    assertFalse(body.contains("Find us on Instagram"), body);
  }

  @Test
  void theOneHeadlineUnderABoxLabelBelowTheTextIsNoParagraph() {
    Document d = read("""
        Island Herald
        Local
        World
        Business
        World
        Fishing boats told to stay in port as storm nears Sarra
        Last updated on Monday, 7 June 2021, 09:12
        Fishing crews in the port of Sarra were told to stay ashore on Monday as a storm moved in from the west, the harbour master said.
        The coastguard said two boats still at sea had been told to head for the nearest shelter.
        Independent reporting costs money. Support the Island Herald by making a contribution today.
        Comments are moderated and will only appear if they follow our guidelines.
        Sponsored Articles
        Five quiet beaches to visit this winter
        """);
    String body = d.body().text();
    assertFalse(body.contains("quiet beaches"), body);
    assertTrue(body.contains("head for the nearest shelter"), body);
  }

  @Test
  void aLineCutShortRightUnderTheProseStays() {
    // guard: a page cut off mid-sentence keeps its last words
    Document d = read("""
        Island Herald
        World
        Fishing boats told to stay in port as storm nears Sarra
        June 7, 2021
        Fishing crews in the port of Sarra were told to stay ashore on Monday as a storm moved in from the west, the harbour master said.
        The coastguard said two boats still at sea had been told to head for the nearest shelter and that the port's
        """);
    assertTrue(d.body().text().contains("and that the port's"), d.body().text());
  }

  @Test
  void aShortLastSentenceNamingANumberAboveAnAdLabelStays() {
    Document d = read("""
        قناة الساحل
        حمّل تطبيق قناة الساحل
        الرئيسية
        محليات
        إعلان
        محليات
        فرق الإطفاء تخمد حريقا في مرفأ كرسا
        08:20 م | 14-05-2021
        اندلع حريق كبير مساء اليوم في مستودع للحبوب داخل مرفأ كرسا وامتدت النيران إلى مستودعين مجاورين بحسب الدفاع المدني.
        وقال مسؤول في المرفأ إن الخسائر لم تحصر بعد.
        وأشار إلى أن المستودع يضم نحو 4500 طن من القمح.
        إعلان
        قد يعجبك أيضا
        ارتفاع أسعار الخبز في العاصمة
        """);
    String body = d.body().text();
    assertTrue(body.contains("يضم نحو 4500 طن من القمح"), body);
    assertFalse(body.contains("ارتفاع أسعار الخبز"), body);
  }

  @Test
  void aNoteNumberOrAFigureLabelUnderTheTextStaysOut() {
    // guard: the number a plain sentence may name does not let a footnote or a figure's label in
    Document d = read("""
        Field Monitor
        Reports
        June 8, 2021
        Satellite images show new earth wall east of Sarra
        Images taken this month show a new earth wall running for about four kilometres east of the town of Sarra, analysts said.
        The wall cuts across two farm roads that residents used to reach the river.
        Figure 2: The same area on 2 June 2021.
        (1) Field Monitor, monthly report for May 2021.
        """);
    String body = d.body().text();
    assertTrue(body.contains("two farm roads"), body);
    assertFalse(body.contains("Figure 2"), body);
    assertFalse(body.contains("monthly report for May"), body);
  }

  @Test
  void aRowOfMetadataFieldsIsNeverTheHeadlineAndGivesTheDate() {
    Document d = read("""
        وكالة النهر الأزرق
        الصين
        الشرق الأوسط
        الاقتصاد
        صور
        المصدر: النهر الأزرق | 2021-03-04 09:12:40 | المحرر: لي مينغ
        انهيار جسر قديم على نهر كرسا بعد أمطار غزيرة
        كرسا 4 مارس 2021 (النهر الأزرق) انهار جسر حجري قديم على نهر كرسا بعد أيام من الأمطار الغزيرة، دون أن تسجل إصابات، حسبما ذكرت السلطات المحلية.
        وأغلقت الشرطة الطرق المؤدية إلى الجسر.
        """);
    assertEquals("انهيار جسر قديم على نهر كرسا بعد أمطار غزيرة", d.title());
    assertEquals("2021-03-04T09:12:40", d.published().value());
    assertFalse(d.body().text().contains("المحرر"), d.body().text());
  }

  @Test
  void aTimeGluedToTheDayByADashIsNoRangeOfDays() {
    Document d = read("""
        الضفة اليوم
        أخبار
        رأي
        العالم العربي
        إغلاق طريق المرفأ في كرسا بسبب أعمال صيانة
        نُشر: 09:30-21 مارس 2021 م
        كرسا - «الضفة اليوم»
        أغلقت البلدية طريق المرفأ في مدينة كرسا أمام حركة السير لإجراء أعمال صيانة تستمر أسبوعا.
        وطلبت من السائقين استخدام الطريق الساحلي.
        """);
    assertEquals("2021-03-21", d.published().value().substring(0, 10));
  }

  @Test
  void aRangeOfDaysStillReadsItsFirstDay() {
    // guard: "14-20 January 2022" is a range, its first day the date
    assertEquals("2022-01-14",
        DateExpressions.find("Reporting period: 14-20 January 2022", true).orElseThrow().value());
  }
}
