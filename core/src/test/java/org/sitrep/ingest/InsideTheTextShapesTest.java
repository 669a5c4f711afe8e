package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Shapes of s38 (wording of our own, in the style of transfer-39's and transfer-40's study
 * halves): what stands inside a story's text (a player's label and running time, a pull quote
 * signed after a dash, an embedded post from its platform's name or handle to its stamp, a
 * bracketed picture credit opening a caption, a profile card's label and subject over its
 * paragraph) and over its headline (a menu with a subscribe button, a breaking-news label alone
 * over its item, a breadcrumb's "You are here"). Each page fails on the code of the session's
 * start (9605b359).
 */
class InsideTheTextShapesTest {
  private static Document read(String page) {
    return TextPages.read(page);
  }

  static final String LEAD = "Aid workers in the border district said on Tuesday that"
      + " more than four thousand families had arrived in the camps since the weekend, most of them"
      + " on foot, after fighting spread to the villages along the river.";
  private static final String SECOND = "The district commissioner said water and food were"
      + " running short and that two more sites would open before the rains, according to a"
      + " statement read out at the camp's gate.";
  static final String LAST = "Local officials said the road to the provincial capital"
      + " remained closed to traffic for a third day, and that convoys were waiting at the bridge.";


  static final String AR_LEAD = "قالت منظمات إغاثة يوم الثلاثاء إن أكثر من أربعة آلاف أسرة"
      + " وصلت إلى المخيمات منذ نهاية الأسبوع، معظمها سيراً على الأقدام، بعد امتداد القتال إلى القرى"
      + " الواقعة على النهر.";
  private static final String AR_NEXT = "وأضافت المنظمات أن المياه والغذاء بدأت تنفد، وأن موقعين"
      + " جديدين سيفتحان قبل موسم الأمطار، بحسب بيان تلي عند بوابة المخيم.";
  static final String AR_LAST = "وقال مسؤولون محليون إن الطريق إلى عاصمة الولاية ما زال مغلقاً"
      + " لليوم الثالث.";

  @Test
  void aPlayersLabelAndItsShowsLineWithARunningTimeAreNoText() {
    Document d = read("""
        Families flee river villages as fighting spreads
        By Mary Doyle
        11 March 2025
        """ + LEAD + "\nLISTEN\nThe Courier Podcast | Who will feed the camps? | 18:05\n" + SECOND
        + "\n" + LAST + "\n");
    assertFalse(d.body().text().contains("LISTEN"), d.body().text());
    assertFalse(d.body().text().contains("Courier Podcast"), d.body().text());
    assertTrue(d.body().text().contains(LAST));
  }

  @Test
  void anArabicListenLabelOverABareRunningTimeIsThePlayers() {
    Document d = read("نزوح آلاف الأسر من قرى النهر مع امتداد القتال\n11 مارس 2025\n" + AR_LEAD
        + "\nاستمع إلى الخبر\n02:47\n" + AR_NEXT + "\n" + AR_LAST + "\n");
    assertFalse(d.body().text().contains("استمع"), d.body().text());
    assertFalse(d.body().text().contains("02:47"), d.body().text());
    assertTrue(d.body().text().contains(AR_LAST));
  }

  @Test
  void aQuoteSignedAfterADashIsAPullQuote() {
    Document d = read("""
        Families flee river villages as fighting spreads
        By Mary Doyle
        11 March 2025
        """ + LEAD + "\n\"Nobody here has slept a full night since the shelling began\" — a"
        + " camp volunteer\n" + SECOND + "\n" + LAST + "\n");
    assertFalse(d.body().text().contains("Nobody here has slept"), d.body().text());
    assertTrue(d.body().text().contains(SECOND));
  }

  @Test
  void anEmbeddedPostsPlatformAccountAndStampAreTheEmbedsItsWordsAQuotation() {
    Document d = read("""
        Families flee river villages as fighting spreads
        By Mary Doyle
        11 March 2025
        """ + LEAD + "\nTelegram\nRiver District Volunteers\nCamp B: we need tarpaulins and"
        + " jerrycans today, drop-off at the school gate.\n12.4K views · 10:02\nOpen in"
        + " Telegram\n" + SECOND + "\n" + LAST + "\n");
    String b = d.body().text();
    assertFalse(b.contains("River District Volunteers"), b);
    assertTrue(b.contains("tarpaulins"), b); // (the post's words: a quotation, as in dev gold)
    assertFalse(b.contains("views"), b);
    assertTrue(b.contains(SECOND) && b.contains(LAST));
  }

  @Test
  void anEmbeddedPostsNameHandleAndStampAreTheEmbeds() {
    Document d = read("نزوح آلاف الأسر من قرى النهر مع امتداد القتال\n11 مارس 2025\n" + AR_LEAD
        + "\nمتطوعو الضفة\n@RiverBankVols\nالطريق الشرقي مغلق منذ الصباح ولا وصول للشاحنات."
        + " نرجو من الأهالي البقاء في المخيم.\n9:15 ص · 11 مارس 2025\nعرض على X\n" + AR_NEXT
        + "\n");
    assertFalse(d.body().text().contains("متطوعو الضفة"), d.body().text());
    assertFalse(d.body().text().contains("9:15"), d.body().text());
    assertTrue(d.body().text().contains("الطريق الشرقي مغلق"), d.body().text());
    assertTrue(d.body().text().contains(AR_NEXT));
  }

  @Test
  void aBracketedPictureCreditOpeningALineMakesItACaption() {
    Document d = read("""
        Families flee river villages as fighting spreads
        By Mary Doyle
        11 March 2025
        [PHOTO: MIDLANDS COURIER / JOHN BANDA] Families carry mattresses along the river road towards the camps.
        """ + LEAD + "\n" + SECOND + "\n" + LAST + "\n");
    assertFalse(d.body().text().contains("Families carry mattresses"), d.body().text());
    assertTrue(d.body().text().startsWith("Aid workers"), d.body().text());
  }

  @Test
  void aProfileCardsLabelAndSubjectOverItsParagraphAreTheBoxs() {
    Document d = read("نزوح آلاف الأسر من قرى النهر مع امتداد القتال\n11 مارس 2025\n" + AR_LEAD
        + "\n" + AR_NEXT + "\nبطاقة تعريفية | مديرية النهر\nتقع المديرية على الضفة الشرقية للنهر،"
        + " ويبلغ عدد سكانها نحو مئتي ألف نسمة يعمل معظمهم في الزراعة.\n" + AR_LAST + "\n");
    assertFalse(d.body().text().contains("بطاقة تعريفية"), d.body().text());
    assertFalse(d.body().text().contains("تقع المديرية على الضفة"), d.body().text());
    assertTrue(d.body().text().contains(AR_LAST));
  }

  /*
   * The study halves' header pages (our own fictional pages), read whole, each title and day as
   * its gold has them: a "Subscribe" button among a menu's items under a slogan (transfer-40's
   * 4005), "BREAKING" alone over its item over the section and the headline (transfer-39's
   * 3905; "عاجل" in 3917), a Joomla breadcrumb's "You are here: Home / …" (3907). Synthetic
   * pages of these shapes were read right by the code before; these fail on it.
   */
  @Test
  void headlinesUnderSubscribeButtonsTickerLabelsAndBreadcrumbsAreFound() throws Exception {
    for (String[] c : new String[][] {{"transfer-40", "4005"}, {"transfer-39", "3905"},
        {"transfer-39", "3907"}, {"transfer-39", "3917"}}) {
      java.nio.file.Path dir = java.nio.file.Path.of(getClass().getResource(
          c[0] + "/" + c[0] + ".gold.json").toURI()).getParent();
      com.fasterxml.jackson.databind.JsonNode gold =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(dir.resolve(c[0] + ".gold.json").toFile());
      for (com.fasterxml.jackson.databind.JsonNode g : gold.get("documents")) {
        if (g.get("file").asText().startsWith(c[1] + "_")) {
          Document d = read(java.nio.file.Files.readString(dir.resolve(g.get("file").asText())));
          assertEquals(g.get("title").asText(), d.title(), c[1]);
          assertEquals(g.get("published").asText(), TextPages.day(d), c[1]);
          assertTrue(d.body().text().contains(g.get("body_first").asText()), c[1]);
        }
      }
    }
  }

  /*
   * transfer-40's check half, read after its measure (s38): the notes and credits after the
   * text, a post between "View this post on Instagram" and "A post shared by …", a caption
   * opening with "Credit: …", an advertiser's label and line between two paragraphs under a
   * read-more box.
   */
  @Test
  void notesCreditsAndLicencesAfterTheTextAreNoBody() {
    Document d = read("""
        Families flee river villages as fighting spreads
        By Mary Doyle
        11 March 2025
        UPDATE: This story has been updated with new figures from the district's health office.
        """ + LEAD + "\n" + SECOND + "\n" + LAST + "\nAdditional reporting by John Banda in"
        + " Lilongwe.\nMidlands Courier wire services contributed.\nThis story is licensed under"
        + " Creative Commons (CC BY-ND 4.0). You may republish it as long as you credit us.\n");
    String b = d.body().text();
    assertFalse(b.contains("UPDATE"), b);
    assertFalse(b.contains("Additional reporting"), b);
    assertFalse(b.contains("wire services"), b);
    assertFalse(b.contains("Creative Commons"), b);
    assertTrue(b.contains(LAST), b);
  }

  @Test
  void aPostBetweenViewOnAndSharedByACreditFirstCaptionAndAnAdsLineAreNoBody() {
    Document d = read("""
        Families flee river villages as fighting spreads
        By Mary Doyle
        11 March 2025
        Credit: John Banda/Midlands Courier — Families wait at the river crossing near the camp.
        """ + LEAD + "\nView this post on Instagram\nRoad to Camp B flooded again, bring boots"
        + " and rope if you come tomorrow.\nA post shared by River Volunteers (@rivervols)\n"
        + SECOND + "\nSponsored\nLearn to code in twelve weeks: try a free lesson\nPaid content"
        + " by CodeNow\n" + LAST + "\n");
    String b = d.body().text();
    assertFalse(b.contains("Families wait at the river crossing"), b);
    assertTrue(b.contains("Road to Camp B"), b);
    assertFalse(b.contains("View this post"), b);
    assertFalse(b.contains("post shared"), b);
    assertFalse(b.contains("Paid content"), b);
    assertTrue(b.contains(SECOND) && b.contains(LAST), b);
  }

  @Test
  void anArabicEditorsNoteUpdateNoteAndSponsorsLabelAreNoBody() {
    Document d = read("نزوح آلاف الأسر من قرى النهر مع امتداد القتال\n11 مارس 2025\n"
        + "تحديث: أضيفت إلى الخبر أرقام جديدة من مكتب الصحة في المديرية.\n" + AR_LEAD + "\n"
        + "إعلان ممول\nعروض الربيع: خصومات على الأجهزة المنزلية\n" + AR_NEXT + "\n" + AR_LAST
        + "\nملاحظة المحرر: تعذر التحقق بشكل مستقل من أعداد النازحين.\n");
    String b = d.body().text();
    assertFalse(b.contains("تحديث"), b);
    assertFalse(b.contains("إعلان ممول"), b);
    assertFalse(b.contains("عروض الربيع"), b);
    assertFalse(b.contains("ملاحظة المحرر"), b);
    assertTrue(b.contains(AR_NEXT) && b.contains(AR_LAST), b);
  }

  /* transfer-41's study half (s38), after its blind measure. */
  @Test
  void aSubscriptionOfferBetweenTheSitesNameAndItsMenuKeepsTheHeadlineUnderIt() {
    Document d = read("""
        The Lakeside Ledger
        Subscribe for $2.49 a week
        Sign In
        News
        Local News
        World
        Politics
        Opinion
        World
        Families flee river villages as fighting spreads in the border district
        Aid agencies say the camps are full, and local groups organize an emergency collection
        Author of the article: Mary Doyle
        Published Mar 11, 2025 • Last updated 2 hours ago • 3 minute read
        """ + LEAD + "\n" + SECOND + "\n" + LAST + "\n");
    assertEquals("Families flee river villages as fighting spreads in the border district",
        d.title());
    assertEquals("2025-03-11", TextPages.day(d));
  }

  @Test
  void aPlatformsLabelAndAPostsAccountOverAStampNamingThePlatformAreTheEmbeds() {
    Document d = read("""
        Families flee river villages as fighting spreads
        By Mary Doyle
        11 March 2025
        """ + LEAD + "\nFacebook post\nRiver District Council\nThe ferry will not run"
        + " tomorrow; use the bridge road and carry your papers.\nView post on Facebook\n" + SECOND
        + "\nLakeside Community Watch\nGunfire near the market again, keep away from the river"
        + " road tonight.\n10 March 2025 · View on Facebook\n" + LAST + "\n");
    String b = d.body().text();
    assertTrue(b.contains("ferry will not run"), b);
    assertFalse(b.contains("Facebook post"), b);
    assertFalse(b.contains("River District Council"), b);
    assertTrue(b.contains("Gunfire near the market"), b);
    assertFalse(b.contains("Lakeside Community Watch"), b);
    assertFalse(b.contains("View on Facebook"), b);
    assertTrue(b.contains(SECOND) && b.contains(LAST), b);
  }

  @Test
  void aCaptionUnderItsCreditAndTheMakersLinesAreNoBody() {
    Document d = read("""
        Families flee river villages as fighting spreads
        Reporting from Mzuzu by Mary Doyle
        11 March 2025
        """ + LEAD + "\nPHOTO | MIDLANDS COURIER / JOHN BANDA\nSoldiers at a checkpoint on"
        + " the road out of the district. The area has been under a curfew since January.\n"
        + SECOND + "\nAlso read on Courier: Camps ask for more water tankers\nThe ferry at the"
        + " crossing. [Pic courtesy district council]\n" + LAST + "\nAdditional inputs by the"
        + " Lilongwe newsroom\nReporting: Mary Doyle. Editing: Anne Phiri. Translation: Tom"
        + " Banda.\n");
    String b = d.body().text();
    assertFalse(b.contains("Reporting from Mzuzu"), b);
    assertFalse(b.contains("Soldiers at a checkpoint"), b);
    assertFalse(b.contains("Also read"), b);
    assertFalse(b.contains("Pic courtesy"), b);
    assertFalse(b.contains("Additional inputs"), b);
    assertFalse(b.contains("Editing:"), b);
    assertTrue(b.contains(SECOND) && b.contains(LAST), b);
  }
}
