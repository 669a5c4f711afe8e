package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * A kind of people or force before a name, and the statesmen's wording of threats and denials
 * (sentences of our own in the style of blind-pages-9's and genre-sentences-fresh6's studied
 * halves, s46): an Arabic kind in construct with a name, or "belonging to" it, is that name's
 * ("مرتزقة داعش", "وسائل الإعلام الرسمية التابعة للنظام"); "locked and loaded", "لا صحة لما
 * يروج" and "stayed away from the talks" are a threat, a denial and a refusal. All four fail on
 * the code of the session's start (c9d6af32).
 */
class KindsOfNamesTest {
  private static Event first(List<Event> ev, String category) {
    return EventCoderTest.first(ev, category).orElseThrow(() -> new AssertionError(ev));
  }

  @Test
  void anArabicKindBeforeANameIsThatNames() {
    Event attack = first(EventCoderTest.code("2015-06-16",
        "وفي الأثناء، شن مرتزقة داعش فجر اليوم هجوما على نقاط للمقاتلين قرب بلدة سلوك."),
        "ASSAULT");
    assertEquals(List.of("isis"), EventCoderTest.ids(attack.actor()), attack.toString());
    Event said = first(EventCoderTest.code("2015-06-16",
        "وفي دمشق، وصفت وسائل الإعلام الرسمية التابعة للنظام ما جرى في البلدة بأنه"
            + " \"مشروع انفصالي\"."), "ACCUSE");
    assertEquals(List.of("syrian-government"), EventCoderTest.ids(said.actor()), said.toString());
  }

  @Test
  void lockedAndLoadedIsAThreat() {
    first(EventCoderTest.code("2019-09-16", "The president said on Sunday that the United States"
        + " was \"locked and loaded\" once the culprit was confirmed."), "THREATEN");
  }

  @Test
  void noTruthInWhatIsSaidIsADenial() {
    first(EventCoderTest.code("2015-06-16",
        "وقال المتحدث باسم الوحدات إنه \"لا صحة لما يروج عن تهجير السكان\" من البلدة."), "REJECT");
  }

  @Test
  void stayingAwayFromTalksIsARefusal() {
    first(EventCoderTest.code("2024-08-15", "Sudan's army said on Thursday it would stay away"
        + " from the peace talks in Geneva."), "REJECT");
  }
}
