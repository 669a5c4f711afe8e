package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Shapes of s17-ingest (wording of our own): a deck over the date line, a consent banner, a
 * section label with a spaced slash, a series label under the menu, a rights notice under the
 * last paragraph, a numeric date with right-to-left marks, a forum's user card and later posts,
 * an account's handle over a caption, a wire's "FILE -" caption and a section name in the last
 * sentence. Each page fails on main's code before this work (810ca0c).
 */
class DeckBannerAndThreadShapesTest {
  private static Document read(String page) {
    return TextPages.read(page);
  }

  @Test
  void aSentenceBetweenTheHeadlineAndTheDateLineIsTheDeck() {
    Document d = read("""
        Valley Weekly
        Floods cut the coast road north of Marsa
        Engineers say the embankment may not hold another week of rain.
        Tuesday 11/05/2021
        Valley Weekly staff
        MARSA - The river broke through the coast road north of Marsa overnight, leaving four villages reachable only by boat, the governor said.
        Rescue teams moved 200 families to schools in the hill towns.
        """);
    assertEquals("2021-05-11", TextPages.day(d));
    assertFalse(d.body().text().contains("Engineers say the embankment"), d.body().text());
    assertTrue(d.body().text().contains("200 families"), d.body().text());
  }

  @Test
  void aConsentBannerAndASectionLabelAreNotTheHeadline() {
    Document d = read("""
        Valley Relief
        Cookies on Valley Relief
        We use some essential cookies to make this website work.
        Accept additional cookies
        Reject additional cookies
        Statement / Coast & Hill Towns
        Relief agency condemns shelling of shelter in Marsa
        The agency's director condemned Sunday's shelling of a school used as a shelter.
        From:
        Valley Relief Agency
        Published
        12 May 2021
        The agency condemns the shelling of a school in Marsa on Sunday, which wounded three people sheltering from the floods.
        Shelters must never be a target, and the agency calls for an inquiry.
        """);
    assertEquals("Relief agency condemns shelling of shelter in Marsa", d.title());
    assertEquals("2021-05-12", TextPages.day(d));
    String body = d.body().text();
    assertFalse(body.contains("cookies"), body);
    assertFalse(body.contains("Valley Relief Agency"), body);
    assertTrue(body.startsWith("The agency condemns the shelling"), body);
  }

  @Test
  void aSeriesLabelUnderTheMenuDoesNotHideTheHeadline() {
    Document d = read("""
        The Valley Institute for Flood Policy
        Policy Analysis
        Experts
        Events
        FloodWatch 412
        Why the Marsa embankment keeps failing every spring
        by Dana Hale, Sam Reed
        May 14, 2021
        The embankment north of Marsa failed for the third spring in a row this week, flooding four villages and the coast road.
        Repairs since 2019 have raised the wall without widening its base, engineers say.
        About the Authors
        Dana Hale is a fellow in the Institute's water program.
        """);
    assertEquals("Why the Marsa embankment keeps failing every spring", d.title());
    assertEquals("2021-05-14", TextPages.day(d));
    assertFalse(d.body().text().contains("is a fellow"), d.body().text());
  }

  @Test
  void theLastParagraphOverARightsNoticeWithItsYearIsNoCaption() {
    Document d = read("""
        Valley Markets
        Boats reach villages cut off by the Marsa floods
        Published May 11, 2021, 10:14 AM
        Rescue boats reached four villages near Marsa that the river had cut off since Sunday, the governor said.
        The army opened two more shelters in the hill towns as the water kept rising.
        The weather service expects the river to fall only after the weekend, when the rain is due to stop.
        © 2021 Valley Wire
        Valley Markets Newsletters
        Every weekday evening we sum up the river levels and the roads that are open
        Sign Up
        More News
        """);
    assertTrue(d.body().text().contains("when the rain is due to stop"), d.body().text());
    assertFalse(d.body().text().contains("Every weekday evening"), d.body().text());
  }

  @Test
  void aNumericDateWithRightToLeftMarksIsRead() {
    Document d = read("""
        بوابة الوادي
        منذ ٣ ساعات
        ٢٤\u200f/٥\u200f/٢٠٢١
        فرق الإنقاذ تصل إلى قرى معزولة شمال مرسى
        وصلت فرق الإنقاذ بالقوارب إلى أربع قرى عزلها الفيضان شمال مرسى منذ يوم الأحد، بحسب المحافظ.
        وافتتح الجيش مركزي إيواء جديدين في بلدات التلال.
        """);
    assertEquals("2021-05-24", TextPages.day(d));
  }

  @Test
  void aForumPostsUserCardIsPassedAndTheRepliesAreNotTheBody() {
    Document d = read("""
        Valley Talk Forum
        Forums
        What's new
        Log in
        Floods cut the coast road north of Marsa
        Thread starter riverwatch Start date May 11, 2021
        riverwatch
        Full Member
        Messages
        2,115
        May 11, 2021
        #1
        The river broke through the coast road north of Marsa overnight, leaving four villages reachable only by boat.
        Rescue teams moved 200 families to schools in the hill towns, the governor said.
        hilltop
        Member
        May 11, 2021
        #2
        Not the first time this embankment has given way in spring.
        You must log in or register to reply here.
        """);
    String body = d.body().text();
    assertTrue(body.startsWith("The river broke through"), body);
    assertTrue(body.contains("200 families"), body);
    assertFalse(body.contains("Not the first time"), body);
  }

  @Test
  void anAccountsHandleOverItsCaptionIsOffTheTitle() {
    Document d = read("""
        Instagram
        تسجيل الدخول
        valley_news
        • متابعة
        valley_news الفيضان يقطع الطريق الساحلي شمال مرسى
        قطع الفيضان الطريق الساحلي شمال مرسى فجر اليوم، وباتت أربع قرى معزولة لا يمكن الوصول إليها إلا بالقوارب.
        وقال المحافظ إن فرق الإنقاذ نقلت مئتي عائلة إلى مدارس في بلدات التلال.
        ١١ مايو ٢٠٢١
        """);
    assertEquals("الفيضان يقطع الطريق الساحلي شمال مرسى", d.title());
  }

  @Test
  void aFileCaptionIsChromeAndASectionNameDoesNotCutTheLastParagraph() {
    Document d = read("""
        Valley Today
        Politics
        Valley
        Business
        Army rescues 40 people trapped by floods near Marsa
        Valley Today staff
        Tue, May. 11, 2021
        FILE - Soldiers carry sandbags along the river near Marsa - Valley Wire
        MARSA - 11 May 2021: Army boats rescued 40 people trapped on rooftops near Marsa, the military spokesman said in a statement on Tuesday.
        The statement said the boats also carried food to four villages cut off by the river.
        Valley has faced floods along the coast in most springs since the embankment was built by a local group in 1998.
        Tags
        Floods
        """);
    String body = d.body().text();
    assertFalse(body.contains("Soldiers carry sandbags"), body);
    assertTrue(body.contains("built by a local group in 1998"), body);
  }
}
