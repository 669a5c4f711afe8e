package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sitrep.events.EventCoderTest.code;
import static org.sitrep.events.EventCoderTest.first;
import static org.sitrep.events.EventCoderTest.ids;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Recipients and destinations on sentences of the genre, written for these tests: whom a deed is
 * aimed at when the page names it elsewhere, in a passive, behind a possessive or a preposition,
 * and where a forced movement goes.
 */
class RecipientsTest {
  @Test
  void forcesOfOneCountryFightTheGroupThePageTargets() {
    List<Event> ev = code("2018-06-16", "The Saudi-led coalition bombed Houthi positions east of"
        + " the port on Friday.", "On Saturday Yemeni government forces captured the airport.");
    Event e = first(ev, "COERCE").orElseThrow();
    assertEquals(List.of("houthis"), ids(e.recipient()));
  }

  @Test
  void aWithdrawalFromAStatesForceIsMadeToItsGovernmentToo() {
    // no one is named for the withdrawal: the side the page sets against the rebels is the
    // Syrian army, and what they give up they give up to the state it answers to
    List<Event> ev = code("2018-07-06", "Syrian army troops shelled rebel positions in the town"
        + " on Friday.", "The rebels withdrew from the town on Saturday.");
    Event e = first(ev, "RETREAT").orElseThrow();
    assertEquals(List.of("syrian-arab-army", "syrian-government"), ids(e.recipient()),
        ev.toString());
    // a deed of force keeps the force alone
    Event s = first(ev, "ASSAULT").orElseThrow();
    assertFalse(ids(s.recipient()).contains("syrian-government"), s.recipient().toString());
  }

  @Test
  void aSeizedHospitalIsAPlaceTakenNotAParty() {
    List<Event> ev = code("2017-10-17", "Kurdish-led fighters captured the national hospital in"
        + " the city on Tuesday.");
    Event e = first(ev, "COERCE").orElseThrow();
    assertFalse(ids(e.recipient()).contains("agent:hospitals"), e.recipient().toString());
    List<Event> ar = code("2017-10-17", "وسيطرت القوات على المستشفى الوطني في المدينة يوم"
        + " الثلاثاء.");
    Event c = first(ar, "COERCE").orElseThrow();
    assertFalse(ids(c.recipient()).contains("agent:hospitals"), c.recipient().toString());
  }

  @Test
  void aGroupOfNoCountryIsTheCommonFoeOfEveryDoer() {
    // the Islamic State is no one's ally: the Iraqi troops' capture is against it, not against
    // the coalition that struck it first
    List<Event> ev = code("2017-08-26", "Coalition jets struck Islamic State positions west of"
        + " the town on Friday.", "On Saturday Iraqi troops captured the town centre.");
    Event e = first(ev, "COERCE").orElseThrow();
    assertEquals(List.of("isis"), ids(e.recipient()), ev.toString());
  }

  @Test
  void aForeignDoerIsNoCommonFoe() {
    // rebels shelled Russian troops; the Syrian regime, Russia's ally, is not set against Russia
    List<Event> ev = code("2018-07-06", "Rebels shelled Russian troops near Daraa on Friday.",
        "On Saturday the Syrian regime captured the town.");
    Event e = first(ev, "COERCE").orElseThrow();
    assertFalse(ids(e.recipient()).stream().anyMatch(id -> id.startsWith("russia")),
        e.recipient().toString());
  }

  @Test
  void aCoordinatedDeedKeepsItsOwnObject() {
    // "the deal provides for the withdrawal of the gunmen from the town and the evacuation of
    // civilians to Idlib": the civilians are the evacuation's, not the withdrawal's
    Event e = first(code("2018-07-06", "ويقضي الاتفاق بانسحاب المسلحين من البلدة وإجلاء"
        + " المدنيين إلى إدلب."), "RETREAT").orElseThrow();
    assertFalse(ids(e.recipient()).contains("civilians"), e.recipient().toString());
  }

  @Test
  void aLaterReportIsNoObjectOfTheDeed() {
    Event e = first(code("2018-07-06", "Warplanes bombed the town on Friday, the opposition said"
        + " it had reached a deal with Russia."), "ASSAULT").orElseThrow();
    assertFalse(ids(e.recipient()).contains("russia"), e.recipient().toString());
  }

  @Test
  void theAgentOfAPassiveIsNoRecipient() {
    Event e = first(code("2016-12-18", "The convoy was stopped at a checkpoint by gunmen of the"
        + " Lebanese Hezbollah group."), "COERCE").orElseThrow();
    assertFalse(ids(e.recipient()).contains("hezbollah"), e.recipient().toString());
  }

  @Test
  void talksNamingNoPartyAreWithTheOneNamedBefore() {
    List<Event> ev = code("2018-07-06", "The opposition began a new round of negotiations with"
        + " Russia on Friday.", "The opposition reached an agreement on Saturday.");
    Event e = first(ev, "AGREE").orElseThrow();
    assertEquals(List.of("russia"), ids(e.recipient()), ev.toString());
  }

