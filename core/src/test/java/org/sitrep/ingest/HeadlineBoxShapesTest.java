package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Boxes of other stories' headlines as real pages flatten them: a "More:" label over a few
 * headlines set inside the story, headlines of a "More on" box stacked above the lead, a "most
 * read" list flattened onto one line with its ranks, and a teaser cut after a comma. Pages of our
 * own wording in the shape of the Zyte benchmark's pages flattened to text (the lead's study half
 * in s29); each test but the guards fails on the code before the change.
 */
class HeadlineBoxShapesTest {

  @Test
  void aShortLabelOverHeadlinesInsideTheStoryIsABox() {
    Document d = TextPages.read("""
        Two rangers hurt as landslide closes mountain pass

        14 Oct 2022 07:40 GMT

        Two park rangers were hurt when a landslide closed the Varn mountain pass on Thursday, the regional rescue service said in a statement.

        "The slope gave way after three days of heavy rain, and the rangers were clearing the road at the time," the statement said.

        More:

        Rain warnings extended across the northern valleys

        Villagers evacuated as river bursts its banks

        Rescue teams search for hikers on 'the old trail'

        The service did not say how long the pass would stay closed, but crews were moving heavy machinery to the site on Friday.

        The pass links the valley's three towns with the regional capital and carries most of the area's freight during the harvest.

        Local officials said a temporary route through the forest road would open to light vehicles by the weekend.
        """);
    String body = d.body().text();
    assertFalse(body.contains("Rain warnings extended"), body);
    assertFalse(body.contains("Villagers evacuated"), body);
    assertFalse(body.contains("the old trail"), body);
    assertFalse(body.contains("More:"), body);
    assertTrue(body.contains("Two park rangers were hurt"), body);
    assertTrue(body.contains("The service did not say how long"), body);
    assertTrue(body.contains("a temporary route through the forest road"), body);
  }

  @Test
  void headlinesAndARankedListAboveTheLeadAreNotTheStory() {
    Document d = TextPages.read("""
        Fishing fleet stays in port as fuel prices climb again

        By Tomas Ferreira

        View author archive

        Most Read Today

        1 Bridge repairs to close harbour road for a month 2 Council approves new ferry timetable 3 Storm damage bill reaches record high 4 Schools to reopen after flood clean-up

        Name(required)

        Submit

        March 3, 2023 | 6:15am

        More On:

        fishing

        Fuel subsidy talks stall as fishermen threaten strike

        Coastal towns count cost of empty trawlers

        Fishermen across the region have been told the cost of fuel could rise again,...

        Most of the port's fishing fleet stayed at anchor on Thursday as skippers said the price of diesel had made a day at sea a loss.

        The harbour master said only six of some forty trawlers had left the port since Monday, the fewest in a March week in two decades.

        Skippers' associations have asked the fisheries ministry to bring back a fuel rebate that ended last year.
        """);
    String body = d.body().text();
    assertFalse(body.contains("Bridge repairs to close harbour road"), body);
    assertFalse(body.contains("Fuel subsidy talks stall"), body);
    assertFalse(body.contains("Coastal towns count cost"), body);
    assertTrue(body.startsWith("Most of the port's fishing fleet"), body);
    assertTrue(body.contains("bring back a fuel rebate"), body);
  }

  @Test
  void aRankedListIsOnlyRanksBeforeHeadlines() {
    assertTrue(BodyLines.numberedList("1 Bridge repairs to close harbour road 2 Council approves"
        + " new ferry timetable 3 Storm damage bill reaches record high"));
    assertTrue(BodyLines.numberedList("1 120-year-old bridge to close for repairs 2 Council"
        + " approves ferry timetable 3 '40 jobs lost' as plant shuts"));
    // a sentence with numbers in it, closed or with no headline after its ranks
    assertFalse(BodyLines.numberedList("1 in 2 households said they had 3 or more relatives abroad."));
    assertFalse(BodyLines.numberedList("1 of the 2 bridges and 3 of the roads reopened on Monday"));
  }

