package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Shapes of s19-ingest (wording of our own), made from transfer-11's misses by line shape: a
 * note under the text by its label, a label pointing to the next article with its headline, a
 * period's label after a field's bar, a line of labelled dates, a card's "Label: value" lines, a
 * rating's answers side by side, a timeline's last item, a closing formula, a headline right
 * under the date line, a factbox's "Compiled by" credit. Each page fails on the code before the
 * change (main at 1b14634).
 */
class NoteCardAndListShapesTest {
  private static Document read(String page) {
    return TextPages.read(page);
  }

  @Test
  void aLabelledNoteUnderTheTextIsNotTheStory() {
    Document d = read("""
        Hill Towns Monitor
        Water trucks stop running to three villages near Karsa
        March 4, 2020
        Private water trucks stopped serving three villages east of Karsa on Tuesday after the road was shelled twice in a week, residents said.
        Families now walk to a spring two kilometres away to fill their cans.
        Data note: counts gathered by phone from village committees.
        """);
    String body = d.body().text();
    assertTrue(body.contains("fill their cans"), body);
    assertFalse(body.contains("Data note"), body);

    Document a = read("""
        بوابة الساحل
        توقف صهاريج المياه عن ثلاث قرى قرب كرسا
        4 آذار 2020
        توقفت صهاريج المياه الخاصة عن خدمة ثلاث قرى شرقي كرسا يوم الثلاثاء بعد قصف الطريق مرتين خلال أسبوع، بحسب الأهالي.
        وتسير العائلات الآن مسافة كيلومترين إلى نبع لملء عبواتها.
        ملاحظة: جمعت الأرقام هاتفياً من لجان القرى.
        """);
    assertFalse(a.body().text().contains("جمعت الأرقام هاتفياً"), a.body().text());
  }

  @Test
  void aNextStoryLabelWithItsHeadlineEndsTheBody() {
    Document d = read("""
        بوابة الساحل
        الرئيسية | محليات
        قصف يطال مدرسة في ريف كرسا الشرقي
        الثلاثاء 3 آذار 2020
        سقطت قذيفتان على مدرسة في بلدة تل الورد بريف كرسا الشرقي صباح اليوم، ما أدى إلى إصابة معلمة بجروح طفيفة.
        وقال مدير المدرسة إن الدوام علق حتى إشعار آخر.
        المقال التالي: افتتاح سوق شعبية جديدة في كرسا
        افتتحت بلدية كرسا سوقاً شعبية جديدة للخضار في الحي الغربي بعد أشهر من التأخير.
        """);
    String body = d.body().text();
    assertTrue(body.contains("حتى إشعار آخر"), body);
    assertFalse(body.contains("سوقاً شعبية جديدة"), body);
  }

  @Test
  void aPeriodAfterAFieldBarDoesNotDateThePage() {
    Document d = read("""
        Coast Watch
        Daily log: mortar fire on two hill villages
        Log No. 88 | Covering 02/03/2020 06:00 to 03/03/2020 06:00
        Issued 3 March 2020
        Our monitors recorded nine incidents of mortar fire on villages above Karsa in the 24 hours to 6 a.m. on Tuesday.
        Most of the rounds fell on farmland, and no one was hurt.
        """);
    assertEquals("2020-03-03", TextPages.day(d));
  }

  @Test
  void aLineOfLabelledDatesGivesThePublicationOne() {
    Document d = read("""
        Review of Coastal Studies
        Volume 12, Issue 1
        Fishing under blockade: the Karsa bay, 2016-2019
        Lina Haddad, Omar Saleh
        Submitted: 2 May 2019 / Revised: 9 October 2019 / Published online: 20 January 2020
        Abstract
        This article follows how the fishermen of the Karsa bay kept working under a naval blockade between 2016 and 2019.
        It draws on thirty interviews and on the harbour's own records of the catch.
        """);
    assertEquals("2020-01-20", TextPages.day(d));
  }

  @Test
  void aCardOfLabelledFieldsIsNotTheHeadline() {
    Document d = read("""
        الملحق الثقافي
        مدينة تحت الأرض: شهادة عن أيام صعبة
        الأحد 8 آذار 2020
        الكتاب: أيام المستوصف
        المؤلف: سامر علي الحداد
        الناشر: دار الساحل
        عدد الصفحات: 196
        يكتب سامر علي الحداد في هذه المذكرات عن عمله طبيباً في مستوصف كرسا خلال أشهر الحصار.
        ويروي سامر علي الحداد كيف كان يعالج الجرحى على ضوء الشموع في القبو.
        """);
    assertEquals("مدينة تحت الأرض: شهادة عن أيام صعبة", d.title());
  }

