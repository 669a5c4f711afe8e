package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * A headline's deck (standfirst) right under its line is no paragraph of the story when the
 * story's own header follows it (an agency credit and date lines, a place label such as
 * "Basra, Iraq:"), or when, not closed as a sentence, it stands over a lead that opens with an
 * agency, a place and a day; nor is a correction note set over the lead, nor a desk's credit
 * with the agency it wrote from ("… with AFP"). Pages of our own wording, made from transfer-17's deck misses; each
 * fails on the code before the change, but for the guards, which hold on both.
 */
class DeckUnderHeadlineTest {
  private static Document read(String page) {
    return TextPages.read(page);
  }

  @Test
  void aDeckOverTheCreditAndDateLinesIsNoLead() {
    Document d = read("""
        Eastern Ledger
        Sign in
        World / Africa
        Aid flights to Kassala resume after week-long halt
        The first cargo plane landed on Tuesday morning, according to a relief coordinator at the airport
        Wire Desk
        Updated: 4:10pm, 9 Mar, 2021
        Published: 11:05am, 9 Mar, 2021
        Aid flights to the eastern Sudanese city of Kassala resumed on Tuesday after a week-long halt caused by a dispute over landing fees, relief officials said.
        Two planes carrying medicine and flour are due later this week, the officials added.
        """);
    String body = d.body().text();
    assertFalse(body.contains("first cargo plane landed"), body);
    assertTrue(body.startsWith("Aid flights to the eastern Sudanese city"), body);
  }

  @Test
  void aDeckOverAPlaceLabelIsNoLead() {
    Document d = read("""
        Channel Nine World
        Live TV
        World News | Wire Service | Updated: March 14, 2020 08:15 pm
        Dock Workers Walk Out At Port Of Aden
        The strike follows months of unpaid wages at the container terminal.
        Aden, Yemen:
        Dock workers at the port of Aden walked off the job on Saturday, halting the unloading of two fuel tankers, port officials said.
        The workers say they have not been paid since November.
        """);
    String body = d.body().text();
    assertFalse(body.contains("The strike follows months"), body);
    assertTrue(body.startsWith("Dock workers at the port of Aden"), body);
  }

  @Test
  void anOpenDeckOverAnAgencyOpenerIsNoLead() {
    Document d = read("""
        Agenzia Nord
        ENGLISH
        World
        Maltese coastguard picks up 60 migrants off Zuwara
        Boat drifted for two days without fuel
        (AGN) - VALLETTA, MAY 3 - Malta's coastguard on Sunday rescued 60 migrants from a rubber boat that had drifted for two days after leaving Zuwara, the armed forces said.
        Those rescued were taken to a reception centre, the armed forces added.
        ALL RIGHTS RESERVED © Copyright AGN
        03 May 2020 18:40
        """);
    String body = d.body().text();
    assertFalse(body.contains("Boat drifted for two days"), body);
    assertTrue(body.startsWith("(AGN) - VALLETTA, MAY 3 -"), body);
  }

  @Test
  void aCorrectionNoteOverTheLeadIsNoParagraph() {
    Document en = read("""
        Delta Wire
        World
        March 9, 2021
        Aid flights to Kassala resume after week-long halt
        Correction: an earlier version of this story gave the number of planes as four; it is two.
        Aid flights to the eastern Sudanese city of Kassala resumed on Tuesday, relief officials said.
        Two planes carrying medicine and flour are due later this week, the officials added.
        """);
    assertTrue(en.body().text().startsWith("Aid flights to the eastern Sudanese city"),
        en.body().text());
    Document ar = read("""
        شبكة الرافدين
        2021/03/09 10:30 ص
        استئناف رحلات الإغاثة إلى كسلا بعد توقف أسبوع
        تصحيح: ذكرت نسخة سابقة من الخبر أن عدد الطائرات أربع، والصحيح اثنتان.
        استؤنفت رحلات الإغاثة إلى مدينة كسلا شرقي السودان يوم الثلاثاء بعد توقف دام أسبوعا، بحسب مسؤولين في الإغاثة.
        وقال المسؤولون إن طائرتين تحملان أدوية ودقيقا ستصلان خلال الأسبوع.
        """);
    assertTrue(ar.body().text().startsWith("استؤنفت رحلات الإغاثة"), ar.body().text());
  }

  @Test
  void aDeskAndAgencyCreditUnderTheHeadlineIsNoLead() {
    Document ar = read("""
        قناة المتوسط
        الأخبار
        العالم
        الجيش يعلن استعادة السيطرة على بلدة حدودية بعد معارك عنيفة
        قناة المتوسط مع أ ف ب
        نشر في: 05/03/2020 - 11:20
        أعلن الجيش صباح الخميس استعادة السيطرة على البلدة الحدودية بعد معارك استمرت يومين.
        وقال متحدث عسكري إن عمليات التمشيط متواصلة في الأحياء الشرقية.
        """);
    assertTrue(ar.body().text().startsWith("أعلن الجيش صباح الخميس"), ar.body().text());
    Document en = read("""
        Channel Meridian
        World
        Army says it retook border town after two days of clashes
        Channel Meridian with AFP
        Published: 05/03/2020 - 11:20
        The army said on Thursday it had retaken the border town after two days of fighting.
        A military spokesman said sweeps of the eastern districts were continuing.
        """);
    assertTrue(en.body().text().startsWith("The army said on Thursday"), en.body().text());
  }

  @Test
  void aLeadUnderTheHeadlineWithTheStoryGoingOnStays() {
    // a lead that closes as a sentence, with no header below it: the story's first paragraph
    Document d = read("""
        Eastern Ledger
        World
        March 9, 2021
        Aid flights to Kassala resume after week-long halt
        Aid flights to the eastern Sudanese city of Kassala resumed on Tuesday, relief officials said.
        Two planes carrying medicine and flour are due later this week, the officials added.
        """);
    assertTrue(d.body().text().startsWith("Aid flights to the eastern Sudanese city"),
        d.body().text());
  }

  @Test
  void aPhotoCreditUnderTheLeadDoesNotMakeItADeck() {
    Document d = read("""
        Eastern Ledger
        World
        March 9, 2021
        Aid flights to Kassala resume after week-long halt
        Aid flights to the eastern Sudanese city of Kassala resumed on Tuesday after a week-long halt, relief officials said.
        A cargo plane on the apron at Kassala airport. Photo: AFP
        Two planes carrying medicine and flour are due later this week, the officials added.
        """);
    assertTrue(d.body().text().startsWith("Aid flights to the eastern Sudanese city"),
        d.body().text());
  }
}
