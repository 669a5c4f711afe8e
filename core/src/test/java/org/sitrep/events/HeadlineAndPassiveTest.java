package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * The wordings of headlines, live updates and reports that the lexicon's verb rows missed (s40,
 * sentences of our own in the style of fresh5's studied rows): a verb's bare form after a plural
 * subject ("Gunmen torch houses"), a verb row's passive with its object first ("a curfew was
 * imposed", "Curfew imposed in Jos"), a name inside the object a gap spans ("asked the governor
 * of Benue to"), and an Arabic deed a verb of preventing stops ("تمنع الدخول والخروج"). Each deed
 * test fails on the code of the session's start (a439d3d2); the no-deed ones are guards.
 */
class HeadlineAndPassiveTest {
  private static List<Event> code(String sentence) {
    return EventCoderTest.code("2024-03-11", sentence);
  }

  private static boolean has(List<Event> ev, String category) {
    return ev.stream().anyMatch(e -> e.event().contains(category));
  }

  @Test
  void aBareVerbAfterAPluralSubjectIsAHeadlinesPresent() {
    List<Event> ev = code("Gunmen torch houses in a village near Jos.");
    assertTrue(has(ev, "ASSAULT"), ev.toString());
    assertEquals("unnamed:gunmen", ev.get(0).actor().get(0).identifierId());
    assertTrue(has(code("Protesters block highway in Nakuru over new taxes."), "PROTEST"));
    assertTrue(has(code("Militants storm police post in North Waziristan."), "ASSAULT"));
  }

  @Test
  void aPluralThatModifiesTheNextNounOrEndsAClauseIsNoSubject() {
    // "31 people, rescue workers said": a comma between; "peace talks collapse": a modifier
    assertFalse(has(code("Airstrikes hit a market on Monday, killing at least 31 people, rescue"
        + " workers said."), "AID"));
    assertFalse(has(code("Arms supply to the rebels continued on Monday."), "AID"));
  }

  @Test
  void aVerbRowsPassiveFindsItsObjectFirst() {
    assertTrue(has(code("A curfew was imposed in Jos on Monday by the governor."), "COERCE"));
    assertTrue(has(code("Mobile internet was suspended in Kech district on Monday."), "COERCE"));
    assertTrue(has(code("Reservists were called up in the border region on Monday."),
        "MOBILIZE"));
    List<Event> offer = code("The offer was accepted by the rebels on Monday.");
    assertTrue(has(offer, "AGREE"), offer.toString());
    assertEquals("unnamed:rebels", offer.get(0).actor().get(0).identifierId());
  }

  @Test
  void aHeadlinesParticipleWithoutItsAuxiliaryIsAPassive() {
    assertTrue(has(code("Curfew imposed in Jos after clashes between herders and farmers."),
        "COERCE"));
  }

  @Test
  void aPassiveThatDidNotHappenOrModifiesItsNounIsNoDeed() {
    assertFalse(has(code("Trump said he would raise tariffs if no deal is reached with Beijing."),
        "AGREE"));
    assertFalse(has(code("Our forces will stay until these areas are fully secured."),
        "COERCE"));
    assertFalse(has(code("He said the city was ready for talks if the aggression stops and the"
        + " siege is lifted."), "RETREAT"));
    assertFalse(has(code("The curfew imposed last week was lifted on Monday."), "COERCE"));
  }

  @Test
  void aNameInsideTheObjectIsSpannedByTheGap() {
    List<Event> held = code("The foreign ministry held the Rapid Support Forces militia fully"
        + " responsible for the attack.");
    assertTrue(has(held, "ACCUSE"), held.toString());
    assertTrue(has(code("The farmers' union has asked the governor of Benue to send troops to"
        + " protect the harvest."), "REQUEST"));
  }

  @Test
  void anArabicDeedAVerbOfPreventingStopsDidNotHappen() {
    List<Event> ev = code("قوات الأمن تغلق مداخل حي القابون وتمنع الدخول والخروج.");
    assertTrue(has(ev, "COERCE"), ev.toString());
    assertFalse(has(ev, "RETREAT"), ev.toString());
    assertTrue(has(code("وخرج المسلحون من البلدة بعد منتصف الليل."), "RETREAT"));
  }
}
