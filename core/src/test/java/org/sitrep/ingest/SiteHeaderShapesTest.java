package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Shapes of s37 (wording of our own, in the style of transfer-33's to transfer-37's study
 * halves): what stands around a headline (a blog's slogan over its menu, a weekly's issue line,
 * a radio's on-air line, a series' kicker, a rail of other headlines, bulleted highlights, an
 * open deck, a views counter) and captions and embeds inside a story. Each page fails on the
 * code of the session's start (912673e3).
 */
class SiteHeaderShapesTest {
  private static Document read(String page) {
    return TextPages.read(page);
  }

  @Test
  void aBlogsSloganOverItsMenuGivesWayToThePostsTitle() {
    Document d = read("""
        Letters from the Lakeshore
        A nurse's notebook from Kalemie, on Lake Tanganyika
        Home
        About
        Kalemie
        Contact
        Monday, February 10, 2025
        The ward by the harbour, week two
        The harbour ward of the general hospital has twice as many beds as it had last month. Most of the new ones are mattresses on the floor, laid out between the old iron frames.
        The families came down the lake road after the fighting near the mines, and the hospital now feeds patients and the relatives who sleep beside them.
        I will keep writing here while the ward stays full, and I thank the readers who sent bandages.
        Posted by Aline Kabedi at 8:40 PM
        """);
    assertEquals("The ward by the harbour, week two", d.title());
    assertTrue(d.body().text().contains("The harbour ward of the general hospital"));
  }

  @Test
  void aWeeklysIssueLineAboveTheHeadlineGivesWayToItsOwnDateLine() {
    Document d = read("""
        The Highland Weekly
        Kenya's independent weekly since 2004
        Issue No. 512 · June 5–11, 2025
        Print edition
        Digital access
        Nation
        Counties
        Security
        Business
        Security
        Bandits attack police camp in Baringo as schools close
        Officers say two reservists were killed in a dawn raid on the camp at Kagir
        Story by Peter Kiprono | Staff Writer
        June 7th, 2025
        Armed bandits attacked a police camp at Kagir in Baringo North before dawn, killing two police reservists and driving off hundreds of goats, officers said.
        The attackers came from the hills to the east and fought the officers for two hours, the area police commander said.
        Three schools in the area closed for the rest of the week, and parents said they would keep their children at home until the army arrives.
        """);
    assertEquals("Bandits attack police camp in Baringo as schools close", d.title());
    assertEquals("2025-06-07", TextPages.day(d));
    assertFalse(d.body().text().contains("Officers say two reservists"), d.body().text());
  }

  @Test
  void aRadiosOnAirLineAboveItsMenuIsNoHeadline() {
    Document d = read("""
        Savannah Waves 98.1 FM
        Listen Live
        On Air Now: The Morning Drive with Kofi Mensah
        Home
        News
        Politics
        Regional
        Sports
        Podcasts
        Regional
        Refugee families cross into Upper West after raid on border village
        By Ama Boateng || Savannah Waves News || 12th May, 2025
        About 250 people, most of them women and children, have crossed into the Upper West Region after gunmen raided a village across the border, immigration officers said.
        The officers told Savannah Waves News that the families arrived on foot and by motorbike over two days.
        A local chief said residents had opened their homes to the new arrivals but that food was running short.
        """);
    assertEquals("Refugee families cross into Upper West after raid on border village", d.title());
    assertEquals("2025-05-12", TextPages.day(d));
  }

  @Test
  void aSeriesKickerOverAQuestionHeadlineIsNoHeadline() {
    Document d = read("""
        The Coastal Courier
        Monday, 16 June 2025
        News
        Africa
        World
        Business
        Opinion
        Log in
        SERIES — Five years of war in the north (2 of 4)
        Can the fishing towns hold as the raids return to the coast?
        Villages along the coastal road have emptied again after a week of raids. Troops say they are pursuing the fighters.
        By Tomas Langa
        13 June 2025
        PEMBA – Hundreds of families have left fishing villages along the northern coast after armed men raided at least three settlements over the past week, residents said.
        The fighters arrived by boat before dawn and burned houses in two villages, a fisherman who fled to Pemba said.
        The district office confirmed the attacks and said troops had been sent to the coast.
        """);
    assertEquals("Can the fishing towns hold as the raids return to the coast?", d.title());
    assertEquals("2025-06-13", TextPages.day(d));
    assertFalse(d.body().text().contains("SERIES"), d.body().text());
  }

