package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Chrome set inside the text by transfer-25's and transfer-26's study halves (s33), on a page of
 * our own wording: an edited pull quote, a one-line fact box under a label in capitals, a
 * reader's appeal, a caption saying it describes a photo over its handout credit, an embedded
 * post's author and signature, a tip line's and a crisis line's calls, a translation note. The
 * story's own lines stay, among them a paragraph opening "Context:" in sentence case. Fails on
 * the code before the change.
 */
class InsetBoxesAndNotesTest {

  @Test
  void boxesCallsAndAnEmbeddedPostsSignatureGo() {
    String body = TextPages.read("""
        Lake Region Monitor
        Militia drones hit market towns as talks stall
        By Jane Roe
        4 March 2025 · 6 min read
        Traders at the market in the lake town, in a photo released by the council on Monday.
        Handout / Lake Town Council
        Militia drones struck two market towns on the eastern shore of the lake on Sunday, killing at least six people, local officials said.
        "Every strike that kills traders is a gift to the men with guns," said a council member, who asked not to be named.
        "Every strike that kills traders becomes a gift to the militias."
        The army said it had shot down three drones and that it was pursuing the men who launched them from the hills.
        KEY CONTEXT: The militia is one of more than forty armed groups in the region. It took up arms again in 2022 and holds much of the northern shore.
        Context: the militia has held the hills above the towns since its offensive two years ago, and the army has never retaken them.
        Lake Town Council (Official)
        "Two of our traders were killed this morning. We ask everyone to stay away from the market until further notice."
        View on Telegram · 3 Mar 2025, 21:14
        Independent journalism like this depends on readers. Support the Monitor with a monthly gift.
        Officials said the market would stay closed until the end of the week while the army searched the hills.
        Know something we should report? Reach our newsroom securely on Signal: @monitor.tips
        Crisis Line: Dial 988 then Press 1, or text 838255. Help is there around the clock.
        The council said it would ask the government for compensation for the families of those killed.
        Translated from Swahili by the Monitor's news desk.
        """).body().text();
    assertTrue(body.contains("Militia drones struck two market towns"), body);
    assertTrue(body.contains("is a gift to the men with guns"), body);
    assertTrue(body.contains("Context: the militia has held the hills"), body);
    assertTrue(body.contains("Two of our traders were killed"), body);
    assertTrue(body.contains("compensation for the families"), body);
    assertFalse(body.contains("in a photo released"), body);
    assertFalse(body.contains("becomes a gift to the militias"), body);
    assertFalse(body.contains("KEY CONTEXT"), body);
    assertFalse(body.contains("Lake Town Council (Official)"), body);
    assertFalse(body.contains("View on Telegram"), body);
    assertFalse(body.contains("monthly gift"), body);
    assertFalse(body.contains("Signal"), body);
    assertFalse(body.contains("Crisis Line"), body);
    assertFalse(body.contains("Translated from Swahili"), body);
  }

