package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.EventCoderTest.code;
import static org.sitrep.events.EventCoderTest.first;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * A named party's denial told in a sentence with no voice of its own is that party's word: the
 * monitor or the sources quoted in the sentence before it do not carry over to it. Sentences of
 * our own wording.
 */
class OwnDenialTest {
  private static String claimants(Event e) {
    return e.claim().claimants().stream().map(c -> c.name() + "|" + c.identifierId()).toList()
        .toString();
  }

  @Test
  void theDeniersWordNotTheMonitors() {
    List<Event> ev = code("2019-05-20", "The Syrian Observatory for Human Rights said warplanes"
        + " struck the village of Kafr Nabl on Sunday, killing nine civilians. The Russian military"
        + " denied that its aircraft had flown over the area.");
    Event e = first(ev, "REJECT").orElseThrow();
    String c = claimants(e);
    assertTrue(!c.contains("Observatory") && c.toLowerCase(java.util.Locale.ROOT).contains("russia"), ev.toString());
  }
}
