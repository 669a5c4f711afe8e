package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Shapes of s22-ingest (wording and outlets of our own), made from transfer-14's misses by line
 * class rather than by string: a caption whose credit follows a bar or a dash with a picture-word
 * or an archive word; an Arabic bracketed "(Photographer/Agency)"; a rights line with its owner
 * first; an ad slot's label; a clip's label with its running time above the headline; a "Read
 * more" box of one headline inside the text; a short last sentence under an inline read-also
 * link; a share prompt with no imperative. Each page fails on the code before the change (main
 * at 6a1f4eb), but for the guards, which hold on both.
 */
class BarCreditAndInlineBoxShapesTest {
  private static Document read(String page) {
    return TextPages.read(page);
  }

  @Test
  void aCaptionWithItsCreditAfterABarIsNoParagraph() {
    Document d = read("""
        Lakeside Ledger
        Africa
        Tuesday March 10 2020
        Gunmen raid a market town in western Karsa
        Traders close their stalls in Karsa market. PHOTO | WIRE
        By WIRE
        Gunmen raided the market town of Ostra in western Karsa on Monday, burning shops and a police post, officials said.
        The regional governor said reinforcements had been sent and a curfew imposed.
        """);
    String body = d.body().text();
    assertFalse(body.contains("Traders close their stalls"), body);
    assertTrue(body.contains("Gunmen raided the market town"), body);

    Document a = read("""
        الأفق
        عربي ودولي
        10 مارس 2020
        مقتل ثلاثة جنود بهجوم على حاجز في كرسا
        جنود على حاجز قرب مدينة كرسا | أرشيفية
        كرسا: «الأفق»
        قتل ثلاثة جنود بهجوم شنه مسلحون على حاجز للجيش عند المدخل الغربي لمدينة كرسا أمس الاثنين.
        وقال مصدر أمني إن المهاجمين فروا باتجاه الجبال بعد تبادل لإطلاق النار.
        """);
    String ab = a.body().text();
    assertFalse(ab.contains("جنود على حاجز قرب"), ab);
    assertTrue(ab.contains("قتل ثلاثة جنود"), ab);
  }

  @Test
  void aSentenceThatEndsInAPictureWordStaysInTheBody() {
    Document d = read("""
        Lakeside Ledger
        March 10, 2020
        Aid groups warn of hunger in Karsa's hill villages
        Aid groups said on Monday that families in the hill villages of Karsa were eating one meal a day.
        Officials in the capital disputed the figures. It was, they said, an incomplete picture.
        The groups asked for access to the villages before the rains.
        """);
    assertTrue(d.body().text().contains("an incomplete picture"), d.body().text());
  }

  @Test
  void anArabicCaptionEndingInPhotographerAndAgencyInBracketsIsNoParagraph() {
    Document a = read("""
        قناة المدى
        أخبار
        12/3/2020
        نزوح مئات العائلات من ريف كرسا الشرقي
        عائلات نازحة على طريق ترابي قرب كرسا (سامر علي يوسف/وكالة الشرق)
        نزحت مئات العائلات من قرى ريف كرسا الشرقي باتجاه الحدود، بعد قصف مدفعي استهدف المنطقة يوم الأربعاء.
        وقال أحد النازحين إن القصف طال المدرسة الوحيدة في قريته.
        """);
    String ab = a.body().text();
    assertFalse(ab.contains("عائلات نازحة على طريق ترابي"), ab);
    assertTrue(ab.contains("نزحت مئات العائلات"), ab);
  }

  @Test
  void anArabicParagraphEndingInAMonthPairInBracketsStaysInTheBody() {
    Document a = read("""
        قناة المدى
        12/3/2020
        عودة المدارس في كرسا بعد إغلاق طويل
        أعلنت مديرية التربية في كرسا إعادة فتح المدارس يوم الأحد بعد إغلاق دام منذ شهر (تموز/يوليو)
        وقالت المديرية إن الدروس ستستأنف على فترتين صباحية ومسائية.
        """);
    assertTrue(a.body().text().contains("أعلنت مديرية التربية"), a.body().text());
  }

  @Test
  void aRightsLineWithItsOwnerFirstIsNoParagraph() {
    Document a = read("""
        الرئيسية
        محليات
        اقتصاد
        سقوط قذائف قرب بلدة حدودية دون إصابات
        أوستا 3 آذار (الشمال) - قال مصدر عسكري إن قذائف سقطت مساء أمس الاثنين في منطقة زراعية قرب بلدة أوستا الحدودية دون أن تسفر عن إصابات.
        وأضاف المصدر أن الوحدات المنتشرة على الحدود رفعت جاهزيتها، وتتابع ما يجري على الجانب الآخر.
        وأكد أن القوات لن تتهاون في الرد على أي خرق يمس أمن الحدود.
        س ع/ م ن
        03/03/2020 13:45:12
        وكالة أنباء الشمال. جميع الحقوق محفوظة
        """);
    String ab = a.body().text();
    assertFalse(ab.contains("جميع الحقوق محفوظة"), ab);
    assertTrue(ab.contains("أمن الحدود"), ab);
  }

