package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Credit;
import org.sitrep.model.Document;

/**
 * Ordinary article pages, outlet by outlet (s48, wording of our own in the style of
 * transfer-49's studied half): a broadsheet's standfirst over a byline of writers and the cities
 * they write from, with no "By" ("Jane Roe in Beirut and our correspondent in Damascus"), over
 * the date line; its topics line under the story ("Explore more on these topics: …"); a photo's
 * caption closed by the site's own name in brackets right over the lead. Each test fails on the
 * code of the session's start (f509bd02).
 */
class OutletByOutletTest {
  private static final String LEAD = InsideTheTextShapesTest.LEAD;
  private static final String LAST = InsideTheTextShapesTest.LAST;

  @Test
  void aStandfirstAndAWritersInCitiesBylineOverTheDate() {
    Document d = TextPages.read("The Northern Ledger\n\nNews | World | Opinion\n\n"
        + "Families flee river villages as fighting spreads\n\n"
        + "Thousands cross the bridge after two nights of shelling, as aid groups warn that the"
        + " eastern camps are already full\n\n"
        + "Jane Roe in Beirut and our correspondent in Damascus\nSun 3 Mar 2019 18.40 GMT\n\n"
        + LEAD + "\n\n" + LAST + "\n\nExplore more on these topics: Syria | Refugees | Aid\n\n"
        + "Most viewed\n");
    assertTrue(d.body().text().startsWith(LEAD.substring(0, 30)), d.body().text());
    assertFalse(d.body().text().contains("correspondent"), d.body().text());
    assertFalse(d.body().text().contains("Explore more"), d.body().text());
    assertEquals(List.of("Jane Roe"), d.credits().stream().map(Credit::name).toList());
  }

  @Test
  void aCaptionClosedByTheSitesNameOverTheLead() {
    Document d = TextPages.read("Delta Gazette\n\nPolitics\n\n"
        + "Families flee river villages as fighting spreads\n\nWritten by: Omar Said\n\n"
        + "Trucks carrying humanitarian aid wait on the eastern side of the river crossing near"
        + " the camps. (Delta Gazette)\n\n"
        + LEAD + "\n\n" + LAST + "\n\n© 2019 Delta Gazette. All rights reserved.\n");
    assertTrue(d.body().text().startsWith(LEAD.substring(0, 30)), d.body().text());
  }
}
