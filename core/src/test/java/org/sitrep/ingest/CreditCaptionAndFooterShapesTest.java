package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Shapes of s21-ingest (wording of our own), made from transfer-13's misses by line class rather
 * than by string: a photo's description under a line that is only its credit (above the lead or
 * inside the text, in both languages) and over one; a follow prompt after a short sentence on
 * its line; an interrupt saying the text goes on; a site's feedback link and a licence
 * statement in the footer. Each page fails on the code before the change (main at 5bcf615),
 * but for the guards, which hold on both.
 */
class CreditCaptionAndFooterShapesTest {
  private static Document read(String page) {
    return TextPages.read(page);
  }

  @Test
  void aDescriptionUnderItsCreditLineIsACaption() {
    Document d = read("""
        Relief Wire
        Peace and Security
        12 May 2020
        Clinics in Karsa run out of fuel, aid agencies warn
        Photo: RELIEF/Sami Haddad
        Nurses carry a generator into a clinic in western Karsa.
        Three clinics in the town of Karsa stopped most of their work on Tuesday after their fuel ran out, aid agencies said in a joint statement.
        The agencies said trucks carrying diesel had been held at a checkpoint for nine days.
        """);
    String body = d.body().text();
    assertFalse(body.contains("Nurses carry a generator"), body);
    assertTrue(body.contains("Three clinics in the town"), body);

    Document a = read("""
        نشرة الإغاثة
        السلم والأمن
        12 أيار/مايو 2020
        نفاد الوقود من عيادات كرسا والوكالات الإنسانية تحذر
        الصورة: الإغاثة/سامي حداد
        ممرضون ينقلون مولدا كهربائيا إلى عيادة غربي كرسا.
        توقفت ثلاث عيادات في بلدة كرسا عن معظم عملها يوم الثلاثاء بعد نفاد الوقود، بحسب بيان مشترك لوكالات الإغاثة.
        وقالت الوكالات إن شاحنات محملة بالديزل احتجزت على حاجز منذ تسعة أيام.
        """);
    String ab = a.body().text();
    assertFalse(ab.contains("ممرضون ينقلون"), ab);
    assertTrue(ab.contains("توقفت ثلاث عيادات"), ab);
  }

  @Test
  void aDescriptionBetweenACreditLineAndTheTextInsideTheStoryIsACaption() {
    Document d = read("""
        Hill Towns Monitor
        Water trucks stop running to three villages near Karsa
        March 4, 2020
        Private water trucks stopped serving three villages east of Karsa on Tuesday after the road was shelled twice in a week, residents said.
        Photograph: Lena Aziz/Hill Towns Monitor
        Children fill plastic cans at a spring outside Karsa.
        Families now walk to a spring two kilometres away to fill their cans, and the council has asked for a tanker of its own.
        """);
    String body = d.body().text();
    assertFalse(body.contains("Children fill plastic cans"), body);
    assertTrue(body.contains("Families now walk"), body);
  }

  @Test
  void aLeadUnderACreditLineStaysInTheBody() {
    // a short lead that names its day or reports someone is no caption
    Document d = read("""
        Relief Wire
        12 May 2020
        Clinics in Karsa run out of fuel
        Photo: RELIEF/Sami Haddad
        Three clinics in Karsa closed on Tuesday.
        The agencies said trucks carrying diesel had been held at a checkpoint for nine days, and that the clinics had treated more than two hundred people a day.
        """);
    assertTrue(d.body().text().contains("Three clinics in Karsa closed"), d.body().text());
  }

  @Test
  void aFollowPromptAfterAShortSentenceLeavesTheBody() {
    Document d = read("""
        Coast Daily
        Home
        World
        Ferry sinks off Karsa harbour, eleven missing
        Published: May 5, 2020 09:12
        A ferry carrying traders sank off the harbour of Karsa on Monday evening, and eleven people are missing, the coast guard said.
        Divers searched the wreck through the night but found no one, the coast guard said.
        Never miss a story. Follow Coast Daily on Google News
        """);
    String body = d.body().text();
    assertTrue(body.contains("Divers searched the wreck"), body);
    assertFalse(body.contains("Follow Coast Daily"), body);
  }

  @Test
  void anInterruptSayingTheTextGoesOnIsNoPartOfIt() {
    Document d = read("""
        Home
        News
        Sign in
        Rockets strike depot near Karsa, monitor says
        Valley Wire
        June 2, 2020, 7:40 AM
        Karsa (Valley Wire) - Rockets struck a fuel depot outside Karsa late on Monday, setting it ablaze, a war monitor said.
        The monitor said the rockets were fired from hills to the east.
        Article continues below advertisement
        Fire crews brought the blaze under control by dawn, local officials said.
        """);
    String body = d.body().text();
    assertFalse(body.contains("continues below"), body);
    assertTrue(body.contains("Fire crews brought the blaze"), body);

    Document a = read("""
        الرئيسية
        أخبار
        صواريخ تصيب مستودعا للوقود قرب كرسا
        2 حزيران 2020
        أصابت صواريخ مستودعا للوقود خارج بلدة كرسا مساء الاثنين وأشعلت فيه النار، بحسب مرصد محلي.
        وقال المرصد إن الصواريخ أطلقت من التلال الواقعة شرقي البلدة.
        يتبع الخبر أدناه
        وسيطرت فرق الإطفاء على الحريق قبيل الفجر، بحسب مسؤولين محليين.
        """);
    String ab = a.body().text();
    assertFalse(ab.contains("يتبع الخبر"), ab);
    assertTrue(ab.contains("وسيطرت فرق الإطفاء"), ab);
  }

  @Test
  void aFeedbackLinkAndALicenceLineAreTheFooter() {
    Document d = read("""
        Skip to main content
        Press release
        Ministry sends winter aid to families displaced from Karsa
        Published 9 November 2020
        The ministry will send tents, blankets and heaters to 12,000 families displaced from Karsa, the minister announced today.
        Shelling on Sunday forced another 600 families from villages near the town, according to aid groups.
        Share this page
        Facebook
        Twitter
        Report an error on this page
        Content on this site is available under the Open Public Licence v2.0, except where noted
        """);
    String body = d.body().text();
    assertTrue(body.contains("Shelling on Sunday"), body);
    assertFalse(body.contains("Report an error"), body);
    assertFalse(body.contains("Open Public Licence"), body);
  }

  @Test
  void aSentenceAboutALicenceInTheStoryStaysInTheBody() {
    Document d = read("""
        Hill Towns Monitor
        Council revokes bakery licence in Karsa
        March 4, 2020
        The town council of Karsa revoked the licence of the largest bakery on Tuesday after it sold bread above the fixed price, its head said.
        The bakery's owner said he would appeal the decision in court.
        """);
    assertTrue(d.body().text().contains("revoked the licence"), d.body().text());
  }
}
