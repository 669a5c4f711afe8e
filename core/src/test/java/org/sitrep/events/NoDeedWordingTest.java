package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.EventCoderTest.code;
import static org.sitrep.events.EventCoderTest.first;

import org.junit.jupiter.api.Test;

/** Wording of the genre that names no deed, on sentences written for this test. */
class NoDeedWordingTest {
  @Test
  void aParticipleJoinedByAHyphenIsAnAdjective() {
    String s = "U.S.-backed fighters captured the grain silos on Tuesday.";
    assertFalse(first(code("2017-10-17", s), "SUPPORT").isPresent());
    assertTrue(first(code("2017-10-17", s), "COERCE").isPresent());
    // the verb itself still is one
    assertTrue(first(code("2019-10-20", "Tehran backed the militias with money and arms."),
        "SUPPORT").isPresent());
  }

  @Test
  void aRallyALeaderSpeaksToIsNoProtest() {
    assertFalse(first(code("2019-10-20", "The president told a rally in the capital that the"
        + " operation would go on."), "PROTEST").isPresent());
    assertTrue(first(code("2019-10-20", "Thousands joined a rally in the capital against the"
        + " operation."), "PROTEST").isPresent());
  }

  @Test
  void anOperationsRoomIsABodyNotCooperation() {
    assertFalse(first(code("2018-07-06", "A spokesman for the rebels' joint operations room said"
        + " the talks would resume."), "COOPERATE").isPresent());
  }
}
