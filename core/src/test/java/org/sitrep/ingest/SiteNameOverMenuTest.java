package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Document;

/**
 * A station's or site's name of a few words over its menu (one item a line, as a crawl flattens
 * it) is never the title when a headline that the lead speaks of follows the menu, even when
 * the broadcaster's name above it repeats the station's words and the lead names its country
 * (our own wording, no page's text).
 */
class SiteNameOverMenuTest {
  private static Document page(String service, String station, String people) {
    return TextPages.read(service + "\nListen live\n" + station + "\n"
        + "EN\nNews\nWorld\nBusiness\nSport\nAudio\n"
        + people + " sailors unharmed after drone attack on naval base: defence chief\n"
        + "Date 14.03.2021 08:05\n"
        + "No " + people + " sailors were hurt when drones struck a naval base on the coast"
        + " early on Sunday, the defence ministry said.\n"
        + "The drones damaged a fuel store and a pier, and divers searched the harbour before"
        + " the crews were allowed back.\n"
        + "The ministry said the crews would stay ashore while the strike was investigated.\n"
        + "Print\nShare\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Danish Radio World Service; Danish Radio 24/7; Danish",
      "Maltese Radio International; Maltese Radio Live; Maltese",
      "Icelandic Television Network; Icelandic Television; Icelandic",
  })
  void theHeadlineUnderTheMenuIsTheTitle(String service, String station, String people) {
    Document d = page(service, station, people);
    String headline = people + " sailors unharmed after drone attack on naval base: defence chief";
    assertEquals(headline, d.title(), station);
    assertEquals("2021-03-14T08:05", d.published().value(), station);
    assertFalse(d.body().text().startsWith(headline), station);
  }
}
