package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.EventCoderTest.code;
import static org.sitrep.events.EventCoderTest.first;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Deeds of war whose wording the lexicon missed (s39, from the transfer pages' sentences that hold
 * a relative day and got no event): armed men entering, taking or pushing into a place, a
 * projectile intercepted, a shooting or a bomb that went off named as the deed, fighters
 * "neutralised" (تحييد) or "eliminated" (القضاء على); and the wording of the same words that is
 * no deed of war, because its doers are not armed (trigger rows flagged {@code armed},
 * Forces.armed) or because a longer phrase says so.
 */
class ArmedDeedsTest {

  private static boolean none(List<Event> ev, String category) {
    return first(ev, category).isEmpty();
  }

  @Test
  void armedMenEnteringATownDeploy() {
    Event e = first(code("2025-01-28", "Rebel fighters entered Goma on Monday after a rapid"
        + " advance through North Kivu."), "MOBILIZE").orElseThrow();
    assertEquals("2025-01-27", e.date());
  }

  @Test
  void peopleEnteringACountryDoNot() {
    List<Event> ev = code("2025-02-18", "The interior ministry said on Monday that more than"
        + " 9,000 people had entered the country through the Gatumba crossing.");
    assertTrue(none(ev, "MOBILIZE"), ev.toString());
  }

  @Test
  void anOffensiveEnteringItsThirdWeekIsNoDeployment() {
    List<Event> ev = code("2025-02-18", "The army's offensive entered its third week on Monday.");
    assertTrue(none(ev, "MOBILIZE"), ev.toString());
  }

  @Test
  void tanksPushingDeeperIntoATownAssault() {
    Event e = first(code("2024-01-14", "Israeli tanks pushed deeper into the western parts of"
        + " Khan Younis on Saturday, residents said."), "ASSAULT").orElseThrow();
    assertEquals("2024-01-13", e.date());
  }

  @Test
  void aMinistersPushForTalksIsNoAssault() {
    List<Event> ev = code("2024-01-14", "The foreign minister launched a fresh push for talks on"
        + " Saturday.");
    assertTrue(none(ev, "ASSAULT"), ev.toString());
  }

  @Test
  void theSpeakersOwnForcesTakingATownSeizeIt() {
    List<Event> ev = code("2019-10-13", "The defence ministry said on Saturday that its troops and"
        + " allied factions had taken the town centre.");
    assertTrue(first(ev, "COERCE").isPresent(), ev.toString());
  }

  @Test
  void aClashThatTookPlaceNearATownSeizesNothing() {
    List<Event> ev = code("2019-10-13", "The clash took place near the town on Saturday, police"
        + " said.");
    assertTrue(first(ev, "ASSAULT").isPresent(), ev.toString());
    assertTrue(none(ev, "COERCE"), ev.toString());
  }

  @Test
  void anInterceptedMissileIsAnAttack() {
    Event e = first(code("2021-01-13", "Syrian state media said on Wednesday that air defences"
        + " intercepted most of a salvo of Israeli missiles late on Tuesday."), "ASSAULT")
        .orElseThrow();
    assertEquals("2021-01-12", e.date());
  }

  @Test
  void anInterceptedBoatIsStopped() {
    List<Event> ev = code("2019-11-24", "The coastguard intercepted three boats carrying migrants"
        + " off Sabratha on Saturday.");
    assertTrue(first(ev, "COERCE").isPresent(), ev.toString());
  }

  @Test
  void anInterceptedQuarterbackIsSport() {
    List<Event> ev = code("2019-11-24", "The quarterback was intercepted three times on"
        + " Saturday.");
    assertTrue(ev.isEmpty(), ev.toString());
  }

  @Test
  void theShootingIsTheDeed() {
    Event e = first(code("2025-01-12", "The shooting took place on Saturday near the corridor,"
        + " hospital officials said."), "ASSAULT").orElseThrow();
    assertEquals("2025-01-11", e.date());
  }

  @Test
  void aBombThatWentOffIsTheDeed() {
    Event e = first(code("2025-01-15", "The rangers were on patrol on Tuesday morning when a bomb"
        + " hidden in a roadside ditch went off."), "ASSAULT").orElseThrow();
    assertTrue(e.mode().contains("explosives"), e.toString());
  }

