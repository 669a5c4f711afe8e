package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * A section's label of the day above the headline ("World News of Monday, 24 April 2023") is no
 * headline; a headline that names a date without a day's name stays the title; a lead opening
 * with its place, a numeric day and the agency ("غزة 7-11-2023 قدس- …") is no deck. From
 * transfer-22's study half (s30; 2201's label was its title).
 */
class DatedSectionLabelTest {

  @Test
  void aSectionsLabelOfTheDayIsNoHeadline() {
    assertTrue(TextPageParser.datedLabel("World News of Monday, 24 April 2023"));
    assertTrue(TextPageParser.datedLabel("أخبار اليوم الاثنين 24 أبريل 2023"));
    assertFalse(TextPageParser.datedLabel("Minutes of the board meeting of 10 October 2019"));
    assertFalse(TextPageParser.datedLabel("Talks resumed in Geneva on Monday, 24 April 2023."));
  }

  @Test
  void aHeadlineNamingADateStaysTheTitle() {
    Document d = TextPages.read("""
        Home | Association | Minutes
        Minutes of the board meeting of 10 October 2019
        The board met at the community hall and approved the budget for the coming year after a short discussion of the heating costs.
        Members also agreed to hold the annual assembly in March and asked the secretary to send the invitations in January.
        """);
    assertEquals("Minutes of the board meeting of 10 October 2019", d.title());
  }

  @Test
  void aLeadOpeningWithPlaceNumericDayAndAgencyIsNoDeck() {
    Document d = TextPages.read("""
        وكالة الأنباء
        الرئيسية
        أخبار
        قصف يستهدف مخبزا وسط القطاع
        تاريخ النشر: 2023-11-07 13:48
        غزة 7-11-2023 وكالة- قتل 18 مواطنا وأصيب العشرات في قصف استهدف مخبزا ومنازل وسط القطاع صباح اليوم.
        1 / 6
        اضغط لتكبير الصورة
        وأفادت مصادر طبية بأن الجثامين نقلت إلى المستشفى الوحيد العامل في المنطقة وسط نقص حاد في الوقود.
        وكانت الطائرات قد قصفت أمس منازل في المخيمات الوسطى ما أدى إلى سقوط عدد من القتلى والجرحى.
        """);
    assertTrue(d.body().text().contains("قتل 18 مواطنا"), d.body().text());
  }
}
