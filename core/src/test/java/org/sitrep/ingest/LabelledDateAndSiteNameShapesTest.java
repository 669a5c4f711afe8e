package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Header and text shapes of s27-ingeststudy (wording, names and outlets of our own), made from
 * the misses of transfer-18's odd pages: a date line that opens with a publication label and
 * goes on with its byline; a city and its country before the lead's date; an update's stamp, a
 * labelled picture credit and the caption under them above the lead (no column's wrapped
 * paragraph: its last line is wider than the lines above it); a "Foto:" credit; an ad's label
 * and its text on one line; the site's terms for reusing its materials; a site's name line
 * ("… - Official Website") over the headline; a daily feature's box under the text. Each page
 * fails on the code before the change; the guards hold on both.
 */
class LabelledDateAndSiteNameShapesTest {
  private static Document read(String page) {
    return TextPages.read(page);
  }

  @Test
  void aPublicationLabelOpeningACreditLineDatesThePage() {
    Document d = read("""
        Agencia Costera
        ES
        EN
        World
        Politics
        Fishing fleet returns to Valparaíso after storm warning lifted
        Crews are due back at sea by the end of the week (22)
        Published on 20/06/2022 - 14:35 By Tomás Ibarra - Correspondent - Agencia Costera - Valparaíso
        More than forty trawlers that had sheltered in the bay for three days sailed back into port on Monday, the harbour authority said.
        The navy lifted its storm warning early on Monday after winds along the coast fell below gale force.
        Translation: Ana Beltrán
        """);
    assertEquals("2022-06-20", TextPages.day(d));
    String body = d.body().text();
    assertFalse(body.contains("Published on"), body);
    assertFalse(body.contains("Crews are due back"), body);
    assertTrue(body.startsWith("More than forty trawlers"), body);
  }

  @Test
  void aDateLineWithoutALabelInFrontIsNoLabelledLine() {
    // the guard: a sentence that opens with a date is no publication label's line
    assertFalse(BodyLines.LineShapes.dateLine(
        "On 20/06/2022 the harbour authority closed the port to all trawlers and ferries for three days"));
    assertTrue(BodyLines.LineShapes.dateLine(
        "Posted on 3 March 2021 by Lina Haddad - Staff Writer - Coast Desk - Tyre"));
  }

  @Test
  void aCityAndItsCountryBeforeTheLeadsDateDateThePage() {
    Document d = read("""
        Mission Press Service
        Europe
        Middle East
        Rockets hit school in Homs as pupils gather for morning classes
        By Paul Renard
        Homs, Syria, Mar 3, 2016 / 09:40 am (MPS).- Two rockets struck the yard of a school in the Waer district of Homs on Wednesday morning, wounding six pupils, a teacher said.
        The school had reopened only a month earlier after repairs.
        """);
    assertEquals("2016-03-03", TextPages.day(d));
  }

  @Test
  void anUpdateStampACreditAndItsCaptionAreNoLead() {
    Document d = read("""
        Baltic Radio
        News in English
        Politics
        Weather
        Estonia sends field hospital team to northern Iraq
        The defence ministry said the team of twelve medics would stay for three months.
        14.03.2018 at 09:12
        updated 14.03.2018 at 11:47
        Image: Maria Lepp / Reuters
        Medics load equipment onto a transport plane at Ämari air base.
        Twelve Estonian army medics left for northern Iraq on Wednesday to staff a field hospital near Mosul, the defence ministry said.
        The hospital treats civilians and soldiers wounded in the fighting west of the city.
        """);
    assertEquals("2018-03-14", TextPages.day(d));
    String body = d.body().text();
    assertFalse(body.contains("updated 14.03.2018"), body);
    assertFalse(body.contains("Maria Lepp"), body);
    assertFalse(body.contains("Medics load equipment"), body);
    assertTrue(body.startsWith("Twelve Estonian army medics"), body);
  }

  @Test
  void aWrappedColumnKeepsItsLastLine() {
    // the guard: a print column's lines of even width, closed by a shorter last line, stay one
    // paragraph of the story
    Document d = read("""
        The Harbour Gazette
        Ferry service to the islands resumes after strike
        Ferries to the outer islands sailed again on
        Monday after a four-day strike by crews over
        pay, the operator said in a statement.
        Passengers queued from dawn at the terminal as the first boat left for the north.
        """);
    assertTrue(d.body().text().contains("pay, the operator said in a statement."), d.body().text());
  }

  @Test
  void aFotoCreditMakesACaption() {
    assertTrue(BodyLines.LineShapes.photoCredit(
        "Valparaíso (V), 19/06/2022 - Barcos pesqueros en el puerto. Foto: Capitanía de Puerto/Divulgación"));
  }

