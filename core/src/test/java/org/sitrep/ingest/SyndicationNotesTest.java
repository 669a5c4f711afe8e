package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * A republisher's and an aggregator's notes after a copied story (s39, wording of our own in the
 * style of transfer-42): the line naming and linking the source ("Reproduced from The X. Read the
 * original article"), and the Arabic notes that the story is copied from its source unedited, on
 * its source's responsibility. Each page fails on the code of the session's start (e9768600).
 */
class SyndicationNotesTest {
  // (the paragraphs of InsideTheTextShapesTest; an Arabic last paragraph of its own)
  private static final String LEAD = InsideTheTextShapesTest.LEAD;
  private static final String LAST = InsideTheTextShapesTest.LAST;
  private static final String AR_LEAD = InsideTheTextShapesTest.AR_LEAD;
  private static final String AR_LAST = "وقال مسؤولون محليون إن الطريق إلى عاصمة الولاية ما زال مغلقاً"
      + " لليوم الثالث، وإن القوافل تنتظر عند الجسر.";

  @Test
  void aReproducedFromLineWithItsLinkIsNoText() {
    Document d = TextPages.read("Families flee river villages as fighting spreads\n"
        + "Posted 15/08/2023\n" + LEAD + "\n" + LAST
        + "\nReproduced from The River Ledger. Read the original article\n12 reactions\n");
    assertFalse(d.body().text().contains("Reproduced from"), d.body().text());
    assertTrue(d.body().text().contains(LAST));
  }

  @Test
  void republishedWithPermissionFromIsNoText() {
    Document d = TextPages.read("Families flee river villages as fighting spreads\n"
        + "Posted 15/08/2023\n" + LEAD + "\n" + LAST
        + "\nRepublished with permission from the Delta Courier.\n");
    assertFalse(d.body().text().contains("Republished"), d.body().text());
  }

  @Test
  void anArabicCopiedStorysNoteIsNoText() {
    Document d = TextPages.read("نزوح آلاف الأسر من قرى النهر مع امتداد القتال\n11 مارس 2025\n"
        + AR_LEAD + "\n" + AR_LAST + "\nهذا الخبر منقول آلياً من مصدره، ولم تتدخل أسرة تحرير"
        + " الموقع في صياغته، والموقع غير مسؤول عن محتواه.\nالأكثر قراءة\n");
    assertFalse(d.body().text().contains("منقول"), d.body().text());
    assertTrue(d.body().text().contains(AR_LAST));
  }

  @Test
  void anArabicSourcesResponsibilityNoteIsNoText() {
    Document d = TextPages.read("نزوح آلاف الأسر من قرى النهر مع امتداد القتال\n11 مارس 2025\n"
        + AR_LEAD + "\n" + AR_LAST + "\nهذا الخبر منقول من موقع نهر الجنوب، والمحتوى مسؤولية"
        + " مصدره\n");
    assertFalse(d.body().text().contains("مسؤولية مصدره"), d.body().text());
  }
}
