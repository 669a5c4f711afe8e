package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * The header and inset chrome of s34's study (transfer-25 to transfer-28's misses), on pages of
 * our own wording: a national paper's header between its deck and its lead (an audio player, a
 * share link, a bare share count, "Reporting from …", "Published … Updated …, ET"), a caption
 * opening with no verb over a "Credit..." line, a box of question headlines under "Read more on
 * …", a contributor's line, a correction and the print edition's note; a site's greeting and
 * menu over the headline; captions by their present tense, by a credit word after their stop and
 * by a picture's credit in brackets; a fact box's label over unbulleted items, a poll with
 * answers of a few words, a dialling code's ad, a study's numbered references. Fails on the code
 * before the change.
 */
class PaperHeaderAndInsetShapesTest {

  @Test
  void aPapersHeaderBetweenDeckAndLeadIsChromeAndItsOriginalDateStands() {
    Document d = TextPages.read("""
        Skip to content
        World
        The Morning Ledger
        SKIP ADVERTISEMENT
        Supported by
        In the Hill Towns, Families Count the Dead After Two Nights of Shelling
        Residents said the shells fell on homes and a school as the army pushed toward the pass. The governor has promised an inquiry.
        Listen to this article · 7:02 min Learn more
        Share full article
        845
        By Jane Roe and John Doe
        Reporting from the hill towns
        Published June 3, 2025 Updated June 4, 2025, 9:15 a.m. ET
        Mourners at a cemetery outside the town of Karsa, on Sunday. Families said the dead had been buried in haste.
        Credit...Ann Lee for The Morning Ledger
        The shelling began shortly after dark on Friday, residents said, and went on until the early hours of Sunday, striking houses on both sides of the main road.
        At least 23 people were killed in the town, according to a doctor at the district hospital who shared a list of the dead with the Ledger.
        Read more on the war in the hills
        Who Controls the Pass, and Why Does It Matter?
        A Year After the Truce, the Hill Towns Empty Again
        The army said its units had returned fire at positions used by insurgents and denied that it had targeted civilians.
        Aid workers said roads into the towns remained closed on Monday, and that the school had been used as a shelter.
        Sam Fares contributed reporting from the capital.
        Correction: June 4, 2025
        An earlier version of this article misstated the number of schools hit. It was one, not two.
        A version of this article appears in print on June 4, 2025, Section A, Page 8 of the national edition.
        """);
    String body = d.body().text();
    assertEquals("In the Hill Towns, Families Count the Dead After Two Nights of Shelling", d.title());
    assertEquals("2025-06-03", d.published().value().substring(0, 10));
    assertTrue(body.startsWith("The shelling began shortly after dark on Friday"), body);
    assertTrue(body.contains("had been used as a shelter"), body);
    for (String chrome : new String[] {"Residents said the shells fell", "Listen to this article",
        "Share full article", "845", "By Jane Roe", "Reporting from", "Published June 3",
        "Mourners at a cemetery", "Credit...", "Who Controls the Pass",
        "A Year After the Truce", "contributed reporting", "Correction:", "An earlier version",
        "appears in print"}) {
      assertFalse(body.contains(chrome), chrome + " in " + body);
    }
  }

  @Test
  void aSitesGreetingAndMenuOverTheDateAreNotTheHeadline() {
    Document d = TextPages.read("""
        Skip to main content
        Welcome to the Regional Mission
        Language
        English
        Regional Stabilization Mission in the Lake Provinces
        About | Mandate | Leadership | Protection of civilians | News | Contact
        Home / News / Lake Province
        12 February 2025
        Peacekeepers evacuate wounded after militia attack on villages near the lake
        Peacekeepers evacuated 11 wounded civilians by helicopter after armed men attacked several villages near the lake on Monday, the mission said.
        According to local authorities, at least 30 people were killed and dozens of houses were burned.
        The mission's human rights office has sent a team to the villages to document the attack.
        """);
    assertEquals("Peacekeepers evacuate wounded after militia attack on villages near the lake",
        d.title());
    assertEquals("2025-02-12", d.published().value().substring(0, 10));
  }

  @Test
  void captionsByTenseCreditWordAndBracketedPictureCreditGo() {
    String body = TextPages.read("""
        The Harbour Times
        Port traffic falls as strikes on shipping continue
        By Jane Roe
        12 May 2025
        Cargo handlers board a supply vessel bound for the islands at the main port last Saturday. Supplied
        Shipping traffic through the strait fell by almost half last month as attacks on merchant vessels continued, port officials said on Sunday.
        Insurers have raised premiums for ships calling at ports in the region, and several lines have diverted vessels around the cape.
        Smoke rises over the port after strikes on warehouses on Wednesday afternoon.
        The port authority said two warehouses had been destroyed and that loading had been suspended for a day.
        Dock workers hold a vigil at the gates of the port on Thursday evening. (Photo by Ann Lee | The Harbour Times)
        Officials said they expected traffic to recover slowly once the navy began escorting convoys.
        """).body().text();
    assertTrue(body.startsWith("Shipping traffic through the strait"), body);
    assertTrue(body.contains("escorting convoys"), body);
    assertTrue(body.contains("two warehouses had been destroyed"), body);
    assertFalse(body.contains("Cargo handlers board"), body);
    assertFalse(body.contains("Smoke rises over the port"), body);
    assertFalse(body.contains("Dock workers hold a vigil"), body);
  }