  @Test
  void aRailOfOtherHeadlinesAboveTheArticleIsNoHeadline() {
    Document d = read("""
        صحيفة النخلة
        الرئيسية
        محليات
        الخليج والعالم
        اقتصاد
        رياضة
        أهم الأخبار
        افتتاح معرض الكتاب الدولي بمشاركة 40 دولة
        ارتفاع أسعار الذهب للأسبوع الثالث على التوالي
        المنتخب يبدأ معسكره استعداداً لبطولة آسيا
        هل تنهار الهدنة في تعز بعد القصف الجديد على أحياء المدينة؟
        تعز: سالم محمد الشرعبي
        الأحد 9 فبراير 2025
        قصفت جماعة الحوثي أحياء سكنية في مدينة تعز يوم السبت، ما أدى إلى مقتل مدنيين اثنين وإصابة خمسة آخرين، بحسب مصادر طبية في المدينة.
        وقالت المصادر إن القذائف سقطت على حي الجمهوري وحي ثعبات، وإن بين المصابين طفلين.
        وتأتي هذه الهجمات في ظل هدنة غير معلنة تسود معظم جبهات القتال في اليمن منذ أشهر.
        """);
    assertEquals("هل تنهار الهدنة في تعز بعد القصف الجديد على أحياء المدينة؟", d.title());
    assertEquals("2025-02-09", TextPages.day(d));
  }

  @Test
  void bulletedHighlightsUnderTheHeadlineAreItsDeckAndItsDateLineCounts() {
    Document d = read("""
        موقع الساحل الإخباري
        الأربعاء 12 مارس 2025 الموافق 12 رمضان 1446هـ
        الرئيسية
        النيجر
        مالي
        أفريقيا
        العالم
        أخبار النيجر
        نزوح آلاف المدنيين من قرى تيلابيري بعد هجمات مسلحين
        • المفوضية: أكثر من 8 آلاف نازح خلال أسبوع
        • الجيش يعزز انتشاره على الطريق إلى نيامي
        • نقص حاد في الغذاء بمخيمات العبور
        تيلابيري - مراسل الساحل
        10/03/2025 - 14:20
        نزح آلاف المدنيين من قرى في منطقة تيلابيري غرب النيجر خلال الأيام الماضية، هرباً من هجمات شنها مسلحون على الأسواق والمزارع، بحسب مصادر محلية.
        وقال مسؤول محلي إن أكبر موجة نزوح وصلت يوم الجمعة، حين عبر أكثر من ألفي شخص إلى بلدة مجاورة.
        وحذرت منظمات إغاثة من نقص حاد في الغذاء والمياه في مخيمات العبور.
        """);
    assertEquals("2025-03-10", TextPages.day(d));
    assertFalse(d.body().text().contains("المفوضية: أكثر من 8 آلاف"), d.body().text());
  }

  @Test
  void anOpenDeckLongerThanItsHeadlineOverTheBylineIsNoBody() {
    Document d = read("""
        The Harbour Ledger
        Sections
        World
        Mexico
        Mexico
        Night curfews and shuttered stalls: a month inside Tijuana's turf war
        A month after two cartels began fighting over the border crossings, traders in the old market say the violence has reached their own street
        By Laura Medina
        and Pablo Ortiz
        Updated April 4, 2025 at 8:05 a.m. PST
        Published April 3, 2025 at 7:10 p.m. PST
        Gift Article
        Share
        112
        Traders close their stalls early in the old market of Tijuana. (Ana Ruiz for The Harbour Ledger)
        TIJUANA, Mexico — On the street where Rosa Lima has sold fruit for twenty years, the shutters now come down at six in the evening.
        The city has recorded more killings in March than in any month since 2021, state officials said on Tuesday.
        Traders say customers have stopped coming after dark, and several stalls have closed for good.
        """);
    String body = d.body().text();
    assertTrue(body.startsWith("TIJUANA, Mexico"), body);
    assertFalse(body.contains("and Pablo Ortiz"), body);
    assertFalse(body.contains("Traders close their stalls"), body);
  }

