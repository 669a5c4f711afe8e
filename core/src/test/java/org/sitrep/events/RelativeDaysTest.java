package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.sitrep.events.EventCoderTest.code;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Which relative day dates a deed: the one of its own clause, counted back from the publication
 * day. A word of the same deed between the trigger and the day ("strikes hit", "شنت غارة") does
 * not take the day away; a relative clause or a subordinate clause does. A short place and day
 * opening the lead with the agency after it is the dateline, not the deed's day.
 */
class RelativeDaysTest {
  private static Event with(List<Event> ev, String words) {
    return ev.stream().filter(e -> e.eventText().contains(words)
        && e.textInfo() != null).findFirst().orElseThrow(() -> new AssertionError(
            "no event with '" + words + "' in " + ev.stream().map(Event::eventText).toList()));
  }

  @Test
  void aNounAndVerbOfOneDeedKeepTheDayAfterThem() {
    List<Event> ev = code("2019-03-11",
        "Rocket barrages fired from the hills hit a bakery queue in the town of Kafr Zita on"
            + " Sunday evening, the civil defence said.");
    for (Event e : ev) {
      assertEquals("2019-03-10", e.date(), e.eventText());
    }
  }

  @Test
  void anArabicVerbAndItsVerbalNounKeepTheDayAfterThem() {
    List<Event> ev = code("2019-04-13",
        "وقالت مصادر محلية إن طائرة حربية شنت غارة أمس الجمعة على معسكر قرب مدينة سراقب.");
    assertEquals("2019-04-12", with(ev, "سراقب").date());
  }

  @Test
  void aDayInsideARelativeClauseIsThatClausesDeed() {
    List<Event> ev = code("2018-04-12",
        "Russian military police deployed in the town under the agreement that was reached on"
            + " April 7.");
    Event deploy = ev.stream().filter(e -> e.event().contains("MOBILIZE")).findFirst()
        .orElseThrow();
    assertNotEquals("2018-04-07", deploy.date());
  }

  @Test
  void aTitleCasePlaceDayAndAgencyOpenerIsADateline() {
    List<Event> ev = code("2019-03-12",
        "Damascus, March 12 (Levant Press) Mortar shells hit the Old City late on Sunday,"
            + " wounding four people, police said.");
    assertEquals("2019-03-10", with(ev, "Mortar").date());
  }

  @Test
  void aDatelinesClockTimeBeforeItsAgencyKeepsItADateline() {
    // s27-ingeststudy: "City, Country, Mon D, YYYY / hh:mm am (AGENCY).-"
    List<Event> ev = code("2016-03-03",
        "Homs, Syria, Mar 3, 2016 / 09:40 am (MPS).- Two rockets struck the yard of a school in"
            + " the Waer district of Homs on Wednesday morning, wounding six pupils, a teacher said.");
    assertEquals("2016-03-02", with(ev, "rockets").date());
  }

  @Test
  void anArabicPlaceDayAndAgencyOpenerIsADateline() {
    List<Event> ev = code("2019-07-02",
        "درعا 2-7-2019 الشام- أصيب ثلاثة مدنيين برصاص قوات النظام، مساء أمس الاثنين، قرب بلدة"
            + " طفس.");
    assertEquals("2019-07-01", with(ev, "طفس").date());
  }

  @Test
  void aDayAcrossAfterBelongsToTheClauseItIsIn() {
    List<Event> ev = code("2019-07-02",
        "Israeli jets bombed two sites in the Gaza Strip early on Tuesday, hours after a rocket"
            + " was fired at southern Israel on Monday, local sources said.");
    assertEquals(java.util.Set.of("2019-07-01", "2019-07-02"),
        ev.stream().map(Event::date).collect(java.util.stream.Collectors.toSet()));
  }

  @Test
  void lastNightInArabicIsTheDayBefore() {
    List<Event> ev = code("2015-07-23",
        "ألقت مروحيات النظام براميل متفجرة على بلدة مضايا الليلة الماضية.");
    assertEquals("2015-07-22", with(ev, "مضايا").date());
  }

