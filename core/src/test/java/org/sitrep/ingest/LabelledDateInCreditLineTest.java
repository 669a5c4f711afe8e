package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * A publication or update label and its date among a credit line's other words: "By Jane Doe,
 * Staff Writer Published 3:15 PM EST, Mon March 4, 2024", "Ouest-France Recueilli par … Publié
 * le 02/11/2023 à 14h49", "By … Last updated Nov 8, 2023 Share with new partner:" (the
 * htmldate pages as text, s31; pages of our own wording). Fails on the code before the change.
 */
class LabelledDateInCreditLineTest {
  private static String page(String credit) {
    return "Site\nMenu\nScientists confirm this year as the hottest on record so far\n" + credit
        + "\nAccording to scientists, this year is slated to be the hottest on record as the"
        + " Earth continues its climb in temperature, officials said on Tuesday.\nThe service"
        + " said the global temperature had surpassed pre-industrial averages by a wide margin.\n";
  }

  @Test
  void theLabelsDateIsThePagesDate() {
    assertEquals("2024-03-04", TextPages.day(TextPages.read(
        page("By Jane Doe, Staff Writer Published 3:15 PM EST, Mon March 4, 2024"))));
    assertEquals("2023-11-02", TextPages.day(TextPages.read(
        page("Ouest-Info Recueilli par Paul DURAND. Publié le 02/11/2023 à 14h49"))));
    Document d = TextPages.read(page("By Ana Cruz Last updated Nov 8, 2023 Share with new partner:"));
    assertEquals("2023-11-08", TextPages.day(d));
    assertFalse(d.body().text().contains("Last updated"), d.body().text());
  }

  @Test
  void aPublicationLabelBeatsTheLinesOtherDates() {
    assertEquals("2017-06-14", TextPages.day(TextPages.read(page(
        "Received: 12 September 2016 / Accepted: 3 March 2017 / Published online: 14 June 2017"))));
  }

  @Test
  void aSentencesLowerCasePublishedIsNoLabel() {
    // the lead reports a publication: no date line, and the lead stays the body's
    Document d = TextPages.read("Site\nMenu\nReport on the dam collapse due next month\n"
        + "The report was published on 4 March 2024 by the ministry, officials said.\n"
        + "The ministry said the findings would be shared with the families of the victims.\n");
    assertFalse(d.body().text().isEmpty());
    assertEquals(true, d.body().text().contains("The report was published"), d.body().text());
  }
}
