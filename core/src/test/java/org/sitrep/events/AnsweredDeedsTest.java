package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Who did a deed the page tells by its kind, and whom a reaction answers (sentences of our own
 * in the style of agency copy, s44): a state's tanks or jets are its forces ("Turkish tanks and
 * special forces"); a passive with an adverb before its participle has no subject before it
 * ("were also killed"); a deed welcomed by its noun is aimed at its doer, and so is an incursion
 * condemned after the page told it as a crossing; whoever calls a deed something ("called the
 * recapture an achievement") did not do it; a denial answers the page's accuser of the
 * denier, or whoever reported the deed denied; an Arabic pluperfect's subject goes on through its
 * title, place and name ("وكان محافظ الأنبار صهيب الراوي قد اتهم"); an unnamed part of a named
 * armed body is that body ("فصائل في الحشد الشعبي", "militia units in the PMF"); marches are
 * no drones ("وخرجت مسيرات": a craft neither speaks nor marches); a state's craft that
 * "commits" a massacre ("ارتكبت الطائرات الحربية والمدفعية التركية مجزرة") are its forces.
 * Nine of the eleven fail on the code of the session's start (eae5ff30); the massacre's and
 * the civilians' are guards.
 */
class AnsweredDeedsTest {
  private static List<Event> code(String... paragraphs) {
    return EventCoderTest.code("2016-08-24", paragraphs);
  }

  private static Event first(List<Event> ev, String category) {
    return EventCoderTest.first(ev, category).orElseThrow(() -> new AssertionError(ev));
  }

  @Test
  void aStatesTanksAreItsForces() {
    Event moved = first(code("Turkish tanks and special forces crossed into Syria on Wednesday."),
        "MOBILIZE");
    assertEquals(List.of("turkish-military"), EventCoderTest.ids(moved.actor()));
  }

  @Test
  void anAdverbBeforeAPassiveParticipleLeavesTheVictimsVictims() {
    Event killed = null;
    for (Event e : code("Syrian troops recaptured Palmyra from Islamic State on Sunday.",
        "At least 188 soldiers and allied militiamen were also killed, the Observatory said.")) {
      if (e.textInfo().trigger().contains("killed")) {
        killed = e;
      }
    }
    assertTrue(killed != null);
    assertFalse(EventCoderTest.ids(killed.actor()).contains("agent:soldiers"), killed.toString());
    assertTrue(EventCoderTest.ids(killed.recipient()).contains("agent:soldiers"),
        killed.toString());
  }

  @Test
  void aWelcomedDeedIsAimedAtItsDoer() {
    Event welcomed = first(code(
        "Syrian troops recaptured Palmyra from Islamic State on Sunday.",
        "UNESCO Director-General Irina Bokova welcomed the recapture on Monday."), "SUPPORT");
    assertEquals(List.of("unesco"), EventCoderTest.ids(welcomed.actor()));
    assertEquals(List.of("syrian-arab-army"), EventCoderTest.ids(welcomed.recipient()));
  }

  @Test
  void whoeverCallsADeedSomethingDidNotDoIt() {
    List<Event> ev = code("Syrian troops recaptured Palmyra from Islamic State on Sunday.",
        "President Bashar al-Assad called the recapture \"an important achievement\".",
        "UNESCO welcomed the recapture.");
    for (Event e : ev) {
      if (e.textInfo().trigger().equals("recapture")) {
        assertEquals(List.of("syrian-arab-army"), EventCoderTest.ids(e.actor()), e.toString());
      }
    }
    assertEquals(List.of("syrian-arab-army"),
        EventCoderTest.ids(first(ev, "SUPPORT").recipient()));
  }

  @Test
  void anIncursionCondemnedAfterACrossingIsAimedAtTheCrossers() {
    List<Event> ev = code("Turkish tanks and special forces crossed into Syria on Wednesday.",
        "Damascus condemned the incursion as a \"flagrant violation\" of Syria's sovereignty.");
    assertEquals(List.of("turkish-military"),
        EventCoderTest.ids(first(ev, "ACCUSE").recipient()));
  }

  @Test
  void aDenialAnswersTheAccuser() {
    List<Event> ev = code(
        "Anbar governor Suhaib al-Rawi accused the Popular Mobilisation Forces of torturing men"
            + " who fled the fighting.",
        "The PMF leadership denied that any systematic abuses took place.");
    Event denial = first(ev, "REJECT");
    assertEquals(List.of("pmf"), EventCoderTest.ids(denial.actor()));
    assertEquals(List.of("suhaib-al-rawi"), EventCoderTest.ids(denial.recipient()));
  }

  @Test
  void arabicPluperfectSubjectRunsThroughTitleAndPlace() {
    Event accused = first(code("وكان محافظ الأنبار صهيب الراوي قد اتهم فصائل في الحشد الشعبي"
        + " بإعدام 49 شخصا من أهالي منطقة الصقلاوية."), "ACCUSE");
    assertEquals(List.of("suhaib-al-rawi"), EventCoderTest.ids(accused.actor()));
    assertEquals(List.of("pmf"), EventCoderTest.ids(accused.recipient()));
  }

  @Test
  void unitsInANamedForceAreThatForce() {
    Event accused = first(code("Sunni leaders have accused some Shi'ite militia units in the"
        + " Popular Mobilisation Forces of torturing men."), "ACCUSE");
    assertEquals(List.of("pmf"), EventCoderTest.ids(accused.recipient()));
  }

  @Test
  void marchesAreNoDrones() {
    Event marched = first(code("وخرجت مسيرات غاضبة في رام الله ونابلس تنديدا بالمجزرة."),
        "PROTEST");
    assertFalse(EventCoderTest.ids(marched.actor()).contains("agent:drones"), marched.toString());
  }

  @Test
  void aMassacreCommittedByAStatesCraftIsItsForces() {
    Event massacre = first(code("ارتكبت الطائرات الحربية والمدفعية التركية، فجر اليوم الأحد، مجزرة"
        + " بحق المدنيين في قرية جب الكوسا جنوب جرابلس."), "ASSAULT");
    assertEquals(List.of("turkish-military"), EventCoderTest.ids(massacre.actor()));
  }

  @Test
  void civiliansOfAPlaceStayCivilians() {
    Event killed = first(code("Turkish shelling killed civilians in Jarablus on Sunday."),
        "ASSAULT");
    assertFalse(EventCoderTest.ids(killed.recipient()).stream().anyMatch(
        id -> !id.startsWith("civilians") && !id.startsWith("agent:")), killed.toString());
  }
}