  @Test
  void aDeckAndUnclosedParagraphsStayForTheirOwnRules() {
    // one unclosed line above the lead is a deck's matter, not a box of headlines; a page whose
    // paragraphs never close keeps them
    Document d = TextPages.read("""
        Pipeline repairs restore water to southern districts

        Engineers worked through the night after the main burst near the old quarry

        Water returned to the southern districts on Tuesday after engineers repaired a burst main near the old quarry, the city's water company said.

        Some streets will have low pressure until Thursday while the system is flushed, the company added.
        """);
    assertTrue(d.body().text().contains("Water returned to the southern districts"), d.body().text());
    Document open = TextPages.read("""
        Market reopens after month of repairs

        Traders returned to the covered market on Monday after a month of repairs to its roof

        The city council paid for most of the work and the traders' union for the rest

        Stallholders said customers had started to come back by the afternoon
        """);
    assertTrue(open.body().text().contains("Traders returned to the covered market"),
        open.body().text());
    assertTrue(open.body().text().contains("The city council paid"), open.body().text());
  }

  @Test
  void aListOfStoriesWithTheirBylinesAndStampsUnderTheBodyIsNotTheStory() {
    Document d = TextPages.read("""
        Ferry operator suspends night crossings after engine fire

        By HARBOUR NEWS STAFF

        MAY 4, 2023 09:15

        The operator of the island ferry suspended its night crossings on Wednesday after a fire broke out in the engine room of one of its two ships.

        No one was hurt, and the ship returned to port under its own power, a spokeswoman for the operator said on Thursday.

        Council backs plan for second harbour pier

        By HARBOUR NEWS STAFF

        05/04/2023 08:02 AM

        Fishermen protest new quota rules on the northern banks

        By WIRE SERVICES

        05/03/2023 06:40 PM

        Bridge toll to rise in June: 'No alternative'

        By HARBOUR NEWS STAFF

        05/03/2023 04:12 PM

        Mayor: Port expansion will bring 300 jobs to the town

        By WIRE SERVICES

        05/03/2023 01:10 PM

        Storm damage closes coastal path for summer

        By HARBOUR NEWS STAFF

        05/02/2023 11:45 PM

        Lifeboat crew rescues two kayakers off the point

        By HARBOUR NEWS STAFF

        05/02/2023 09:30 PM
        """);
    String body = d.body().text();
    assertTrue(body.contains("The operator of the island ferry suspended"), body);
    assertTrue(body.contains("under its own power"), body);
    assertFalse(body.contains("Council backs plan"), body);
    assertFalse(body.contains("Fishermen protest"), body);
    assertFalse(body.contains("Bridge toll to rise"), body);
    assertFalse(body.contains("Lifeboat crew rescues"), body);
  }

  @Test
  void aPromptAboveAListOfVideosIsNotTheLead() {
    Document d = TextPages.read("""
        Rail strike talks collapse as unions reject pay offer

        Analysis by Petra Lind, Transport Editor

        Updated 1040 GMT March 9, 2023

        Message us on our app. Find out what is happening on the network as it happens.

        NOW PLAYING

        Replay

        MORE VIDEOS

        Commuters face third week of cancelled trains

        Union leader: 'We will not be moved'

        Minister says door is still open to talks

        How the pay dispute began

        Freight firms count cost of the walkouts

        (CNN)Talks to end the national rail strike collapsed on Thursday after the three unions rejected the operators' latest pay offer.

        The unions said the offer fell short of inflation and did not protect jobs in the maintenance depots.
        """);
    String body = d.body().text();
    assertTrue(body.contains("Talks to end the national rail strike collapsed"), body);
    assertFalse(body.contains("Commuters face third week"), body);
    assertFalse(body.contains("We will not be moved"), body);
    assertFalse(body.contains("Freight firms count cost"), body);
  }

