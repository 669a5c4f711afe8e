package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Arabic wordings of the blind pages' studied halves (sentences of our own, s48): a count of the
 * displaced is their flight ("قدرت الأمم المتحدة عدد النازحين … بنحو 45 ألف شخص"); the
 * liberation of a district announced in a verbal noun ("أعلنت … تحرير مديرية بيحان"). Both
 * fail on the code of the session's start (f509bd02).
 */
class ArabicCountsAndGainsTest {
  private static boolean has(String day, String sentence, String category) {
    List<Event> ev = EventCoderTest.code(day, sentence);
    return ev.stream().anyMatch(e -> e.event().contains(category));
  }

  @Test
  void aCountOfTheDisplacedIsTheirFlight() {
    assertTrue(has("2022-01-25", "وقدرت الأمم المتحدة عدد النازحين من الأحياء المحيطة بالسجن"
        + " بنحو 45 ألف شخص.", "RETREAT"));
  }

  @Test
  void aDistrictsLiberationAnnounced() {
    assertTrue(has("2022-01-10", "وأعلنت ألوية العمالقة تحرير مديرية بيحان بعد معارك عنيفة.",
        "COERCE"));
  }
}
