package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Comment;
import org.sitrep.model.Document;

/**
 * Readers' comments whose head line gives the writer's name, a bar and the comment's time (s48,
 * wording of our own in the style of transfer-49's studied half): "Mona S. | Dec. 4, 2017 at
 * 9:45 pm", "أم سعيد | ١٩ يناير ٢٠٢٢ - ٠٨:٤٠". Two to four words, Latin ones capitalized or a
 * name's particle, an initial's stop allowed ("S. Pillai"), and a clock after the bar; a related
 * headline with its date after a dash stays a related headline (it has no clock). The first two
 * tests fail on the code of the session's start (f509bd02); the third is a guard.
 */
class CommentBarHeadsTest {
  private static final String LEAD = InsideTheTextShapesTest.LEAD;
  private static final String LAST = InsideTheTextShapesTest.LAST;
  private static final String AR_LEAD = InsideTheTextShapesTest.AR_LEAD;
  private static final String AR_LAST = CommentHeadsTest.AR_LAST;

  private static List<String> authors(Document d) {
    return CommentHeadsTest.authors(d);
  }

  @Test
  void englishNamesBeforeABarAndTheirTimes() {
    Document d = TextPages.read("Families flee river villages as fighting spreads\n"
        + "March 3, 2019\n" + LEAD + "\n" + LAST + "\nComments (3)\n"
        + "Omar al-Khatib | March 3, 2019 at 7:12 pm\nMy uncle is still in the lower village.\n"
        + "Reply\nR. Hamdan | March 4, 2019 at 9:40 am\nIs the bridge open again?\nReply\n"
        + "Helen Ward | March 4, 2019 at 11:02 am\nThank you for this report.\n"
        + "Leave a comment\n");
    assertEquals(List.of("Omar al-Khatib", "R. Hamdan", "Helen Ward"), authors(d));
  }

  @Test
  void arabicNamesBeforeABarAndTheirTimes() {
    Document d = TextPages.read("نزوح آلاف الأسر من قرى النهر مع امتداد القتال\n11 مارس 2025\n"
        + AR_LEAD + "\n" + AR_LAST + "\nالتعليقات (2)\n"
        + "أبو خالد السناري | ١١ مارس ٢٠٢٥ - ١٤:١٠\nالله يحفظ أهل القرى.\n"
        + "بنت النيل | 11 مارس 2025 - 03:02 م\nمتى تفتح الطريق؟\nأضف تعليقك\n");
    assertEquals(List.of("أبو خالد السناري", "بنت النيل"), authors(d));
  }

  @Test
  void relatedHeadlinesWithTheirDatesAreNoComments() {
    Document d = TextPages.read("Families flee river villages as fighting spreads\n"
        + "March 3, 2019\n" + LEAD + "\n" + LAST + "\nMore on this story\n"
        + "Flights suspended at Sennar airport — March 1, 2019\n"
        + "Army Retakes Two Villages Near The River – 28-02-2019\n"
        + "Aid convoy reaches the eastern bank | 27 February 2019\n");
    assertTrue(d.comments().isEmpty(), d.comments().toString());
    assertEquals(3, d.related().size(), d.related().toString());
  }
}
