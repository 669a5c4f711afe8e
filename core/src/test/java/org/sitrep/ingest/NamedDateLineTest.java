package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * A writer's name of two or three capitalized words and then the full date, with its time
 * ("Christian Kahle, 03.11.2023 15:32 Uhr", "Jane Roe / 07.11.2023 / 09:30"), is a byline with
 * its date: among the body's first paragraphs it dates a page that has no other date, and it is
 * no paragraph of the story. From the htmldate pages flattened to text (s29's study half); the
 * page is of our own wording and fails on the code before the change. A headline that names a
 * date has words of its own after it and is none.
 */
class NamedDateLineTest {

  @Test
  void aNameAndADateUnderTheLeadDateThePage() {
    Document d = TextPages.read("""
        Filme, Serien & Kino
        Streaming
        Kino
        Raumfahrtagentur startet eigenen Streamingdienst: Kostenlos und ohne Werbung

        16
        Die Agentur zeigt ihre Archivfilme künftig kostenlos und ohne Werbung im Netz, wie sie am Freitag mitteilte.
        Anna Berger, 03.11.2023 15:32 Uhr
        Der Dienst startet am kommenden Mittwoch und soll auf Rechnern, Telefonen und Fernsehgeräten laufen.
        Zum Start stehen nach Angaben der Agentur mehr als hundert Filme über Raketenstarts und Sonden bereit.
        """);
    assertEquals("2023-11-03T15:32", d.published().value());
    assertFalse(d.body().text().contains("Anna Berger, 03.11.2023"), d.body().text());
    assertTrue(d.body().text().contains("Zum Start stehen"), d.body().text());
  }

  @Test
  void theShapeIsAByline() {
    assertTrue(BodyLines.LineShapes.dateLine("Christian Kahle, 03.11.2023 15:32 Uhr"));
    assertTrue(BodyLines.LineShapes.dateLine("Jane Roe / 07.11.2023 / 09:30"));
    assertFalse(BodyLines.LineShapes.dateLine("Talks To Resume In Geneva On March 23, 2017"));
  }
}
