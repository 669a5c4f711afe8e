package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.EventCoderTest.any;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Rows of s55 (sentences of our own, in the style of genre fresh15's odd rows): sanctions on visas,
 * a state leaving a bloc, a place opened to others, an emergency revoked, a pair of ministers who
 * meet (the Arabic dual), a conference a side will not attend; accidents and faults that are no
 * deed. Every case but the last fails on the code of the session's start (f1af06ef); the last
 * holds what the pursuit rows must not do: "لملاحقة" after an operation is its purpose.
 */
class RelationsAndAccidentsTest {
  private static List<Event> code(String text) {
    return EventCoderTest.code("2024-03-12", text);
  }

  @Test
  void visaRestrictionsAreASanction() {
    List<Event> ev = code("The ministry imposed visa restrictions on four judges.");
    assertTrue(any(ev, "SANCTION") && !any(ev, "COERCE"), ev.toString());
  }

  @Test
  void leavingABlocReducesRelations() {
    List<Event> ev = code("The junta announced its withdrawal from the regional bloc.");
    assertTrue(any(ev, "SANCTION") && !any(ev, "RETREAT"), ev.toString());
  }

  @Test
  void aTeamLetIntoATown() {
    assertTrue(any(code("The rebels let a Red Cross team into the town."), "RETREAT"));
  }

  @Test
  void aCurfewRevoked() {
    assertTrue(any(code("The governor revoked the curfew on Monday."), "CONCEDE"));
  }

  @Test
  void aTrainDerailedIsNoAttack() {
    List<Event> ev = code("A train derailed near the border, injuring 30 passengers.");
    assertFalse(any(ev, "ASSAULT"), ev.toString());
  }

  @Test
  void aFaultBlamedIsNoAccusation() {
    List<Event> ev = code("The company blamed a technical fault for the blackout.");
    assertFalse(any(ev, "ACCUSE"), ev.toString());
  }

  @Test
  void twoMinistersWhoMeet() {
    assertTrue(any(code("وزيرا الدفاع يبحثان في أنقرة التعاون العسكري"), "CONSULT"));
  }

  @Test
  void aMeetingASideWillNotAttend() {
    List<Event> ev = code("وأكد الوزير أن حكومته لن تشارك في الاجتماع.");
    assertTrue(any(ev, "REJECT") && !any(ev, "CONSULT"), ev.toString());
  }

  @Test
  void aPursuitAsAPurposeIsNoDeed() {
    List<Event> ev = code("ونفذت القوات عملية مشتركة لملاحقة خلايا التنظيم في الصحراء.");
    assertFalse(any(ev, "ASSAULT"), ev.toString());
  }
}
