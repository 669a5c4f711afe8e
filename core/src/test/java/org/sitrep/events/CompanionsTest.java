package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.sitrep.events.EventCoderTest.code;
import static org.sitrep.events.EventCoderTest.first;
import static org.sitrep.events.EventCoderTest.ids;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Recipients and destinations from the structure of the clause, on sentences written for these
 * tests in the style of news reports and event notes: a doer's helpers are no recipients, a kind
 * of actor written before a name is that name, advances and entries go somewhere.
 */
class CompanionsTest {
  @Test
  void aHelperAfterTheDeedIsNoRecipient() {
    Event e = first(code("2019-05-06", "Rebels captured the village on Monday with the support"
        + " of Turkish troops."), "COERCE").orElseThrow();
    assertFalse(ids(e.recipient()).contains("turkish-military"), e.recipient().toString());
  }

  @Test
  void anArabicHelperIsNoRecipient() {
    Event coop = first(code("2019-05-06", "سيطرت فصائل المعارضة على البلدة يوم الاثنين"
        + " بالتعاون مع الجيش التركي."), "COERCE").orElseThrow();
    assertFalse(ids(coop.recipient()).contains("turkish-military"), coop.recipient().toString());
    // "backed by fighters of Hezbollah": the fighters came with the doer
    Event backed = first(code("2019-05-06", "اقتحمت قوات النظام البلدة يوم الأحد مدعومة"
        + " بمقاتلين من حزب الله."), "ASSAULT").orElseThrow();
    assertEquals(List.of(), ids(backed.recipient()));
  }

  @Test
  void aKindWrittenBeforeTheDoersNameIsTheDoer() {
    // "the factions of the Free Syrian Army took the village": the factions are the doer
    Event e = first(code("2019-05-06", "سيطرت فصائل الجيش السوري الحر على القرية يوم"
        + " الثلاثاء."), "COERCE").orElseThrow();
    assertEquals(List.of(), ids(e.recipient()));
  }

  @Test
  void aKindWrittenBeforeANameIsThatName() {
    Event e = first(code("2019-05-06", "Troops of the army clashed on Saturday with the militant"
        + " group Hayat Tahrir al-Sham near Idlib."), "ASSAULT").orElseThrow();
    assertEquals(List.of("hts"), ids(e.recipient()));
  }

  @Test
  void theKindStandsForTheNameOnTheWholePage() {
    // clashes with "the militias of the YPG"; the next day artillery shelled "the militias"
    List<Event> ev = code("2019-05-06", "اندلعت اشتباكات يوم السبت بين الجيش التركي ومليشيات"
        + " \"وحدات حماية الشعب\" قرب الحدود.", "وقصفت المدفعية التركية مواقع المليشيات في"
        + " القرية يوم الأحد.");
    for (Event e : ev) {
      assertEquals(List.of("ypg"), ids(e.recipient()), e.toString());
    }
    assertEquals(2, ev.size(), ev.toString());
  }

  @Test
  void forcesAdvancingTowardsATownGoThere() {
    Event en = first(code("2019-05-06", "Government forces advanced towards the town of Saraqib"
        + " on Monday."), "ASSAULT").orElseThrow();
    assertNotNull(en.destination());
    assertEquals("Saraqib", en.destination().text());
    Event ar = first(code("2019-05-06", "تقدمت القوات الحكومية باتجاه مدينة سراقب يوم"
        + " الاثنين."), "ASSAULT").orElseThrow();
    assertNotNull(ar.destination());
    assertEquals("سراقب", ar.destination().text());
    // the fighting is where they advance to, not where they come from
    Event from = first(code("2019-05-06", "Government forces advanced towards Saraqib from"
        + " Maarat al-Numan on Monday."), "ASSAULT").orElseThrow();
    assertEquals("Saraqib", from.eventLoc() == null ? null : from.eventLoc().text());
  }

  @Test
  void anEntryIntoTheAreaOfATownGoesToTheTown() {
    // "announced the entry of a Russian patrol into the Manbij area"
    Event ar = first(code("2019-05-06", "وأعلنت وزارة الدفاع يوم الأربعاء عن دخول دورية روسية"
        + " إلى منطقة منبج."), "MOBILIZE").orElseThrow();
    assertNotNull(ar.destination());
    assertEquals("منبج", ar.destination().text());
    Event en = first(code("2019-05-06", "Turkish troops entered into the area of Manbij on"
        + " Wednesday."), "MOBILIZE").orElseThrow();
    assertNotNull(en.destination());
    assertEquals("Manbij", en.destination().text());
  }
}
