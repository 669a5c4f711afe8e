package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Shapes of s16-ingest (wording of our own): a date's role from its label (a saved copy's save
 * date, a report's period), date lines in a mail archive's Unix form, with a two-digit year, or
 * with the year before the day and month; a list's tag on a title; the apparatus under an
 * article (sources, the writer's box, a mail's signature) and notes on live coverage, donations
 * and syndication; a comments button above the lead. Each page fails on main's code before this
 * work (b458575).
 */
class DateRoleAndApparatusShapesTest {
  private static Document read(String page) {
    return TextPages.read(page);
  }

  private static String day(Document d) {
    return TextPages.day(d);
  }

  @Test
  void aSavedCopysSaveDateIsNotItsPublicationDate() {
    Document d = read("""
        Saved from: https://valleynews.example/news/2021/05/11/river-floods-marsa
        Saved on: 2024-02-01 10:12:44
        Valley News
        Rescue boats reach villages cut off by the river near Marsa
        Rescue boats reached three villages near Marsa that the floods had cut off since Sunday night, the governor said.
        The army opened two more shelters in the hill towns as the river kept rising.
        """);
    assertEquals("2021-05-11", day(d));
  }

  @Test
  void aReportsPeriodGivesWayToItsPublishedLine() {
    Document d = read("""
        Valley Relief
        Flood Update 3: Arrivals in the hill towns (2 – 6 May 2021)
        Reporting period: 2 – 6 May 2021
        Published: 7 May 2021
        More than 9,000 people have reached the hill towns since the river broke its banks, field teams report.
        Most are staying with relatives or in schools that now serve as shelters.
        """);
    assertEquals("2021-05-07", day(d));
  }

  @Test
  void aMailArchivesMessageHasItsListsTagOffTheTitleAndItsUnixDateRead() {
    Document d = read("""
        [valley-watch] Daily note: river falls below the bridge mark
        Sam Reed sam.reed at example.org
        Tue May 11 06:40:12 UTC 2021
        Previous message (by thread): [valley-watch] Daily note: shelters in the hill towns
        Next message (by thread): [valley-watch] Daily note: the coast road reopens
        Dear all,
        The river fell below the mark on the old bridge overnight, and the boats have gone back to the two villages still cut off.
        The coast road stays closed until engineers have checked the embankment north of Marsa.
        --
        Sam Reed
        More information about the valley-watch mailing list
        """);
    assertEquals("Daily note: river falls below the bridge mark", d.title());
    assertEquals("2021-05-11", day(d));
    assertFalse(d.body().text().contains("mailing list"), d.body().text());
  }

  @Test
  void aTwoDigitYearIsReadByThePartThatCanOnlyBeADay() {
    Document d = read("""
        Valley News
        Rescue boats reach villages cut off by the river near Marsa
        The army says three villages are reached; no one is missing
        Dana Hale|
        Published: 05.23.21, 10:14
        Rescue boats reached three villages near Marsa that the floods had cut off since Sunday night, the governor said.
        The army opened two more shelters in the hill towns as the river kept rising.
        """);
    assertEquals("2021-05-23", day(d));
  }

  @Test
  void aDateLineUnderTheBodyWithItsYearBeforeTheDayAndMonthDatesThePage() {
    Document d = read("""
        أخبار الوادي
        زوارق الإنقاذ تصل إلى قرى عزلها الفيضان قرب مرسى
        وصلت زوارق الإنقاذ إلى ثلاث قرى قرب مرسى عزلها الفيضان منذ ليل الأحد، بحسب ما قال المحافظ.
        وفتح الجيش ملجأين إضافيين في بلدات التلال مع استمرار ارتفاع منسوب النهر.
        GMT 09:20 2021 الثلاثاء 11 مايو
        تابعوا آخر الأخبار على تطبيقنا
        """);
    assertEquals("2021-05-11", day(d));
  }

