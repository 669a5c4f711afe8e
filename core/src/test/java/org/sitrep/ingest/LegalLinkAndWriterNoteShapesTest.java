package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Shapes of s23 (wording and outlets of our own), made from transfer-15's misses by line class:
 * the names of a site's legal pages in a consent line or a footer; a caption that says its
 * picture only illustrates; a link line that ends with "click here"; a caption credited to an
 * agency after a bar; a site's disclaimer on reprinted news; a row of links of a few words each
 * under the text; a writer's note right under the headline; a caption is never the title. Each
 * page fails on the code before the change (main at ddb93f1), but for the guards, which hold on
 * both.
 */
class LegalLinkAndWriterNoteShapesTest {
  private static Document read(String page) {
    return TextPages.read(page);
  }

  @Test
  void legalPagesNamedInAConsentLineOrAFooterAreNoParagraph() {
    Document d = read("""
        Harbour Post
        World
        April 2, 2021
        Floods cut the coastal road south of Mirna
        Heavy rain washed away two bridges on the coastal road south of Mirna on Thursday, the roads agency said.
        Engineers expect to reopen one lane within a week, the agency added.
        Sign up for our morning briefing
        By entering your email you accept our Terms of Service and confirm you have read our Privacy Notice.
        Privacy Policy   Terms and Conditions   Contact
        """);
    String body = d.body().text();
    assertFalse(body.contains("Terms of Service"), body);
    assertFalse(body.contains("Terms and Conditions"), body);
    assertTrue(body.contains("Engineers expect to reopen one lane"), body);
  }

  @Test
  void aSentenceAboutAPolicyInTheStoryStays() {
    Document d = read("""
        Harbour Post
        April 2, 2021
        Regulator fines a ferry company over passenger data
        The maritime regulator fined a ferry company on Thursday after it found the firm had shared passenger lists with an advertiser in breach of its own privacy policy.
        The company said it would appeal and that no payment details had been exposed.
        """);
    assertTrue(d.body().text().contains("in breach of its own privacy policy"), d.body().text());
  }

  @Test
  void aCaptionSayingItsPictureOnlyIllustratesIsNoParagraph() {
    Document d = read("""
        Gulf Courier
        Region
        May 5, 2020
        Drone strike reported near a fuel depot in Sarra
        File image used for illustration only.
        A drone struck near a fuel depot on the edge of Sarra late on Monday, residents said, setting a storage tank on fire.
        Firefighters put out the blaze by morning, the civil defence said.
        """);
    String body = d.body().text();
    assertFalse(body.contains("used for illustration"), body);
    assertTrue(body.contains("A drone struck near a fuel depot"), body);
  }

  @Test
  void aLinkLineEndingWithClickHereAndASitesDisclaimerAreNoParagraph() {
    Document d = read("""
        شبكة الوادي
        أخبار محلية
        12 أيلول 2019
        انفجار عبوة ناسفة قرب سوق مدينة كرسا
        انفجرت عبوة ناسفة قرب السوق الرئيسي في مدينة كرسا صباح اليوم ما أدى إلى إصابة ثلاثة مدنيين.
        وقالت مصادر محلية إن الأجهزة الأمنية طوقت المكان وبدأت التحقيق.
        هذا التقرير منقول كما ورد ولا يعبر عن رأي الموقع، والموقع غير مسؤول عن دقته
        لمشاهدة التقرير المصور من مصدره اضغط هنا
        أخبار مشابهة
        مقتل شخصين بانفجار لغم في الريف الشرقي
        """);
    String body = d.body().text();
    assertFalse(body.contains("لا يعبر عن رأي الموقع"), body);
    assertFalse(body.contains("اضغط هنا"), body);
    assertTrue(body.contains("طوقت المكان"), body);
  }

