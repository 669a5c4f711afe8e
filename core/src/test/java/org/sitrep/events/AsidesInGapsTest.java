package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * An aside set off by commas between a verb (with its subject) and its object, a time, a
 * circumstance or a byname, is crossed by a lexicon phrase's gap (sentences of our own in the
 * style of the blind sets' odd halves, s51: "وأصدر قائد العمليات …، المعروف بـ…، أمرا",
 * "أعلنت الكتائب، مساء أمس، تعليق", "warned X, in a statement …, that"); a name inside the aside
 * is not the phrase's object. An Arabic time inside a gap is no word of it ("أعربت الوزارة في
 * بيان يوم الاثنين عن دعم"); the first person plural of a short imperfect is not read ("نصر" of
 * "يصر" is a word of "نصر الله"). Each fails on the code of the session's start (47b2dd82).
 */
class AsidesInGapsTest {
  private static Event first(String day, String sentence, String category) {
    List<Event> ev = EventCoderTest.code(day, sentence);
    return ev.stream().filter(e -> e.event().contains(category)).findFirst()
        .orElseThrow(() -> new AssertionError(sentence + " " + ev));
  }

  @Test
  void anArabicBynameBetweenTheSubjectAndTheObject() {
    Event order = first("2023-05-02", "وأصدر وزير الداخلية خالد النعيمي، المعروف بأبي سالم،"
        + " أمرا للشرطة بإغلاق المعابر الحدودية.", "REQUEST");
    assertTrue(order.textInfo().trigger().endsWith("أمرا"), order.toString());
  }

  @Test
  void anEnglishCircumstanceBetweenTheObjectAndTheClause() {
    Event threat = first("2023-05-02", "The interior ministry warned the tribes, in a statement"
        + " read on state television, that any attack on the pipeline would be punished.",
        "THREATEN");
    assertEquals("tribes", threat.recipient().get(0).entityText(), threat.toString());
  }

  @Test
  void anArabicTimeIsNoWordOfTheGap() {
    first("2024-05-06", "أعربت وزارة الخارجية المصرية في بيان يوم الاثنين عن دعم القاهرة الكامل"
        + " للحكومة الصومالية.", "SUPPORT");
  }

  @Test
  void aNamesWordIsNoShortVerb() {
    List<Event> ev = EventCoderTest.code("2021-10-12", "وكان نصر الله قد شن هجوما حادا"
        + " على القاضي.");
    assertTrue(ev.stream().noneMatch(e -> e.event().contains("REQUEST")), ev.toString());
  }
}