  @Test
  void captionsClosedByACreditOfTheirOwnShapeAreNoBody() {
    Document d = read("""
        Border Notes
        Rains cut the last road into the camps
        By Dana Cole
        March 3, 2025
        Heavy rains have cut the last paved road into the displacement camps east of the town, aid workers said on Sunday, leaving trucks of food stranded at the river.
        Soldiers push a truck through the mud near the river crossing. (Maria Solis for The Border Notes)
        The road was washed away in two places after three days of rain, the local disaster office said in a statement.
        Families queue for water at the edge of the camp. Photo courtesy of a relief worker in the east
        Aid groups said they would try to bring supplies by boat while the road is repaired.
        The waiting room of the clinic, photographed from the school gate.
        The clinic has treated dozens of children for diarrhoea since the rains began, its director said.
        """);
    String body = d.body().text();
    assertFalse(body.contains("Soldiers push a truck"), body);
    assertFalse(body.contains("Families queue for water"), body);
    assertFalse(body.contains("photographed from the school gate"), body);
    assertTrue(body.contains("its director said"), body);
  }

  @Test
  void anEmbeddedPostsLinesAreNoBody() {
    Document d = read("""
        يمن اليوم
        غارات جديدة على ميناء رأس عيسى
        08/05/2025 - 10:15
        شنّ الطيران سلسلة غارات على ميناء رأس عيسى غرب اليمن، بحسب مصادر محلية وشهود عيان.
        ونشر حساب يتابع الملاحة في البحر الأحمر صوراً للدخان فوق الميناء.
        رصد الملاحة اليمني
        @YemenPortWatch
        عاجل: أعمدة دخان فوق خزانات الوقود في ميناء رأس عيسى بعد غارات متتالية.
        10:02 م · 7 مايو 2025
        عرض على X
        وقال عاملون في الميناء إن الغارات ألحقت أضراراً بخزانات الوقود والأرصفة.
        وحذرت منظمات إغاثة من أن توقف الميناء يهدد إمدادات الوقود إلى المحافظات الشمالية.
        """);
    String body = d.body().text();
    assertFalse(body.contains("@YemenPortWatch"), body);
    assertFalse(body.contains("عرض على X"), body);
    assertFalse(body.contains("رصد الملاحة اليمني"), body);
    assertTrue(body.contains("المحافظات الشمالية"), body);
  }

  @Test
  void aViewsCounterBetweenTheDateAndTheHeadlineDoesNotHideTheHeadline() {
    Document d = read("""
        kharkiv.today
        Kharkiv city news
        UA | EN
        Air raid alert map
        Weather: +12°C
        News
        City
        Incidents
        Transport
        Utilities
        Culture
        Incidents
        04.11.2025, 09:15
        Views: 2 907
        Rescuers finish search at damaged school in Saltivka; two bodies recovered
        Iryna Bondar, editor of the English section
        Rescuers have finished clearing the rubble of a school in the Saltivka district of Kharkiv that was hit by a glide bomb on Sunday, the city's emergency service said.
        The bodies of two caretakers were recovered from under the collapsed gym, officials said.
        The school had been closed for repairs, and no pupils were inside when the bomb hit.
        Found a mistake? Highlight the text and press Ctrl+Enter
        """);
    assertEquals("Rescuers finish search at damaged school in Saltivka; two bodies recovered",
        d.title());
    assertFalse(d.body().text().contains("Found a mistake"), d.body().text());
  }

  @Test
  void anAgencysMonthDaySlashYearDatelineDatesThePage() {
    Document d = read("""
        ENA - Highland News Agency
        Home
        National
        Regional
        Economy
        Regional
        Security forces restore order around Gondar, council says
        Bahir Dar, May 14/2025 (HNA)
        The regional peace and security council said joint security forces had restored order in several districts around Gondar after weeks of clashes.
        The council said roads to the city had reopened and that schools would resume classes next week.
        """);
    assertEquals("2025-05-14", TextPages.day(d));
  }

