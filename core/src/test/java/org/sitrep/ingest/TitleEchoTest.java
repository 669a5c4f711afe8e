package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * The title checked against the lead ({@link TitleEcho}): pages in wording of our own whose first
 * title-like line is a slogan, a channel's name, a breadcrumb or a browser's print header, and
 * pages whose title must stay although the lead names the outlet above it or restates a deck.
 * The slogan and the breadcrumb/print-header tests fail without TitleEcho; the channel page and
 * the organisation page pass there too (guards: the headline over a post leaves the body, a
 * name and a deck the lead echoes do not take the title).
 */
class TitleEchoTest {
  private static Document read(String page) {
    return TextPages.read(page);
  }

  @Test
  void aSloganAboveTheHeadlineGivesWay() {
    Document d = read("""
        Valley Courier
        Honest reporting for every household in the valley
        Regional
        Floods cut the coastal road between two fishing towns
        March 4, 2021
        Floods cut the coastal road between the two fishing towns of Marsa and Tell on Wednesday after two days of heavy rain, local officials said.
        Crews worked through the night to clear mud from the road, and the officials said it could reopen by the weekend.
        Residents of both towns were asked to avoid the coastal road until engineers had checked the bridges.
        """);
    assertEquals("Floods cut the coastal road between two fishing towns", d.title());
  }

  @Test
  void aBreadcrumbOrAPrintHeaderGivesWayToTheBareHeadline() {
    Document crumb = read("""
        Harbour Talk Forum > Local News > Fire destroys warehouse at the old harbour
        Register
        Search
        #1
        Fire destroys warehouse at the old harbour
        A fire destroyed a warehouse at the old harbour early on Monday, and firefighters needed six hours to bring the flames under control, the civil defence said.
        No one was hurt, but the owners said the stored grain was lost and that the damage ran into the millions.
        The cause of the fire is being investigated, the civil defence added.
        """);
    assertEquals("Fire destroys warehouse at the old harbour", crumb.title());
    Document print = read("""
        4/2/22, 7:41 AM Drought dries up wells in three southern villages – Plains Daily
        Drought dries up wells in three southern villages
        April 1, 2022
        The drought has dried up the wells of three southern villages, forcing families to buy water from tankers at high prices, the local council said on Friday.
        The council said it had asked the ministry for new wells to be drilled before the summer.
        Farmers in the villages said they had lost most of their wheat this season.
        https://plainsdaily.example/drought-wells-2022 1/1
        """);
    assertEquals("Drought dries up wells in three southern villages", print.title());
  }

  @Test
  void aChannelNameGivesWayToTheHeadlineOverThePost() {
    Document d = read("""
        تيليغرام
        شبكة أخبار الساحل
        ١٢ ألف مشترك
        انهيار جسر قديم على نهر الوادي بعد السيول
        انهار جسر قديم على نهر الوادي في الساحل صباح اليوم بعد سيول جرفت أجزاء من أساساته، دون تسجيل إصابات بين المارة.
        وأغلقت البلدية الطرق المؤدية إلى الجسر ودعت السكان إلى استخدام الطريق الشمالي.
        وقال مهندسون إن الجسر كان بحاجة إلى صيانة منذ سنوات.
        """);
    assertEquals("انهيار جسر قديم على نهر الوادي بعد السيول", d.title());
    assertFalse(d.body().text().contains("انهيار جسر قديم على نهر الوادي بعد السيول"));
  }

  @Test
  void anOrganisationsNameAboveAndADeckBelowDoNotTakeTheTitle() {
    Document d = read("""
        Coastal Relief Network
        Home
        What we do
        Press release
        Aid convoy reaches flooded districts in the east
        The convoy carried food and tents for families who lost their homes to the flood
        12 May 2022
        The Coastal Relief Network said its convoy carried food and tents for families who lost their homes to the flood and reached the flooded districts in the east on Thursday.
        The Coastal Relief Network said it would send a second convoy next week if the roads stayed open.
        Local officials said more than two thousand families had left their homes.
        """);
    assertEquals("Aid convoy reaches flooded districts in the east", d.title());
  }
}
