package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * The body's first paragraph set apart from the story by the page's chrome (a share bar, a
 * byline, a date line) while prose follows is a deck, not the lead; a lead that opens with its
 * dateline stays, and so does a live page's first entry when the same chrome stands between its
 * later entries. Pages of our own wording in the shape of real pages flattened to text; the first
 * fails on the code before the change, the guards hold on both.
 */
class DeckApartFromTheStoryTest {
  @Test
  void aDeckOverAShareBarIsNoLead() {
    Document d = TextPages.read("""
        Grain prices climb after the harvest falls short

        A dry summer has cut the region's wheat crop by a fifth.

        Facebook

        Twitter

        Email

        Farmers in the northern plains harvested a fifth less wheat this year than last, the agriculture ministry said on Wednesday, after the driest summer in three decades.

        Bread prices in the capital rose by ten percent in the past month, traders said, and the ministry said it would release grain from its reserves to steady them.

        Millers said the reserves would last until the spring.
        """);
    String body = d.body().text();
    assertFalse(body.contains("A dry summer has cut"), body);
    assertTrue(body.startsWith("Farmers in the northern plains"), body);
  }

  @Test
  void aLeadWithItsDatelineStays() {
    Document d = TextPages.read("""
        Grain prices climb after the harvest falls short

        CAIRO — Bread prices rose by a tenth in the past month, traders said.

        Facebook

        Twitter

        Farmers in the northern plains harvested a fifth less wheat this year than last, the agriculture ministry said on Wednesday, after the driest summer in three decades.

        The ministry said it would release grain from its reserves to steady prices until the spring harvest.
        """);
    assertTrue(d.body().text().startsWith("CAIRO — Bread prices rose"), d.body().text());
  }

  @Test
  void aLivePagesFirstEntryStays() {
    Document d = TextPages.read("""
        Live: storm hits the coast

        Emergency services said a bridge on the coastal road collapsed under floodwater and two cars were swept away.

        Share this entry

        16:40 GMT

        The weather office raised its warning to the highest level for the whole coast and told residents to stay indoors overnight.

        Share this entry

        16:10 GMT

        Schools in three coastal districts will stay closed on Thursday, the education ministry said in a statement.
        """);
    assertTrue(d.body().text().startsWith("Emergency services said a bridge"), d.body().text());
  }
}
