package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.EventCoderTest.any;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * A concession or a contact a side says it will not make is a refusal made now (s54; sentences
 * of our own): "would not negotiate with", "will not withdraw", "لن تنسحب" are REJECT, not the
 * talks or the withdrawal planned, also after a meeting told in the same sentence. The first
 * four fail on the code of the session's start (2f86722f); the last holds what the rule must not
 * do: a withdrawal promised stays a concession.
 */
class RefusalsTest {
  @Test
  void wouldNotNegotiateIsARefusal() {
    List<Event> ev = EventCoderTest.code("2024-03-12", "The defence minister said the government"
        + " would not negotiate with the kidnappers.");
    assertTrue(any(ev, "REJECT") && !any(ev, "CONSULT"), ev.toString());
  }

  @Test
  void willNotWithdrawIsNoConcession() {
    List<Event> ev = EventCoderTest.code("2024-03-12", "The militia said it will not withdraw"
        + " from the hills above the town.");
    assertTrue(any(ev, "REJECT"), ev.toString());
    assertFalse(any(ev, "CONCEDE"), ev.toString());
  }

  @Test
  void anArabicRefusalToWithdraw() {
    List<Event> ev = EventCoderTest.code("2024-03-12", "وقال المتحدث باسم الفصيل إن مقاتليه لن"
        + " ينسحبوا من التلال المحيطة بالبلدة.");
    assertTrue(any(ev, "REJECT"), ev.toString());
  }

  @Test
  void aRefusalAfterAMeetingInTheSameSentence() {
    List<Event> ev = EventCoderTest.code("2024-03-12", "The prime minister said after a cabinet"
        + " meeting that the government would not negotiate with the kidnappers.");
    assertTrue(any(ev, "REJECT"), ev.toString());
  }

  @Test
  void aWithdrawalPromisedStaysAConcession() {
    List<Event> ev = EventCoderTest.code("2024-03-12", "The militia said it would withdraw from"
        + " the hills above the town by Friday.");
    assertTrue(any(ev, "CONCEDE") && !any(ev, "REJECT"), ev.toString());
  }
}
