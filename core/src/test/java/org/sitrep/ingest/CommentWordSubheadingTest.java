package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * A short line holding a comment-word and another word of its own ("Regional reactions") right
 * over a paragraph of the story is a subheading, not the readers' comments, and the story goes on
 * under it, past a box of links ("Recommended:") too; a header of readers' comments ("Reader
 * reactions") still ends the story. Pages of our own wording (s29-t20); the first fails on the
 * code before the change, the box and the guard hold on both.
 */
class CommentWordSubheadingTest {
  @Test
  void aSubheadingWithACommentWordOverTheStorysProseStays() {
    Document d = TextPages.read("""
        World

        Rebels seize border crossing after two days of fighting

        Rebel fighters took control of the main border crossing in the north of the country on Tuesday after two days of heavy fighting with army units, residents said.

        The army said it had withdrawn its troops to protect civilians and would retake the crossing within days.

        Regional reactions

        Neighbouring governments closed their side of the border and called on both parties to allow traders and refugees stranded at the crossing to leave safely.

        The United Nations refugee agency said more than 3,000 people had gathered near the crossing since Monday.
        """);
    String body = d.body().text();
    assertTrue(body.contains("Neighbouring governments closed"), body);
    assertTrue(body.contains("The United Nations refugee agency"), body);
  }

  @Test
  void recommendedHeadlinesInsideTheTextAreABoxAndTheStoryGoesOn() {
    Document d = TextPages.read("""
        World

        Rebels seize border crossing after two days of fighting

        Rebel fighters took control of the main border crossing in the north of the country on Tuesday after two days of heavy fighting with army units, residents said.

        The army said it had withdrawn its troops to protect civilians and would retake the crossing within days.

        Recommended:

        Trade ministers meet to discuss new customs rules

        Football club unveils plans for a new stadium

        Neighbouring governments closed their side of the border and called on both parties to allow traders and refugees stranded at the crossing to leave safely.

        The United Nations refugee agency said more than 3,000 people had gathered near the crossing since Monday.
        """);
    String body = d.body().text();
    assertFalse(body.contains("Trade ministers meet"), body);
    assertTrue(body.contains("The United Nations refugee agency"), body);
  }

  @Test
  void aHeaderOfReadersCommentsStillEndsTheStory() {
    Document d = TextPages.read("""
        World

        Rebels seize border crossing after two days of fighting

        Rebel fighters took control of the main border crossing in the north of the country on Tuesday after two days of heavy fighting with army units, residents said.

        The army said it had withdrawn its troops to protect civilians and would retake the crossing within days.

        Reader reactions

        I have family near the crossing and we have heard nothing from them since Monday, so please keep reporting on what is happening to the people stuck there.

        Thank you for this report, the situation is much worse than the government admits.
        """);
    String body = d.body().text();
    assertFalse(body.contains("I have family near the crossing"), body);
    assertTrue(body.contains("The army said it had withdrawn"), body);
  }
}