  @Test
  void aLinkLineEndingWithItsButtonWordsIsALinkAndASitesDisclaimerIsOne() {
    for (String s : new String[] {"لمتابعة التقرير من مصدره الأصلي اضغط هنا",
        "To watch the full interview, click here.", "للاطلاع على الصور كاملة انقر هنا"}) {
      assertTrue(BodyLines.LineShapes.linkPrompt(s, org.sitrep.text.TextNormalizer.fold(s)), s);
    }
    String told = "وقال الشهود إنهم سمعوا صوت انفجار قوي عندما اضغط الزر هنا";
    assertFalse(BodyLines.LineShapes.linkPrompt(told, org.sitrep.text.TextNormalizer.fold(told)));
    assertEquals("disclaimer", Boilerplate.get().kindOf(
        "هذا التقرير منقول كما ورد ولا يعبر عن رأي الموقع والموقع غير مسؤول عن دقته").orElse(null));
    assertEquals(null, Boilerplate.get().kindOf(
        "وقال الوزير إن هذه التصريحات لا تعبر عن رأي الحكومة في الأزمة").orElse(null));
  }

  @Test
  void aCaptionCreditedToAnAgencyAfterABarIsNoParagraphAndNoTitle() {
    Document d = read("""
        صوت المدينة
        الرئيسية
        مقالات
        مقالات الرأي
        حدود مشتعلة وحسابات معقدة في الشمال
        بقلم: سامي الحداد
        الأحد 13 أكتوبر 2019
        آليات عسكرية قرب الحدود الشمالية - أرشيفية
        حين أعلنت الحكومة بدء عمليتها العسكرية في الشمال كانت تراهن على صمت الحلفاء بعد انسحابهم من نقاط المراقبة.
        غير أن ردود الفعل جاءت أقسى مما توقعت العاصمة إذ علقت دول عدة صفقات السلاح معها.
        """);
    assertEquals("حدود مشتعلة وحسابات معقدة في الشمال", d.title());
    Document a = read("""
        أخبار الساحل
        دولية
        الخميس, 04 يوليو 2019 15:20
        عشرات القتلى في قصف مركز إيواء شرق العاصمة
        نازحون أمام مركز الإيواء بعد القصف | رويترز
        قتل أكثر من ثلاثين شخصا وأصيب العشرات في قصف استهدف مركزا لإيواء النازحين شرق العاصمة ليل الثلاثاء.
        واتهمت الحكومة قوات المعارضة بتنفيذ القصف فيما نفت الأخيرة مسؤوليتها.
        """);
    String ab = a.body().text();
    assertFalse(ab.contains("نازحون أمام مركز الإيواء"), ab);
    assertTrue(ab.contains("قتل أكثر من ثلاثين"), ab);
  }

  @Test
  void aRowOfLinksUnderTheTextIsNoParagraph() {
    Document d = read("""
        Prairie Broadcaster
        World
        Posted: Oct 14, 2019 9:10 AM ET
        Thousands flee as fighting nears a border town
        Thousands of families left the border town of Velka on Sunday as shelling moved closer, aid workers said.
        The UN said it was preparing shelters in two camps further south.
        Corrections and clarifications | Send us a story idea | Report an error
        Popular Now
        """);
    String body = d.body().text();
    assertFalse(body.contains("Send us a story idea"), body);
    assertTrue(body.contains("preparing shelters in two camps"), body);
  }

  @Test
  void aWritersNoteUnderTheHeadlineIsNoParagraph() {
    Document d = read("""
        Delta Views
        Opinion
        Mona Sayed
        Sunday 15 December 2019
        The coast needs a ceasefire, not another push
        Mona Sayed is an Alexandria-based researcher on Mediterranean security.
        When the eastern forces announced on Thursday a push on the coast road, it was the fourth time this year that a quick victory had been promised.
        Each announcement has brought heavier fighting and more displaced families on both sides of the front.
        """);
    String body = d.body().text();
    assertFalse(body.contains("Alexandria-based researcher"), body);
    assertTrue(body.contains("When the eastern forces announced"), body);
  }

  @Test
  void aLeadThatOpensWithAPersonsRoleStays() {
    Document d = read("""
        Delta Views
        News
        Sunday 15 December 2019
        Analyst detained at the airport on his return
        Karim Nour is a researcher who was detained at the airport on Saturday as he returned from a conference abroad, his family said.
        Security officials have not commented on the arrest.
        """);
    assertTrue(d.body().text().contains("Karim Nour is a researcher who was detained"),
        d.body().text());
  }
}
