package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A year glued by a page's flattening to the time or the day after it ("November 9, 20235:01 AM
 * ET", "6. November 20236. November 2023", "20 janvier 202020 janvier 2020": a date line's inline
 * elements run together) is still read; a year followed by other digits is not cut out of a
 * longer number. From the htmldate pages flattened to text (s29's study half).
 */
class GluedYearTest {

  @Test
  void aYearGluedToATimeOrADayIsRead() {
    assertEquals("2023-11-09T05:01",
        DateExpressions.find("November 9, 20235:01 AM ET", true).orElseThrow().value());
    assertEquals("2023-11-06",
        DateExpressions.find("6. November 20236. November 2023 Octavius", true).orElseThrow().value());
    assertEquals("2020-01-20",
        DateExpressions.find("Martin Clavey 20 janvier 202020 janvier 2020", true).orElseThrow().value());
  }

  @Test
  void aLongerNumberIsNoYear() {
    assertTrue(DateExpressions.find("March 9, 202355 people", true).isEmpty()
        || !DateExpressions.find("March 9, 202355 people", true).orElseThrow().value()
            .startsWith("2023-03-09"));
    assertTrue(DateExpressions.find("order 9 November 20231234", true).isEmpty());
  }
}
