package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Who does the deed when the sentence's first name is not its subject (sentences of our own in
 * the style of the blind event pages' studied halves, s47): a speech participle's clause with its
 * own subject ("…, saying the pictures showed that …"), a count of people before their flight, a
 * team "at" a named site, a spokesman's claimed gain, the object before "and says", a
 * nationality before a deed of the United States' forces, "reports" right after a denial (its
 * object, no reporting verb), the toll after a deed (", killing at least 11 people": whom it
 * hit); in Arabic a force a pronoun owns before its adjective, a circumstantial participle
 * after a comma, a woman's title before a body. Every test fails on the code of the session's
 * start (f48600d7).
 */
class WhoDoesItTest {
  private static Event first(List<Event> ev, String category) {
    return EventCoderTest.first(ev, category).orElseThrow(() -> new AssertionError(ev));
  }

  private static List<String> actors(String day, String sentence, String category) {
    return EventCoderTest.ids(first(EventCoderTest.code(day, sentence), category).actor());
  }

  @Test
  void aParticiplesOwnSubjectReportsNothingOfTheSpeakers() {
    List<Event> ev = EventCoderTest.code("2024-05-27", "The UNICEF chief condemned the"
        + " strike, saying the pictures showed that the school had been reduced to rubble.");
    assertEquals(List.of("unicef"), EventCoderTest.ids(first(ev, "ACCUSE").actor()),
        ev.toString());
    first(ev, "ASSAULT"); // the strike, next to "the pictures" after a comma, is a deed
  }

  @Test
  void countedPeopleFleeAndATeamAtASiteIsItsSpeakers() {
    assertEquals(List.of("civilians"), actors("2025-04-14",
        "Some 3,000 people fleeing Zamzam reached the town of Tawila on Monday.", "RETREAT"));
    assertEquals(List.of("civilians"), actors("2025-04-14",
        "Thousands of civilians fled the shelling toward Tawila.", "RETREAT"));
    assertEquals(List.of("msf"), actors("2025-04-14", "Doctors Without Borders said its staff at"
        + " Tawila hospital had treated 120 wounded people since Friday.", "AID"));
  }

  @Test
  void aSpokesmansClaimedGainIsHisBodys() {
    assertEquals(List.of("ypg"), actors("2015-06-23",
        "\"Ain Issa is liberated,\" YPG spokesman Redur Xelil told reporters.", "COERCE"));
  }

  @Test
  void theObjectBeforeAndSaysIsNoSpeaker() {
    List<Event> ev = EventCoderTest.code("2018-03-18",
        "Riyadh denies targeting civilians and says it strikes only military sites.");
    for (Event e : ev) {
      assertTrue(!EventCoderTest.ids(e.actor()).contains("civilians"), ev.toString());
    }
  }

  @Test
  void americanForcesAreTheMilitarys() {
    assertEquals(List.of("united-states-military"), actors("2020-01-05",
        "U.S. air strikes hit two militia sites near al-Qaim on Sunday.", "ASSAULT"));
  }

  @Test
  void arabicSubjectsThatTheFirstNameIsNot() {
    assertEquals(List.of("iranian-military"), actors("2019-07-19", "أعلن حرس الثورة الإسلامية"
        + " أن قواته البحرية احتجزت ناقلة نفط أجنبية في مضيق هرمز.", "COERCE"));
    assertEquals(List.of("saudi-led-coalition"), actors("2022-01-24",
        "أعلن تحالف دعم الشرعية أن مقاتلاته دمرت مخزنا للأسلحة في صعدة.", "ASSAULT"));
    assertEquals(List.of("jordan"), actors("2024-01-29", "وأدانت الحكومة الأردنية القصف،"
        + " مطالبة مجلس الأمن بالتحرك الفوري لوقفه.", "REQUEST"));
    assertEquals(List.of("unicef"), actors("2024-01-29",
        "ورحبت المديرة التنفيذية لليونيسف بالإفراج عن الأطفال المحتجزين.", "SUPPORT"));
  }

  @Test
  void reportsAfterADenialAreItsObjectNotItsVoice() {
    List<Event> ev = EventCoderTest.code("2024-04-02", "Niger's military rulers denied reports"
        + " that foreign mercenaries had executed villagers near Tillaberi.");
    first(ev, "REJECT");
    assertEquals("denied", first(ev, "ASSAULT").claim().modality(), ev.toString());
  }

  @Test
  void theTollAfterADeedIsWhomItHit() {
    Event strike = first(EventCoderTest.code("2022-01-18", "Coalition jets carried out air"
        + " strikes on the port city overnight, killing at least 11 people, medics said."),
        "ASSAULT");
    assertEquals(List.of("civilians"), EventCoderTest.ids(strike.recipient()), strike.toString());
  }
}
