package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Document;
import org.sitrep.text.TextNormalizer;

/**
 * Shapes of s14-ingest (wording of our own): a report's running header and page number at a
 * page break of its PDF text, a bulleted highlight that is no headline, a caption's credit above
 * the headline, a Hijri date with its vowel marks beside the Gregorian one, "Read …" links and
 * production notes. Each page fails on main's code before this work.
 */
class PrintAndNoteShapesTest {
  private static Document read(String page) {
    return TextPages.read(page);
  }

  @Test
  void aReportsRunningHeaderAndPageNumberAreNotItsBody() {
    Document d = read("""
        Valley Region: Floods in the Southern Districts
        Situation Report No. 3
        As of 12 May 2021
        HIGHLIGHTS
        • Floods cut the coast road between Marsa and Tell Nour
        • Over 9,000 people left their homes since 8 May
        SITUATION OVERVIEW
        Floods cut the coast road between Marsa and Tell Nour on 11 May, and rescue teams reached several villages by boat only.
        Partners report that two health centres in Marsa closed after water entered their buildings.
        Valley Office for Relief Coordination
        1
        Valley Region: Floods in the Southern Districts Situation Report No. 3 | 2
        Families who left their homes are staying with relatives or in schools in the hill towns above the coast.
        For further information, please contact:
        """);
    assertEquals("Valley Region: Floods in the Southern Districts", d.title());
    String body = d.body().text();
    assertTrue(body.contains("staying with relatives or in schools"), body);
    assertFalse(body.contains("Situation Report No. 3 | 2"), body);
    assertFalse(body.contains("\n1\n"), body);
  }

  @Test
  void aCaptionsCreditIsNotTheHeadline() {
    Document d = read("""
        Valley Daily
        Politics
        Region
        Rescue boats on the flooded main street of Marsa (File photo)
        Photo Handout from the Valley Civil Defence
        Two rescuers drown as floods hit Marsa
        Jane Roe
        May 12, 2021
        Two civil defence rescuers drowned on Tuesday when their boat overturned in the flooded centre of Marsa, the governor said.
        The governor said that the search for three missing residents would go on through the night.
        """);
    assertEquals("Two rescuers drown as floods hit Marsa", d.title());
  }

  @Test
  void aHijriDateWithItsVowelMarksLeavesTheGregorianDate() {
    Document d = read("""
        صحيفة الوادي
        الرئيسية
        محليات
        العدد : ١٢٣٤٥ - الاثنين ٢٤ يونيو ٢٠١٩ م، الموافق ٢١ شوّال ١٤٤٠هـ
        السيول تقطع الطريق الساحلي لليوم الثالث
        قطعت السيول الطريق الساحلي بين مرسى وتل نور لليوم الثالث على التوالي، بحسب مديرية الطرق في المحافظة.
        وقال مهندسون إن الجسرين على الطريق سيخضعان للفحص قبل السماح بمرور السيارات.
        """);
    assertEquals("2019-06-24", d.published().value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Read the full story on our website", "Read in French | Read in Arabic",
      "اقرأ أيضا: السيول تقطع الطريق الساحلي"})
  void readLinksAreChrome(String line) {
    assertTrue(BodyLines.LineShapes.linkPrompt(line, TextNormalizer.fold(line)), line);
  }

  @Test
  void aSharePromptAloneUnderTheBodyIsChrome() {
    Document d = read("""
        صحيفة الوادي
        السيول تقطع الطريق الساحلي لليوم الثالث
        12 أيار 2021
        قطعت السيول الطريق الساحلي بين مرسى وتل نور لليوم الثالث على التوالي، بحسب مديرية الطرق في المحافظة.
        وقال مهندسون إن الجسرين على الطريق سيخضعان للفحص قبل السماح بمرور السيارات.
        شارك المقال
        """);
    assertFalse(d.body().text().contains("شارك"), d.body().text());
    assertFalse(BodyLines.LineShapes.sharePrompt("Facebook Twitter"));
    assertFalse(BodyLines.LineShapes.sharePrompt("Share prices fell"));
  }

  @Test
  void aCommentHeaderWithItsCountEndsTheBody() {
    Document d = read("""
        صحيفة الوادي
        السيول تقطع الطريق الساحلي لليوم الثالث
        12 أيار 2021
        قطعت السيول الطريق الساحلي بين مرسى وتل نور لليوم الثالث على التوالي، بحسب مديرية الطرق في المحافظة.
        وقال مهندسون إن الجسرين على الطريق سيخضعان للفحص قبل السماح بمرور السيارات.
        وأضافوا أن فرق الصيانة ستعمل طوال الليل لفتح الطريق أمام سيارات الإسعاف.
        عدد التعليقات (٢)
        زائر
        كل سنة نفس المشكلة ولا أحد يصلح الجسور في هذه المنطقة
        أبو سالم
        الله يحمي أهل مرسى من السيول
        """);
    String body = d.body().text();
    assertTrue(body.contains("لفتح الطريق أمام سيارات الإسعاف"), body);
    assertFalse(body.contains("نفس المشكلة"), body);
    assertEquals("comment-widget", BodyLines.LineShapes.tailHeader("Comments (12)", java.util.List.of()));
    assertEquals(null, BodyLines.LineShapes.tailHeader("Floods 2021", java.util.List.of()));
  }

  @Test
  void aLabelOverItsDateIsOneDateLineAndTheOriginalWins() {
    Document d = read("""
        Relief Board
        Floods close three schools in the southern districts
        News and Press Release
        Source
        Valley Relief Network
        Posted
        14 May 2021
        Originally published
        12 May 2021
        Origin
        View original
        Three schools in the southern districts closed after floodwater entered their classrooms, the Valley Relief Network said on Wednesday.
        The network said the pupils would be taught in tents in the hill towns until the buildings were dry.
        """);
    assertEquals("2021-05-12", d.published().value());
    assertTrue(d.body().text().startsWith("Three schools in the southern districts"), d.body().text());
  }

  @Test
  void productionNotesAreNotTheBody() {
    Document en = read("""
        Valley Wire
        Two rescuers drown as floods hit Marsa
        May 12, 2021
        Two civil defence rescuers drowned on Tuesday when their boat overturned in the flooded centre of Marsa, the governor said.
        The governor said that the search for three missing residents would go on through the night.
        (This story has not been edited by Valley Wire staff and is auto-generated from a syndicated feed.)
        """);
    assertFalse(en.body().text().contains("has not been edited"), en.body().text());
    Document ar = read("""
        تحديث عاجل رقم 2
        السيول في مناطق الجنوب
        حتى تاريخ 12 أيار/مايو 2021
        يصدر هذا التقرير عن مكتب الوادي لتنسيق الإغاثة بالتعاون مع الشركاء، ويغطي الفترة من 8 إلى 12 أيار/مايو.
        قطعت السيول الطريق الساحلي بين مرسى وتل نور، ووصلت فرق الإنقاذ إلى عدد من القرى بالقوارب فقط.
        وأفاد الشركاء بأن مركزين صحيين في مرسى أغلقا أبوابهما بعد أن دخلت المياه إليهما.
        """);
    String body = ar.body().text();
    assertTrue(body.contains("قطعت السيول الطريق الساحلي"), body);
    assertFalse(body.contains("يصدر هذا التقرير"), body);
  }
}