  @Test
  void anAdSlotsLabelInsideTheTextIsNoParagraph() {
    Document d = read("""
        Harbor Evening News
        World
        By Lea Marsh
        Updated 4:10 PM ET, Wed March 11, 2020
        Flooding cuts the coast road south of Ostra for a third day, and hundreds of families are stranded in villages along it.
        Rescue teams said boats were reaching only two of the villages.
        Ad Feedback
        A farmer said the water had reached the second floor of his house, and that his family had spent two nights on the roof.
        """);
    String body = d.body().text();
    assertFalse(body.contains("Ad Feedback"), body);
    assertTrue(body.contains("A farmer said the water"), body);
  }

  @Test
  void aClipsLabelWithItsRunningTimeIsNotTheHeadline() {
    Document d = read("""
        WATCH LIVE
        World
        Middle East
        Boats ferry families across the flooded plain 01:47
        Now playing
        Flooding cuts the coast road south of Ostra
        By Lea Marsh
        Updated 4:10 PM ET, Wed March 11, 2020
        Ostra (HEN) Hundreds of families are stranded in villages along the coast after floodwater cut the only road for a third day.
        Rescue teams said boats were reaching only two of the villages.
        """);
    assertEquals("Flooding cuts the coast road south of Ostra", d.title());
  }

  @Test
  void aLineWithATimeAndAStampWordIsNoClipsLabel() {
    assertFalse(BodyLines.LineShapes.mediaLabel("Last updated at 10:58"));
    assertFalse(BodyLines.LineShapes.mediaLabel("Shelling resumed. Residents fled 10:58"));
    assertTrue(BodyLines.LineShapes.mediaLabel("Boats ferry families across the plain 01:47"));
  }

  @Test
  void aReadMoreBoxOfOneHeadlineInsideTheTextDoesNotEndIt() {
    Document d = read("""
        Skip to main content
        Continental Courier
        Karsa
        Army says it has encircled rebels in Karsa's old town
        Continental Courier with agencies
        Published on: 14/03/2020 - 10:20
        The army said on Friday that it had encircled rebel fighters in the old town of Karsa after a week of street fighting.
        A military spokesman said the fighters had been offered safe passage if they laid down their arms.
        Read more
        Karsa: a city emptied by three years of war
        Aid agencies said they were ready to send food into the old town as soon as the fighting stopped.
        Sign up for our daily briefing and get the news in your inbox
        © 2020 Continental Courier
        """);
    String body = d.body().text();
    assertTrue(body.contains("Aid agencies said they were ready"), body);
    assertFalse(body.contains("a city emptied by three years"), body);
  }

  @Test
  void aReadMoreListWithTeasersUnderTheTextStaysOutOfIt() {
    Document d = read("""
        Continental Courier
        Army says it has encircled rebels in Karsa's old town
        Published on: 14/03/2020 - 10:20
        The army said on Friday that it had encircled rebel fighters in the old town of Karsa after a week of street fighting.
        A military spokesman said the fighters had been offered safe passage if they laid down their arms.
        Read more
        Karsa: a city emptied by three years of war
        Half the city's people have left since the war began, and few expect to return soon.
        Ostra's farmers count the cost of the floods
        The waters destroyed the harvest in the valley's lower villages this spring.
        """);
    String body = d.body().text();
    assertFalse(body.contains("Half the city's people"), body);
    assertTrue(body.contains("offered safe passage"), body);
  }

  @Test
  void aShortLastSentenceUnderAnInlineReadAlsoLinkStaysInTheBody() {
    Document a = read("""
        اليوم الجديد
        سياسة
        كتب سامي فؤاد
        الأحد، 15 مارس 2020 04:00 م
        أعلن المتحدث العسكري ضبط مخزن للأسلحة والذخائر في منطقة جبلية شمال كرسا خلال حملة أمنية نفذتها القوات أمس السبت.
        وأوضح البيان أن القوات ألقت القبض على أربعة مطلوبين خلال الحملة وصادرت سيارتين كانتا تستخدمان في نقل الأسلحة.
        اقرأ أيضاً: وزير الداخلية يتفقد مراكز الحدود
        وأكد المتحدث أن الحملة مستمرة حتى تطهير المنطقة.
        شارك الخبر
        تابعوا آخر الأخبار عبر تطبيق اليوم الجديد
        """);
    String ab = a.body().text();
    assertTrue(ab.contains("الحملة مستمرة حتى تطهير المنطقة"), ab);
    assertFalse(ab.contains("وزير الداخلية يتفقد"), ab);
  }

  @Test
  void aSharePromptWithNoImperativeIsNoParagraph() {
    Document d = read("""
        Coastal Public Radio
        World
        Shelling hits a school in Ostra, killing two teachers
        Posted Mon 16 Mar 2020 at 6:02am
        Shelling hit a school in the town of Ostra on Sunday, killing two teachers and wounding four pupils, local officials said.
        The town's council said classes had been suspended for a week.
        Keep your friends up to date by sharing this story
        Copy link
        """);
    String body = d.body().text();
    assertFalse(body.contains("sharing this story"), body);
    assertTrue(body.contains("classes had been suspended"), body);
    assertFalse(BodyLines.LineShapes.sharingAsked(
        "Residents were sharing this post widely on social media."));
  }
}