  @Test
  void factBoxesCaptionsAndWireSignOffsGoAndTheStoryGoesOn() {
    String body = TextPages.read("""
        Northern Courier
        Insurgents raid river villages as regional troops leave
        By Jane Roe
        9 October 2024
        Suspected insurgents attacked at least three villages in the river district on Tuesday, killing two people and burning a health post, officials said.
        The raid is the latest in a series of attacks in districts that regional troops patrolled until July.
        Soldiers of the regional contingent on patrol near the river crossing in 2022.
        A district official, who asked not to be named, said the attackers withdrew towards the forest before the army arrived.
        "People are sleeping in the forest again," he told the Courier by phone. "Those who came back last year are leaving a second time."
        “Those who stayed have nothing left to lose.”
        The defence ministry said its forces had pursued the group and killed several fighters, a claim that could not be verified.
        KEY FACTS
        • The insurgency began in October 2017.
        • The regional force deployed in July 2021 and withdrew in July 2024.
        [2/3] Residents leave a village in the river district, October 8, 2024. COURIER/John Doe Purchase Licensing Rights, opens new tab
        Media caption, Watch: Families pack up again after the raid
        Analysts said the withdrawal had left the army alone in the province, where a gas project has been suspended since 2021.
        If you notice an error in the text, select it and press Ctrl+Enter to send it to the editors.
        Reporting by Jane Roe in Aden and John Doe in Dubai; Additional reporting by Ann Lee; Writing by Sam Fares; Editing by Peter Gale and Ros Hadley
        Translation of an original article published in French on courier.example; the publisher may only be liable for the French version.
        """).body().text();
    assertTrue(body.contains("Suspected insurgents attacked"), body);
    assertTrue(body.contains("withdrew towards the forest"), body);
    assertTrue(body.contains("left the army alone in the province"), body);
    assertFalse(body.contains("on patrol near the river crossing"), body);
    assertFalse(body.contains("nothing left to lose"), body);
    assertFalse(body.contains("KEY FACTS"), body);
    assertFalse(body.contains("The insurgency began"), body);
    assertFalse(body.contains("Residents leave a village"), body);
    assertFalse(body.contains("Media caption"), body);
    assertFalse(body.contains("Ctrl+Enter"), body);
    assertFalse(body.contains("Additional reporting"), body);
    assertFalse(body.contains("Translation of an original"), body);
  }

  @Test
  void anArchivePhotosCaptionAndAnAgencysLettersGoOnAnArabicPage() {
    String body = TextPages.read("""
        وكالة الأنباء
        الجامعة العربية تدين قصف مستشفى في المدينة المحاصرة
        26/01/2025
        رجال إنقاذ يبحثون بين أنقاض مبنى سكني أصابه صاروخ في المدينة في 24 كانون الثاني/يناير 2025 (ب د أ)
        القاهرة (ب د أ) - أدانت جامعة الدول العربية بأشد العبارات الهجوم الذي استهدف المستشفى التعليمي في المدينة المحاصرة يوم الجمعة.
        وقال المتحدث الرسمي باسم الأمين العام في بيان إن استهداف المرافق الطبية يمثل انتهاكاً جسيماً للقانون الدولي الإنساني.
        صورة أرشيفية لمقر الأمانة العامة لجامعة الدول العربية في القاهرة.
        ودعت الجامعة الأطراف إلى الوقف الفوري للعمليات العسكرية والعودة إلى مسار التفاوض.
        """).body().text();
    assertTrue(body.contains("أدانت جامعة الدول العربية"), body);
    assertTrue(body.contains("الوقف الفوري"), body);
    assertFalse(body.contains("رجال إنقاذ"), body);
    assertFalse(body.contains("صورة أرشيفية"), body);
  }

  @Test
  void aHotlinesNumberAFiguresLabelAndAJournalsNotesGo() {
    String body = TextPages.read("""
        Harbour Journal
        Seafarers' families wait for news after attacks on two ships
        By Ana Petrovic
        12 March 2025
        Two merchant ships with crews from the coast were attacked in the Red Sea on Monday, the maritime ministry said, and one sailor was wounded.
        The ministry said it was in contact with the ships' owners and with the authorities of the countries where the ships are registered.
        Families of seafarers seeking information can call the ministry's duty line on +382 20 555 010, available 24 hours a day.
        Figure: Attacks on merchant ships in the Red Sea, November 2023 to March 2025
        The civil defence urged residents not to approach debris and to report it at once on number 998.
        Thousands of people from the coast work on foreign-flagged ships, and their wages are a large part of the local economy.
        Competing interests: none declared.
        Provenance and peer review: commissioned; not externally peer reviewed.
        """).body().text();
    assertTrue(body.contains("Two merchant ships"), body);
    assertTrue(body.contains("report it at once on number 998"), body);
    assertTrue(body.contains("large part of the local economy"), body);
    assertFalse(body.contains("duty line"), body);
    assertFalse(body.contains("Figure:"), body);
    assertFalse(body.contains("Competing interests"), body);
    assertFalse(body.contains("Provenance and peer review"), body);
  }
}
