package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Chrome set inside the text by transfer-23's to transfer-26's study halves (s32), on pages of
 * our own wording, told by the shape of the line and its neighbours: a sponsor's line under its
 * label, a clip's running time under a "فيديو | …" label, a pull quote with no stop, a caption
 * over its "Source:" line, a photographer's "Name, Outlet" credit and the caption over it, a
 * "Read More" box of two links inside the text, a line in Japanese on an Arabic page, offer and
 * tip-line calls. Fails on the code before the change.
 */
class InsetChromeByShapeTest {

  @Test
  void sponsorQuoteCaptionAndCreditLinesGo() {
    String body = TextPages.read("""
        Harbour News Agency
        Aid worker killed in strike on convoy near the border crossing
        2024-03-04T10:15
        Soldiers at a checkpoint near the crossing during an earlier rotation.
        Source: Defence Forces
        An aid worker was killed and two others were wounded on Monday when a strike hit their convoy near the border crossing, the charity said.
        The charity said it had shared the convoy's route with both sides before it set off from the warehouse in the morning.
        “A ceasefire that leaves the day-after question open only postpones the next war”
        The army said it was looking into the report and that it did not target aid workers.
        Sponsored
        Discover new-build apartments by the sea from €295,000
        Rana Odeh, the charity's director, said the convoy had carried flour and medicine for two clinics.
        Relatives gather outside the hospital in the border town on Monday.
        Daniel Mendez, Harbour News
        The charity said it would suspend its convoys until it received guarantees from both sides.
        Register now to read unlimited articles. It's free.
        Got a story from your area? SMS or WhatsApp the Harbour newsroom on 0977 410 220
        Local officials said the convoy had been clearly marked and that its route had been agreed a day earlier.
        """).body().text();
    assertTrue(body.contains("An aid worker was killed"), body);
    assertTrue(body.contains("route had been agreed"), body);
    assertTrue(body.contains("suspend its convoys"), body);
    assertFalse(body.contains("earlier rotation"), body);
    assertFalse(body.contains("Source: Defence"), body);
    assertFalse(body.contains("postpones the next war"), body);
    assertFalse(body.contains("Discover new-build"), body);
    assertFalse(body.contains("Daniel Mendez"), body);
    assertFalse(body.contains("Relatives gather"), body);
    assertFalse(body.contains("unlimited articles"), body);
    assertFalse(body.contains("WhatsApp the Harbour"), body);
  }

  @Test
  void aReadMoreBoxOfTwoLinksInsideTheTextDoesNotEndIt() {
    String body = TextPages.read("""
        The National Weekly
        Drones have become the government's main weapon in the north
        Sep 05, 2024 at 6:00 AM EDT
        When the drone struck the minibus on the road outside the town on Monday, the passengers had just stopped to buy bread.
        Eleven people were killed, the residents said, among them a teacher returning to start the school year.
        Read More
        • Generals Agree to Talks. Their Fighters Have Other Plans
        • What the Red Sea Crisis Means for Your Next Delivery
        The militia turned against the government after the peace deal that ended the war in the neighbouring region two years ago.
        Since then, the war has settled into a pattern familiar from other insurgencies, with the militia holding the countryside.
        """).body().text();
    assertTrue(body.contains("the passengers had just stopped"), body);
    assertTrue(body.contains("pattern familiar"), body);
    assertFalse(body.contains("Generals Agree"), body);
  }

  @Test
  void aRunningTimeUnderAClipLabelAndAJapaneseLinkGo() {
    String body = TextPages.read("""
        قناة النيل الإخبارية
        الجيش يدخل مدينة ود مدني بعد أسابيع من المعارك
        12 يناير 2025 - 11:05 ص
        أعلن الجيش السوداني اليوم الأحد دخول قواته إلى مدينة ود مدني عاصمة ولاية الجزيرة بعد أسابيع من المعارك مع قوات الدعم السريع.
        وجاء دخول الجيش إلى المدينة بعد أسابيع من التقدم في ولايتي سنار والجزيرة، استعاد خلالها مدناً وبلدات عدة.
        فيديو | مشاهد من داخل المدينة بعد دخول الجيش
        03:14
        وأقر قائد قوات الدعم السريع في كلمة مصورة بخسارة المدينة، لكنه قال إن قواته ستواصل القتال في الولاية.
        この記事を日本語で読む
        وخرج آلاف المواطنين إلى الشوارع في بورتسودان وأم درمان احتفالاً باستعادة المدينة، وفق ما أظهرت مقاطع مصورة.
        """).body().text();
    assertTrue(body.contains("ستواصل القتال"), body);
    assertTrue(body.contains("وخرج آلاف المواطنين"), body);
    assertFalse(body.contains("03:14"), body);
    assertFalse(body.contains("日本語"), body);
  }
}
