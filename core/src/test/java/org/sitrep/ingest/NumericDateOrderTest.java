package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * A numeric date whose day and month could change places is read by the page's other dates
 * (issue #12: "disambiguated by range and by the page's other dates"; s39, wording of our own in
 * the style of transfer-42's 4208, a cached copy under its capture line). The first page fails
 * on the code of the session's start (e9768600).
 */
class NumericDateOrderTest {
  private static final String BODY = "BAGHDAD — Two protesters were killed and hundreds wounded on"
      + " Tuesday when security forces fired live rounds and tear gas at crowds in Tahrir Square,"
      + " medical sources said.\nThe protests, over unemployment and corruption, spread to four"
      + " southern provinces overnight, witnesses said, and the authorities cut internet access"
      + " across much of the country.\n";

  @Test
  void aNumericDateReadsTheWayACaptureLineAFewDaysLaterAllows() {
    Document d = TextPages.read("This is the cache of https://example.org/iraq/protests. It is a"
        + " snapshot of the page as it appeared on 5 Oct 2019 08:31:17 GMT.\n"
        + "Two killed as security forces fire on Baghdad protesters\n10/2/2019 4:37 PM\n"
        + "By Rebaz Saeed\n" + BODY);
    assertEquals("2019-10-02", d.published().value().substring(0, 10));
  }

  @Test
  void withNoOtherDateTheDayFirstReadingStands() {
    Document d = TextPages.read("Two killed as security forces fire on Baghdad protesters\n"
        + "10/2/2019 4:37 PM\nBy Rebaz Saeed\n" + BODY);
    assertEquals("2019-02-10", d.published().value().substring(0, 10));
  }

  @Test
  void aDateNearTheFirstReadingKeepsIt() {
    Document d = TextPages.read("Two killed as security forces fire on Baghdad protesters\n"
        + "10/2/2019 4:37 PM\nBy Rebaz Saeed\n" + BODY
        + "Related: Protesters rally in Basra (14 February 2019)\n");
    assertEquals("2019-02-10", d.published().value().substring(0, 10));
  }
}
