package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * The toll of a disaster or an accident is no attack (sentences of our own in the style of
 * genre-sentences-fresh9's odd NONE rows, s49): "an earthquake struck …, killing 2,000",
 * "lightning struck a cattle camp, killing five herders", "لقي 12 شخصا مصرعهم في حادث سير";
 * but a deed after "after" or "إثر" is the disaster's cause, and a deed before a disaster in
 * another clause stays ("Gunmen killed 12 villagers, days after floods hit the area"); the name
 * of an operation is no storm ("in what he called Operation Hurricane Yemen"). The first two
 * fail on the code of the session's start (c0756cde); the others are guards.
 */
class DisasterTollsTest {
  private static boolean assault(String day, String sentence) {
    List<Event> ev = EventCoderTest.code(day, sentence);
    return ev.stream().anyMatch(e -> e.event().contains("ASSAULT"));
  }

  @Test
  void aDisastersTollIsNoAttack() {
    String quake = "A strong earthquake struck the mountains late on Friday, killing more than"
        + " 2,000 people and flattening villages.";
    assertTrue(!assault("2023-09-09", quake), quake);
    String lightning = "Lightning struck a cattle camp near the river on Monday, killing five"
        + " herders.";
    assertTrue(!assault("2024-05-15", lightning), lightning);
  }

  @Test
  void anArabicRoadAccidentIsNoAttack() {
    String s = "لقي 12 شخصا مصرعهم وأصيب 20 آخرون في حادث سير مروع على الطريق الصحراوي جنوب"
        + " المدينة.";
    assertTrue(!assault("2024-07-14", s), s);
  }

  @Test
  void aDeedThatCausedTheDisasterOrCameBeforeItStays() {
    String cause = "A fire broke out at the depot after an air strike hit it on Sunday, killing"
        + " three workers.";
    assertTrue(assault("2024-07-14", cause), cause);
    String before = "Gunmen killed 12 villagers in the district on Monday, days after floods hit"
        + " the area.";
    assertTrue(assault("2024-07-14", before), before);
    String named = "The group said it had fired five missiles at the airport, in what it called"
        + " Operation Hurricane Yemen.";
    assertTrue(assault("2022-01-17", named), named);
  }
}
