package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Other articles' text inside or after a text page's story (s56, wording of our own in the shape
 * of transfer-57's odd pages): a live feed after the text, a most-read list with leads between
 * paragraphs (numbered and not), a newsletter box quoting another lead between paragraphs, a
 * newsletter box's label, a second (AMP) copy of the story right under it, the next article
 * with its own head after a short story, an amendment note right under the text. Each of the
 * first ten cases fails on the code before the change (main at 0b6ccedb); the others hold what
 * the rules must not do.
 */
class OtherArticlesTest {

  private static String body(String page) {
    Document d = TextPages.read(page);
    return d.body().text();
  }

  /* A regional paper's story with a list of other articles between its paragraphs: the head
   * and the two paragraphs above the list, {@code list}, then the story's last paragraphs. */
  private static String landslidePage(String list) {
    return """
        Lakeside Courier
        News | Region | Sport | Business
        Landslide buries part of a mountain road near Tarvo, cutting off three villages
        By Piet Andersen
        Published May 4, 2018
        A landslide after three days of heavy rain buried a stretch of the mountain road above Tarvo, cutting off three villages and trapping two lorries.
        Rescue teams reached the drivers by foot before dawn and carried them down the slope to waiting ambulances, a police spokesman said.
        """ + list + """
        Engineers said the slope was still moving and that it could take a week before machines could safely clear the mud and rocks from the road.
        The villages have food for several days, but the mayor of the largest asked the army to fly in medicine for elderly residents who need regular treatment.
        Residents said the slope above the road had been cracking for months and that they had warned the roads office more than once in writing.
        The regional governor promised an inquiry into the state of the road and said money for new retaining walls would be found this year.
        Share this story
        © 2018 Lakeside Courier
        """;
  }

  private static void has(String body, String... parts) {
    for (String s : parts) {
      assertTrue(body.contains(s), s + " not in " + body);
    }
  }

  private static void hasNot(String body, String... parts) {
    for (String s : parts) {
      assertFalse(body.contains(s), s + " in " + body);
    }
  }

  @Test
  void aLiveFeedAfterTheTextIsNoPartOfTheStory() {
    String b = body("""
        THE HARBOUR HERALD
        Home | Region | World | Live
        Ferry services halted at Port Kessel as dock workers strike
        By Mona Ferris
        Posted: 3 Mar 2019 08:10 GMT
        Dock workers at Port Kessel walked out on Saturday night, halting every ferry to the islands and leaving hundreds of passengers stranded in the terminal.
        The union said the strike would go on until the port authority restored the night shift allowance it cut in January.
        The authority said it was ready to talk but would not pay for days lost to the stoppage, and asked the navy for two landing craft.
        Island councils warned that fuel and medicine would run short within a week if the ferries stayed in port.
        LIVE UPDATES
        Follow our coverage of the strike as it happens.
        14:20
        The first navy landing craft has left for the northern islands with fuel drums on board, a port official says.
        12:45
        Union leaders are meeting the port authority's director in the old customs house.
        10:30
        Queues have formed at the ticket windows as passengers wait for news.
        Comments (1)
        Ilse_K | 3 Mar 2019 at 16:02
        My mother is stuck on the island with no insulin.
        © 2019 The Harbour Herald
        """);
    has(b, "Dock workers at Port Kessel walked out", "fuel and medicine would run short");
    hasNot(b, "LIVE UPDATES", "Follow our coverage", "14:20", "first navy landing craft",
        "Union leaders are meeting", "Queues have formed");
  }

  @Test
  void anArabicLiveFeedWithBlankRowsLeavesTheBody() {
    String b = body("""
        بوابة الوادي الإخبارية
        الرئيسية | محلي | عربي | تغطية مباشرة

        انقطاع المياه عن أحياء واسعة في مدينة الوادي بعد قصف محطة الضخ

        بقلم: هالة الربيعي
        14.02.2018 | 10:00

        انقطعت المياه عن أحياء واسعة في مدينة الوادي بعد أن أصابت قذائف محطة الضخ الرئيسية شمال المدينة فجر الثلاثاء، بحسب مسؤولين في البلدية.

        وقال مدير المحطة إن فرق الصيانة لا تستطيع الوصول إلى المضخات المتضررة بسبب استمرار القصف على المنطقة المحيطة بها.

        ولجأ السكان إلى الآبار القديمة وصهاريج المياه التي ارتفع سعرها إلى ثلاثة أضعاف خلال يومين فقط.

        تغطية مباشرة
        آخر التطورات في الوادي
        13:15
        البلدية تعلن توزيع المياه بالصهاريج على المدارس والمستشفيات ابتداء من المساء.
        11:50
        منظمة إغاثية تقول إن شحنة من أقراص تعقيم المياه في طريقها إلى المدينة.
        09:40
        سكان يتجمعون أمام مبنى البلدية للمطالبة بإصلاح المحطة.

        © 2018 بوابة الوادي الإخبارية
        """);
    has(b, "انقطعت المياه عن أحياء واسعة", "ثلاثة أضعاف خلال يومين");
    hasNot(b, "آخر التطورات", "البلدية تعلن توزيع", "أقراص تعقيم", "سكان يتجمعون");
  }

  @Test
  void aMostReadListWithLeadsBetweenParagraphsLeavesTheStoryWhole() {
    String b = body(landslidePage("""
        MOST READ
        1. Council approves a new bridge over the Marren river after years of delay
        The bridge is due to open in two years and will carry buses as well as cars.
        2. Hospital opens a night clinic for children in the old town
        Parents had asked for the clinic since the only night doctor retired last spring.
        3. Farmers warn of a poor harvest after the late frost
        The union says some orchards have lost most of their blossom.
        """));
    has(b, "A landslide after three days of heavy rain", "Rescue teams reached the drivers",
        "Engineers said the slope was still moving", "money for new retaining walls");
    hasNot(b, "MOST READ", "Council approves a new bridge", "carry buses as well as cars",
        "orchards have lost most of their blossom");
  }

  @Test
  void anUnnumberedMostReadListWithLeadsLeavesItsLastLeadOutOfTheStory() {
    String b = body(landslidePage("""
        MOST READ
        Council approves a new bridge over the Marren river after years of delay
        The bridge is due to open in two years and will carry buses as well as cars.
        Hospital opens a night clinic for children in the old town
        Parents had asked for the clinic since the only night doctor retired last spring.
        Farmers warn of a poor harvest after the late frost
        The union says some orchards in the upper valley have lost most of their blossom this spring.
        """));
    has(b, "A landslide after three days", "Engineers said the slope was still moving",
        "money for new retaining walls");
    hasNot(b, "MOST READ", "night clinic", "orchards in the upper valley");
  }

  @Test
  void aNewsletterBoxQuotingAnotherLeadBetweenArabicParagraphsLeavesTheStoryWhole() {
    String b = body("""
        شبكة السهل الإخبارية
        الرئيسية | محلي | تقارير | رياضة
        حريق كبير يلتهم سوق الحبوب في مدينة السهل ويتسبب بخسائر فادحة
        تقرير: مازن العلي
        الأحد 12/03/2017
        اندلع حريق كبير في سوق الحبوب وسط مدينة السهل مساء السبت، وأتى على عشرات المحال والمستودعات قبل أن تتمكن فرق الإطفاء من السيطرة عليه.
        وقال شهود إن النيران امتدت بسرعة بسبب الرياح القوية وأكياس الحبوب المكدسة في الممرات الضيقة بين المحال.
        النشرة الصباحية
        اشترك لتصلك أبرز أخبار السهل كل صباح. من عدد هذا الصباح:
        «افتتحت البلدية مكتبة عامة جديدة في الحي الشرقي تضم قاعة للمطالعة وركناً للأطفال.»
        بريدك الإلكتروني
        اشترك
        وقدر تجار في السوق خسائرهم بمئات الآلاف من الدولارات، وقالوا إن كثيراً منهم لا يملكون أي تأمين على بضائعهم أو محالهم التي احترقت.
        وأعلنت مديرية الدفاع المدني أن أربعة من رجال الإطفاء أصيبوا بحروق طفيفة خلال إخماد النيران، ونقلوا إلى المستشفى الوطني للعلاج.
        وفتحت الشرطة تحقيقاً لمعرفة أسباب الحريق، فيما رجح مسؤول محلي أن يكون ماس كهربائي في أحد المستودعات وراء اندلاعه.
        ودعا رئيس غرفة التجارة الحكومة إلى تعويض المتضررين وإعادة بناء السوق القديم الذي يعود تاريخه إلى أكثر من مئة عام.
        الوسوم: السهل | حريق | سوق
        """);
    has(b, "اندلع حريق كبير في سوق الحبوب", "الرياح القوية وأكياس الحبوب",
        "وقدر تجار في السوق خسائرهم", "إعادة بناء السوق القديم");
    hasNot(b, "النشرة الصباحية", "افتتحت البلدية مكتبة", "بريدك الإلكتروني");
  }

  @Test
  void aNewsletterBoxsLabelBetweenParagraphsIsTheBoxs() {
    String b = body("""
        Delta Evening News
        Politics | Security | Economy | Opinion
        Security
        Customs officers seize a lorry of smuggled fuel at the Halwan crossing
        By Omar Sadiq and Ruth Keane
        Feb 2, 2021, 9:00 AM
        Customs officers seized a lorry carrying forty tonnes of smuggled diesel at the Halwan crossing on Monday, the border authority said.
        The driver told officers he had been paid to take the lorry across and did not know what it carried, according to a statement.
        THE EVENING DIGEST
        Get the day's main stories in your inbox. Tonight's lead:
        "Teachers in the southern districts went on strike for a third day over unpaid salaries."
        Your email address
        Sign up
        Smuggling of subsidised fuel across the border has grown since prices rose in the neighbouring country last year, officials say.
        The authority said it would add scanners at the crossing by the summer and post more officers on the night shift.
        Tags: Customs | Halwan | Fuel
        """);
    has(b, "Customs officers seized a lorry", "did not know what it carried",
        "Smuggling of subsidised fuel", "more officers on the night shift");
    hasNot(b, "THE EVENING DIGEST", "Teachers in the southern districts", "Sign up");
  }

  @Test
  void aSecondCopyOfTheStoryRightAfterTheTextLeavesTheBody() {
    String b = body("""
        Coastline Herald
        News | Region | World
        Fire destroys fishing boats in the harbour at Port Selma
        By Ama Owusu
        Tuesday 9 May 2017
        A fire swept through the harbour at Port Selma on Monday night, destroying at least 30 fishing boats moored along the eastern quay, the fire service said.
        Fishermen said the flames spread from one boat to the next within minutes, driven by a strong wind off the sea, and that nobody was hurt.
        The mayor promised help for the owners, many of whom had no insurance, and said the cause of the fire would be investigated.
        Coastline Herald AMP
        Fire destroys fishing boats in the harbour at Port Selma
        Published: 2017-05-09
        PORT SELMA — A fire swept through the harbour at Port Selma on Monday night, destroying at least 30 fishing boats moored along the eastern quay, the fire service said.
        Fishermen said the flames spread from one boat to the next within minutes, driven by a strong wind off the sea, and that nobody was hurt.
        View the full article on Coastline Herald
        """);
    assertTrue(b.startsWith("A fire swept through the harbour"), b);
    has(b, "strong wind off the sea", "would be investigated.");
    hasNot(b, "PORT SELMA", "Coastline Herald AMP", "Published: 2017-05-09",
        "View the full article");
    assertEquals(b.indexOf("Fishermen said"), b.lastIndexOf("Fishermen said"), b);
  }

  @Test
  void aNextArticleWithItsOwnHeadAfterAShortStoryIsNotTheStory() {
    Document d = TextPages.read("""
        Lakeside Courier
        News | Region | Sport
        Tarvo road reopens a week after the landslide
        By Piet Andersen
        Published May 11, 2018
        The mountain road above Tarvo reopened on Friday, a week after a landslide buried part of it and cut off three villages, the roads office said.
        Lorries are still barred from the road until engineers finish checking the new retaining wall below the worst bend, a spokesman said.
        Tags: Tarvo | Roads
        Next article
        Council approves a new bridge over the Marren river after years of delay
        By Anna Lind
        May 10, 2018 - 16:30
        The council approved plans on Thursday for a new bridge over the Marren river, ending a dispute over its cost that had lasted almost a decade.
        The bridge will carry buses as well as cars and is due to open in two years, the council's planning chief told reporters after the vote.
        Work on the approach roads will begin in the autumn, and a temporary ferry will run while the old bridge is taken down next spring.
        Continue reading
        © 2018 Lakeside Courier
        """);
    assertEquals("Tarvo road reopens a week after the landslide", d.title());
    assertEquals("2018-05-11", TextPages.day(d));
    String b = d.body().text();
    has(b, "The mountain road above Tarvo reopened", "below the worst bend");
    hasNot(b, "The council approved plans", "temporary ferry");
  }

  @Test
  void anAmendmentNoteRightUnderTheTextIsNoPartOfTheStory() {
    String b = body("""
        Coastline Herald
        Fire destroys fishing boats in the harbour at Port Selma
        By Ama Owusu
        Tuesday 9 May 2017
        A fire swept through the harbour at Port Selma on Monday night, destroying at least 30 fishing boats moored along the eastern quay, the fire service said.
        Fishermen said the flames spread from one boat to the next within minutes, driven by a strong wind off the sea, and that nobody was hurt.
        This article was amended on 10 May 2017 to correct the number of boats destroyed, which an earlier version gave as 40.
        Tags: Port Selma | Fire
        """);
    has(b, "A fire swept through the harbour", "nobody was hurt.");
    hasNot(b, "This article was amended");
  }

  @Test
  void anArabicAmendmentNoteRightUnderTheTextIsNoPartOfTheStory() {
    String b = body("""
        بوابة الوادي الإخبارية
        انقطاع المياه عن أحياء واسعة في مدينة الوادي بعد قصف محطة الضخ
        بقلم: هالة الربيعي
        الأربعاء 14 فبراير 2018
        انقطعت المياه عن أحياء واسعة في مدينة الوادي بعد أن أصابت قذائف محطة الضخ الرئيسية شمال المدينة فجر الثلاثاء، بحسب مسؤولين في البلدية.
        وقال مدير المحطة إن فرق الصيانة لا تستطيع الوصول إلى المضخات المتضررة بسبب استمرار القصف على المنطقة المحيطة بها.
        عُدّل هذا الخبر في 15 فبراير 2018 لتصحيح موقع المحطة، إذ ذكرت نسخة سابقة أنها تقع جنوب المدينة.
        الوسوم: الوادي | مياه
        """);
    has(b, "انقطعت المياه عن أحياء واسعة", "المنطقة المحيطة بها.");
    hasNot(b, "عُدّل هذا الخبر");
  }

  @Test
  void theHeadlinePrintedAgainOverTheStoryKeepsTheStory() {
    String b = body("""
        Lakeside Courier
        News | Region | Sport
        Tarvo road reopens a week after the landslide
        By Piet Andersen
        Published May 11, 2018
        Listen to this story in our app, free for subscribers this week, and share it with friends.
        Get breaking news alerts on your phone the moment they happen, wherever you are.
        Menu
        Tarvo road reopens a week after the landslide
        May 11, 2018
        The mountain road above Tarvo reopened on Friday, a week after a landslide buried part of it and cut off three villages, the roads office said.
        Lorries are still barred from the road until engineers finish checking the new retaining wall below the worst bend, a spokesman said.
        Bus services to the three villages will resume on Monday with a reduced timetable until the end of the month, the operator said.
        Share this story
        """);
    has(b, "The mountain road above Tarvo reopened", "reduced timetable");
  }

  @Test
  void aChronologyRunningForwardInsideTheStoryStays() {
    String b = body("""
        The Harbour Herald
        How the night of the blackout unfolded at Port Kessel
        By Mona Ferris
        Posted: 9 Mar 2019 08:10 GMT
        The power went out across Port Kessel on Friday night, and the port's cranes, lights and pumps all stopped within minutes, officials said.
        Here is how the night unfolded, according to the port authority's log.
        21:05
        The main substation trips after a fire in a transformer bay.
        21:40
        Backup generators start at the terminal but fail at the fuel depot.
        23:15
        Engineers restore power to the terminal and the harbour lights.
        The authority said it would publish a full report on the failure within a month, and that the substation would be rebuilt.
        © 2019 The Harbour Herald
        """);
    has(b, "The power went out across Port Kessel", "main substation trips",
        "Engineers restore power", "publish a full report");
  }

  @Test
  void aSubheadingOverTheStorysProseStays() {
    String b = body("""
        Lakeside Courier
        News | Region | Sport
        Tarvo road reopens a week after the landslide
        By Piet Andersen
        Published May 11, 2018
        The mountain road above Tarvo reopened on Friday, a week after a landslide buried part of it and cut off three villages, the roads office said.
        Lorries are still barred from the road until engineers finish checking the new retaining wall below the worst bend, a spokesman said.
        Bus services to the three villages will resume on Monday with a reduced timetable until the end of the month.
        Inquiry into the slide
        The regional governor has asked an independent engineer to find out why warnings about cracks in the slope were not acted on last winter.
        Villagers said they wanted a second road built so that they would never again be cut off by a single slide.
        Share this story
        """);
    has(b, "Inquiry into the slide", "independent engineer", "a second road built");
  }

  @Test
  void aLaterParagraphShapedLikeAHeadlineStaysWithTheStory() {
    String b = body("""
        Lakeside Courier
        News | Region | Sport
        Flood waters recede in the lower valley as families return home
        By Piet Andersen
        Published June 2, 2018
        Flood waters began to recede in the lower valley on Friday, and families who had spent a week in school halls started returning to their homes.
        Many found their ground floors covered in mud, and the council sent lorries to collect ruined furniture from the streets.
        The council's message to residents: boil all tap water until further notice.
        Health workers said they had seen no outbreak of disease so far but would keep the clinics in the school halls open for another week.
        The river is expected to fall further over the weekend if no more rain falls in the hills upstream, forecasters said.
        Share this story
        """);
    has(b, "Flood waters began to recede", "boil all tap water", "keep the clinics",
        "forecasters said");
  }
}
