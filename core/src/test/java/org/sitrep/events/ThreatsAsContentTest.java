package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Threats written as their content, a move called an assault, air defences that down missiles,
 * and Arabic deeds told verb first in the passive (sentences of our own in the style of
 * blind-pages-12's odd half, s49): "the attack will not go unanswered", "the enemy will not
 * escape punishment", "the coalition will pay a heavy price" (the subject is the threat's
 * target, the speaker its actor, and the threat was made: asserted); "called the move a grave
 * assault on Syria's sovereignty" (an accusation, not an assault); "وقتل متظاهر في الناصرية
 * برصاص القوات الأمنية", "واعتقل ناشط في دمشق" (قُتل، اعتُقل: the people after the verb suffer
 * it; a force after "برصاص" did it); Arabic speech in the feminine and plural participle
 * ("داعية المقاتلين إلى"), a strike played down or mocked ("التقليل من شأن الهجوم", "سخر من
 * الضربة"), an order issued ("أصدر أمرا للمقاتلين"), posts abandoned ("ترك العسكريون مواقعهم").
 * A warning that a deed "would be met with" a reply, however long the clause ("warned on Saturday
 * that any Indian military strike on Pakistani territory would be met with a swift response"),
 * is a threat; a state written as a place ("Yemen's capital Sanaa", "off Yemen") is no
 * recipient; "a drone strike aimed at militants hit a gathering" is a strike (a target after
 * "aimed at", no purpose; "operations aimed at retaking the town" keeps its purpose). All fail on
 * the code of the session's start (c0756cde).
 */
class ThreatsAsContentTest {
  private static Event first(String day, String sentence, String category) {
    List<Event> ev = EventCoderTest.code(day, sentence);
    return ev.stream().filter(e -> e.event().contains(category)).findFirst()
        .orElseThrow(() -> new AssertionError(sentence + " " + ev));
  }

  @Test
  void aThreatWrittenAsItsContent() {
    Event e = first("2024-04-02", "President Ebrahim Raisi said the attack \"will not go"
        + " unanswered\".", "THREATEN");
    assertEquals("asserted", e.claim().modality(), e.toString());
    first("2024-04-02", "Hezbollah said in a statement that the enemy would not escape"
        + " \"punishment and revenge\" for the crime.", "THREATEN");
    Event price = first("2016-10-09", "Houthi leaders said the coalition will pay a heavy"
        + " price.", "THREATEN");
    assertEquals("houthis", price.actor().get(0).identifierId(), price.toString());
  }

  @Test
  void aMoveCalledAnAssaultOnSovereignty() {
    String s = "Qatar called the move \"a grave assault on Syria's sovereignty\".";
    first("2024-12-09", s, "ACCUSE");
    assertTrue(EventCoderTest.code("2024-12-09", s).stream()
        .noneMatch(e -> e.event().contains("ASSAULT")), s);
  }

  @Test
  void airDefencesDownMissiles() {
    first("2024-04-02", "Syria's defence ministry said its air defences had downed some of the"
        + " missiles.", "ASSAULT");
  }

  @Test
  void arabicVerbFirstPassives() {
    Event killed = first("2019-10-04", "وقتل متظاهر في الناصرية برصاص القوات الأمنية.",
        "ASSAULT");
    assertEquals("متظاهر", killed.recipient().get(0).entityText(), killed.toString());
    Event held = first("2019-10-04", "واعتقل ناشط في دمشق مساء الأحد.", "COERCE");
    assertTrue(held.actor().isEmpty(), held.toString());
    assertEquals("ناشط", held.recipient().get(0).entityText(), held.toString());
  }

  @Test
  void arabicSpeechAndAbandonedPosts() {
    first("2024-12-08", "وأعلنت الفصائل سقوط النظام، داعية المقاتلين والمدنيين إلى الحفاظ على"
        + " الممتلكات العامة.", "REQUEST");
    first("2024-04-20", "بينما سارعت طهران إلى التقليل من شأن الهجوم.", "REJECT");
    first("2024-04-20", "وسخر وزير الخارجية الإيراني من الضربة.", "REJECT");
    first("2024-12-08", "وأصدر قائد العمليات أمرا للمقاتلين بعدم الاقتراب من المؤسسات العامة.",
        "REQUEST");
    first("2024-12-08", "فيما ترك العسكريون مواقعهم في محيط العاصمة.", "RETREAT");
  }

  @Test
  void aDeedThatWouldBeMetWithAReply() {
    first("2025-05-10", "Pakistan's army chief warned on Saturday that any Indian military strike"
        + " on Pakistani territory would be met with a swift and forceful response.", "THREATEN");
  }

  @Test
  void aStateWrittenAsAPlaceIsNoRecipient() {
    Event e = first("2022-01-17", "The Saudi-led coalition carried out air strikes on Yemen's"
        + " capital Sanaa overnight, killing at least 14 people, residents said.", "ASSAULT");
    assertTrue(e.recipient().stream().noneMatch(r -> "yemen".equals(r.identifierId())),
        e.toString());
  }

  @Test
  void aStrikeAimedAtATarget() {
    first("2023-12-05", "On 3 December 2023, a Nigerian army drone strike aimed at militants hit"
        + " a religious gathering in the village, killing at least 85 civilians.", "ASSAULT");
  }
}
