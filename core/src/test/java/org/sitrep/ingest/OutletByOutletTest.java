package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Credit;
import org.sitrep.model.Document;

/**
 * Ordinary article pages, outlet by outlet (s48, wording of our own in the style of
 * transfer-49's studied half): a broadsheet's standfirst over a byline of writers and the cities
 * they write from, with no "By" ("Jane Roe in Beirut and our correspondent in Damascus"), over
 * the date line; its topics line under the story ("Explore more on these topics: …"); a photo's
 * caption closed by the site's own name in brackets right over the lead; a section of the
 * page's menu and its file over the headline ("محليات | الحرب في ولاية الجزيرة"); the writer an
 * author's note opens with, under its label, and an Arabic "تغطية:" credit. Each test fails on
 * the code of the session's start (f509bd02).
 */
class OutletByOutletTest {
  private static final String LEAD = InsideTheTextShapesTest.LEAD;
  private static final String LAST = InsideTheTextShapesTest.LAST;

  @Test
  void aStandfirstAndAWritersInCitiesBylineOverTheDate() {
    Document d = TextPages.read("The Northern Ledger\n\nNews | World | Opinion\n\n"
        + "Families flee river villages as fighting spreads\n\n"
        + "Thousands cross the bridge after two nights of shelling, as aid groups warn that the"
        + " eastern camps are already full\n\n"
        + "Jane Roe in Beirut and our correspondent in Damascus\nSun 3 Mar 2019 18.40 GMT\n\n"
        + LEAD + "\n\n" + LAST + "\n\nExplore more on these topics: Syria | Refugees | Aid\n\n"
        + "Most viewed\n");
    assertTrue(d.body().text().startsWith(LEAD.substring(0, 30)), d.body().text());
    assertFalse(d.body().text().contains("correspondent"), d.body().text());
    assertFalse(d.body().text().contains("Explore more"), d.body().text());
    assertEquals(List.of("Jane Roe"), d.credits().stream().map(Credit::name).toList());
  }

  @Test
  void aSectionOfTheMenuAndItsFileAreNoHeadline() {
    String headline = "نزوح آلاف الأسر من قرى النهر مع امتداد القتال في الولاية";
    Document d = TextPages.read("منبر الوادي\nصوت الوادي الحر\n"
        + "محليات | عربي ودولي | اقتصاد | ثقافة | رياضة\n"
        + "محليات | امتداد القتال إلى قرى ضفاف النهر\nخاص\n" + headline + "\n"
        + "منذ 5 ساعات | 11 مارس 2025 - 08:10\n"
        + "ود مدني - خاص: قال عاملون في الإغاثة في المنطقة الحدودية يوم الثلاثاء إن أكثر من"
        + " أربعة آلاف أسرة وصلت إلى المخيمات منذ نهاية الأسبوع، معظمها سيرا على الأقدام، بعد"
        + " امتداد القتال إلى قرى ضفاف النهر.\n"
        + "وقال مسؤولون محليون إن الطريق إلى عاصمة الولاية ما زال مغلقاً لليوم الثالث.\n");
    assertEquals(headline, d.title());
  }

  @Test
  void theWriterOfAnAuthorsNoteAndOfACoverageLine() {
    Document d = TextPages.read("Families flee river villages as fighting spreads\n"
        + "March 3, 2019\n" + LEAD + "\n" + LAST + "\nAbout the author\n"
        + "Lina Haddad is a reporter at the Ledger covering the river provinces.\n");
    assertEquals(List.of("Lina Haddad"), d.credits().stream().map(Credit::name).toList());
    Document a = TextPages.read("نزوح آلاف الأسر من قرى النهر مع امتداد القتال\n"
        + "تغطية: سامر الخطيب\n11 مارس 2025\n" + InsideTheTextShapesTest.AR_LEAD + "\n"
        + "وقال مسؤولون محليون إن الطريق إلى عاصمة الولاية ما زال مغلقاً لليوم الثالث.\n"
        + "عن الكاتب\nهالة عبد الله: مراسلة الصحيفة في ود مدني، تغطي الشؤون الإنسانية.\n");
    assertEquals(List.of("سامر الخطيب", "هالة عبد الله"),
        a.credits().stream().map(Credit::name).toList());
  }

  @Test
  void aCaptionClosedByTheSitesNameOverTheLead() {
    Document d = TextPages.read("Delta Gazette\n\nPolitics\n\n"
        + "Families flee river villages as fighting spreads\n\nWritten by: Omar Said\n\n"
        + "Trucks carrying humanitarian aid wait on the eastern side of the river crossing near"
        + " the camps. (Delta Gazette)\n\n"
        + LEAD + "\n\n" + LAST + "\n\n© 2019 Delta Gazette. All rights reserved.\n");
    assertTrue(d.body().text().startsWith(LEAD.substring(0, 30)), d.body().text());
  }
}
