package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Shapes of s18-ingest2 (wording of our own): a date line with a comma after its month, a poll's
 * box and a newsletter's sign-up box inside the text, the wire's closing line of its credit and
 * the writer's and editor's initials, a newsletter's greeting and a language switcher, short notes under a divider after the
 * text. Each
 * page fails on the code before the change (main at 3e50bc2).
 */
class BoxAndAsideShapesTest {
  private static Document read(String page) {
    return TextPages.read(page);
  }

  @Test
  void aCommaAfterTheMonthStillMakesADateLine() {
    Document d = read("""
        Valley Press Agency
        Home
        Security
        Patrols resume on the Karsa ring road after a week
        June, 07, 2021 - 09:40
        Story ID: 55120
        KARSA (VPA) - Army patrols went back on the ring road around Karsa on Monday after engineers cleared the mines laid last week, an officer said.
        Traffic to the hill towns is expected to resume in a few days.
        """);
    assertEquals("2021-06-07", TextPages.day(d));
  }

  @Test
  void aPollAndANewsletterBoxInsideTheTextLeaveTheBodyWhole() {
    Document d = read("""
        COAST DAILY
        Karsa
        Hill towns
        Karsa clinic shelled for the second time in a month
        June 9, 2021
        By Lina Haddad
        Shells struck the roof of the Karsa clinic on Tuesday, wounding a nurse and a patient, the clinic's director said.
        The clinic had only just reopened after repairs to damage from an attack in May.
        Poll
        Should the clinic move out of the town centre?
        Yes
        No
        Don't know
        Vote
        See results
        Doctors said they would keep the emergency room open in the basement while the roof is mended.
        The best of Coast Daily in your inbox every morning
        Your email address
        Sign me up
        The town council promised on Wednesday to pay for all of the repairs to the clinic before the winter rains begin, its head said.
        Share this story
        """);
    String body = d.body().text();
    assertTrue(body.contains("keep the emergency room open in the basement"), body);
    assertTrue(body.contains("before the winter rains begin"), body);
    for (String chrome : new String[] {"Don't know", "See results", "in your inbox",
        "Your email address", "Sign me up"}) {
      assertFalse(body.contains(chrome), chrome + " in " + body);
    }
  }

  @Test
  void aNewsletterBoxInsideTheTextLeavesTheBody() {
    Document d = read("""
        Coast Daily
        Fishermen stay ashore as the navy closes the Karsa bay
        June 10, 2021
        The navy closed the bay of Karsa to fishing boats on Wednesday after a patrol boat was fired on near the harbour, the port authority said.
        Some two hundred families live from the catch in the bay.
        The best of Coast Daily in your inbox every morning
        Your email address
        Sign me up
        The authority said the closure would be reviewed at the end of the week.
        """);
    String body = d.body().text();
    assertTrue(body.contains("reviewed at the end of the week"), body);
    assertFalse(body.contains("in your inbox"), body);
    assertFalse(body.contains("Your email address"), body);
    assertFalse(body.contains("Sign me up"), body);
  }

  @Test
  void theWiresCreditAndInitialsUnderTheTextLeaveTheBody() {
    Document d = read("""
        وكالة أنباء الساحل
        محليات
        فتح طريق مرسى الجبلي أمام الشاحنات
        8/6/2021 10:15
        مرسى 8 حزيران (ساحل)- أعلنت مديرية الطرق فتح طريق مرسى الجبلي أمام الشاحنات بعد إغلاق دام أسبوعين بسبب القصف.
        وقال مدير الطرق إن فرق الصيانة أصلحت جسرين على الطريق.
        --(ساحل) س ر/ ن ع
        """);
    String body = d.body().text();
    assertTrue(body.contains("أصلحت جسرين على الطريق"), body);
    assertFalse(body.contains("س ر/ ن ع"), body);
  }

  @Test
  void aNewsletterGreetingAndALanguageSwitcherAreNotText() {
    Document d = read("""
        The Valley Letter
        Karsa's water deal holds for a first week
        By Ana Ruiz
        June 18, 2021, 7:00 AM
        Welcome to The Valley Letter.
        Read this in Spanish
        Tankers stopped running to the hill towns on Thursday as water from the Karsa pumps reached them for the first time in two months.
        Residents said the flow was weak but steady.
        """);
    String body = d.body().text();
    assertTrue(body.contains("Tankers stopped running"), body);
    assertFalse(body.contains("Welcome to The Valley Letter"), body);
    assertFalse(body.contains("Read this in Spanish"), body);
  }

  @Test
  void shortNotesUnderADividerAfterTheTextAreItsFooter() {
    Document d = read("""
        Thread by @karsa_watch
        Shelling resumes on the Karsa ring road
        Jun 21st 2021, 4 posts, 2 min read
        1/ Shelling resumed this evening on the ring road around Karsa, a week after patrols went back on it.
        2/ Residents of the eastern quarter say at least two houses were hit and a car burned near the bakery.
        3/ The council has asked families near the road to stay in their basements until the morning.
        * * *
        Something missing from this thread? Reload the page
        Stay up to date with Karsa Watch
        Posts may be deleted by their author at any time!
        """);
    String body = d.body().text();
    assertTrue(body.contains("stay in their basements until the morning"), body);
    assertFalse(body.contains("Stay up to date with Karsa Watch"), body);
    assertFalse(body.contains("deleted by their author"), body);
  }
}