  @Test
  void aSloganOverItsDateBarAndAMenuTheHeaderPassedIsNoHeadline() throws Exception {
    // transfer-38's 3801 (our own fictional page), read whole: its menu's first item is passed
    // as navigation before the slogan's line is weighed
    java.nio.file.Path dir = java.nio.file.Path.of(getClass().getResource(
        "transfer-38/transfer-38.gold.json").toURI()).getParent();
    java.nio.file.Path page;
    try (var files = java.nio.file.Files.list(dir)) {
      page = files.filter(f -> f.getFileName().toString().startsWith("3801_")).findFirst()
          .orElseThrow();
    }
    Document d = read(java.nio.file.Files.readString(page));
    assertEquals("Separatist fighters storm gendarmerie post near Batibo, two officers killed",
        d.title());
    assertEquals("2025-02-18", TextPages.day(d));
  }

  @Test
  void anExclusivePicturesCaptionAndASourcesDisclaimerAreNoBody() {
    Document d = read("""
        منصة الوادي
        آلاف النازحين يصلون إلى مدينة القضارف بعد الهجوم على القرى
        نشر بتاريخ 12 مايو، 2025 بواسطة عثمان آدم
        نازحون يصلون إلى أطراف مدينة القضارف سيراً على الأقدام - خاص المنصة
        وصل آلاف النازحين إلى أطراف مدينة القضارف خلال الأيام الماضية بعد هجمات على قرى في الولاية، بحسب متطوعين في غرفة الطوارئ المحلية.
        وقال المتطوعون إن أعداد الواصلين بلغت ذروتها يوم السبت، وإن معظمهم من النساء والأطفال.
        وحذرت منظمات إغاثة من نقص حاد في المياه والغذاء في مراكز الإيواء.
        الأخبار المنقولة عن مصادر محلية تعبر عن أصحابها ويتحرى الموقع دقتها قدر الإمكان
        """);
    String body = d.body().text();
    assertFalse(body.contains("خاص المنصة"), body);
    assertFalse(body.contains("تعبر عن أصحابها"), body);
    assertTrue(body.contains("في مراكز الإيواء"), body);
  }

  /*
   * transfer-37's check-half pages (our own fictional pages), read after that half was measured:
   * a weather bar of cities (3706), an advertiser's item between "Sponsored" and "Presented
   * by" (3708), a partner's line over the headline (3718), an Arabic series' kicker "| الحلقة
   * 3" (3720), a rail with a section label before the headline (3704); each title and day as
   * its gold has them. The first four failed on s37's 1dadf904; 3704 failed once the weather
   * bar was read as chrome, before the rail passed the section's label.
   */
  @Test
  void headlinesUnderWeatherBarsSponsorsPartnersSeriesAndRailsAreFound() throws Exception {
    java.nio.file.Path dir = java.nio.file.Path.of(getClass().getResource(
        "transfer-37/transfer-37.gold.json").toURI()).getParent();
    com.fasterxml.jackson.databind.JsonNode gold = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(dir.resolve("transfer-37.gold.json").toFile());
    for (String n : java.util.List.of("3704", "3706", "3708", "3718", "3720")) {
      String want = null;
      String file = null;
      for (com.fasterxml.jackson.databind.JsonNode g : gold.get("documents")) {
        if (g.get("file").asText().startsWith(n + "_")) {
          want = g.get("title").asText();
          file = g.get("file").asText();
        }
      }
      Document d = read(java.nio.file.Files.readString(dir.resolve(file)));
      assertEquals(want, d.title(), n);
      assertEquals(dayOf(gold, n), TextPages.day(d), n);
    }
  }

  private static String dayOf(com.fasterxml.jackson.databind.JsonNode gold, String n) {
    for (com.fasterxml.jackson.databind.JsonNode g : gold.get("documents")) {
      if (g.get("file").asText().startsWith(n + "_")) {
        return g.get("published").isNull() ? null : g.get("published").asText();
      }
    }
    return null;
  }
}