  @Test
  void civiliansFarFromAWithdrawalAreNotItsObjectButAStrikeKillsThem() {
    Event e = first(code("2018-07-06", "The gunmen withdrew from the two districts on Sunday"
        + " under a deal that protects civilians."), "RETREAT").orElseThrow();
    assertFalse(ids(e.recipient()).contains("civilians"), e.recipient().toString());
    Event strike = first(code("2018-07-06", "Warplanes bombed the town on Sunday, killing at"
        + " least twelve civilians."), "ASSAULT").orElseThrow();
    assertEquals(List.of("civilians"), ids(strike.recipient()));
  }

  @Test
  void aStrikeByNoOneNamedIsAimedWhereThePagesForceAims() {
    // two doers of force, far from the strike: no doer of it is named; both aim at the Houthis
    List<Event> ev = code("2018-06-16", "The Saudi-led coalition bombed Houthi positions near"
        + " the port on Friday.", "Yemeni government forces shelled Houthi fighters south of the"
        + " city.", "The port lies on the coast.", "Fishermen there sell their catch at dawn.",
        "Airstrikes destroyed the airport on Saturday.");
    Event e = ev.stream().filter(x -> x.eventText().startsWith("Airstrikes")).findFirst()
        .orElseThrow();
    assertEquals(List.of("houthis"), ids(e.recipient()), ev.toString());
    assertEquals(List.of(), ids(e.actor()), ev.toString());
  }

  @Test
  void aSideThatWithdrewIsTheTargetOfTheCaptureThatFollows() {
    // the withdrawal names no foe and the capture no target: who gave the town up held it
    List<Event> ev = code("2018-03-18", "YPG fighters withdrew from the town on Saturday night.",
        "Turkish troops took control of the town on Sunday morning.");
    Event e = first(ev, "COERCE").orElseThrow();
    assertEquals(List.of("ypg"), ids(e.recipient()), ev.toString());
    // "انسحب مقاتلو داعش من البلدة ... ثم سيطرت القوات العراقية عليها"
    List<Event> ar = code("2017-08-27", "انسحب مقاتلو داعش من البلدة فجر السبت.",
        "وسيطرت القوات العراقية على البلدة ظهر الأحد.");
    Event c = first(ar, "COERCE").orElseThrow();
    assertEquals(List.of("isis"), ids(c.recipient()), ar.toString());
    // the withdrawal itself gets no target from it
    Event w = first(ev, "RETREAT").orElseThrow();
    assertEquals(List.of(), ids(w.recipient()), ev.toString());
  }

  @Test
  void partiesBetweenWhomATruceHoldsAreItsRecipients() {
    // "the truce between the Yemeni government and Ansar Allah took effect in the city"
    List<Event> ev = code("2018-12-18", "ودخلت الهدنة بين الحكومة اليمنية و\"أنصار الله\" في"
        + " المدينة حيّز التنفيذ.");
    Event e = first(ev, "RETREAT").orElseThrow();
    assertEquals(List.of("yemen", "houthis"), ids(e.recipient()), ev.toString());
  }

  @Test
  void whereADeedSendsPeopleBackIsItsDestination() {
    List<Event> ev = code("2016-12-17", "Gunmen forced the convoy back to the besieged pocket"
        + " in eastern Aleppo on Saturday.");
    Event e = first(ev, "COERCE").orElseThrow();
    assertEquals("east-aleppo", e.destination() == null ? null : e.destination().gazetteerId(),
        ev.toString());
  }

  @Test
  void theTollOfADeedOfForceNamesWhomItHit() {
    // the soldiers who died are the bombing's target, whoever carried it out
    Event e = first(code("2019-05-08", "Four Iraqi soldiers died as a result of a car bomb attack"
        + " carried out by Islamic State militants near the town on Monday."), "ASSAULT")
        .orElseThrow();
    assertEquals(List.of("isis"), ids(e.actor()), e.toString());
    assertEquals(List.of("iraqi-army"), ids(e.recipient()), e.toString());
    // "the artillery shelling led to the death of three members of the regime forces": the
    // regime forces suffer it and do not shell
    Event a = first(code("2019-05-08", "وأدى القصف المدفعي إلى مقتل ثلاثة عناصر من قوات النظام"
        + " قرب البلدة."), "ASSAULT").orElseThrow();
    assertFalse(ids(a.actor()).contains("syrian-arab-army"), a.toString());
    assertEquals(List.of("syrian-arab-army"), ids(a.recipient()), a.toString());
  }

  @Test
  void aCountOfPeopleKilledIsWhomTheDeedWasDoneTo() {
    // no catalogue names "people": the count before the passive is the strike's toll, and it
    // comes before the children named after the verb
    Event e = first(code("2019-10-10", "Twelve people were killed including four children when"
        + " jets struck the market on Sunday."), "ASSAULT").orElseThrow();
    assertEquals(List.of("civilians"), ids(e.recipient()), e.recipient().toString());
    assertEquals("people", e.recipient().get(0).entityText());
  }

  @Test
  void civiliansRightBeforeTheParticipleSufferIt() {
    // "reports of civilians killed": a reduced passive, the civilians are the ones killed
    Event e = first(code("2019-10-10", "The agency cited reports of civilians killed in the"
        + " village by artillery fire."), "ASSAULT").orElseThrow();
    assertEquals(List.of("civilians"), ids(e.recipient()), e.recipient().toString());
  }
}
