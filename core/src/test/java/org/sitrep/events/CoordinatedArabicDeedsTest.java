package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Arabic deeds that a sentence joins or names by a noun (sentences of our own in the style of
 * blind-pages-10's studied half, s47): a second verb of the same kind joined by the "و" it
 * starts with is a deed of its own ("أحرقوا السوق واختطفوا نساء"); brandishing sanctions is a
 * threat, listing a group on a terror list a sanction, "ستدافع عن نفسها" a threat, so is the
 * participle "متوعدة"; evacuating the wounded is aid, "أوقفت بث القناة" a coercion; a count of
 * persons killed ("12 شخصا … قتلوا") is civilians, whom the deed was done to; a kind of people
 * after a subject the catalogue does not know ("ودعت الوحدات الأهالي") is the verb's object, no
 * doer. All fail on
 * the code of the session's start (f48600d7).
 */
class CoordinatedArabicDeedsTest {
  @Test
  void aSecondVerbJoinedByItsOwnWawIsADeedOfItsOwn() {
    List<Event> ev = EventCoderTest.code("2025-04-14",
        "وقال شهود إن المسلحين نهبوا المتاجر وأحرقوا السوق واختطفوا فتيات من المعسكر.");
    long assaults = ev.stream().filter(e -> e.event().contains("ASSAULT")).count();
    assertTrue(assaults >= 2, ev.toString());
    assertTrue(ev.stream().anyMatch(e -> e.mode().contains("abduct")), ev.toString());
  }

  @Test
  void brandishingSanctionsAndListingAGroupAndDefendingItself() {
    EventCoderTest.first(EventCoderTest.code("2020-01-06",
        "ورد الرئيس على القرار بالتلويح بفرض عقوبات اقتصادية على بغداد."), "THREATEN")
        .orElseThrow();
    EventCoderTest.first(EventCoderTest.code("2022-01-20",
        "وقالت الخارجية إنها تدرس إعادة إدراج الجماعة على قائمة المنظمات الإرهابية."),
        "SANCTION").orElseThrow();
    List<Event> ev = EventCoderTest.code("2020-01-08",
        "وقال الوزير إن طهران لا تريد الحرب لكنها ستدافع عن نفسها في وجه أي اعتداء.");
    assertEquals(true, EventCoderTest.first(ev, "THREATEN").isPresent(), ev.toString());
  }

  @Test
  void threateningParticiplesEvacuatingTheWoundedAndSuspendingABroadcast() {
    EventCoderTest.first(EventCoderTest.code("2024-06-01", "وحذرت الجماعة المسلحة التجار من"
        + " نقل البضائع إلى المدينة، متوعدة باستهداف الشاحنات."), "THREATEN").orElseThrow();
    EventCoderTest.first(EventCoderTest.code("2024-06-01",
        "وأجلت فرق الهلال الأحمر 45 جريحا من المستشفى الميداني إلى العاصمة."), "AID")
        .orElseThrow();
    EventCoderTest.first(EventCoderTest.code("2024-06-01",
        "وأوقفت السلطات بث القناة الفضائية لمدة أسبوعين."), "COERCE").orElseThrow();
  }

  @Test
  void countedPersonsKilledAreCivilians() {
    Event killed = EventCoderTest.first(EventCoderTest.code("2024-06-01", "وقال مسؤولون في"
        + " القطاع الصحي إن 12 شخصا على الأقل قتلوا في غارة جوية ليل الأحد."), "ASSAULT")
        .orElseThrow();
    assertEquals(List.of("civilians"), EventCoderTest.ids(killed.recipient()), killed.toString());
  }

  @Test
  void peopleAfterAnUnknownSubjectAreTheVerbsObject() {
    Event call = EventCoderTest.first(EventCoderTest.code("2015-06-16",
        "ودعت الوحدات الأهالي الذين نزحوا إلى القرى المجاورة إلى العودة إلى منازلهم."),
        "REQUEST").orElseThrow();
    assertTrue(EventCoderTest.ids(call.actor()).isEmpty(), call.toString());
    assertEquals(List.of("civilians"), EventCoderTest.ids(call.recipient()), call.toString());
  }
}