  @Test
  void aFactBoxPollDiallingAdAndReferencesGoAndTheStoryStays() {
    String body = TextPages.read("""
        Sahel Review
        Displacement in the border region reaches new high
        By Jane Roe
        3 April 2025
        More than two million people have fled their homes in the border region, the United Nations said on Tuesday, after a year of attacks on villages.
        Key points
        More than two million displaced in the region
        Nearly five million people facing acute hunger
        Aid agencies said convoys had been unable to reach several districts since January because of fighting on the main roads.
        POLL
        Should the regional force stay in the border region?
        Yes, keep them there
        No, bring them home
        Undecided
        Vote | View Results
        SahelPay: send money to any network at zero fees this month. Dial *747#
        The government said it would open two new camps near the regional capital before the rainy season.
        (1) United Nations statement on displacement in the border region, 1 April 2025.
        (2) Ministry of Health bulletin, 2 April 2025.
        """).body().text();
    assertTrue(body.contains("More than two million people have fled"), body);
    assertTrue(body.contains("convoys had been unable to reach"), body);
    assertTrue(body.contains("two new camps"), body);
    for (String chrome : new String[] {"Key points", "Should the regional force", "Yes, keep",
        "No, bring", "View Results", "Dial *747#", "(1) United Nations statement",
        "(2) Ministry of Health"}) {
      assertFalse(body.contains(chrome), chrome + " in " + body);
    }
  }

  @Test
  void slashAndBracketCreditsPlayersAndSponsorSlotsGoAndTheStoryGoesOn() {
    String body = TextPages.read("""
        Horn Review
        Militants storm army base near the river, dozens killed
        By Staff | 16 Mar 2025 | 11:42 am
        Soldiers on patrol near the river town in January. / Army Media
        Militants attacked an army base near the river town before dawn on Saturday, setting off hours of fighting in which dozens of soldiers and militants were killed, officials said.
        Military vehicles in a street of the capital
        (لقطة من مقطع متداول)
        The assault began with a car bomb at the main gate, followed by an attack by gunmen from several directions, a commander said by phone.
        Sponsor Message
        The army said reinforcements had reached the base by midday and that the attackers had withdrawn toward the forest.
        Audio Player
        00:00
        02:34
        Use Up/Down Arrow keys to increase or decrease volume.
        A resident of the town said families had fled to the next village during the fighting and had not yet returned.
        Recommended
        Regional force to stay another year, leaders agree
        Opinion: What the attacks mean for the region
        The defence ministry said it had opened an inquiry into how the attackers had reached the base unnoticed, and promised a report within a month.
        Advertisement
        The group has carried out dozens of attacks on bases in the region since the start of the year, according to a count by a monitoring group.
        Officials said the base would be rebuilt and its garrison reinforced before the rainy season begins next month.
        """).body().text();
    assertTrue(body.startsWith("Militants attacked an army base"), body);
    for (String story : new String[] {"The assault began", "reinforcements had reached",
        "families had fled", "opened an inquiry", "dozens of attacks on bases",
        "before the rainy season"}) {
      assertTrue(body.contains(story), story + " missing from " + body);
    }
    for (String chrome : new String[] {"Army Media", "لقطة", "Sponsor Message", "Audio Player",
        "Arrow keys", "Regional force to stay", "Opinion: What the attacks"}) {
      assertFalse(body.contains(chrome), chrome + " in " + body);
    }
  }

  @Test
  void captionsInThePresentAndAnAgencysPhotoCreditGoInEitherLanguage() {
    String ar = TextPages.read("""
        شبكة المهجر
        لاجئون سودانيون في السويد يروون ساعات الرعب في الفاشر
        بقلم: سارة علي
        12 أبريل 2025
        روى لاجئون سودانيون يقيمون في السويد لموقعنا كيف فقدوا الاتصال بذويهم في مدينة الفاشر بعد الهجوم الذي شنته قوات الدعم السريع على المدينة يوم الجمعة الماضي.
        محمود أبو ظاهر يعرض صور أقاربه في منزله بمدينة مالمو.
        وقال أبو ظاهر إنه لم يسمع صوت شقيقه منذ ثلاثة أيام، وإن آخر رسالة وصلته كانت صورة لمنزل العائلة بعد قصفه.
        الجيش يستعيد السيطرة على مواقع في شمال المدينة بعد معارك عنيفة استمرت ثلاثة أيام وفق مصادر محلية.
        وتقول منظمات إغاثة إن آلاف العائلات نزحت من المدينة خلال الأسبوع الماضي باتجاه مخيمات قريبة تعاني نقصاً حاداً في المياه.
        """).body().text();
    assertTrue(ar.contains("روى لاجئون سودانيون"), ar);
    assertTrue(ar.contains("الجيش يستعيد السيطرة"), ar); // a report: it names who says so
    assertTrue(ar.contains("وتقول منظمات إغاثة"), ar);
    assertFalse(ar.contains("يعرض صور أقاربه"), ar);
    String en = TextPages.read("""
        Valley Sports Wire
        James posts another triple-double as Lakers win again
        By Staff
        November 19, 2019
        LOS ANGELES (AP) — LeBron James recorded a triple-double against his 30th opponent on Monday night, and the Lakers won for the 12th time in 13 games.
        Los Angeles Lakers' LeBron James dunks during the first half of the game against the Oklahoma City Thunder, Nov. 18, 2019, in Los Angeles. (AP Photo/Mark Terrill)
        Anthony Davis scored 34 points as the Lakers pulled away in the fourth quarter to finish a perfect four-game homestand.
        """).body().text();
    assertTrue(en.contains("Anthony Davis scored 34 points"), en);
    assertFalse(en.contains("AP Photo"), en);
  }
}
