package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * An Arabic verb's subject stands between the verb and its object; the actors the mention finder
 * names there count as one word of a lexicon phrase's gap, as an English name's capitalized words
 * do (s52; sentences of our own in the style of blind-pages-15's odd half and of
 * genre-sentences-fresh12's odd rows: "سلم الجيش الإسرائيلي عبر اللجنة الدولية للصليب الأحمر
 * جثامين", "أجرى وزير الخارجية السعودي الأمير فيصل بن فرحان اتصالين"); and rows of the same
 * study: forces pulled back, all options reserved, a unilateral ceasefire declared (a
 * concession); a state's or a group's missiles and rockets stand for its forces ("Iranian
 * missiles", as "Turkish tanks"). Each fails on the code of the session's start (a8b1a632).
 */
class NamesInGapsTest {
  private static boolean has(List<Event> ev, String category) {
    return ev.stream().anyMatch(e -> e.event().contains(category));
  }

  @Test
  void bodiesHandedOverThroughTheRedCross() {
    List<Event> ev = EventCoderTest.code("2025-08-20", "سلّم الجيش الإسرائيلي عبر اللجنة الدولية"
        + " للصليب الأحمر جثامين 30 فلسطينياً في خان يونس.");
    assertTrue(has(ev, "RETREAT"), ev.toString());
  }

  @Test
  void callsMadeByATitledMinister() {
    List<Event> ev = EventCoderTest.code("2023-04-16", "أجرى وزير الخارجية السعودي الأمير فيصل"
        + " بن فرحان اتصالين بالبرهان ودقلو.");
    assertTrue(has(ev, "CONSULT"), ev.toString());
  }

  @Test
  void forcesPulledBackAndOptionsReserved() {
    assertTrue(has(EventCoderTest.code("2025-07-17", "The Syrian army pulled its forces back from"
        + " the outskirts of Sweida on Thursday."), "RETREAT"));
    assertTrue(has(EventCoderTest.code("2025-06-22", "Tehran reserved all options to defend its"
        + " sovereignty, the foreign minister said."), "THREATEN"));
  }

  @Test
  void aUnilateralCeasefireIsAConcession() {
    List<Event> ev = EventCoderTest.code("2025-04-20", "The army announced a unilateral ceasefire"
        + " in the region after the earthquake.");
    assertTrue(has(ev, "CONCEDE"), ev.toString());
  }

  @Test
  void aStatesMissilesAreItsForces() {
    List<Event> ev = EventCoderTest.code("2025-06-20", "Israel says Iranian missiles have killed"
        + " 24 people since June 13.");
    Event strike = ev.stream().filter(e -> e.event().contains("ASSAULT")).findFirst()
        .orElseThrow(() -> new AssertionError(ev.toString()));
    assertTrue(strike.actor().get(0).entityText().startsWith("Iranian"), strike.toString());
  }
}