  @Test
  void aShareLabelBeforeTheHeadlineAndAPlayersNoticeAreChrome() {
    Document d = TextPages.read("""
        Dam operators open spillway as reservoir nears record

        Share all sharing options for: Dam operators open spillway as reservoir nears record

        Video playback is not supported on your device

        Video captionWhat happens when a spillway opens?

        Operators of the Kessel dam opened its main spillway on Friday as the reservoir rose to within half a metre of its record level, the water authority said.

        Villages downstream were told to move livestock from the river meadows before the evening.
        """);
    String body = d.body().text();
    assertTrue(body.startsWith("Operators of the Kessel dam"), body);
    assertFalse(body.contains("sharing options"), body);
    assertFalse(body.contains("playback"), body);
    assertFalse(body.contains("What happens when a spillway opens"), body);
    assertTrue(TextPageParser.labelAndTitle("Email this: Dam opens spillway",
        "email this: dam opens spillway", "dam opens spillway"));
    // a sentence that ends in the headline's words is not a label and the headline
    assertFalse(TextPageParser.labelAndTitle(
        "The authority said in a statement on its website and to reporters on Friday: dam opens spillway",
        "the authority said in a statement on its website and to reporters on friday: dam opens spillway",
        "dam opens spillway"));
  }

  @Test
  void aGallerysCaptionPrintedOncePerViewIsACaption() {
    Document d = TextPages.read("""
        Harbour crane collapses during storm, no one hurt

        The crane at the container terminal folded in gusts of over 120 km/h on Tuesday night, the port authority said.

        Workers had left the quay an hour earlier when the terminal closed for the storm, a spokesman said.

        A fallen container crane lies across the quay at the eastern terminal on Wednesday morning

        A fallen container crane lies across the quay at the eastern terminal on Wednesday morning

        Photo: Ana Ruiz, Harbour Press

        Image 1 of 3

        A fallen container crane lies across the quay at the eastern terminal on Wednesday morning

        Engineers will inspect the other four cranes before the terminal reopens, which could take a week.

        Shipping lines have been told to divert vessels to the northern port until then.
        """);
    String body = d.body().text();
    assertFalse(body.contains("A fallen container crane lies across the quay"), body);
    assertTrue(body.contains("Engineers will inspect the other four cranes"), body);
    assertTrue(body.contains("Workers had left the quay"), body);
    // a lead printed once more as the caption of the picture above it stays the lead
    Document lead = TextPages.read("""
        Harbour crane collapses during storm, no one hurt

        A container crane collapsed at the eastern terminal on Tuesday night as gusts passed 120 km/h, the port authority said.

        Photo by Ana Ruiz/Harbour Press

        A container crane collapsed at the eastern terminal on Tuesday night as gusts passed 120 km/h, the port authority said.

        Workers had left the quay an hour earlier when the terminal closed for the storm, a spokesman said.

        Engineers will inspect the other four cranes before the terminal reopens, which could take a week.
        """);
    assertTrue(lead.body().text().contains("A container crane collapsed at the eastern terminal"),
        lead.body().text());
  }

  @Test
  void aHeadlineInCapitalsBetweenParagraphsIsALinkButASubheadIsNot() {
    Document d = TextPages.read("""
        Singer pulls out of charity concert after injury

        Analysis by Rosa Klein, Arts Editor

        The singer Lena Park has pulled out of Saturday's charity concert after hurting her ankle at a rehearsal, her agent said on Thursday.

        COMEDIAN ANNOUNCES FAREWELL TOUR AFTER FORTY YEARS ON STAGE

        Organisers said the concert would go ahead with a new headline act, to be named on Friday.

        THE NEW LINE-UP

        Tickets already sold remain valid, and buyers who cannot attend may ask for a refund until Monday.
        """);
    String body = d.body().text();
    assertFalse(body.contains("COMEDIAN ANNOUNCES FAREWELL TOUR"), body);
    assertFalse(body.contains("Analysis by Rosa Klein"), body);
    assertTrue(body.contains("Tickets already sold remain valid"), body);
    assertTrue(BodyLines.capsHeadline("MAYOR QUITS AFTER PARTY ROW OVER NEW BUDGET"));
    assertFalse(BodyLines.capsHeadline("THE NEW LINE-UP"));
    assertFalse(BodyLines.capsHeadline("NATO SAID THE TROOPS WOULD STAY UNTIL THE SPRING."));
    assertFalse(BodyLines.capsHeadline("The UN and the EU said the talks would resume in May"));
  }

