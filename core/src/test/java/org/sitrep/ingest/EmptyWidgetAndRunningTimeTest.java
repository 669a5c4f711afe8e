package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Chrome of transfer-22's check half (s31), on pages of our own wording: an empty sponsored
 * widget inside the text (its header and "Recommended by", no headline), "Related news: …" lines,
 * a clip's running time under its label, a column's author note with an academic role and a
 * "Follow … on Facebook" prompt, a broadcaster's "WATCH LIVE: …" line above the headline, and a
 * picture's "حقوق النشر AFP" credit between the deck and the date line. Each fails on the code
 * before the change.
 */
class EmptyWidgetAndRunningTimeTest {

  @Test
  void anEmptySponsoredWidgetInsideTheTextDoesNotEndIt() {
    Document d = TextPages.read("""
        Northern Herald
        Subscribe
        Drones hit fuel depot near the border, army says
        By SAM REED
        JUNE 13, 2024 09:41
        Two drones struck a fuel depot near the northern border on Wednesday, setting off a fire that burned for several hours, the army said.
        Firefighters from three towns were sent to the site, and the road to the depot was closed to traffic until the evening.
        Sponsored Content
        Recommended by
        The army said it had struck the launch site of the drones across the border later that night, without giving further details.
        Local officials said no one was hurt in the attack, but that fuel deliveries to the area would be delayed for at least a week.
        Related Content
        Army opens inquiry into border alert failure
        """);
    String body = d.body().text();
    assertTrue(body.contains("Two drones struck a fuel depot"), body);
    assertTrue(body.contains("launch site of the drones"), body);
    assertTrue(body.contains("delayed for at least a week"), body);
    assertFalse(body.contains("Sponsored Content"), body);
    assertFalse(body.contains("Recommended by"), body);
    assertFalse(body.contains("border alert failure"), body);
  }

  @Test
  void aQuestionHeadlineUnderARelatedHeaderIsNoStatement() {
    // the box is not empty: a headline ending in a question mark stands under its header
    Document d = TextPages.read("""
        Harbour Times
        Port strike enters second week as talks stall
        Dockworkers at the city's main port stayed off the job for an eighth day on Tuesday, leaving dozens of ships waiting offshore.
        Union leaders said talks with the port authority had broken down over pay and would not resume before next week.
        Related
        Will the strike push up the price of fuel and food across the region this winter?
        Shipping companies have begun sending cargo to other ports along the coast, a move analysts said could last for months.
        Leave a comment
        """);
    String body = d.body().text();
    assertFalse(body.contains("push up the price of fuel"), body);
  }

  @Test
  void relatedNewsLinesAndARunningTimeAreChrome() {
    Document d = TextPages.read("""
        NUSANTARA NEWS AGENCY
        Home > World
        Minister condemns shelling of hospital in northern town
        21st November 2023 11:07
        Jakarta (NUSA) - The foreign minister condemned the shelling of a hospital in the northern town on Monday that killed at least 12 people, her office said on Tuesday.
        Related news: Second aid flight leaves for the border crossing
        Tanks fired on the hospital on Monday, hitting its second floor where patients were being treated, according to the health ministry.
        Watch: Doctors describe the night of the shelling
        02:36
        The hospital was built with donations and opened in 2016, and about 600 patients were sheltering inside when it was hit.
        Related story: Volunteers in the town are safe, charity says
        The charity said fuel for the hospital's generators was running out and asked for a corridor to bring in supplies.
        Reporter: Dewi Rahma
        """);
    String body = d.body().text();
    assertTrue(body.contains("fuel for the hospital's generators"), body);
    assertFalse(body.contains("Related news"), body);
    assertFalse(body.contains("Related story"), body);
    assertFalse(body.contains("02:36"), body);
  }

