package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.ingest.DatesAmongDatesTest.MID;
import static org.sitrep.ingest.InsideTheTextShapesTest.AR_LAST;
import static org.sitrep.ingest.InsideTheTextShapesTest.AR_LEAD;
import static org.sitrep.ingest.InsideTheTextShapesTest.LAST;
import static org.sitrep.ingest.InsideTheTextShapesTest.LEAD;
import static org.sitrep.ingest.TwoScriptsTest.AR_MID;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Credit;
import org.sitrep.model.Document;

/**
 * What the markup leaves in a crawled text page (s54, wording of our own in the style of
 * transfer-55's studied half): character references are the characters they stand for; the
 * text of a script, a style sheet or structured data, a newsletter form and a button that
 * unfolds the text are no part of the story, and the story goes on under them; a writer's name
 * beside a city read as a byline is its credit. The first four fail on the code of the
 * session's start (2f86722f); the last holds what the reference rule must not do.
 */
class MarkupResidueTest {
  @Test
  void characterReferencesAreTheirCharacters() {
    Document d = TextPages.read("The Nile Ledger\nNews | Sudan | Region\n\n"
        + "Army&#8217;s convoy reaches the river port &amp; the old market\n"
        + "By Sara Idris\n12&nbsp;March 2025\n\n" + LEAD + "\n\n" + MID + "\n\n" + LAST + "\n");
    assertEquals("Army’s convoy reaches the river port & the old market", d.title());
    Document ar = TextPages.read("بوابة الساحل\nالرئيسية | أخبار | تقارير\n"
        + "قصف على &#1605;&#1610;&#1606;&#1575;&#1569; الصيادين &quot;القديم&quot;\n2025/03/12\n"
        + AR_LEAD + "\n" + AR_MID + "\n" + AR_LAST + "\n");
    assertEquals("قصف على ميناء الصيادين \"القديم\"", ar.title());
  }

  @Test
  void aScriptsAndAStyleSheetsTextInsideTheStory() {
    Document d = TextPages.read("The Nile Ledger\nNews | Sudan | Region\n\n"
        + "Convoy reaches the river port after a week on the road\nBy Sara Idris\n"
        + "12 March 2025\n\n" + LEAD + "\n\n"
        + "adSlots.queue.push(function(){ adSlots.show(\"box-mid-2\"); });\n\n" + MID + "\n\n"
        + ".story-body blockquote{border-left:3px solid #c00;padding:0 12px}\n\n" + LAST + "\n");
    String body = d.body().text();
    assertFalse(body.contains("adSlots") || body.contains("border-left"), body);
    assertTrue(body.contains(LAST.substring(0, 40)), body);
  }

  @Test
  void aNewsletterFormAndAnUnfoldButtonInsideTheStory() {
    Document ar = TextPages.read("بوابة الساحل\nالرئيسية | أخبار | تقارير\n"
        + "قافلة إغاثة تصل إلى المخيمين بعد أسبوع من الانتظار\n2025/03/12\n" + AR_LEAD + "\n"
        + "أدخل بريدك الإلكتروني | اشتراك\n" + AR_MID + "\n" + AR_LAST + "\n");
    String body = ar.body().text();
    assertFalse(body.contains("بريدك"), body);
    assertTrue(body.contains(AR_LAST.substring(0, 30)), body);
    Document d = TextPages.read("The Nile Ledger\nNews | Sudan | Region\n\n"
        + "Convoy reaches the river port after a week on the road\nBy Sara Idris\n"
        + "12 March 2025\n\n" + LEAD + "\n\nShow full article\n\n" + MID + "\n\nNext page ›\n\n"
        + LAST + "\n");
    assertFalse(d.body().text().contains("Show full article"), d.body().text());
    assertFalse(d.body().text().contains("Next page"), d.body().text());
    assertTrue(d.body().text().contains(LAST.substring(0, 40)), d.body().text());
  }

  @Test
  void aWritersNameBesideACityUnderTheHeadline() {
    Document ar = TextPages.read("بوابة الساحل\nالرئيسية | أخبار | تقارير\n"
        + "قافلة إغاثة تصل إلى المخيمين بعد أسبوع من الانتظار\nعدن &#8211; فؤاد السقاف\n"
        + "2025/03/12\n" + AR_LEAD + "\n" + AR_MID + "\n" + AR_LAST + "\n");
    assertTrue(ar.credits().contains(new Credit("author", "فؤاد السقاف")),
        String.valueOf(ar.credits()));
  }

  @Test
  void ampersandsThatAreNoReferencesStay() {
    Document d = TextPages.read("The Nile Ledger\nNews | Sudan | Region\n\n"
        + "Shipping firms R&D and AT&T units leave the port\n12 March 2025\n\n" + LEAD
        + "\n\n" + MID + "\n\n" + LAST + "\n");
    assertEquals("Shipping firms R&D and AT&T units leave the port", d.title());
  }
}
