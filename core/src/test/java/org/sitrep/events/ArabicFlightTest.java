package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Flight and displacement in Arabic are coded as the English "fled" is (s54; sentences of our
 * own): "نزحت … باتجاه", "فروا من … إلى", "موجة نزوح نحو". The first three fail on the code of the
 * session's start (2f86722f); the last holds what the rows must not do: a noun of the displaced
 * people is no flight.
 */
class ArabicFlightTest {
  private static boolean retreat(List<Event> ev) {
    return ev.stream().anyMatch(e -> e.event().contains("RETREAT"));
  }

  @Test
  void familiesDisplacedTowardsATown() {
    List<Event> ev = EventCoderTest.code("2024-03-12", "ونزحت مئات العائلات من القرى الحدودية"
        + " باتجاه مدينة القامشلي خلال اليومين الماضيين.");
    assertTrue(retreat(ev), ev.toString());
  }

  @Test
  void fightersFledFromTheTown() {
    List<Event> ev = EventCoderTest.code("2024-03-12", "وقال مصدر عسكري إن عناصر التنظيم فروا"
        + " من البلدة باتجاه البادية بعد انهيار خطوطهم.");
    assertTrue(retreat(ev), ev.toString());
  }

  @Test
  void aWaveOfDisplacementTowardsTheCity() {
    List<Event> ev = EventCoderTest.code("2024-10-02", "وتسببت الغارات بموجة نزوح واسعة من"
        + " القرى الجنوبية نحو مدينة صيدا.");
    assertTrue(retreat(ev), ev.toString());
  }

  @Test
  void aCampOfTheDisplacedIsNoFlight() {
    List<Event> ev = EventCoderTest.code("2024-10-02", "ووزعت المنظمة الخيام والأغطية على"
        + " العائلات النازحة في مخيم النزوح شرقي المدينة.");
    assertTrue(!retreat(ev), ev.toString());
  }
}
