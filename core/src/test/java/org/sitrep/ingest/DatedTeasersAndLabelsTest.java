package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * The header shapes of the conflict zones' own outlets (s40, wording of our own in the style of
 * transfer-43's pages: 4303, 4305, 4308, 4315, 4323). A sidebar's dated headlines crawled above
 * or under the story are teasers, their dates none of the page's; a section's label shaped as a
 * headline, or a kicker with a tag under it, stands over the headline the page sets over its
 * byline and date; no byline is the headline. The two teaser pages fail on the code of the
 * session's start (a439d3d2); the label, kicker, byline and glued-date pages are guards (the
 * studied pages themselves are transfer-43's floors in BlindPagesEval).
 */
class DatedTeasersAndLabelsTest {
  private static final String BODY = "At least 14 people were killed when a drone struck a wedding"
      + " party in the village of Kalo on Sunday, residents and a local official said, in one of"
      + " the deadliest strikes on the district this year.\n"
      + "The official said the drone hit the courtyard of a house where guests had gathered for"
      + " the evening meal, and that several of the wounded were taken to the district hospital.\n"
      + "No group claimed the strike. The army did not respond to a request for comment, and a"
      + " spokesman for the armed opposition said none of its fighters were in the village.\n";

  @Test
  void datedTeasersAboveTheStoryGiveNoDateOverItsPublishedLine() {
    Document d = TextPages.read("Kalo Valley News Agency\n\nKVNA English\n\nLatest News\n\n"
        + "2024-03-10 | Cabinet declares three days of mourning over victims of Kalo wedding"
        + " attack\n\n"
        + "2024-03-10 | Army units target militant positions in the northern countryside\n\n"
        + "2024-03-09 | Neighbours condemn the attack on the wedding party in Kalo\n\n"
        + "Home\n\nPolitics\n\nLocal\n\nEconomy\n\nWorld\n\nKalo | Security\n\n"
        + "Kalo mourns victims of drone attack on wedding party in the village\n\n"
        + "Published: 2024-03-11 09:20\n\nLast updated: 2024-03-11 15:05\n\n"
        + "This article was updated at 15:05 to add the toll from the district hospital.\n\n"
        + "Kalo, March 11 (KVNA) – " + BODY.replace("\n", "\n\n"));
    assertEquals("2024-03-11", d.published().value().substring(0, 10));
    assertEquals("Kalo mourns victims of drone attack on wedding party in the village", d.title());
  }

  @Test
  void anUndatedStoryTakesNoDateFromItsTeasersAboveOrBelow() {
    Document d = TextPages.read("Kalo Valley Command\nMedia office\nLatest\n"
        + "09-03-2024 | Command calls on residents to keep away from militia positions\n"
        + "08-03-2024 | Our units secure the southern entrances of the town\n"
        + "Home\nStatements\nFronts\n"
        + "Drone strike on a wedding kills 14 in Kalo village\n" + BODY
        + "Videos\nThe moment our units entered the town | 08-03-2024\n"
        + "The commander's address to the advancing units | 07-03-2024\n"
        + "Follow us\nFacebook\nTelegram\n");
    assertNull(d.published().value());
  }

  @Test
  void aSectionsLabelOverTheHeadlineAndItsDeckGivesWayToTheHeadline() {
    Document d = TextPages.read("The Valley Post\nIndependent news from exile\nNews\nConflict\n"
        + "Politics\nOpinion\n"
        + "The Valley Revolution: life in exile\n"
        + "Drone strike on a wedding kills 14 villagers in Kalo district\n"
        + "Residents say the drone hit a courtyard where guests had gathered for the evening meal\n"
        + "By Aung Min\n11 March 2024 · 4 min read\n" + BODY);
    assertEquals("Drone strike on a wedding kills 14 villagers in Kalo district", d.title());
  }

  @Test
  void aKickerWithATagUnderItGivesWayToTheHeadlineOverTheDateLine() {
    Document d = TextPages.read("وكالة الوادي للأنباء\nالرئيسية\nمحليات\nدولي\nاقتصاد\n"
        + "الوادي.. أيام صعبة في الجنوب\nخاص\n"
        + "شهود في كالو يروون تفاصيل الضربة التي استهدفت حفل زفاف في القرية\n"
        + "11 مارس 2024\nكالو - أحمد الأمين\n"
        + "قُتل 14 شخصاً على الأقل عندما استهدفت طائرة مسيرة حفل زفاف في قرية كالو يوم الأحد،"
        + " بحسب ما أفاد سكان ومسؤول محلي، في واحدة من أعنف الضربات على المنطقة هذا العام.\n"
        + "وقال المسؤول إن الطائرة أصابت فناء منزل تجمع فيه الضيوف لتناول العشاء، وإن عدداً من"
        + " الجرحى نُقلوا إلى مستشفى المنطقة.\n"
        + "ولم تتبنّ أي جهة الضربة، ولم يرد الجيش على طلب للتعليق، فيما قال متحدث باسم المعارضة"
        + " المسلحة إن أياً من مقاتليها لم يكن في القرية.\n");
    assertEquals("شهود في كالو يروون تفاصيل الضربة التي استهدفت حفل زفاف في القرية", d.title());
  }

  @Test
  void aBylineThatNamesTheLeadsPlacesIsNoHeadline() {
    Document d = TextPages.read("La Voz del Valle 101.2 FM\nLISTEN LIVE\nEspañol | English\n"
        + "News\nCommunity\nCulture\nPodcasts\nContact\nBREAKING\n"
        + "Kalo valley: thousands flee to Tarra and Ronda as armed groups fight for the road\n"
        + "By the newsroom, with community reporters in Kalo, Tarra and Ronda\n"
        + "12 comments\n"
        + "RONDA — More than 9,000 people have fled villages of the Kalo valley to Tarra and"
        + " Ronda as two armed groups fight for control of the valley road, community leaders"
        + " said.\n"
        + "The fighting began on Thursday, when gunmen entered villages near Kalo and burned"
        + " houses, residents who reached Ronda said.\n"
        + "Families arrived in Tarra and Ronda in trucks and on foot, and schools were turned"
        + " into shelters, the town council said.\n");
    assertEquals("Kalo valley: thousands flee to Tarra and Ronda as armed groups fight for the"
        + " road", d.title());
  }

  @Test
  void aSingleDateRunIntoTheHeadlineStillDatesThePage() {
    // a guard: one date glued to the headline is the page's, not a list of teasers
    Document d = TextPages.read("Kalo Valley News\n11-03-2024 Drone strike on a wedding kills 14"
        + " in Kalo village\n" + BODY);
    assertEquals("2024-03-11", d.published().value().substring(0, 10));
  }
}