  @Test
  void anAdsLabelAndItsTextOnOneLineAreChrome() {
    Boilerplate lexicon = Boilerplate.get();
    assertEquals("advert", lexicon.kindOf("Sponsored — Spring sale at Harbour Furniture, up to 40% off").orElse(null));
    assertEquals("advert", lexicon.kindOf("إعلان — مطعم البحر يفتح فرعه الجديد في الميناء").orElse(null));
    // the guard: a declaration's word opening a sentence is no ad's label
    assertEquals(null, lexicon.kindOf("إعلان وقف إطلاق النار في المدينة يدخل حيز التنفيذ عند منتصف الليل").orElse(null));
    Document d = read("""
        أخبار الساحل
        الرئيسية
        محليات
        اشتباكات جديدة في حي البحر بطرابلس وسقوط جريحين
        12-05-2022 | 10:40
        تجددت الاشتباكات المسلحة صباح اليوم في حي البحر بمدينة طرابلس شمال لبنان بين مجموعتين مسلحتين، ما أدى إلى إصابة شخصين بجروح.
        وانتشر الجيش في شوارع الحي بعد الظهر وأقام حواجز عند مداخله الرئيسية.
        إعلان — مطعم البحر يفتح فرعه الجديد في الميناء بخصم خاص
        وقال سكان إن المحال التجارية أغلقت أبوابها وإن الأهالي لزموا منازلهم طوال ساعات الاشتباك.
        ودعت فعاليات المدينة إلى وقف فوري لإطلاق النار ومحاسبة المسؤولين عن الاشتباكات.
        """);
    String body = d.body().text();
    assertFalse(body.contains("مطعم البحر"), body);
    assertTrue(body.contains("ودعت فعاليات المدينة"), body);
  }

  @Test
  void theSitesTermsForReusingItsMaterialsAreChrome() {
    Boilerplate lexicon = Boilerplate.get();
    for (String line : List.of(
        "When quoting or reprinting our materials, a hyperlink to coastnews.example is mandatory.",
        "Any reproduction of the site's materials without written permission of the editors is prohibited.",
        "يمنع نسخ أو إعادة نشر مواد الموقع دون إذن خطي من الإدارة",
        "عند النقل أو الاقتباس يرجى ذكر المصدر")) {
      assertEquals("copyright", lexicon.kindOf(line).orElse(null), line);
    }
    // the guard: a report of a ban on materials, with no link or permission asked of the reader
    assertEquals(null, lexicon.kindOf(
        "Using the seized materials in court is prohibited, the judge ruled on Monday.").orElse(null));
  }

  @Test
  void aSitesNameLineGivesWayToTheHeadlineUnderIt() {
    Document d = read("""
        حركة الشباب الديمقراطي - الموقع الرسمي
        الثلاثاء 5 رجب 1440هـ الموافق 12 مارس 2019م
        الرئيسية
        أخبار الحركة
        بيانات
        أخبار الحركة
        الحركة تطالب بالإفراج عن المعتقلين في سجون الحديدة وتحمل الميليشيا المسؤولة
        الثلاثاء, 12 مارس, 2019 09:30 صباحاً
        الحديدة - الموقع الرسمي
        طالبت حركة الشباب الديمقراطي بالإفراج الفوري عن المعتقلين في سجون مدينة الحديدة، محملة الميليشيا مسؤولة سلامتهم.
        وقالت الحركة في بيان إن عشرات المعتقلين يتعرضون لظروف احتجاز قاسية منذ أشهر.
        وطالب البيان المنظمات الدولية بزيارة السجون والاطلاع على أوضاع المعتقلين.
        """);
    assertEquals("الحركة تطالب بالإفراج عن المعتقلين في سجون الحديدة وتحمل الميليشيا المسؤولة",
        d.title());
    assertTrue(BodyLines.LineShapes.siteNameLine("Coastal Workers Union | Official Website"));
    assertFalse(BodyLines.LineShapes.siteNameLine("Union says its website was hacked on Monday"));
  }

  @Test
  void aDailyFeaturesBoxUnderTheTextIsNoBody() {
    Document d = read("""
        Relief Network
        Donate
        News
        Aid convoy reaches displaced families near Sinjar
        March 5, 2020
        A convoy of twelve trucks carrying tents, blankets and heating fuel reached camps for displaced families near Sinjar on Thursday, the network said.
        Volunteers distributed food parcels to more than 800 families in the camps.
        Quote of the day
        "Kindness is the language which the deaf can hear and the blind can see."
        Give monthly to help families through the winter
        © 2020 Relief Network
        """);
    String body = d.body().text();
    assertFalse(body.contains("Kindness is the language"), body);
    assertTrue(body.contains("Volunteers distributed food parcels"), body);
  }
}