  @Test
  void aidTrucksEnteringKeepTheirAid() {
    List<Event> ev = code("2024-08-10", "The number of aid trucks entering the territory rose"
        + " sharply on Friday.");
    assertTrue(first(ev, "AID").isPresent(), ev.toString());
  }

  @Test
  void anArabicInterceptedMissileIsAnAttack() {
    Event e = first(code("2019-05-19", "اعترضت قوات الدفاع الجوي مساء اليوم صاروخا باليستيا"
        + " أطلقته الميليشيات الحوثية باتجاه منطقة جازان."), "ASSAULT").orElseThrow();
    assertEquals("2019-05-19", e.date());
  }

  @Test
  void neutralisedFightersAreAttacked() {
    List<Event> ev = code("2018-03-05", "أعلن الجيش التركي يوم الأحد تحييد ثمانية عشر مسلحا في"
        + " محيط مدينة عفرين.");
    assertTrue(first(ev, "ASSAULT").isPresent(), ev.toString());
  }

  @Test
  void eliminatedFightersAreAttacked() {
    List<Event> ev = code("2018-04-14", "تمكنت القوات من القضاء على ثمانية مسلحين جنوب رفح أمس"
        + " الجمعة.");
    assertEquals("2018-04-13", first(ev, "ASSAULT").orElseThrow().date());
  }

  @Test
  void anArabicAdvanceByTroopsIsAnAssault() {
    List<Event> ev = code("2017-06-21", "تقدمت قوات الجيش أمس الثلاثاء في أزقة المدينة القديمة.");
    assertEquals("2017-06-20", first(ev, "ASSAULT").orElseThrow().date());
  }

  @Test
  void anArabicThankingIsNoAdvance() {
    List<Event> ev = code("2017-06-21", "وتقدم وزير الخارجية بالشكر إلى الوسطاء يوم الثلاثاء.");
    assertTrue(none(ev, "ASSAULT"), ev.toString());
  }

  @Test
  void talksThatMadeNoProgressAreNoAdvance() {
    List<Event> ev = code("2017-06-21", "تقدمت المفاوضات بين الوفدين يوم الثلاثاء.");
    assertTrue(none(ev, "ASSAULT"), ev.toString());
  }

  @Test
  void enteringWhereTheAdvanceWentIsThatAdvance() {
    List<Event> ev = code("2018-04-08", "Since April 7, government forces have advanced on rebel"
        + " positions east of the town of Douma and have even entered it.");
    assertTrue(first(ev, "ASSAULT").isPresent(), ev.toString());
    assertTrue(none(ev, "MOBILIZE"), ev.toString());
  }

  @Test
  void aSeizureDeniedOfUnarmedRivalsStandsOnItsOwnWords() {
    List<Event> ev = code("2018-06-21", "Civil aviation officials denied that their rivals"
        + " had taken control of the city's airport.");
    assertTrue(first(ev, "COERCE").isPresent(), ev.toString());
  }

  @Test
  void aGroupOfTravellersCrossingIsNoDeployment() {
    List<Event> ev = code("2023-11-13", "A group of 32 travellers who had waited for weeks"
        + " crossed into Egypt through the Rafah crossing on Sunday, the ministry said.");
    assertTrue(none(ev, "MOBILIZE"), ev.toString());
  }

  @Test
  void troopsCrossingIntoAProvinceDeploy() {
    List<Event> ev = code("2018-01-22", "Turkish troops crossed into the Afrin region on"
        + " Sunday, the prime minister said.");
    assertTrue(first(ev, "MOBILIZE").isPresent(), ev.toString());
  }

  @Test
  void theyOfFightersNamedEarlierInTheSentenceAreArmed() {
    List<Event> ev = code("2025-01-28", "Fighters of the rebel group entered the city on"
        + " Monday, and said the next day that they had taken the airport.");
    assertTrue(first(ev, "COERCE").isPresent(), ev.toString());
  }

  @Test
  void theyOfFamiliesAreNot() {
    List<Event> ev = code("2020-02-10", "Families who left the town told us they are sleeping in"
        + " olive groves, hoping to cross into Turkey before the border closes.");
    assertTrue(none(ev, "MOBILIZE"), ev.toString());
  }

  @Test
  void troopsLiberatingATownSeizeIt() {
    List<Event> ev = code("2017-06-21", "وحررت القوات العراقية بلدة جديدة جنوب الموصل يوم الاثنين.");
    assertEquals("2017-06-19", first(ev, "COERCE").orElseThrow().date());
  }
}
