package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * An Arabic sentence's clauses (s52; sentences of our own): a comma before an adverbial
 * participle ("، داعيا", "، متهمة"), "فيما", "بينما" or a relative pronoun opens a clause of its
 * own, so the participle's speech act is an event beside the reported deed before it, even of
 * the same category, and its doer is the sentence's speaker, named or not in the catalogue; a
 * participle with the article names people ("الرافضين للتسوية"), no deed; a noun after "إن" is
 * the subject of the reported clause, not a deed the speaker announces. The first three fail on
 * the code of the session's start (a8b1a632); the last two hold what the clause breaks and the
 * participles' new forms could break.
 */
class ArabicClausesTest {
  private static List<Event> of(List<Event> ev, String category) {
    return ev.stream().filter(e -> e.event().contains(category)).toList();
  }

  @Test
  void aParticiplesRequestAfterAReportedRequest() {
    List<Event> ev = EventCoderTest.code("2015-05-17", "وأكد الشيخ رافع الفهداوي أن مقاتلي"
        + " العشائر طلبوا السلاح من بغداد، داعيا الحكومة إلى التحرك فورا.");
    assertEquals(2, of(ev, "REQUEST").size(), ev.toString());
  }

  @Test
  void aParticiplesAccusationAfterAReportedRequest() {
    List<Event> ev = EventCoderTest.code("2015-05-17", "وأكد الشيخ رافع الفهداوي أن مقاتلي"
        + " العشائر طلبوا السلاح من بغداد، متهما الحكومة بالتقصير.");
    assertEquals(1, of(ev, "ACCUSE").size(), ev.toString());
  }

  @Test
  void theSpeakerTheCatalogueDoesNotKnowDoesTheParticiplesDeed() {
    List<Event> ev = EventCoderTest.code("2015-05-17", "وأكد الشيخ رافع الفهداوي أن مقاتلي"
        + " العشائر هاجموا المدينة، محملا الحكومة العراقية مسؤولية سقوط المدينة.");
    Event blame = of(ev, "ACCUSE").get(0);
    assertTrue(blame.actor().get(0).entityText().contains("رافع الفهداوي"), blame.toString());
  }

  @Test
  void aParticipleWithTheArticleNamesPeople() {
    List<Event> ev = EventCoderTest.code("2018-07-07", "وأوضح المصدر أن الاتفاق ينص على تسوية"
        + " أوضاع المسلحين الراغبين بالبقاء وخروج الرافضين للتسوية.");
    assertTrue(of(ev, "REJECT").isEmpty(), ev.toString());
  }

  @Test
  void aNounAfterThatIsNoDeedOfTheSpeaker() {
    List<Event> ev = EventCoderTest.code("2020-06-18", "وقالت وزارة الخارجية العراقية في بيان"
        + " إن القصف التركي انتهاك صارخ للسيادة العراقية، داعية أنقرة إلى الكف عن مثل هذه"
        + " الأعمال.");
    Event shelling = of(ev, "ASSAULT").get(0);
    assertTrue(shelling.actor().stream().noneMatch(a -> a.entityText().contains("وزارة")),
        shelling.toString());
  }
}
