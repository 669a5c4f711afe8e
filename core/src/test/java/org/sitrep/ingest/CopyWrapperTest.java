package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * A cached or archived copy of a page (wording of our own): the cache's or the archive's banner
 * and toolbar above the copied page are chrome, and the page's own title, date and body are read
 * under them. Fails without CopyWrapper (the banner's sentences became the body, its address the
 * title, its snapshot date the publication date).
 */
class CopyWrapperTest {
  private static Document read(String page) {
    return TextPages.read(page);
  }

  @Test
  void aSearchCachesBannerIsNotThePage() {
    Document d = read("""
        This is Google's cache of https://www.valley-herald.example/floods-close-coast-road/. It is a snapshot of the page as it appeared on 14 Jun 2021 08:02:11 GMT.
        The current page could have changed in the meantime. Learn more.
        Full version
        Text-only version
        View source
        Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.
        Valley Herald
        Home
        Region
        Floods close the coast road for a third day
        June 11, 2021
        9:10 am
        Floodwater covered the coast road between Marsa and Tell Nour for a third day on Friday, the roads department said.
        Engineers said the two bridges on the road would be checked before any traffic was let through.
        Tags: floods, roads
        """);
    assertEquals("Floods close the coast road for a third day", d.title());
    assertEquals("2021-06-11", d.published().value().substring(0, 10));
    String body = d.body().text();
    assertTrue(body.startsWith("Floodwater covered the coast road"), body);
    assertFalse(body.contains("find your search term"), body);
    assertFalse(body.contains("Text-only"), body);
  }

  @Test
  void anArchivesToolbarIsNotThePage() {
    Document d = read("""
        The Wayback Machine - https://web.archive.org/web/20210615101010/https://valley-daily.example/ar/1234
        9 captures
        15 Jun 2021 - 02 Feb 2023
        MAY JUN JUL
        15
        2020 2021 2022
        About this capture
        صحيفة الوادي
        الرئيسية
        محليات
        السيول تقطع الطريق الساحلي لليوم الثالث
        الاثنين 14/06/2021
        قطعت السيول الطريق الساحلي بين مرسى وتل نور لليوم الثالث على التوالي، بحسب مديرية الطرق في المحافظة.
        وقال مهندسون إن الجسرين على الطريق سيخضعان للفحص قبل السماح بمرور السيارات.
        """);
    assertEquals("السيول تقطع الطريق الساحلي لليوم الثالث", d.title());
    String body = d.body().text();
    assertTrue(body.startsWith("قطعت السيول الطريق الساحلي"), body);
    assertFalse(body.contains("captures"), body);
  }

  @Test
  void onlyAPagesFirstLineOpensAWrapper() {
    assertEquals(0, CopyWrapper.lines(List.of("Valley Herald",
        "This is Google's cache of https://example.org/. It is a snapshot of the page as it appeared on 1 May 2021.")));
    assertEquals(0, CopyWrapper.lines(List.of("The Wayback Machine turns twenty-five", "By Jane Roe")));
    assertEquals(3, CopyWrapper.lines(List.of(
        "The Wayback Machine - https://web.archive.org/web/20210615101010/https://x.example/", "9 captures",
        "15 Jun 2021 - 02 Feb 2023", "Valley Herald")));
  }
}
