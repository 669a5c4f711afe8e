package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Shapes of s15-ingest (wording of our own): a live page's headline over its date line, a
 * two-letter menu item, a site's name over menu items, a numbered list above the headline, a
 * deck over a datelined lead, a release's end mark, an author box and a newsletter box under
 * the body, a caption over a bracketed credit, a page dated only by its address or in the Hijri
 * calendar, notes on opinions and outside links. Each page fails on main's code before this
 * work (b995cc1).
 */
class ReleaseAndAddressShapesTest {
  private static Document read(String page) {
    return TextPages.read(page);
  }

  private static String day(Document d) {
    return TextPages.day(d);
  }

  @Test
  void aLivePagesHeadlineOverItsDateLineStandsAboveATwoLetterMenuItem() {
    Document d = read("""
        Valley News
        Home
        UK
        World
        Live
        Floods: rescue boats reach villages cut off by the river in Marsa
        Tuesday 11 May 2021 10:20, UK
        Key points
        Army opens two shelters in the hill towns
        Share
        10:05
        Governor asks for more boats
        The governor said on Tuesday morning that the army would open two more shelters as the river kept rising.
        Rescue boats reached three villages near Marsa that the floods had cut off since Sunday night.
        """);
    assertEquals("Floods: rescue boats reach villages cut off by the river in Marsa", d.title());
    assertEquals("2021-05-11", day(d));
  }

  @Test
  void aSitesNameOverMenuItemsAndANumberedListAreNotTheHeadline() {
    Document a = read("""
        Valley Relief - The Refugee Agency of the Valley
        Donate now
        What we do
        Where we work
        News and stories
        Briefing notes
        Flood arrivals in the hill towns pass 9,000
        12 May 2021
        More than 9,000 refugees from the flooded south have reached the hill towns since the river broke its banks, Valley Relief teams report.
        Most of the refugees are staying with relatives or in schools that Valley Relief now runs as shelters.
        """);
    assertEquals("Flood arrivals in the hill towns pass 9,000", a.title());
    assertEquals("2021-05-12", day(a));
    Document b = read("""
        board
        r/ValleyFloods
        Rules
        1. News and reports only
        2. No personal attacks
        Posted by u/river_watcher
        Rescue boats reach the last villages near Marsa
        Volunteers say the water fell overnight and that the news from the south is better: no one is missing.
        The river is still above its banks, no reports of new damage came in, and the coast road is closed.
        """);
    assertEquals("Rescue boats reach the last villages near Marsa", b.title());
  }

  @Test
  void aDeckOverADatelinedLeadAndAReleasesEndMarkLeaveTheBody() {
    Document d = read("""
        منظمة الوادي
        بيان صحفي
        غرق طفلين في فيضان نهر الوادي
        بيان صادر عن المدير الإقليمي لمنظمة الوادي في المنطقة الجنوبية
        عمّان، 12 أيار/مايو 2021 – "غرق طفلان أمس في فيضان النهر قرب بلدة مرسى، وفقا لتقارير وصلت إلى المنظمة.
        "ندعو السلطات إلى فتح ملاجئ إضافية للعائلات التي تركت منازلها."
        ###
        لمزيد من المعلومات، يرجى التواصل مع:
        سلمى يوسف، هاتف: 000111222
        نبذة عن منظمة الوادي
        تعمل المنظمة في أكثر من عشرين بلدا من أجل الأطفال.
        """);
    assertEquals("2021-05-12", day(d));
    String body = d.body().text();
    assertTrue(body.contains("ندعو السلطات إلى فتح ملاجئ"), body);
    assertFalse(body.contains("بيان صادر عن المدير"), body);
    assertFalse(body.contains("###"), body);
    assertFalse(body.contains("تعمل المنظمة في أكثر"), body);
  }