  @Test
  void aLongLinePrintedThreeTimesIsNotTheStory() {
    Document d = TextPages.read("""
        Lantern festival returns to the old town after four years

        Thousands of visitors filled the old town's squares on Saturday as the lantern festival returned after four years.

        Lantern Festival 2023 in the Old Town, a night of light and music for the whole family

        The organisers said more than 2,000 lanterns were hung along the river walk this year.

        Lantern Festival 2023 in the Old Town, a night of light and music for the whole family

        Food stalls and a children's parade opened the evening before the lanterns were lit at dusk.

        Lantern Festival 2023 in the Old Town, a night of light and music for the whole family

        The festival continues on Sunday with a concert on the main square.
        """);
    String body = d.body().text();
    assertFalse(body.contains("a night of light and music"), body);
    assertTrue(body.contains("more than 2,000 lanterns"), body);
    assertTrue(body.contains("The festival continues on Sunday"), body);
  }

  @Test
  void aPicturesCreditIsNoCommentersName() {
    // an embedded post's credit ("Image copyright @handle") over its "Report" button, and a
    // photo's credit further down, are not the authors of a comment section
    Document d = TextPages.read("""
        Singer cleared to play her old songs at awards night

        19 November 2019

        A row between the singer and the company that owns her early recordings looks like it is coming to an end.

        The company says she will be allowed to play her old songs at the awards on Sunday.

        But it says she never needed its permission in the first place.

        Image copyright @SongHouse @SongHouse

        Report

        Her first six albums were released through the label, which was bought last year by a firm owned by a music manager.

        At the time she called the sale the worst outcome she could imagine.

        The manager has denied treating her unfairly.

        Image copyright Picture Agency

        Image caption The manager has worked with many stars over his career

        Then, last week, the singer posted a message asking fans for help.
        """);
    String body = d.body().text();
    assertTrue(body.contains("Her first six albums were released"), body);
    assertTrue(body.contains("The manager has denied treating her unfairly."), body);
    assertTrue(d.comments().isEmpty(), d.comments().toString());
  }

  @Test
  void aTrendingBoxOfFiveHeadlinesInsideTheStoryOverItsLastCutParagraph() {
    Document d = TextPages.read("""
        Police free abducted boy after night-long search

        Updated on: May 2, 2022 / 9:40 AM / Metro News

        Police freed a 9-year-old boy on Sunday night, hours after he was taken from outside his school in the east of the city, officers said.

        A motel clerk who recognised the suspect's car from a police alert called officers shortly after midnight, the police chief told reporters.

        Trending News

        Bodycam shows moment officers free abducted boy: "We have him!"

        Man charged after 4 migrants found in lorry: Police

        Wildfire forces evacuation of mountain village

        Teenager held over plot to attack synagogue

        Regulators order airline to inspect engine parts

        Volunteers, neighbours and officers had searched the area's parks and rivers through the night after the boy's mother raised the alarm.

        The footage shows the moment armed officers broke down the door of the motel room and carried the boy out to a waiting am
        """);
    String body = d.body().text();
    assertFalse(body.contains("Trending News"), body);
    assertFalse(body.contains("We have him!"), body);
    assertFalse(body.contains("Regulators order airline"), body);
    assertTrue(body.contains("Volunteers, neighbours and officers had searched"), body);
    assertTrue(body.contains("The footage shows the moment armed officers"), body);
  }

