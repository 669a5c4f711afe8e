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
  private static final String LEAD = "Aid workers in the border district said on Tuesday that"
      + " more than four thousand families had arrived in the camps since the weekend, most of them"
      + " on foot, after fighting spread to the villages along the river.";
  private static final String LAST = "Local officials said the road to the provincial capital"
      + " remained closed to traffic for a third day, and that convoys were waiting at the bridge.";
  private static final String AR_LEAD = "قالت منظمات إغاثة يوم الثلاثاء إن أكثر من أربعة آلاف أسرة"
      + " وصلت إلى المخيمات منذ نهاية الأسبوع، معظمها سيراً على الأقدام، بعد امتداد القتال إلى القرى"
      + " الواقعة على النهر.";
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
