package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Who speaks and who acts around asides and coordinated verbs (sentences of our own in the
 * style of blind-pages-12's and blind-pages-13's odd halves, s50): a speaker whose aside holds a
 * deed of its own ("Hezbollah, which is funded by Tehran, said …": the deed inside the aside no
 * longer silences the speaker, and stays an event of its own); a speech act coordinated after a
 * report ("X said …, and condemned …": X condemns, not a name of the report); a claimed attack
 * ("claimed an attack on", "claimed responsibility for"); an official the catalogue does not know
 * after his office ("Interior Minister Efkan Ala"); aid announced by its giver; Yemen's "اللجان
 * الشعبية" (the Houthis' popular committees); an adjective after an adverbial participle
 * ("متهما الحكومة الإسرائيلية": the object's, not the accuser's); a deed of force a speaker
 * says will come on a condition ("would be \"eliminated\" if the group fired", "would strike the
 * camps unless"), a threat (genre-sentences-fresh10's odd rows); an Arabic pledge whose
 * complement is a threat ("وتعهد … بأن القوات المسلحة ستلاحق الميليشيا"), that threat only. All
 * but the aid fail on the code of the session's start (102626a3), which found the aid's giver
 * only by accident (an aside with a deed silenced the speaker, and the nearest name did it).
 */
class SpeakersAndAsidesTest {
  private static Event first(String day, String sentence, String category) {
    List<Event> ev = EventCoderTest.code(day, sentence);
    return ev.stream().filter(e -> e.event().contains(category)).findFirst()
        .orElseThrow(() -> new AssertionError(sentence + " " + ev));
  }

  private static String actor(Event e) {
    return e.actor().isEmpty() ? null : e.actor().get(0).identifierId();
  }

  @Test
  void aSpeakerBeforeAnAsideWithADeed() {
    String s = "Hezbollah, which is funded by Tehran, said in a statement that the enemy would"
        + " not escape punishment for the crime.";
    Event threat = first("2024-04-02", s, "THREATEN");
    assertEquals("hezbollah", actor(threat), threat.toString());
    String m = "Erdogan, who chaired a security meeting in Ankara on Monday, said the attackers"
        + " would be held to account.";
    Event meeting = first("2019-10-09", m, "CONSULT");
    Event held = first("2019-10-09", m, "THREATEN");
    assertEquals(actor(meeting), actor(held), held.toString());
    assertTrue(actor(held) != null && actor(held).contains("erdogan"), held.toString());
  }

  @Test
  void aSpeechActCoordinatedAfterAReport() {
    Event e = first("2024-12-09", "Iran's foreign minister Abbas Araghchi said Syria's future"
        + " must be decided by Syrians alone, and condemned Israel's raids on the country.",
        "ACCUSE");
    assertTrue(actor(e) != null && actor(e).contains("araghchi"), e.toString());
  }

  @Test
  void aClaimedAttackIsItsClaimants() {
    Event e = first("2016-10-09", "Houthi forces claimed an attack on an Emirati supply ship"
        + " off the port of Mocha.", "ASSAULT");
    assertEquals("houthis", actor(e), e.toString());
    Event r = first("2016-10-09", "Houthi forces claimed responsibility for an attack on an"
        + " Emirati supply ship.", "ASSAULT");
    assertEquals("houthis", actor(r), r.toString());
  }

  @Test
  void anOfficialTheCatalogueDoesNotKnow() {
    Event e = first("2014-10-08", "Interior Minister Efkan Ala blamed provocateurs for the"
        + " unrest.", "ACCUSE");
    assertEquals("Interior Minister Efkan Ala", e.actor().get(0).entityText(), e.toString());
  }

  @Test
  void aidAnnouncedByItsGiver() {
    Event e = first("2025-04-15", "Britain, hosting a conference on Sudan in London on Tuesday,"
        + " announced 120 million pounds in humanitarian aid.", "AID");
    assertEquals("uk", actor(e), e.toString());
  }

  @Test
  void yemensPopularCommittees() {
    Event e = first("2014-09-22", "أحكمت اللجان الشعبية سيطرتها على مقر الفرقة الأولى مدرع في"
        + " صنعاء.", "COERCE");
    assertEquals("houthis", actor(e), e.toString());
  }

  @Test
  void anAdjectiveAfterAnAdverbialParticiple() {
    Event e = first("2025-09-15", "قال أمير قطر إن الهجوم غادر، متهما الحكومة الإسرائيلية"
        + " بتقويض المفاوضات.", "ACCUSE");
    assertEquals("qatar", actor(e), e.toString());
  }

  @Test
  void aDeedOfForceOnACondition() {
    Event e = first("2025-06-12", "Israel's defence minister said on Thursday that Hezbollah's"
        + " leader would be \"eliminated\" if the group fired on northern Israel again.",
        "THREATEN");
    assertEquals("asserted", e.claim().modality(), e.toString());
    first("2025-06-12", "The army said it would strike the camps unless the militants"
        + " surrendered.", "THREATEN");
  }

  @Test
  void aPledgeWhoseComplementIsAThreat() {
    String s = "وتعهد قائد الجيش في كلمة مقتضبة بأن القوات المسلحة ستلاحق الميليشيا ومن يقف خلفها.";
    first("2025-05-06", s, "THREATEN");
    assertTrue(EventCoderTest.code("2025-05-06", s).stream()
        .noneMatch(e -> e.event().contains("AGREE")), s);
    first("2025-05-06", "وتعهدت القوات المسلحة بملاحقة الجناة، مؤكدة أنها ماضية في تطهير البلاد.",
        "AGREE");
  }
}
