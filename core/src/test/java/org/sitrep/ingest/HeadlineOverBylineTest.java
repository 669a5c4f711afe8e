package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Headers of transfer-24's, transfer-25's and transfer-26's study halves (s32), on pages of our
 * own wording: the headline is the line over the byline and the date line (a writer's and an
 * outlet's name, labels between), whether the header took a site's name or a kicker for it or
 * the body's first line was the headline; found there, the page is read again from it, so its
 * deck, byline and date line are its header. Fails on the code before the change.
 */
class HeadlineOverBylineTest {

  private static final String LEAD = "For Omar Said, the first sign that something was wrong came"
      + " in a voice message from a cousin in the south, sent just after dawn while he was"
      + " opening his store.";

  @Test
  void theLineOverTheBylineAndDateIsTheHeadlineUnderASiteName() {
    Document d = TextPages.read("""
        The Lakeside Courier
        Subscribe
        Sign In
        News
        Sports
        Business
        Opinion
        Obituaries
        Families in the city wait for news after strikes across the south kill dozens
        Rana Haddad
        Lakeside Courier
        Published 6:02 p.m. ET Sept. 24, 2024
        LEAD
        By the afternoon, the street where his parents live had been hit twice, and his mother and father were in a car heading north with whatever they could carry.
        "My father is 78. He told me this is worse than anything he has seen," he said at the store on Tuesday.
        """.replace("LEAD", LEAD));
    assertEquals("Families in the city wait for news after strikes across the south kill dozens",
        d.title());
    assertTrue(d.body().text().contains("first sign that something was wrong"));
  }

  @Test
  void aKickerOverTheHeadlineGivesWayAndTheDeckIsNoParagraph() {
    Document d = TextPages.read("""
        DE | EN
        The Weekly International
        Subscribe | Sign in
        International
        Europe
        World
        Opinion
        The War in Ukraine
        Holding the Line Near the River: "We Count the Days in Drones"
        Soldiers on the eastern front say glide bombs and drone swarms have changed the nature of the war. A visit to the last towns before the front.
        By Katrin Albers and Jonas Weber in Pokrovsk, Ukraine
        Friday, 11 October 2024 | 6:04 PM CEST • from issue 42/2024
        The drone operator who calls himself Fox has not properly seen daylight in three days, and his unit has lost two of its vehicles to drones since Sunday.
        "They come in twos and threes now, never in columns," he says, without taking his eyes off the screen in the dugout west of the town.
        The town, a logistics hub that had some 60,000 residents before the full-scale invasion, has become the focus of the fighting in the east this autumn.
        """);
    assertEquals("Holding the Line Near the River: \"We Count the Days in Drones\"", d.title());
    assertFalse(d.body().text().contains("A visit to the last towns"), d.body().text());
    assertTrue(d.body().text().contains("has not properly seen daylight"));
  }

  @Test
  void aHeadlineReadAsTheLeadIsReadAgainWithItsHeader() {
    Document d = TextPages.read("""
        Members: Log In | Join | Renew
        Service Record
        The Magazine of the Veterans League
        News & Policy
        Benefits
        Health
        Features
        NEWS & POLICY
        As the drawdown in Syria begins, veterans of the fight warn about the camps
        The Pentagon says it will consolidate forces to fewer than 1,000 troops. Those who served there say the detention sites are the weak point.
        By Mark Hall
        April 22, 2025
        The decision to cut the number of US troops in Syria roughly in half over the coming months has revived an old worry among those who served there.
        A spokesman said on Friday that the military would consolidate its forces at a smaller number of sites in the northeast of the country.
        Defense officials described the move as deliberate and based on conditions on the ground, citing progress against the group's remnants.
        """);
    assertEquals("As the drawdown in Syria begins, veterans of the fight warn about the camps",
        d.title());
    String body = d.body().text();
    assertFalse(body.contains("weak point"), body);
    assertFalse(body.contains("By Mark Hall"), body);
    assertFalse(body.contains("April 22, 2025"), body);
    assertTrue(body.startsWith("The decision to cut"), body);
    assertEquals("2025-04-22", d.published().value().substring(0, 10));
  }

  @Test
  void aSummaryBoxBetweenHeadlineAndDateLineIsTheHeaders() {
    // transfer-25's study half: a business channel's "KEY POINTS" under its headline
    Document d = TextPages.read("""
        DOW FUT 38,176.00 +25.00 +0.07%
        S&P FUT 4,907.25 -3.50 -0.07%
        Market TV
        Markets
        Business
        Investing
        Livestream
        ENERGY
        Oil climbs as tanker attack and deadly strike on troops stoke supply fears
        KEY POINTS
        Brent crude rose nearly 1% after rebels hit a fuel tanker operated on behalf of a trader.
        A drone attack killed three service members at a base on Sunday, raising concerns.
        Analysts say a lasting disruption to supply remains unlikely, capping gains.
        Published Mon, Jan 29 2024 7:32 AM EST
        Updated Mon, Jan 29 2024 11:04 AM EST
        Oil prices rose on Monday after rebels struck a fuel tanker in the gulf and a drone attack killed three service members at a base near the border.
        Brent crude futures for March gained 67 cents, or 0.8%, to $84.22 a barrel by mid-morning in New York, after touching their highest level in two months.
        The rebels fired an anti-ship missile at the tanker, which was carrying naphtha, on Friday, setting it ablaze for hours before the crew put the fire out.
        """);
    assertEquals("Oil climbs as tanker attack and deadly strike on troops stoke supply fears",
        d.title());
    String body = d.body().text();
    assertTrue(body.startsWith("Oil prices rose on Monday"), body);
    assertFalse(body.contains("KEY POINTS"), body);
    assertFalse(body.contains("capping gains"), body);
  }

  /* s33, transfer-27's study half: a tagline taken for the title, the headline over a longer
   * deck that the first paragraphs echo more, then the byline and the date line. */
  @Test
  void theDeckTheLeadEchoesMoreStaysUnderItsHeadline() {
    Document d = TextPages.read("""
        Andes Wire

        Colombia news in English

        Lee en español

        News | Politics | Security | Business | Travel | Support us

        Security

        Thousands flee the Lowlands as two armed groups fight for control

        Authorities say at least 80 people have been killed in the northern region since the fighting began

        By Laura Gomez

        January 20, 2025 - 8:45 am COT

        Share on WhatsApp | Share on X | Copy link

        Thousands of people have fled their homes in the Lowlands region of northern Colombia since fighting broke out between two armed groups, local authorities said.

        The violence began on Thursday, when fighters of one group attacked communities in three municipalities that they accused of supporting the other.

        Displaced families arrive at a sports hall in the city that has been turned into a shelter.

        Photo: City mayor's office

        The governor of the department said at least 80 people had been killed and more than 11,000 displaced, many of them arriving in the city and in nearby towns.

        Families keep arriving on foot and on motorbikes. Schools in our area are full and we urgently need food, water and mattresses.

        — Lowlands Farmers' Association (@lowlandsfarmers) January 19, 2025
        """);
    assertEquals("Thousands flee the Lowlands as two armed groups fight for control", d.title());
    assertTrue(d.body().text().contains("Thousands of people have fled"));
  }
}