  @Test
  void aColumnistsAcademicNoteAndAFollowPromptAreChrome() {
    Document d = TextPages.read("""
        The Daily Chronicle
        Opinion
        The shipping crisis is our crisis too
        Rezaul Haque
        Mon Feb 19, 2024 12:00 AM
        When missiles began hitting merchant ships in the Red Sea last November, few here thought a distant war would reach our factory floors.
        Three months later, freight rates on the Asia-Europe route have more than doubled, and every delivery now takes two weeks longer.
        We cannot end that war, but we can prepare, by pressing for air freight support for small exporters and by talking to the shipping lines.
        Dr Rezaul Haque is professor of international relations at the University of the Capital.
        Follow The Daily Chronicle Opinion on Facebook for the latest opinions and analyses by experts.
        Related topic
        """);
    String body = d.body().text();
    assertTrue(body.contains("talking to the shipping lines"), body);
    assertFalse(body.contains("professor of international relations"), body);
    assertFalse(body.contains("on Facebook"), body);
  }

  @Test
  void aLiveStreamLineAboveTheHeadlineLeavesTheUpdateDateReadable() {
    Document d = TextPages.read("""
        Advertisement
        WATCH LIVE: News 7 at 6 AM
        Weather Alerts 2
        Closings
        Menu
        Search
        US strikes targets in two countries after deadly drone attack
        Updated: 8:17 AM EST Feb 3, 2024
        WASHINGTON (AP) — The U.S. military struck more than 80 targets linked to militias on Friday, in retaliation for a drone strike that killed three soldiers.
        The strikes hit command centers and drone storage sites at seven locations, officials said.
        """);
    assertEquals("US strikes targets in two countries after deadly drone attack", d.title());
    assertEquals("2024-02-03", TextPages.day(d));
  }

  @Test
  void aPicturesRightsLineIsItsCaptionAndTheDateLineUnderItIsRead() {
    Document d = TextPages.read("""
        أوروبا 24
        أخبار
        العالم
        اقتصاد
        ثقافة
        آلاف يحتفلون في العاصمة بعد رحيل الحكومة وقادة المعارضة يبدأون ترتيب المرحلة الانتقالية
        تجمع آلاف المواطنين في الساحات العامة لليوم الثاني فيما تتواصل الاتصالات لتشكيل حكومة تصريف أعمال.
        مواطنون يحتفلون في الساحة الكبرى وسط العاصمة
        حقوق النشر AFP
        بقلم: أوروبا 24 عربي مع أ ف ب
        نشرت في 09/12/2024 - 11:32•آخر تحديث 12:05
        تجمع آلاف المواطنين في الساحة الكبرى وسط العاصمة لليوم الثاني على التوالي احتفالاً برحيل الحكومة، بعد أن دخلت فصائل المعارضة المدينة فجر الأحد.
        وأعلن رئيس الوزراء استعداده لتسليم السلطة إلى الحكومة الجديدة، فيما التقى قادة المعارضة ممثلين عن الأحزاب.
        """);
    assertEquals("2024-12-09", TextPages.day(d));
    assertTrue(d.title().startsWith("آلاف يحتفلون في العاصمة"), d.title());
    String body = d.body().text();
    assertFalse(body.contains("حقوق النشر"), body);
    assertFalse(body.contains("نشرت في"), body);
  }

  @Test
  void anEnglishServicesChromeInItsHomeLanguage() {
    // Swedish month and date line, "Lyssna på inslaget" and its running time inside the text,
    // "Mer från …" over other headlines (transfer-22's study half)
    Document d = TextPages.read("""
        Rikskanal
        Lyssna
        Nyheter
        Radio North in English
        Seven orphans brought home from camp in Syria
        Publicerat tisdag 14 maj 2019 kl 14.32
        Seven children whose parents were killed in Syria have been brought home, the foreign ministry said on Tuesday.
        The children were handed over by the local administration to officials in Erbil on Monday.
        Lyssna på inslaget
        2:14 min
        Social services will now take charge of their care, and the government said more children could follow.
        Mer från Radio North in English
        Troops to stay in Mali, government says
        """);
    assertEquals("Seven orphans brought home from camp in Syria", d.title());
    assertEquals("2019-05-14", TextPages.day(d));
    String body = d.body().text();
    assertTrue(body.contains("Social services will now take charge"), body);
    assertFalse(body.contains("Lyssna"), body);
    assertFalse(body.contains("2:14"), body);
    assertFalse(body.contains("Mer från"), body);
    assertFalse(body.contains("Troops to stay in Mali"), body);
  }
}
