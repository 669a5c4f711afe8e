package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.EventCoderTest.code;
import static org.sitrep.events.EventCoderTest.first;
import static org.sitrep.events.EventCoderTest.ids;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * A deed's object written as a pronoun stands for the party named before it that is not the
 * doer, on sentences written for these tests (PronounObjects).
 */
class PronounObjectsTest {
  @Test
  void anObjectPronounStandsForThePartiesOfTheSentenceBefore() {
    // not the jets that struck: a party of the sentence before
    Event e = code("2020-02-12", "Kurdish fighters and Turkish troops clashed near the dam"
        + " last week. Syrian jets struck them before dawn on Tuesday.").stream()
        .filter(x -> x.textInfo().trigger().equals("struck")).findFirst().orElseThrow();
    assertTrue(!e.recipient().isEmpty() && List.of("sdf", "ypg", "turkish-military")
        .containsAll(ids(e.recipient())), e.toString());
  }

  @Test
  void aPossessiveBeforeWhatAPartyHoldsIsThatParty() {
    Event e = first(code("2020-02-12", "Hezbollah has kept fighters near the frontier for"
        + " years. Israeli jets hit their positions overnight on Tuesday."), "ASSAULT")
        .orElseThrow();
    assertEquals(List.of("hezbollah"), ids(e.recipient()), e.toString());
  }

  @Test
  void anArabicPossessiveSuffixOnAHeldNounIsThatParty() {
    Event e = first(code("2020-02-12", "انتشر مقاتلو تنظيم الدولة في محيط الحقل النفطي منذ"
        + " أسابيع. واستهدفت مدفعية الجيش العراقي مقراتهم يوم الثلاثاء."), "ASSAULT")
        .orElseThrow();
    assertEquals(List.of("isis"), ids(e.recipient()), e.toString());
  }

  @Test
  void aPossessiveAfterADeedThatIsNoForceIsTheDoersOwn() {
    // fails if possessives counted after any deed: the Houthis would be the retreat's
    // the troops are the army's: not the militia of the sentence before
    for (Event e : code("2020-02-12", "The Houthis shelled the port on Monday. The Saudi army"
        + " withdrew its troops from the border post on Tuesday.")) {
      if (e.event().contains("RETREAT")) {
        assertTrue(!ids(e.recipient()).contains("houthis"), e.toString());
      }
    }
  }
}