  @Test
  void aWeekdayADeedIsDueOnLiesAhead() {
    List<Event> ev = code("2017-05-09",
        "A first convoy of fighters is due to leave the Barzeh district of Damascus on Thursday,"
            + " an official said.");
    assertEquals("2017-05-11", with(ev, "Barzeh").date());
  }

  @Test
  void todayWithAnotherWeekdayThanThePagesIsThatWeekday() {
    List<Event> ev = code("2016-12-15",
        "وخرج نحو ألف مدني من أحياء حلب الشرقية اليوم الاثنين في عملية إجلاء جديدة.");
    assertEquals("2016-12-12", with(ev, "حلب").date());
  }

  @Test
  void anArabicFutureVerbLooksAheadToItsWeekday() {
    List<Event> ev = code("2019-02-27",
        "وقال مسؤول عسكري إن القوات ستقتحم بلدة الباغوز يوم السبت بعد خروج المدنيين.");
    assertEquals("2019-03-02", with(ev, "الباغوز").date());
  }

  @Test
  void todayWithTheNextDaysWeekdayIsThatNextDay() {
    List<Event> ev = code("2018-03-17",
        "سيطرت فصائل المعارضة صباح اليوم الأحد على بلدة جنديرس في ريف عفرين.");
    assertEquals("2018-03-18", with(ev, "جنديرس").date());
  }

  private static Event trigger(List<Event> ev, String word) {
    return ev.stream().filter(e -> e.textInfo() != null && e.textInfo().trigger().equals(word))
        .findFirst().orElseThrow(() -> new AssertionError("no event of '" + word + "' in "
            + ev.stream().map(e -> e.textInfo() == null ? null : e.textInfo().trigger()).toList()));
  }

  @Test
  void aRelativeClauseRightAfterTheDeedsWordTellsItsDay() {
    // s38: transfer-28's "The attack, which began before dawn on Monday, was blamed on …" was
    // dated on the publication day; the clause describes the attack itself
    List<Event> ev = code("2024-06-12",
        "The ambush, which began shortly after midnight on Monday, was blamed on a rival clan's"
            + " gunmen by the district commissioner.");
    assertEquals("2024-06-10", trigger(ev, "ambush").date());
  }

  @Test
  void aDeedsWordWithItsOwnClauseInsideAnotherDeedsSentenceKeepsTheDay() {
    List<Event> ev = code("2024-06-12",
        "Artillery shelled the ferry landing at Kivu Bay in an attack that started before dawn on"
            + " Sunday, the port authority said.");
    assertEquals("2024-06-09", trigger(ev, "shelled").date());
  }

  @Test
  void anArabicRelativeClauseAfterTheDeedsNounAndAdjectiveTellsItsDay() {
    List<Event> ev = code("2024-06-12",
        "أدانت الحكومة بشدة الهجوم الإرهابي الذي استهدف مساء الأحد قافلة إغاثة قرب بلدة كتم.");
    assertEquals("2024-06-09", trigger(ev, "الهجوم").date());
  }

  @Test
  void aDayBeatsAYearBesideIt() {
    List<Event> ev = code("2024-06-12",
        "Three guards who joined the border unit last year were killed on Monday when gunmen"
            + " stormed their post near the river, police said.");
    assertEquals("2024-06-10", with(ev, "guards").date());
  }

  @Test
  void aDayBeforeTheSpeechComplementizerIsTheSayings() {
    List<Event> ev = code("2024-06-12",
        "قالت لجنة محلية اليوم إن القصف الذي طال سوق البلدة يوم الأحد أوقع خمسة قتلى.");
    assertEquals("2024-06-09", trigger(ev, "القصف").date());
  }

  @Test
  void anArabicDatelinePlaceWithAShaddaIsStillADateline() {
    List<Event> ev = code("2024-06-12",
        "عمّان، 12 حزيران/يونيو 2024 – قُتل ثلاثة مزارعين أمس في قصف طال أطراف قرية حدودية.");
    assertEquals("2024-06-11", with(ev, "مزارعين").date());
  }
}