  @Test
  void aSourcesListAndAWritersBoxUnderTheBodyAreNotItsText() {
    Document a = read("""
        ويكي الوادي
        زوارق الإنقاذ تصل إلى قرى عزلها الفيضان قرب مرسى
        الثلاثاء 11 مايو 2021
        وصلت زوارق الإنقاذ إلى ثلاث قرى قرب مرسى عزلها الفيضان منذ ليل الأحد، بحسب ما قال المحافظ.
        وفتح الجيش ملجأين إضافيين في بلدات التلال مع استمرار ارتفاع منسوب النهر.
        المصادر
        «الفيضان يعزل قرى مرسى» — صحيفة الوادي، 10 مايو 2021
        """);
    assertFalse(a.body().text().contains("صحيفة الوادي"), a.body().text());
    Document b = read("""
        الوادي بوست
        زوارق الإنقاذ تصل إلى قرى عزلها الفيضان قرب مرسى
        تم النشر: 2021/05/11 الساعة 09:20 بتوقيت غرينتش
        وصلت زوارق الإنقاذ إلى ثلاث قرى قرب مرسى عزلها الفيضان منذ ليل الأحد، بحسب ما قال المحافظ.
        وفتح الجيش ملجأين إضافيين في بلدات التلال مع استمرار ارتفاع منسوب النهر.
        الكاتب
        فريق التحرير
        فريق التحرير في الوادي بوست
        """);
    assertFalse(b.body().text().contains("فريق التحرير"), b.body().text());
  }

  @Test
  void notesOnLiveCoverageDonationsAndSyndicationAreNotTheBody() {
    Document d = read("""
        Valley News
        Rescue boats reach villages cut off by the river near Marsa
        By Dana Hale and Sam Reed
        Updated 9:20 a.m., Tue May 11, 2021
        Our live coverage has moved here.
        Rescue boats reached three villages near Marsa that the floods had cut off since Sunday night, the governor said.
        The army opened two more shelters in the hill towns as the river kept rising.
        Like our reporting? Please consider a donation to support Valley News.
        Disclaimer: The content of this article is syndicated from a third party and is not edited by us.
        """);
    String body = d.body().text();
    assertEquals("Rescue boats reach villages cut off by the river near Marsa", d.title());
    assertTrue(body.contains("three villages near Marsa"), body);
    assertFalse(body.contains("live coverage"), body);
    assertFalse(body.contains("donation"), body);
    assertFalse(body.contains("syndicated"), body);
  }

  @Test
  void notesOnARepublishedStoryAreNotTheBody() {
    // (s27) a wire or partner story's provenance note and the site's "latest news" prompt under
    // it; a body sentence that names where a report first appeared stays
    Document d = read("""
        Valley News
        Rescue boats reach villages cut off by the river near Marsa
        Rescue boats reached three villages near Marsa that the floods had cut off since Sunday night, the governor said.
        The report, first published by the regional council on Monday, said two bridges were gone.
        (Apart from the headline, this report has not been edited by Valley News staff and is published from a partner feed.)
        This article was originally published by Delta Weekly and is republished here with permission.
        Follow the latest news live on ValleyNews.example and get updates from the region.
        """);
    String body = d.body().text();
    assertTrue(body.contains("three villages near Marsa"), body);
    assertTrue(body.contains("first published by the regional council"), body);
    assertFalse(body.contains("not been edited"), body);
    assertFalse(body.contains("originally published"), body);
    assertFalse(body.contains("latest news live"), body);
    Document a = read("""
        الوادي بوست
        زوارق الإنقاذ تصل إلى قرى عزلها الفيضان قرب مرسى
        وصلت زوارق الإنقاذ إلى ثلاث قرى قرب مرسى عزلها الفيضان منذ ليل الأحد، بحسب ما قال المحافظ.
        وفتح الجيش ملجأين إضافيين في بلدات التلال مع استمرار ارتفاع منسوب النهر.
        نُشر هذا التقرير أولاً في صحيفة الدلتا ويُعاد نشره بإذن منها.
        """);
    assertTrue(a.body().text().contains("ملجأين"), a.body().text());
    assertFalse(a.body().text().contains("يُعاد نشره"), a.body().text());
  }

  @Test
  void aCommentsButtonOverAShareButtonAboveTheLeadDoesNotEndTheBody() {
    Document d = read("""
        Valley News
        Rescue boats reach villages cut off by the river near Marsa
        By Valley News with agencies  •  Updated: 11/05/2021 - 09:20
        Comments
        Share this article
        Rescue boats reached three villages near Marsa that the floods had cut off since Sunday night, the governor said.
        The army opened two more shelters in the hill towns as the river kept rising.
        Share this article
        Comments
        """);
    assertTrue(d.body().text().contains("two more shelters"), d.body().text());
  }
}
