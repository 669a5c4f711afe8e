package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Chrome between and under the paragraphs by its shape: a live page's entry stamp (a clock time
 * and whose time it is), a reader poll's box on one line (label, question, button), a wire
 * copy's note that the report "by X was first published" on a day, and a photographer's "lens"
 * alone on a line. Pages of our own wording; each fails on the code before the change but the
 * guard (a question asked in the story stays), which holds on both.
 */
class StampPollAndLensShapesTest {
  @Test
  void aLivePagesEntryStampsAreNoText() {
    Document d = TextPages.read("""
        تغطية مباشرة

        تطورات الوضع في الجنوب لحظة بلحظة

        14:20 بتوقيت القدس

        أفادت مصادر محلية بسقوط قذيفتين على أطراف بلدة حدودية بعد ظهر اليوم الثلاثاء دون وقوع إصابات.

        11:05 بتوقيت القدس

        أعلن الدفاع المدني عن إخماد حريق في أحراج قريبة من البلدة اندلع إثر القصف الليلي.
        """);
    String body = d.body().text();
    assertFalse(body.contains("بتوقيت القدس"), body);
    assertTrue(body.contains("أعلن الدفاع المدني عن إخماد حريق"), body);
  }

  @Test
  void aPollsBoxAndAWireNoteAreNoText() {
    Document d = TextPages.read("""
        Ferry operator cuts winter crossings

        The island ferry operator will cut its winter timetable to two crossings a day from next month, citing falling passenger numbers, the company said on Monday.

        Councillors said the cut would leave commuters without a morning boat.

        The operator said it would review the timetable in the spring.

        This report by Northern Wire was first published March 2, 2023.

        Poll: Should the council subsidise a morning ferry? Vote now
        """);
    String body = d.body().text();
    assertFalse(body.contains("Poll:"), body);
    assertFalse(body.contains("was first published"), body);
    assertTrue(body.endsWith("review the timetable in the spring."), body);
  }

  @Test
  void aPhotographersLensLineIsNoText() {
    Document d = TextPages.read("""
        أخبار المدينة

        إعادة افتتاح سوق الخضار بعد ترميمه

        أعادت البلدية يوم السبت افتتاح سوق الخضار المركزي بعد أشهر من أعمال الترميم التي شملت السقف والمحال.

        عدسة أخبار المدينة

        وقال رئيس البلدية إن السوق سيعمل يوميا من السادسة صباحا حتى الثامنة مساء.
        """);
    String body = d.body().text();
    assertFalse(body.contains("عدسة أخبار المدينة"), body);
    assertTrue(body.contains("وقال رئيس البلدية"), body);
  }

  @Test
  void aQuestionInTheStoryStays() {
    Document d = TextPages.read("""
        Council debates ferry subsidy

        Councillors debated on Tuesday whether the town should pay for a morning ferry after the operator cut its winter crossings.

        Should the council pay for a service the operator says does not pay? Several councillors said it should.

        A vote is expected next month.
        """);
    String body = d.body().text();
    assertTrue(body.contains("Should the council pay for a service"), body);
  }
}