  @Test
  void aRatingsAnswersSideBySideAreNotTheStory() {
    Document d = read("""
        منصة بيّن
        ماذا نعرف عن طريق كرسا الدائري؟
        5 آذار 2020
        أغلقت القوات الحكومية طريق كرسا الدائري يوم الخميس أمام الشاحنات التجارية بعد هجوم على حاجز قريب.
        أين يقع الطريق؟
        يلتف الطريق حول المدينة من الميناء إلى التلال الشرقية، بطول نحو عشرين كيلومتراً.
        لماذا يهم؟
        ويربط الطريق الميناء بالقرى الجبلية التي تعتمد عليه في نقل المحاصيل.
        هل كانت هذه الصفحة مفيدة لك؟
        نعم لا
        """);
    String body = d.body().text();
    assertTrue(body.contains("نقل المحاصيل"), body);
    assertFalse(body.contains("مفيدة لك"), body);
    assertFalse(body.contains("نعم لا"), body);
  }

  @Test
  void aTimelinesLastItemStaysInTheBody() {
    Document d = read("""
        قناة الساحل
        محطات: عامان على حصار كرسا
        أعلنت الفصائل أمس فتح الطريق إلى كرسا بعد عامين من الحصار، وفيما يلي أبرز المحطات.
        آذار 2018: إغلاق الطريق الساحلي إلى المدينة.
        تموز 2018: أول قافلة مساعدات تدخل الأحياء الشرقية.
        9 شباط 2020: توقيع اتفاق فتح الطريق.
        1 آذار 2020: عبور أول الشاحنات.
        نشر بتاريخ: 2 آذار 2020 - 10:15
        """);
    assertTrue(d.body().text().contains("عبور أول الشاحنات"), d.body().text());
  }

  @Test
  void aClosingFormulaEndsTheStatement() {
    Document d = read("""
        المكتب الإعلامي
        نعي المسعف سامر الحداد
        الخميس 5 آذار 2020
        ننعى إلى أهلنا في كرسا المسعف سامر الحداد الذي قتل مساء أمس في قصف على مستوصف البلدة.
        وتقام صلاة الجنازة بعد صلاة الظهر في الجامع الكبير.
        إنا لله وإنا إليه راجعون
        """);
    String body = d.body().text();
    assertTrue(body.contains("الجامع الكبير"), body);
    assertFalse(body.contains("راجعون"), body);
  }

  @Test
  void aHeadlineRightUnderTheDateLineOutranksASectionLine() {
    Document d = read("""
        هيئة الإذاعة الساحلية
        التغطية الإخبارية والبيانات الصحفية
        مجلس الوزراء
        الجلسة 412
        CM/2020/17
        6 آذار 2020
        الحكومة تبحث إعادة فتح ميناء كرسا أمام الصيادين
        الوزراء يحذرون من خسائر كبيرة للصيد إذا طال إغلاق الميناء أكثر من شهر
        استمع المجلس في اجتماعه اليوم إلى إحاطة من وزير النقل قال فيها إن الخسائر بلغت ملايين الليرات منذ إغلاق ميناء كرسا قبل أسبوعين.
        وطالب وزير الزراعة بتعويض العائلات المتضررة في أقرب وقت.
        """);
    assertEquals("الحكومة تبحث إعادة فتح ميناء كرسا أمام الصيادين", d.title());
  }

  @Test
  void aFactboxCompiledByCreditIsNotTheStory() {
    Document d = read("""
        World News
        March 6, 2020 / 10:20 AM
        FACTBOX-Who holds the roads around Karsa
        (Agency) - Three forces hold the roads into Karsa after this week's fighting. Here is who they are.
        - THE ARMY: regular units hold the coast road and the port.
        - THE HILL BRIGADES: local fighters hold the villages above the ring road.
        Compiled by Lina Haddad; Editing by Omar Saleh
        Our Standards: The Agency Trust Principles.
        """);
    String body = d.body().text();
    assertTrue(body.contains("villages above the ring road"), body);
    assertFalse(body.contains("Compiled by"), body);
    assertFalse(body.contains("Our Standards"), body);
  }
}
