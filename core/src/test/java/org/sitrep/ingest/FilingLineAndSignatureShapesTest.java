package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Shapes of s18-ingest (wording of our own): a post's filing line under the text, a release's
 * dateline naming two places apart by a slash, the sender's or site's name signing the text
 * again under it, a headline under two header lines (an agency's and its office's names) right
 * over the date line, a read-also box and a poll's box inside the text, a gallery's share
 * prompt, what to read next, and a lead's dateline under a later update stamp. Each page fails on
 * the code before the change it checks (main at babfe5e, or this branch's commit before it).
 */
class FilingLineAndSignatureShapesTest {
  private static Document read(String page) {
    return TextPages.read(page);
  }

  @Test
  void aPostsFilingLineUnderTheTextDatesThePageAndLeavesTheBody() {
    Document d = read("""
        Hill Country Notes
        Reports from the valley towns
        Menu
        Mortar rounds fall on the market of Karsa
        Three mortar rounds fell on the covered market of Karsa on Friday evening, wounding two traders, the town's clinic said.
        Shops stayed shut the next morning while engineers checked the roof.
        Posted in Local and tagged Karsa, market on June 12, 2021 by the Notes desk.
        Leave a Reply
        """);
    assertEquals("2021-06-12", TextPages.day(d));
    String body = d.body().text();
    assertFalse(body.contains("Posted in Local"), body);
    assertTrue(body.contains("engineers checked the roof"), body);
  }

  @Test
  void aDatelineOfTwoPlacesApartByASlashDatesTheRelease() {
    Document d = read("""
        Valley Food Relief
        News releases
        Convoys stall as fighting closes the Karsa road
        KARSA/GENEVA, 14 June 2021 - Fighting near Karsa has closed the only road the agency's trucks use to reach the hill towns, the agency said.
        Flour for 20,000 families is waiting in warehouses on the coast.
        """);
    assertEquals("2021-06-14", TextPages.day(d));
  }

  @Test
  void theSendersNameSigningTheTextAgainIsNotItsLastLine() {
    Document d = read("""
        Valley Security Office
        Statement No. 12
        Air strikes destroy hideouts in the Karsa hills
        Tuesday 15 June 2021
        Aircraft destroyed two hideouts of the armed group in the hills east of Karsa after a week of surveillance.
        The strikes also destroyed a store of ammunition, and ground troops are searching the area.
        Valley Security Office
        """);
    String body = d.body().text();
    assertTrue(body.contains("ground troops are searching the area"), body);
    assertFalse(body.contains("Valley Security Office"), body);
  }

  @Test
  void aHeadlineUnderTheAgencyAndItsOfficeNamesStandsOverTheDateLine() {
    Document d = read("""
        Valley Children's Relief Fund
        Office for the Coastal Provinces
        News
        Winter without classrooms looms for displaced children near Karsa
        16 June 2021
        Thousands of boys and girls living in tents around Karsa have had no lessons since the fighting reached the town in spring.
        The fund estimates that one school in three in the province is damaged or used as a shelter.
        It asked donors for money to set up tents as classrooms before the winter.
        """);
    assertEquals("Winter without classrooms looms for displaced children near Karsa", d.title());
  }

  @Test
  void aReadAlsoBoxInsideTheTextDoesNotEndTheBody() {
    Document d = read("""
        صوت الوادي
        محليات
        سقوط قذائف على حي الميناء في مرسى
        الأحد 13 يونيو 2021 - 06:20 م
        سقطت ثلاث قذائف على حي الميناء في مدينة مرسى مساء اليوم، ما أدى إلى إصابة صيادين اثنين بجروح طفيفة.
        وقالت مصادر محلية إن القذائف أطلقت من التلال المطلة على المدينة.
        طالع أيضاً
        إغلاق طريق الساحل أمام الشاحنات لليوم الثاني
        وصول قافلة مساعدات إلى قرى الجبل
        وأكدت المصادر أن الصيادين نقلوا إلى المستشفى وغادروه بعد تلقي العلاج اللازم.
        """);
    String body = d.body().text();
    assertTrue(body.contains("وغادروه بعد تلقي العلاج"), body);
    assertFalse(body.contains("وصول قافلة مساعدات"), body);
  }

  @Test
  void aPollsQuestionOverItsAnswersIsNotTheText() {
    Document d = read("""
        Marsa Daily
        Fishermen wounded as shells land in Marsa harbour
        June 13, 2021
        Three shells landed in the harbour of Marsa on Sunday evening, lightly wounding two fishermen, local sources said.
        The shells were fired from the hills overlooking the town, the sources said.
        Our readers' poll
        Will the harbour reopen to fishing boats this month?
        Yes, soon
        No
        Vote now
        The two fishermen were treated in hospital and sent home the same night.
        """);
    String body = d.body().text();
    assertTrue(body.contains("sent home the same night"), body);
    assertFalse(body.contains("Will the harbour reopen"), body);
  }

  @Test
  void aGallerysSharePromptIsNotTheText() {
    Document d = read("""
        Marsa Weekly
        Photo gallery
        In pictures: fishing boats return to Marsa harbour
        Friday 25 June 2021
        Fishing boats sailed back into Marsa harbour on Friday, two weeks after shelling closed it.
        Photo 1 of 8
        A fisherman mends his nets on the quay.
        Photo 2 of 8
        Boys dive from the harbour wall.
        Share this album
        """);
    String body = d.body().text();
    assertTrue(body.contains("mends his nets"), body);
    assertFalse(body.contains("Share this album"), body);
  }

  @Test
  void whatToReadNextIsNotTheText() {
    Document d = read("""
        The Coast Review
        Region
        Lorries queue as the coast road stays shut
        The only road to the hill towns may stay closed for weeks.
        By Sami Haddad | 25 June 2021
        Hundreds of lorries carrying flour and fuel are queuing outside Marsa while engineers repair the bridge on the coast road.
        Drivers say they have waited for four days with little water.
        Sami Haddad is a reporter based in Marsa.
        Follow Sami Haddad on Twitter
        Read next
        Fuel prices climb in the hill towns
        """);
    String body = d.body().text();
    assertTrue(body.contains("little water"), body);
    assertFalse(body.contains("Fuel prices climb"), body);
    assertFalse(body.contains("is a reporter based in Marsa"), body);
  }

  @Test
  void theLeadsDatelineDatesAPageStampedOnlyWithALaterUpdate() {
    Document d = read("""
        Valley Wire
        Last updated 26 June 2021 08:30
        Gunmen attack a police post near Karsa
        KARSA, 25 June 2021 (Valley Wire) - Gunmen attacked a police post north of Karsa late on Friday, wounding three officers, a police spokesman said.
        The attackers fled before reinforcements arrived.
        """);
    assertEquals("2021-06-25", TextPages.day(d));
  }

  @Test
  void aShortSentenceResumesTheStoryUnderAWatchAlsoBox() {
    Document d = read("""
        وكالة أنباء الوادي
        الرئيسية » محليات
        الجيش يصد هجوماً على مواقعه شرق مرسى
        الأربعاء 30 يونيو 2021
        صد الجيش هجوماً شنته مجموعات مسلحة على مواقعه في التلال الواقعة شرق مدينة مرسى فجر اليوم، وفق بيان عسكري.
        شاهد أيضاً:
        فيديو: آثار القصف على قرى الساحل
        وأضاف البيان أن الوحدات تواصل تمشيط المنطقة.
        """);
    String body = d.body().text();
    assertTrue(body.contains("تواصل تمشيط المنطقة"), body);
    assertFalse(body.contains("آثار القصف على قرى الساحل"), body);
  }

  @Test
  void aHeadlineOfSixWordsOverTheDateLineOutranksTheChannelsName() {
    Document d = read("""
        Valley Nine Television English
        Watch live
        Prisoner exchange talks resume in Marsa
        Published: 30.06.2021 | 10:15
        Delegations of the two sides held talks in Marsa on Wednesday on the release of detainees and the reopening of roads, the envoy said.
        The envoy said progress had been made but that no agreement had been reached.
        """);
    assertEquals("Prisoner exchange talks resume in Marsa", d.title());
  }
}
