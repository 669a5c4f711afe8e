package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Other stories' headlines set inside the text between two paragraphs that end in stops: one to
 * four lines with no stop, behind a list's mark ("■ …"), in a script without capitals of six
 * words or more, or ending in an attribution after a comma (", health ministry says"), are no
 * text; a list the paragraph above opens with a colon, a short subheading and an English
 * subheading of six words stay. Pages of our own wording (s29-t20); the two Arabic pages and the
 * attribution fail on the code before the change; the English marked headlines (another rule
 * took them before) and the guards hold on both.
 */
class InsetHeadlineShapesTest {
  @Test
  void anArabicHeadlineOfAnotherStoryBetweenParagraphsIsNoTextAndASubheadingStays() {
    Document d = TextPages.read("""
        الأخبار

        احتجاجات على انقطاع الكهرباء في البصرة

        البصرة - تظاهر مئات من سكان البصرة مساء الجمعة أمام مبنى المحافظة احتجاجا على الانقطاع المتكرر للتيار الكهربائي مع ارتفاع درجات الحرارة.

        وقال متظاهرون إن ساعات التجهيز لا تتجاوز ست ساعات يوميا في عدد من الأحياء السكنية منذ بداية الشهر.

        وزارة النفط تعلن زيادة صادرات الخام عبر موانئ الجنوب

        وطالب المحتجون الحكومة المحلية بتوفير مولدات إضافية للأحياء الفقيرة ومحاسبة المقصرين في ملف الطاقة.

        وعود المحافظ

        وأكد المحافظ في بيان أنه سيلتقي ممثلين عن المتظاهرين خلال الأيام المقبلة لبحث مطالبهم.

        وتشهد المحافظة احتجاجات مماثلة كل صيف منذ سنوات بسبب تراجع ساعات التجهيز وارتفاع الطلب على الطاقة في أشهر الذروة.
        """);
    String body = d.body().text();
    assertFalse(body.contains("وزارة النفط تعلن زيادة"), body);
    assertTrue(body.contains("وعود المحافظ"), body);
    assertTrue(body.contains("وطالب المحتجون الحكومة"), body);
  }

  @Test
  void markedEnglishHeadlinesAreNoTextAndAListAfterAColonStays() {
    Document d = TextPages.read("""
        World

        Storm cuts power to thousands on the coast

        A powerful storm cut electricity to more than 40,000 homes along the coast on Tuesday, the regional utility said in a statement.

        Crews were working through the night to restore power, and most homes should be reconnected by Thursday, the utility said.

        ■ Ferry services suspended as winds reach gale force
        ■ Schools in three districts to stay closed on Wednesday

        Police urged drivers to avoid the coastal highway, where fallen trees blocked several lanes near the harbour town.

        The weather service said the storm would bring the following to the region over the next day:

        ■ heavy rain in the northern hills
        ■ strong winds along the whole coast

        Residents were advised to secure loose objects and to keep away from the seafront until the warnings are lifted.
        """);
    String body = d.body().text();
    assertFalse(body.contains("Ferry services suspended"), body);
    assertTrue(body.contains("Police urged drivers"), body);
    assertTrue(body.contains("heavy rain in the northern hills"), body);
  }

  @Test
  void markedArabicHeadlinesUnderASubheadingsParagraphAreNoText() {
    Document d = TextPages.read("""
        الأخبار

        الجيش يستعيد قرى في ريف الأنبار الغربي

        الأنبار - استعادت القوات العراقية أمس الخميس السيطرة على ثلاث قرى في ريف الأنبار الغربي بعد معارك استمرت يومين مع مسلحي التنظيم.

        وقال قائد العمليات إن القوات فككت عشرات العبوات الناسفة التي زرعها المسلحون على الطرق المؤدية إلى القرى.

        عودة النازحين

        في المقابل، بدأت عشرات العائلات العودة إلى منازلها في القرى المحررة، وسط نقص في المياه والخدمات الصحية الأساسية.

        ■ وزير الدفاع يتفقد القطعات العسكرية في القائم
        ■ الأمم المتحدة: آلاف النازحين ينتظرون العودة إلى الأنبار

        وقالت منظمات إغاثة إن فرقها وزعت مواد غذائية وخياما على العائلات العائدة خلال الأيام الماضية.

        وكانت القوات قد أطلقت العملية مطلع الأسبوع الماضي لتأمين الحدود مع سوريا وملاحقة خلايا التنظيم في الصحراء.
        """);
    String body = d.body().text();
    assertFalse(body.contains("وزير الدفاع يتفقد"), body);
    assertTrue(body.contains("وقالت منظمات إغاثة"), body);
    assertTrue(body.contains("عودة النازحين"), body);
  }

  @Test
  void anEnglishHeadlineEndingInItsAttributionBetweenParagraphsIsNoText() {
    Document d = TextPages.read("""
        World

        Storm cuts power to thousands on the coast

        A powerful storm cut electricity to more than 40,000 homes along the coast on Tuesday, the regional utility said in a statement.

        Crews were working through the night to restore power, and most homes should be reconnected by Thursday, the utility said.

        Dengue cases rise sharply in the capital, health ministry says

        Police urged drivers to avoid the coastal highway, where fallen trees blocked several lanes near the harbour town.

        Residents were advised to secure loose objects and to keep away from the seafront until the warnings are lifted.
        """);
    String body = d.body().text();
    assertFalse(body.contains("Dengue cases rise"), body);
    assertTrue(body.contains("Police urged drivers"), body);
  }

  @Test
  void anEnglishSubheadingOfSixWordsStays() {
    Document d = TextPages.read("""
        World

        Storm cuts power to thousands on the coast

        A powerful storm cut electricity to more than 40,000 homes along the coast on Tuesday, the regional utility said in a statement.

        Crews were working through the night to restore power, and most homes should be reconnected by Thursday, the utility said.

        What the storm means for commuters

        Police urged drivers to avoid the coastal highway, where fallen trees blocked several lanes near the harbour town.
        """);
    assertTrue(d.body().text().contains("What the storm means for commuters"), d.body().text());
  }
}
