package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Warnings whose clause names a deed of force to come, and the people a deed is done to written
 * before its verb (sentences of our own, s49): "warned that any ship heading to the port would
 * be targeted" is a threat by the one who warned, not the attack (the words between may be
 * any); a threat's own "would" is its content's future, not its own (the warning was given:
 * asserted); "49 men were killed" and "35 مدنيا قتلوا في القصف" name whom the deed hit. All
 * but the guard fail on the code of the session's start (c0756cde).
 */
class WarningsAndSufferersTest {
  private static Event only(String day, String sentence, String category) {
    List<Event> ev = EventCoderTest.code(day, sentence);
    return ev.stream().filter(e -> e.event().contains(category)).findFirst()
        .orElseThrow(() -> new AssertionError(sentence + " " + ev));
  }

  @Test
  void aWarningOfADeedToComeIsTheThreat() {
    String s = "Houthi spokesman Yahya Saree warned that any ship heading to Israeli ports would"
        + " be targeted by the armed forces.";
    Event e = only("2023-12-10", s, "THREATEN");
    assertEquals("Yahya Saree", e.actor().get(0).identifierText(), e.toString());
    assertTrue(EventCoderTest.code("2023-12-10", s).stream()
        .noneMatch(x -> x.event().contains("ASSAULT")), s);
  }

  @Test
  void aThreatIsAssertedThoughItsContentIsToCome() {
    Event e = only("2023-12-10", "The Houthis warned on Sunday that they would target any"
        + " ship heading to Israel.", "THREATEN");
    assertEquals("asserted", e.claim().modality(), e.toString());
  }

  @Test
  void aWarningOfHungerIsNoThreatOfForce() {
    // guard: the session's start coded it so already, through the row "warn * would"
    List<Event> ev = EventCoderTest.code("2023-12-10", "The agency warned that the fighting"
        + " would displace thousands more families.");
    assertTrue(ev.stream().noneMatch(x -> x.event().contains("ASSAULT")), ev.toString());
  }

  @Test
  void countedMenAndArabicSufferersBeforeTheirVerb() {
    Event men = only("2016-03-02", "Rawi said 49 men were killed in the raid.", "ASSAULT");
    assertEquals("men", men.recipient().get(0).entityText(), men.toString());
    Event ar = only("2016-03-02", "وقال المرصد إن 35 مدنيا قتلوا في القصف على البلدة.",
        "ASSAULT");
    assertEquals("مدنيا", ar.recipient().get(0).entityText(), ar.toString());
    Event soldiers = only("2020-01-08", "وأكد مصدر أن 80 جنديا أمريكيا على الأقل قتلوا في"
        + " الهجوم.", "ASSAULT");
    assertEquals("agent:soldiers", soldiers.recipient().get(0).identifierId(),
        soldiers.toString());
  }
}
