package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.EventCoderTest.any;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * s55 (sentences of our own, in the style of genre fresh15's odd rows): a deed noun the clause
 * says nobody reported is no event ("No clashes were reported", "دون تسجيل أي غارات أو
 * اشتباكات"), and a noun's participle with its agent ("the results announced by the council") is
 * no reporting verb: the sentence's own deed stays. The first three fail on the code of the
 * session's start (f1af06ef); the last two hold what the rules must not do.
 */
class NoneReportedTest {
  private static List<Event> code(String text) {
    return EventCoderTest.code("2024-03-12", text);
  }

  @Test
  void noClashesReportedIsNoClash() {
    List<Event> ev = code("No clashes were reported along the front line on Sunday.");
    assertFalse(any(ev, "ASSAULT"), ev.toString());
  }

  @Test
  void noStrikesNorClashesInArabic() {
    List<Event> ev = code("ومر اليوم الثاني من الهدنة دون تسجيل أي غارات أو اشتباكات.");
    assertFalse(any(ev, "ASSAULT"), ev.toString());
  }

  @Test
  void resultsAnnouncedByACouncilAreRejected() {
    List<Event> ev = code("The opposition rejected the results announced by the electoral"
        + " commission.");
    assertTrue(any(ev, "REJECT"), ev.toString());
  }

  @Test
  void clashesReportedAreClashes() {
    assertTrue(any(code("Clashes were reported near the border on Sunday."), "ASSAULT"));
  }

  @Test
  void noFewerThanTwentyKilledIsAnAttack() {
    assertTrue(any(code("No fewer than 20 people were killed in the shelling."), "ASSAULT"));
  }
}
