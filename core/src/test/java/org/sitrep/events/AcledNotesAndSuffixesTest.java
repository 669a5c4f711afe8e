package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.EventCoderTest.any;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * s56 (sentences of our own, in the style of genre fresh16's odd rows and blind-pages-19's odd
 * pages): ACLED's Arabic "no fatalities reported" line is no killing; people whose blockades are
 * protests (words.tsv "assembly") block a port in protest, while their gatherings stay none;
 * diseases kill no one by force; Arabic deeds told with the object as a suffix ("ودمروها"), men
 * captured by the verb, a redeployment its side announces. The first six fail on the code of the
 * session's start (610d0c5e); the last three hold what the rules must not do.
 */
class AcledNotesAndSuffixesTest {
  private static List<Event> code(String text) {
    return EventCoderTest.code("2024-03-12", text);
  }

  @Test
  void noFatalitiesReportedInArabicIsNoKilling() {
    List<Event> ev = code("في 3 آذار/مارس 2024، نهب مسلحون مستودعا للأغذية في بلدة كتم. لم يُبلغ"
        + " عن قتلى.");
    assertFalse(any(ev, "ASSAULT"), ev.toString());
  }

  @Test
  void fishermenBlockingAHarbourProtest() {
    List<Event> ev = code("Dozens of fishermen blocked the harbour of Nouakchott over new fees.");
    assertTrue(any(ev, "PROTEST"), ev.toString());
  }

  @Test
  void choleraIsNoAttack() {
    List<Event> ev = code("Cholera has killed 212 people in the province since August.");
    assertFalse(any(ev, "ASSAULT"), ev.toString());
  }

  @Test
  void anArmouredCarDestroyedWithTheObjectAsASuffix() {
    List<Event> ev = code("وقال المصدر إن المقاتلين رصدوا عربة مدرعة قرب المطار ودمروها.");
    assertTrue(any(ev, "ASSAULT"), ev.toString());
  }

  @Test
  void menCapturedByTheVerb() {
    List<Event> ev = code("وأضاف أنهم أسروا قائدا ميدانيا للميليشيا قرب البلدة.");
    assertTrue(any(ev, "ASSAULT"), ev.toString());
  }

  @Test
  void aRedeploymentItsSideAnnouncesIsAWithdrawal() {
    List<Event> ev = code("وقال المتحدث إن وحدات الجيش أعادت تموضعها جنوب البلدة.");
    assertTrue(any(ev, "RETREAT"), ev.toString());
  }

  @Test
  void tradersGatheringAtAMarketIsNoProtest() {
    List<Event> ev = code("Traders gathered at the weekly market in the town on Saturday.");
    assertFalse(any(ev, "PROTEST"), ev.toString());
  }

  @Test
  void aTeacherHearingGunfireIsNoRiot() {
    List<Event> ev = code("\"We heard gunfire all night,\" a teacher in the town said.");
    assertFalse(any(ev, "PROTEST"), ev.toString());
  }

  @Test
  void palmyraIsNoDestruction() {
    List<Event> ev = code("ونزح نحو ألفي مدني من تدمر خلال الأسبوع الأخير باتجاه السخنة.");
    assertFalse(any(ev, "ASSAULT"), ev.toString());
  }
}
