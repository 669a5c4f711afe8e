package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Threats as the wire and the parties word them (sentences of our own in the style of
 * genre-sentences-fresh8's odd rows and blind-pages-11's odd half, s48): a time between two
 * words of a phrase is no word of it ("vowed on Sunday to resume attacks"); a warning with its
 * addressee before its clause ("warned residents of the town that its fighters would attack");
 * an ultimatum ("gave the soldiers 48 hours to hand over …", a guard: the session's start
 * coded it already); in Arabic, punishment promised ("سينال قصاصه") and attacks said to go on
 * ("ستواصل هجماتها"), a warning that targets will be hit ("حذرت … من أن القواعد … ستستهدف").
 * The other three tests fail on the code of the session's start
 * (f509bd02).
 */
class ThreatsAndTimesTest {
  private static void threat(String day, String sentence) {
    List<Event> ev = EventCoderTest.code(day, sentence);
    assertTrue(ev.stream().anyMatch(e -> e.event().contains("THREATEN")),
        sentence + " " + ev);
  }

  @Test
  void aTimeInsideAPhrase() {
    threat("2024-12-08", "The militia vowed on Sunday to resume attacks on the base if the"
        + " strikes continued.");
  }

  @Test
  void aWarningWithItsAddresseeBeforeItsClause() {
    threat("2024-12-04", "The rebels warned residents of the port town that their fighters"
        + " would attack army positions within days.");
  }

  @Test
  void anUltimatum() {
    threat("2024-12-04", "The rebels gave the soldiers in the garrison 48 hours to hand over"
        + " the airport.");
  }

  @Test
  void arabicPunishmentPromisedAndAttacksToGoOn() {
    threat("2024-09-18", "وقال الحزب في بيان إن العدو سينال حتما قصاصه العادل.");
    threat("2023-11-20", "وقالت الجماعة إنها ستواصل هجماتها على السفن في البحر الأحمر.");
    threat("2024-01-05", "وحذرت الجماعة من أن القواعد الأجنبية في البلاد ستستهدف إذا تعرضت"
        + " الحدود لهجوم.");
  }
}