  @Test
  void anAuthorBoxAndANewslettersLineUnderTheBodyAreNotItsText() {
    Document a = read("""
        Valley Times
        World
        Gulf
        Floods cut the coast road near Marsa
        Published on May 12, 2021
        The floods cut the coast road between Marsa and Tell Nour on Tuesday, the roads directorate said in a statement.
        Engineers will inspect the two bridges on the road before cars are allowed to use it again.
        About the author
        Valley Times Staff
        Reporting from the valley and the coast since 1980.
        Stay updated
        Enter your email
        """);
    String body = a.body().text();
    assertTrue(body.contains("before cars are allowed"), body);
    assertFalse(body.contains("About the author"), body);
    assertFalse(body.contains("Reporting from the valley"), body);
    Document b = read("""
        River Letters
        Subscribe
        Sign in
        The night the river came into Marsa
        Salma Youssef
        May 12, 2021
        The water reached the market square of Marsa shortly after midnight on Tuesday, and by the morning the lower streets were empty.
        Volunteers moved the old and the sick to the school on the hill in fishing boats.
        Written by Salma Youssef
        120 Followers
        Reporter and writer from the valley.
        More from Salma Youssef
        """);
    String bodyB = b.body().text();
    assertTrue(bodyB.contains("in fishing boats"), bodyB);
    assertFalse(bodyB.contains("Reporter and writer from the valley"), bodyB);
  }

  @Test
  void aCaptionOverABracketedCreditAndAPaidPlansPitchAreNotTheBody() {
    Document d = read("""
        The Valley Post
        Region
        Rescuers pull two fishermen from the flooded river
        By JANE ROE
        Published: MAY 12, 2021 10:14
        Rescue boats on the flooded main street of Marsa, as seen from the hill road.
        (photo credit: VALLEY AGENCY)
        Rescuers pulled two fishermen from the flooded river near Marsa early on Wednesday, the civil defence said.
        Both men were taken to the hospital in Tell Nour, where doctors said their condition was stable.
        Join Valley Post Premium now for just $4 and upgrade your experience with an ads-free website.
        """);
    String body = d.body().text();
    assertTrue(body.contains("their condition was stable"), body);
    assertFalse(body.contains("as seen from the hill road"), body);
    assertFalse(body.contains("Premium now"), body);
  }

  @Test
  void aPageDatedOnlyByItsAddressOrInTheHijriCalendarIsDated() {
    Document a = read("""
        Floods cut the coast road near Marsa - The Valley Post
        https://www.valleypost.example/region/2021/5/12/floods-cut-the-coast-road
        The Valley Post
        Floods cut the coast road near Marsa
        The floods cut the coast road between Marsa and Tell Nour on Tuesday, the roads directorate said in a statement.
        Engineers will inspect the two bridges on the road before cars are allowed to use it again.
        1 of 1
        """);
    assertEquals("2021-05-12", day(a));
    Document b = read("""
        وكالة أنباء الوادي
        الرئيسية
        محلي
        السيول تقطع الطريق الساحلي قرب مرسى
        1442/09/30 هـ
        مرسى 30 رمضان 1442 هـ
        قطعت السيول مساء اليوم الطريق الساحلي بين مرسى وتل نور، بحسب مديرية الطرق في المنطقة.
        وأوضحت المديرية أن الجسرين على الطريق سيخضعان للفحص قبل السماح بمرور السيارات.
        """);
    assertEquals("2021-05-12", day(b));
  }

  @Test
  void notesOnOpinionsOutsideLinksAndWhoIsOnlineAreChrome() {
    Document d = read("""
        مدونات الوادي
        الرئيسية
        ليلة الفيضان في مرسى
        سلمى يوسف
        12/5/2021
        حين وصل الماء إلى ساحة السوق نزلنا إلى سطح المدرسة مع جيراننا، ثلاثون شخصا بينهم أطفال صغار.
        في الصباح خرجنا لنجد الشارع وقد تغير، وعرفنا أن بيوت الحي السفلي غمرتها المياه بالكامل.
        الآراء الواردة في التدوينات تعبر عن آراء أصحابها وليس بالضرورة عن الموقف التحريري للموقع
        المتواجدون الآن
        المستخدمون المتصفحون لهذا المنتدى: لا يوجد أعضاء مسجلين و 3 زوار
        """);
    String body = d.body().text();
    assertTrue(body.contains("غمرتها المياه بالكامل"), body);
    assertFalse(body.contains("الآراء الواردة"), body);
    assertFalse(body.contains("المستخدمون المتصفحون"), body);
  }
}
