package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * An Arabic body's organ before its owner's name with ل (s53; sentences of our own): "المكتب
 * السياسي لحركة حماس", "القيادة العامة للجيش الوطني الليبي", "الناطق العسكري الجديد لجماعة
 * الحوثي" are the owner speaking, so the owner is the subject of the verb before them and not
 * its object. All three fail on the code of the session's start (858d227b).
 */
class OrganOwnersTest {
  private static Event first(List<Event> ev, String category) {
    return ev.stream().filter(e -> e.event().contains(category)).findFirst().orElseThrow();
  }

  private static boolean names(List<Event.Entity> es, String text) {
    return es.stream().anyMatch(e -> e.entityText().contains(text));
  }

  @Test
  void aPoliticalBureauSpeaksForItsMovement() {
    List<Event> ev = EventCoderTest.code("2019-08-10",
        "أدان المكتب السياسي لحركة حماس الغارة الإسرائيلية على المخيم.");
    Event condemned = first(ev, "ACCUSE");
    assertTrue(names(condemned.actor(), "حماس"), condemned.toString());
    assertTrue(!names(condemned.recipient(), "حماس"), condemned.toString());
  }

  @Test
  void aGeneralCommandBlamesWhomItNamesAfterItsOwner() {
    List<Event> ev = EventCoderTest.code("2019-08-10", "وحمّلت القيادة العامة للجيش الوطني"
        + " الليبي حكومة الوفاق المسؤولية عن القصف.");
    Event blame = first(ev, "ACCUSE");
    assertTrue(names(blame.actor(), "الوطني الليبي"), blame.toString());
    assertTrue(names(blame.recipient(), "الوفاق"), blame.toString());
  }

  @Test
  void aSpokesmanPastTwoAdjectivesSpeaksForHisGroup() {
    List<Event> ev = EventCoderTest.code("2019-08-10",
        "وهدد الناطق العسكري الجديد لجماعة الحوثي السعودية بضربات موجعة.");
    Event threat = first(ev, "THREATEN");
    assertTrue(names(threat.actor(), "الحوثي"), threat.toString());
    assertTrue(names(threat.recipient(), "السعودية"), threat.toString());
  }
}
