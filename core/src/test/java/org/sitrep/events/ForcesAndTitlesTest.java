package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.EventCoderTest.code;
import static org.sitrep.events.EventCoderTest.first;
import static org.sitrep.events.EventCoderTest.ids;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Actors and recipients that stand for a force or a person, on sentences of the genre written
 * for these tests: a commander's or a government's forces, the head of a possessive, a titled
 * subject after an Arabic verb, a subject before an Arabic light verb, a backer, the object a
 * trigger's own phrase names, kinds of people written in other Arabic forms, and the subject
 * of a main clause a speaker's relative clause interrupts.
 */
class ForcesAndTitlesTest {
  @Test
  void theHeadOfAPossessiveIsTheRecipient() {
    Event e = first(code("2020-06-07", "Drones hit a column of Haftar's Libyan National Army"
        + " near the airbase on Sunday."), "ASSAULT").orElseThrow();
    assertEquals(List.of("lna"), ids(e.recipient()));
  }

  @Test
  void aCommandersMilitiasAreHisForce() {
    Event e = first(code("2020-06-07", "وقال المتحدث إن الطيران المسير استهدف تمركزات"
        + " لميليشيات حفتر قرب المطار."), "ASSAULT").orElseThrow();
    assertEquals(List.of("lna"), ids(e.recipient()));
  }

  @Test
  void aGovernmentsFightersAreItsForces() {
    Event e = first(code("2020-06-07", "Eight GNA fighters were killed in clashes south of the"
        + " city on Monday."), "ASSAULT").orElseThrow();
    assertEquals(List.of("gna-forces"), ids(e.recipient()));
  }

  @Test
  void aTitledSubjectAfterTheVerbIsThePersonNotTheRecipient() {
    Event e = first(code("2019-08-10", "ودعا رئيس المجلس الانتقالي الجنوبي اللواء عيدروس"
        + " الزبيدي في خطاب مسجل السكان إلى الهدوء."), "REQUEST").orElseThrow();
    assertEquals(List.of("aidarous-al-zubaidi"), ids(e.actor()));
    assertFalse(ids(e.recipient()).contains("aidarous-al-zubaidi"), e.recipient().toString());
  }

  @Test
  void theSubjectBeforeALightVerbDoesTheDeed() {
    Event e = first(code("2019-08-10", "وسلاح الجو نفذ غارات على مواقع الحوثيين في المديرية."),
        "ASSAULT").orElseThrow();
    assertFalse(ids(e.actor()).contains("houthis"), e.actor().toString());
    assertEquals(List.of("houthis"), ids(e.recipient()));
  }

  @Test
  void theArmyAndPopularCommitteesOfHouthiMediaAreTheHouthis() {
    // Houthi-run outlets name their own forces "the army and the popular committees"
    Event e = first(code("2021-02-15", "وسيطر الجيش واللجان الشعبية اليوم على عدد من"
        + " المواقع في مديرية صرواح."), "COERCE").orElseThrow();
    assertEquals(List.of("houthis"), ids(e.actor()), e.actor().toString());
  }

  @Test
  void russiaTodayIsTheDayNotTheChannel() {
    // "تركيا وروسيا اليوم": Turkey and Russia, today; RT is named as a channel or a site
    Event e = first(code("2018-12-29", "وتجتمع تركيا وروسيا اليوم في موسكو لبحث الوضع في"
        + " الشمال السوري."), "CONSULT").orElseThrow();
    assertFalse(ids(e.actor()).contains("rt"), e.actor().toString());
    assertFalse(ids(e.recipient()).contains("rt"), e.recipient().toString());
  }

  @Test
  void anArabicBackerIsNoRecipient() {
    Event e = first(code("2019-08-10", "صدت القوات هجمات شنتها ميليشيا الحوثي المدعومة من إيران"
        + " على مواقع الجيش في الجبهة."), "ASSAULT").orElseThrow();
    assertFalse(ids(e.recipient()).contains("iran"), e.recipient().toString());
  }

  @Test
  void theObjectInsideTheTriggersPhraseComesFirst() {
    Event e = first(code("2019-08-10", "The foreign minister called on Qatar to halt its funding"
        + " of the armed militias."), "REQUEST").orElseThrow();
    assertEquals(List.of("qatar"), ids(e.recipient()));
  }

  @Test
  void mournersAreCiviliansAndTheSecurityCouncilIsItsOwnBody() {
    Event e = first(code("2019-08-10", "أطلق المسلحون النار على المشيعين في البلدة."),
        "ASSAULT").orElseThrow();
    assertEquals(List.of("civilians"), ids(e.recipient()));
    Event r = first(code("2019-08-10", "The opposition urged the Security Council to act on"
        + " Monday."), "REQUEST").orElseThrow();
    assertTrue(ids(r.recipient()).contains("un-security-council"), r.recipient().toString());
  }

  @Test
  void aSpeakerInsideARelativeClauseLeavesTheMainSubject() {
    Event e = first(code("2017-08-27", "Russia, which says it has a duty to protect the Alawite"
        + " population of the coast, has warned Ankara against sending troops to the region."),
        "THREATEN").orElseThrow();
    assertEquals(List.of("russia"), ids(e.actor()));
  }

  @Test
  void craftStandForTheStateTheirWordsName() {
    // "Russian "Sukhoi" fighter jets struck the militants' positions": the model in quotes
    // stands between the craft and the adjective that says whose they are
    Event e = first(code("2019-05-08", "وقصفت مقاتلات \"سوخوي\" الروسية مواقع المسلحين في ريف"
        + " حماة."), "ASSAULT").orElseThrow();
    assertEquals(List.of("russian-military"), ids(e.actor()), e.toString());
    // "the Turkish defence ministry announced that a warplane belonging to it shot down a
    // plane of the Syrian regime": the ministry's, not a craft of no one
    Event t = first(code("2019-05-08", "وأعلنت وزارة الدفاع التركية أن طائرة حربية تابعة لها"
        + " أسقطت طائرة للنظام السوري فوق إدلب."), "ASSAULT").orElseThrow();
    assertFalse(ids(t.actor()).contains("agent:warplanes"), t.toString());
    assertTrue(ids(t.actor()).stream().anyMatch(id -> id.startsWith("turk")), t.toString());
  }
}