  @Test
  void creditsGluedToCaptionsACommentsHeaderAndALabelledLinkAreChrome() {
    Document d = TextPages.read("""
        Council approves new tram line after two-year debate

        The mayor at a council meeting last month.Credit...Ana Ruiz/The City Daily

        The city council approved a new tram line on Tuesday after two years of debate over its route and cost, the mayor's office said.

        1of3Workers lay test tracks at the depot on Monday, May 2, 2022, ahead of the vote.

        On CityDailyHerald.com: Bus fares to rise by ten cents in June

        Construction is to start next spring and the line should open to passengers in 2026, officials said.

        Shoppers on the high street, where the line will run.Jane Roe/Getty

        Traders on the route said they feared two years of roadworks would keep customers away.

        12 responses to "Council approves new tram line after two-year debate"

        tramfan says:

        May 3, 2022 at 8:14 am

        About time this city got a proper tram.
        """);
    String body = d.body().text();
    assertFalse(body.contains("Credit...Ana Ruiz"), body);
    assertFalse(body.contains("1of3Workers"), body);
    assertFalse(body.contains("On CityDailyHerald.com"), body);
    assertFalse(body.contains("Jane Roe/Getty"), body);
    assertFalse(body.contains("proper tram"), body);
    assertFalse(body.contains("responses to"), body);
    assertTrue(body.contains("The city council approved a new tram line"), body);
    assertTrue(body.contains("Traders on the route said"), body);
  }

  @Test
  void anUnstoppedArabicSentenceOfTheStoryIsNoInsetHeadline() {
    // a short paragraph the writer left without its stop, opening with "and" and a verb of the
    // telling, between two stopped paragraphs: the story's, not another story's headline
    Document d = TextPages.read("""
        قصف مدفعي يستهدف أطراف بلدة الزيتون

        قتل مدنيان وأصيب خمسة آخرون، صباح اليوم الأحد، في قصف مدفعي استهدف الأطراف الشرقية لبلدة الزيتون، بحسب ما أفاد مراسل محلي.

        وقال المراسل إن القصف طال منازل سكنية قرب المدرسة الابتدائية في البلدة

        وأشارت مصادر طبية إلى أن المصابين نقلوا إلى مستشفى المدينة القريب لتلقي العلاج، وأن حالة اثنين منهم حرجة.
        """);
    assertTrue(d.body().text().contains("وقال المراسل إن القصف طال منازل سكنية"), d.body().text());
    assertTrue(BodyLines.insetHeadline("مجلس الأمن يعقد جلسة طارئة لبحث التصعيد في الجنوب"));
    assertFalse(BodyLines.insetHeadline("وقال المراسل إن القصف طال منازل سكنية قرب المدرسة"));
  }

  @Test
  void aReadAlsoLinkInBracketsIsALink() {
    Document d = TextPages.read("""
        افتتاح جسر جديد فوق النهر في المدينة

        افتتحت السلطات المحلية صباح اليوم الاثنين جسرا جديدا فوق النهر يربط شطري المدينة، بعد عامين من أعمال البناء.

        [اقرأ أيضا: إغلاق الطريق الساحلي بسبب الأمطار الغزيرة]

        وقال رئيس البلدية إن الجسر سيخفف الازدحام في وسط المدينة ويختصر زمن الرحلة إلى النصف.
        """);
    String body = d.body().text();
    assertFalse(body.contains("إغلاق الطريق الساحلي"), body);
    assertTrue(body.contains("وقال رئيس البلدية"), body);
  }

  @Test
  void aShortDeckWithNoStopOverTheBylineIsNotTheStory() {
    Document d = TextPages.read("""
        Cup qualifying ends: every team that booked a place

        Sixteen teams are through to next summer's finals

        by Maria Okoro

        @mokorosport

        Mar 28, 2023 at 9:10 pm ET • 2 min read

        Cup qualifying is over. Well, almost. The group stage finished on Tuesday, and sixteen teams have booked places at the finals.

        Here's what to know:

        There's still a chance for these teams

        Each group of teams below will play a semifinal and a final for a place at the finals, under the rules of the competition.

        Path A: Iceland, Latvia, Malta

        Path B: Wales, Norway, Serbia

        Four teams from there will join the field of sixteen.

        Clinching in March

        On Monday, Sweden and Denmark clinched. Denmark drew 1-1 away and Sweden won at home by two goals.
        """);
    String body = d.body().text();
    assertFalse(body.contains("Sixteen teams are through"), body);
    assertTrue(body.startsWith("Cup qualifying is over."), body);
  }
}
