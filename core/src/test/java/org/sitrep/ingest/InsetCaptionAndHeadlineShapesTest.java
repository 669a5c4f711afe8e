package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * A line set between two paragraphs that end in stops, with no stop of its own, that ends in its
 * source (in brackets, two words or more, or after a dash or a stop, a picture's source or the
 * site itself) is a picture's caption; under an opinion piece, the writer's starred line is no
 * text; an embedded post's signature with its year in Arabic-Indic digits is an embed. Pages of
 * our own wording (s29-t20); each "no text"/"embed" test fails on the code before the change,
 * the guard holds on both.
 */
class InsetCaptionAndHeadlineShapesTest {
  @Test
  void anArabicCaptionEndingInAMinistryInBracketsIsNoText() {
    Document d = TextPages.read("""
        الأخبار

        انفجار في مستودع للذخيرة قرب حمص

        حمص - انفجر مستودع للذخيرة في ريف حمص الغربي صباح الثلاثاء، ما أدى إلى اندلاع حريق كبير سمعت أصوات انفجاراته في القرى المجاورة.

        وقال محافظ حمص إن فرق الإطفاء عملت لساعات على إخماد النيران ومنع امتدادها إلى الأراضي الزراعية القريبة من الموقع.

        سيارات الإطفاء عند مدخل الموقع (وزارة الداخلية السورية)

        وأضاف المحافظ أن لجنة فنية بدأت التحقيق في أسباب الانفجار، وأن الأضرار اقتصرت على المستودع ومحيطه المباشر.
        """);
    String body = d.body().text();
    assertFalse(body.contains("سيارات الإطفاء عند مدخل"), body);
    assertTrue(body.contains("وأضاف المحافظ أن لجنة فنية"), body);
  }

  @Test
  void anArabicCaptionEndingInAPicturesSourceAfterADashIsNoText() {
    Document d = TextPages.read("""
        الأخبار

        سيول تجرف طرقا في ريف تعز

        تعز - جرفت سيول الأمطار الغزيرة مساء الأربعاء طرقا ترابية في ريف تعز الغربي، وعزلت عددا من القرى عن مركز المديرية.

        وقالت السلطة المحلية إن فرقها تعمل على فتح الطرق المغلقة وإيصال المساعدات إلى الأسر المتضررة من السيول.

        مياه السيول تغمر طريقا فرعيا غرب تعز - مواقع التواصل

        تابعوا آخر الأخبار عبر قناتنا على واتساب

        وأشارت إلى أن الأمطار تسببت أيضا في انهيار عدد من المنازل الطينية دون تسجيل إصابات بين السكان.

        وتوقع مركز الأرصاد استمرار هطول الأمطار على المرتفعات الغربية خلال الأيام الثلاثة المقبلة، داعيا السكان إلى الابتعاد عن مجاري السيول.

        وتتكرر السيول في المنطقة كل صيف، وتتسبب في خسائر في الأراضي الزراعية والطرق التي لم تخضع للصيانة منذ سنوات.
        """);
    String body = d.body().text();
    assertFalse(body.contains("مياه السيول تغمر"), body);
    assertTrue(body.contains("وأشارت إلى أن الأمطار"), body);
  }

  @Test
  void aLineEndingInAShortNameInBracketsStays() {
    Document d = TextPages.read("""
        الأخبار

        مفاوضات جديدة حول سد النهضة

        القاهرة - استؤنفت يوم الأحد في العاصمة السودانية المفاوضات الثلاثية حول سد النهضة بمشاركة وزراء الري في الدول الثلاث.

        وقال المتحدث باسم وزارة الري المصرية إن الجولة تبحث النقاط العالقة في قواعد ملء السد وتشغيله خلال سنوات الجفاف.

        ويشرف على المفاوضات منذ العام الماضي الاتحاد الأفريقي (الاتحاد)

        وكانت الجولة السابقة قد انتهت في الشهر الماضي دون اتفاق على آلية ملزمة لحل النزاعات بين الدول الثلاث.
        """);
    String body = d.body().text();
    assertTrue(body.contains("الاتحاد الأفريقي (الاتحاد)"), body);
  }





  @Test
  void aStarredWritersLineUnderAnOpinionPieceIsNoText() {
    Document d = TextPages.read("""
        مقالات

        الماء قبل السياسة

        لم تعد أزمة المياه في المدن الكبرى مسألة خدمات فحسب، بل صارت اختبارا لقدرة المؤسسات على التخطيط لعقود مقبلة لا لمواسم قصيرة.

        فالمدن التي تضاعف عدد سكانها خلال عشرين عاما لا تزال تعتمد على شبكات صممت لنصف هذا العدد، ومعظم الفاقد يضيع في الأنابيب المتهالكة.

        والحل يبدأ بالاعتراف بأن الماء ملف وطني يتقدم على الخلافات الحزبية، وأن كل تأجيل للإصلاح يضاعف كلفته على الجميع.

        * كاتب وباحث في شؤون التنمية
        """);
    String body = d.body().text();
    assertFalse(body.contains("كاتب وباحث في شؤون التنمية"), body);
    assertTrue(body.contains("والحل يبدأ بالاعتراف"), body);
  }

  @Test
  void anEmbeddedPostsSignatureWithArabicIndicDigitsIsAnEmbed() {
    String post = "نهيب بالمسافرين تأجيل رحلاتهم حتى إشعار آخر — هيئة المنافذ الحدودية "
        + "(@PortsAuthority) ١٢ كانون الثاني ٢٠٢٠";
    assertEquals(java.util.Optional.of("embed"), Boilerplate.get().kindOf(post));
    assertEquals(java.util.Optional.empty(),
        Boilerplate.get().kindOf("وقالت الهيئة في بيان صدر يوم 12 كانون الثاني 2020 إن الطريق أغلق."));
  }
}
