package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * A picture's caption set between two paragraphs that ends with its source in brackets, the
 * source named as one (an agency's short name, "archive", "activists", a wire service:
 * credit-word in line-shapes.tsv), is no line of the story; an acronym in brackets at the end
 * of a story's line stays. Pages of our own wording; the first two fail on the code before the
 * change (such captions were read only above the lead), the guard holds on both.
 */
class SourceBracketCaptionTest {
  @Test
  void anArabicCaptionEndingInAnAgencysNameBetweenParagraphsIsNoText() {
    Document d = TextPages.read("""
        أخبار المحافظات

        افتتاح جسر جديد في إربد

        إربد - افتتح وزير الأشغال العامة يوم الأحد جسراً جديداً على الطريق الدائري في مدينة إربد بكلفة بلغت ثلاثة ملايين دينار.

        وقال الوزير إن الجسر سيخفف الازدحام عند المدخل الجنوبي للمدينة خلال ساعات الذروة.

        جانب من حفل افتتاح الجسر الجديد (بترا)

        وأضاف أن الوزارة تعمل على تنفيذ ثلاثة مشاريع أخرى في المحافظة خلال العام المقبل.

        ودعا السائقين إلى الالتزام بالسرعات المحددة على الطريق الجديد حفاظا على سلامتهم.
        """);
    String body = d.body().text();
    assertFalse(body.contains("جانب من حفل افتتاح"), body);
    assertTrue(body.contains("وأضاف أن الوزارة تعمل"), body);
  }

  @Test
  void anEnglishCaptionEndingInAWireServiceBetweenParagraphsIsNoText() {
    Document d = TextPages.read("""
        Floods close coastal road

        Heavy rain flooded the coastal road between the two towns on Sunday, forcing police to close it to traffic for several hours.

        Council crews cleared mud and branches from the road through the afternoon, a council spokesperson said.

        A lorry stranded in floodwater near the harbour (PA Wire)

        The road reopened in the evening, although drivers were warned to expect delays on Monday.
        """);
    String body = d.body().text();
    assertFalse(body.contains("A lorry stranded"), body);
    assertTrue(body.contains("The road reopened in the evening"), body);
  }

  @Test
  void aLineOfTheStoryEndingInAnAcronymStays() {
    Document d = TextPages.read("""
        اشتباكات في ريف الرقة

        الرقة - اندلعت اشتباكات عنيفة يوم الاثنين في ريف الرقة الشمالي بين فصائل مسلحة وقوات سوريا الديمقراطية.

        وأفاد مصدر محلي بأن الاشتباكات تركزت قرب بلدة عين عيسى وأسفرت عن سقوط قتلى من الطرفين.

        وتسيطر على المنطقة منذ عام 2017 قوات سوريا الديمقراطية (قسد)

        ولم تعلق القوات على الاشتباكات حتى مساء الاثنين.
        """);
    String body = d.body().text();
    assertTrue(body.contains("منذ عام 2017 قوات سوريا الديمقراطية (قسد)"), body);
  }
}
