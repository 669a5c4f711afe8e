package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.events.EventCoderTest.code;
import static org.sitrep.events.EventCoderTest.first;
import static org.sitrep.events.EventCoderTest.ids;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Recipients a deed's object stands for, on sentences written for these tests: a civil site and
 * the civilians it serves, a post of a state named by its adjective, a crowd as a verb's own
 * object, the subject of "came under attack by", a kind of force after a nationality adjective.
 */
class SitesAndSufferersTest {
  @Test
  void aCivilSiteStandsForTheCiviliansItServes() {
    Event e = first(code("2020-02-12", "Jets bombed a bakery in the old quarter of the town on"
        + " Tuesday."), "ASSAULT").orElseThrow();
    assertEquals(List.of("civilians"), ids(e.recipient()), e.toString());
    Event p = first(code("2020-02-12", "A crowded school was shelled in the east of the city on"
        + " Tuesday."), "ASSAULT").orElseThrow();
    assertEquals(List.of("civilians"), ids(p.recipient()), p.toString());
    Event a = first(code("2020-02-12", "قصفت الطائرات الحربية مدرسة في ريف المدينة الشرقي يوم"
        + " الثلاثاء."), "ASSAULT").orElseThrow();
    assertEquals(List.of("civilians"), ids(a.recipient()), a.toString());
  }

  @Test
  void aMilitarySiteIsTheForceItsAdjectiveNames() {
    Event e = first(code("2020-02-12", "The group claimed a rocket attack on a French outpost"
        + " near the river on Tuesday."), "ASSAULT").orElseThrow();
    assertEquals(List.of("france"), ids(e.recipient()), e.toString());
  }

  @Test
  void aCrowdThatIsTheVerbsOwnObjectIsItsRecipient() {
    // not the parliament the crowd stood by
    Event e = first(code("2020-02-12", "Troops detained scores of demonstrators near the"
        + " parliament on Tuesday."), "COERCE").orElseThrow();
    assertEquals(1, e.recipient().size(), e.toString());
    assertEquals("CVL", e.recipient().get(0).code(), e.toString());
  }

  @Test
  void theSubjectOfComingUnderAttackSuffersItAndTheAgentDoesIt() {
    Event e = first(code("2020-02-12", "A Russian military patrol came under attack by Islamic"
        + " State militants east of the town on Tuesday."), "ASSAULT").orElseThrow();
    assertEquals(List.of("isis"), ids(e.actor()), e.toString());
    assertEquals(List.of("russian-military"), ids(e.recipient()), e.toString());
  }

  @Test
  void aKindOfForceAfterANationalityAdjectiveIsThatStatesForce() {
    Event e = first(code("2020-02-12", "One Iranian soldier was wounded by a roadside bomb near"
        + " the border on Tuesday."), "ASSAULT").orElseThrow();
    assertEquals(List.of("iranian-military"), ids(e.recipient()), e.toString());
  }
}
