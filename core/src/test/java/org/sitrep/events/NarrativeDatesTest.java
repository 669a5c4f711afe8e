package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.events.EventCoderTest.code;
import static org.sitrep.events.EventCoderTest.first;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Which day an undated sentence takes from the page around it: a recalled past holds in its own
 * paragraph, a headline tells of its lead's day, and a dateline's day is the day of writing.
 * A day recalled well before the page's (a campaign that began weeks ago, a town that had fallen
 * days before) dates its own sentence only, even within one paragraph.
 */
class NarrativeDatesTest {
  @Test
  void aRecalledBeginningDoesNotDateTheDeedsAfterIt() {
    List<Event> ev = code("2019-06-10",
        "Government aircraft bombed the town of Maarat al-Numan on Sunday, activists said."
            + " The army's campaign in the province began on 3 May."
            + " Warplanes also shelled the village of Hass.");
    Event later = ev.stream().filter(e -> e.eventText().contains("Hass")).findFirst()
        .orElseThrow();
    assertEquals("2019-06-09", later.date());
  }

  @Test
  void aPluperfectRecallNearerThanAMonthHoldsOnlyInItsSentence() {
    List<Event> ev = code("2019-06-10",
        "Government aircraft bombed the town of Maarat al-Numan on Sunday, activists said."
            + " Rebels had captured the hill of Tal Malah on 28 May."
            + " Warplanes also shelled the village of Hass.");
    Event later = ev.stream().filter(e -> e.eventText().contains("Hass")).findFirst()
        .orElseThrow();
    assertEquals("2019-06-09", later.date());
  }

  @Test
  void anArabicPluperfectRecallHoldsOnlyInItsSentence() {
    List<Event> ev = code("2019-08-24",
        "قصفت الطائرات الحربية بلدة كفرنبل اليوم السبت."
            + " وكانت فصائل المعارضة قد سيطرت على تل ملح في 15 آب."
            + " وقصفت المدفعية قرية الهبيط.");
    Event later = ev.stream().filter(e -> e.eventText().contains("الهبيط")).findFirst()
        .orElseThrow();
    assertEquals("2019-08-24", later.date());
  }

  @Test
  void anUndatedPageDoesNotTakeTheDayItsBackgroundRecalls() {
    List<Event> ev = code(null,
        "Militants blew up the old bridge over the river, the army said."
            + " The campaign to retake the city began on 14 February 2017."
            + " Engineers later demolished the customs house near the bridge."
            + " Officials said on 21 June 2017 that troops had reached the river.");
    Event later = ev.stream().filter(e -> e.eventText().contains("customs house")).findFirst()
        .orElseThrow();
    assertNull(later.date());
  }

  @Test
  void aRecalledPastHoldsOnlyInItsOwnParagraph() {
    List<Event> ev = code("2017-03-31",
        "Government aircraft bombed the town of Latamneh on Thursday, medical sources said.",
        "Rebel factions launched a wide offensive in the countryside on March 21.",
        "Warplanes also shelled the nearby town of Kafr Zita.");
    Event later = ev.stream().filter(e -> e.eventText().contains("Kafr Zita")).findFirst()
        .orElseThrow();
    assertEquals("2017-03-30", later.date());
  }

  @Test
  void theDayBeforeTheLeadStillCarriesTheStoryOn() {
    List<Event> ev = code("2018-02-21",
        "Government militias arrived in the town on Wednesday, state media said.",
        "The first convoy entered the town on Tuesday.",
        "Turkish artillery shelled the convoy on the road.");
    Event shelling = ev.stream().filter(e -> e.eventText().contains("artillery")).findFirst()
        .orElseThrow();
    assertEquals("2018-02-20", shelling.date());
  }

  @Test
  void aHeadlineTellsOfItsLeadsDay() {
    List<Event> ev = code("2018-02-04", "Russian jet downed over Idlib, pilot killed by militants",
        "Rebels shot down a Russian Su-25 jet near Saraqeb on Saturday, the ministry said.");
    Event headline = ev.stream().filter(e -> e.eventText().startsWith("Russian jet"))
        .findFirst().orElseThrow();
    assertEquals("2018-02-03", headline.date());
  }

  @Test
  void anUndatedLeadIsThePublicationDaysNotALaterParagraphs() {
    List<Event> ev = code("2020-02-03",
        "Five soldiers were killed in shelling west of Saraqeb.",
        "The army set up a new observation post on Saturday near the town.");
    assertEquals("2020-02-03", ev.get(0).date());
  }

  @Test
  void aDatelinesDayIsNotTheDayOfTheDeed() {
    Event e = first(code("2016-11-27", "ALEPPO, Syria, Nov. 27 (Xinhua) -- The Syrian army seized"
        + " the Hanano district of the city on Saturday, a military source said."), "COERCE")
        .orElseThrow();
    assertEquals("2016-11-26", e.date());
  }

  @Test
  void aParagraphThatOpensWithItsDayIsNoDateline() {
    List<Event> ev = code("2019-04-09", "On Monday, government forces retook the airport.",
        "On 4 April, the commander ordered an offensive on the capital.");
    Event order = ev.stream().filter(e -> e.eventText().contains("ordered")).findFirst()
        .orElseThrow();
    assertEquals("2019-04-04", order.date());
  }
}
