package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.EventCoderTest.code;
import static org.sitrep.events.EventCoderTest.first;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Claimants and destinations on sentences of the genre, written for these tests: who says so
 * (a speaker after a quotation, a pronoun speaker, whom a source told, the scope of an Arabic
 * reporting verb) and where a movement goes.
 */
class ArgumentsTest {
  private static List<String> names(Event e) {
    return e.claim().claimants().stream().map(Event.Claimant::name).toList();
  }

  private static String destination(Event e) {
    return e.destination() == null ? null : e.destination().gazetteerId();
  }

  @Test
  void aPersonNamedAfterTheQuotationSpeaks() {
    List<Event> ev = code("2018-07-15", "\"Gunmen stopped the convoy and shelled the road,\""
        + " said Khalid Omar Al-Hassan, a driver who was on the first bus.");
    Event e = first(ev, "ASSAULT").orElseThrow();
    assertEquals(List.of("Khalid Omar Al-Hassan"), names(e));
  }

  @Test
  void aPronounBeforeAnyReportingVerbCarriesTheLastVoice() {
    List<Event> ev = code("2018-07-15", "The Syrian Observatory for Human Rights said rebels left"
        + " the town of Busra al-Sham on Sunday.", "It also cited reports that government forces"
        + " shelled the road to the town.");
    Event e = first(ev, "ASSAULT").orElseThrow();
    assertEquals("sohr", e.claim().claimants().get(0).identifierId());
  }

  @Test
  void aStateSpeaksThroughTheBodyItsWordsName() {
    List<Event> ev = code("2019-10-12", "Turkey's defence ministry said its forces shelled YPG"
        + " positions near the town of Tal Abyad on Saturday.");
    Event e = first(ev, "ASSAULT").orElseThrow();
    assertEquals(List.of("Turkey's defence ministry"), names(e));
    assertEquals("turkey", e.claim().claimants().get(0).identifierId());
  }

  @Test
  void theAgencyASourceToldMayFollowItsLongName() {
    List<Event> ev = code("2018-07-05", "وقال مصدر عسكري لوكالة الأنباء الألمانية (د.ب.أ) إن"
        + " المسلحين انسحبوا من بلدة بصرى الشام.");
    Event e = first(ev, "RETREAT").orElseThrow();
    assertEquals("dpa", e.claim().claimants().get(0).identifierId(), names(e).toString());
  }

  @Test
  void aClauseBeforeAnArabicReportingVerbIsNotItsReport() {
    List<Event> ev = code("2018-07-07", "بعد قصف عنيف استهدف بلدة بصرى الشام، أعلنت المعارضة"
        + " التوصل إلى اتفاق لوقف إطلاق النار.");
    Event shelling = first(ev, "ASSAULT").orElseThrow();
    assertTrue(shelling.claim().claimants().isEmpty(), names(shelling).toString());
    List<Event> asPreposition = code("2016-12-15", "وتم التوصل إلى اتفاق لإخراج المسلحين من"
        + " الأحياء الشرقية في حلب، على ما أفاد مصدر عسكري سوري لوكالة فرانس برس.");
    Event out = first(asPreposition, "RETREAT").orElseGet(() -> first(asPreposition, "CONCEDE")
        .orElseThrow());
    assertTrue(!out.claim().claimants().isEmpty(), "على ما أفاد covers the clause before it");
  }

  @Test
  void anArabicSourceIsNamedInItsCitationForm() {
    List<Event> ev = code("2018-07-07", "وقصفت القوات البلدة أمس، في حين أن مصدرًا صحفيًا"
        + " أردنيًا أكد أن رتلا عسكريا روسيا دخل معبر نصيب الحدودي.");
    assertTrue(ev.stream().anyMatch(e -> names(e).contains("مصدر صحفي أردني")),
        ev.stream().map(ArgumentsTest::names).toList().toString());
  }

  @Test
  void aMovementTakesTheDestinationThePageGivesIt() {
    List<Event> ev = code("2018-07-15", "Rebels and their families began evacuating the town of"
        + " Busra al-Sham on Sunday.",
        "Residents said the buses were checked by the military police before setting off in the"
        + " afternoon for the northwestern province of Idlib.");
    Event e = first(ev, "RETREAT").orElseThrow();
    assertEquals("Busra al-Sham", e.eventLoc().text());
    assertNotNull(e.destination());
    assertTrue(e.destination().text().contains("Idlib"), e.destination().toString());
  }

  @Test
  void aDestinationBehindItsNounGroupAndAStateAsItsCountry() {
    // (the stop at the checkpoint is a restriction of its own, s39: the turning back is the last)
    Event back = code("2016-12-16", "Militiamen stopped the convoy at a checkpoint, then"
        + " forced the buses to go back to the besieged area of Aleppo city.").stream()
        .filter(e -> e.event().contains("COERCE")).reduce((a, b) -> b).orElseThrow();
    assertTrue(back.destination() != null && back.destination().text().equals("Aleppo"),
        String.valueOf(back.destination()));
    Event jordan = first(code("2018-07-05", "وغادر قادة المسلحين مدينة درعا باتجاه الأردن."),
        "RETREAT").orElseThrow();
    assertEquals("country:JO", destination(jordan));
    Event arrived = first(code("2016-12-19", "ووصلت إلى مناطق سيطرة النظام في مدينة حلب قافلة"
        + " إجلاء تقل مئات المدنيين من بلدتي الفوعة وكفريا."), "RETREAT").orElseThrow();
    assertNotNull(arrived.destination());
    assertEquals("حلب", arrived.destination().text());
  }

  @Test
  void aDepartureIsNoDestination() {
    Event e = first(code("2018-07-15", "Hundreds of fighters left the town of Busra al-Sham on"
        + " Sunday."), "RETREAT").orElseThrow();
    assertNull(e.destination());
    Event planned = first(code("2018-07-22", "The deal will force the fighters to leave Tafas"
        + " within three days."), "CONCEDE").orElseThrow();
    assertNull(planned.destination(), "an infinitive's \"to\" is no destination");
  }

  private static List<String> recipients(Event e) {
    return e.recipient().stream().map(Event.Entity::identifierId).toList();
  }

  @Test
  void twoSidesThatBothUseForceOnAPageAreEachOthersTarget() {
    List<Event> ev = code("2018-06-16", "Houthi fighters fired a rocket at the port on Friday.",
        "On Saturday the Saudi-led coalition seized the airport after heavy fighting.");
    Event e = first(ev, "COERCE").orElseThrow();
    assertEquals(List.of("houthis"), recipients(e));
  }

  @Test
  void aDealIsMadeWithTheOtherSide() {
    // the government's forces fought the Free Syrian Army: the government's deal is with it
    List<Event> ev = code("2018-07-06", "Syrian government forces shelled Free Syrian Army"
        + " positions near Daraa on Thursday.", "On Friday the Syrian government reached a"
        + " ceasefire deal.");
    Event e = first(ev, "AGREE").orElseThrow();
    assertEquals(List.of("fsa"), recipients(e));
  }

  @Test
  void anArabicNameAfterAPrepositionIsNoSubjectButAfterATitleItActs() {
    Event truce = first(code("2018-12-14", "وفي تقرير للأمم المتحدة والتهدئة في المدينة مستمرة."),
        "AGREE").orElseThrow();
    assertTrue(truce.actor().isEmpty(), truce.actor().toString()); // "in a report of the UN"
    Event welcome = first(code("2018-12-14", "ورحب الأمين العام للأمم المتحدة بالاتفاق."),
        "SUPPORT").orElseThrow(); // the UN's Secretary-General welcomed the agreement
    assertEquals(List.of("un"), welcome.actor().stream().map(Event.Entity::identifierId).toList());
    assertTrue(welcome.recipient().isEmpty(), welcome.recipient().toString());
  }

  @Test
  void partiesToTalksAreEachOthersRecipientsEvenWithAQuotedConjunct() {
    Event talks = first(code("2018-12-13", "وتوصلت الحكومة اليمنية و\"أنصار الله\" في محادثات في"
        + " السويد إلى اتفاق لوقف إطلاق النار في الحديدة."), "CONSULT").orElseThrow();
    List<String> actors = talks.actor().stream().map(Event.Entity::identifierId).toList();
    assertTrue(actors.contains("houthis") && actors.size() == 2, actors.toString());
    assertEquals(actors, recipients(talks));
  }

  @Test
  void unitsOfAForceAreThatForce() {
    Event e = first(code("2018-07-07", "وأكد المصدر أن رتلا من الشرطة العسكرية الروسية دخل"
        + " إلى معبر نصيب الحدودي."), "MOBILIZE").orElseThrow();
    assertEquals(List.of("russian-military-police"),
        e.actor().stream().map(Event.Entity::identifierId).toList());
  }

  private static List<String> actors(Event e) {
    return e.actor().stream().map(Event.Entity::identifierId).toList();
  }

  @Test
  void aPageThatNamesOneDoerOfForceGivesItToAnUnnamedStrikeLater() {
    String[] page = {"Turkish warplanes struck Kurdish villages north of Afrin on Friday.",
        "The villages lie in a valley of olive groves.", "Farmers there grow wheat and olives.",
        "Three civilians were killed in the strike on the market, medics said."};
    List<Event> ev = code("2018-03-17", page);
    Event later = ev.stream().filter(e -> e.eventText().startsWith("Three"))
        .findFirst().orElseThrow();
    assertEquals(actors(first(ev, "ASSAULT").orElseThrow()), actors(later));
    // a page that names two doers of force leaves an unnamed strike far from them unnamed
    String[] two = {"Turkish warplanes struck Kurdish villages north of Afrin on Friday.",
        "YPG fighters shelled a Turkish border post on Saturday.",
        "The villages lie in a valley of olive groves.", "Farmers there grow wheat and olives.",
        "Three civilians were killed in the strike on the market, medics said."};
    Event unnamed = code("2018-03-17", two).stream()
        .filter(e -> e.eventText().startsWith("Three")).findFirst().orElseThrow();
    assertTrue(unnamed.actor().isEmpty(), unnamed.actor().toString());
  }

  @Test
  void theNameBeforeAnArabicVerbalNounAfterAPrepositionIsNotItsSubject() {
    // "the deal Russia and Turkey reached provides for the withdrawal of the Kurdish forces"
    Event e = first(code("2019-10-23", "ويقضي الاتفاق الذي توصلت إليه روسيا وتركيا بانسحاب"
        + " القوات الكردية من المنطقة الحدودية."), "RETREAT").orElseThrow();
    assertTrue(!actors(e).contains("russia") && !actors(e).contains("turkey"),
        actors(e).toString());
  }

  @Test
  void theDoerOfTheStrikeAVictimDiedInAndANationalRaidAfterSaid() {
    Event killed = first(code("2018-03-17", "The monitor reported that \u201c11 people were"
        + " killed, among them a child\u201d in the night raid carried out by \u201cTurkish"
        + " forces.\u201d"), "ASSAULT").orElseThrow();
    assertEquals(List.of("turkish-military"), actors(killed));
    Event raid = first(code("2018-03-17", "Kurdish officials said a Turkish air raid hit the"
        + " bakery on Friday."), "ASSAULT").orElseThrow();
    assertEquals(List.of("turkish-military"), actors(raid));
  }

  @Test
  void anUnnamedSourceIsANounGroupAndMediaReportWhereTheClauseEnds() {
    Event official = first(code("2019-10-19", "Rebels seized the hill above the town, a senior"
        + " Kurdish security official said."), "COERCE").orElseThrow();
    assertEquals(List.of("a senior Kurdish security official"), names(official));
    Event media = first(code("2019-10-19", "Rebels seized the hill above the town, Russian media"
        + " reported on Sunday."), "COERCE").orElseThrow();
    assertEquals(List.of("Russian media"), names(media));
  }

  @Test
  void thePeopleVehiclesCarryAreTheOnesWhoMove() {
    Event ar = first(code("2016-12-15", "وغادرت مساء أمس الحافلات التي تقل المسلحين وعائلاتهم"
        + " بلدة الزبداني."), "RETREAT").orElseThrow();
    assertTrue(ar.actor().stream().anyMatch(a -> a.entityText().contains("المسلحين")),
        ar.actor().toString());
    Event en = first(code("2016-12-15", "On Sunday twenty buses carrying gunmen left the"
        + " town."), "RETREAT").orElseThrow();
    assertTrue(en.actor().stream().anyMatch(a -> a.entityText().equals("gunmen")),
        en.actor().toString());
  }

  @Test
  void forcesHappenWhereTheyEnterUnlessAPlaceIsNearerTheDeed() {
    // Daraa is named first in the sentence; the forces enter Tafas
    Event e = first(code("2018-07-18", "وقال المصدر إن العلم رفع وسط مدينة درعا، كما ستدخل القوات"
        + " الحكومية السورية إلى بلدة طفس غدا."), "MOBILIZE").orElseThrow();
    assertEquals("طفس", e.eventLoc().text());
  }

  @Test
  void talksInACountryHappenThere() {
    Event e = first(code("2018-12-06", "The Yemeni government and the Houthis began talks in"
        + " Sweden on Thursday over the port of Hodeidah."), "CONSULT").orElseThrow();
    assertEquals("country", e.eventLoc().feature());
  }

  @Test
  void anArabicAttributionWithItsConjunctionNamesTheSourceNotTheDoer() {
    // "and according to the sources, the regime forces besieged the town"
    Event e = first(code("2019-08-23", "وبحسب المصادر فإن قوات النظام حاصرت البلدة من ثلاث"
        + " جهات."), "COERCE").orElseThrow();
    assertEquals(List.of("المصادر"), names(e));
    assertEquals(List.of("syrian-arab-army"), actors(e));
    // "according to the activist Omar al-Hourani": the noun group as written
    Event person = first(code("2019-08-23", "وبحسب الناشط عمر الحوراني، حاصرت قوات النظام"
        + " البلدة."), "COERCE").orElseThrow();
    assertEquals(List.of("الناشط عمر الحوراني"), names(person));
    // "according to the statement": the statement's author, said before, not "the statement"
    Event statement = first(code("2019-08-23", "وقالت الفصائل في بيان إنها سيطرت على التلة.",
        "وسيطرت الفصائل أيضا على قريتين شمال البلدة، بحسب البيان."), "COERCE").orElseThrow();
    assertFalse(names(statement).contains("البيان"), names(statement).toString());
  }

  @Test
  void armedGroupsNamedByTheirKindDoTheDeedTheirVerbalNounGoverns() {
    // "the deal provides for the armed groups handing over their heavy weapons"
    Event e = first(code("2018-07-06", "وينص الاتفاق على تسليم المجموعات المسلحة سلاحها الثقيل"
        + " والمتوسط."), "CONCEDE").orElseGet(() -> first(code("2018-07-06", "وينص الاتفاق على"
        + " تسليم المجموعات المسلحة سلاحها الثقيل والمتوسط."), "RETREAT").orElseThrow());
    assertTrue(e.actor().stream().anyMatch(a -> a.entityText().equals("المجموعات المسلحة")),
        e.actor().toString());
  }

  @Test
  void aNisbaInsideAnotherActorsNameIsThatNameAndAfterADescriptionItNamesTheState() {
    // "the Free Syrian Army took four villages": not the Syrian army
    Event fsa = first(code("2018-03-10", "سيطر الجيش السوري الحر صباح اليوم على أربع قرى جديدة"
        + " بريف المدينة."), "COERCE").orElseThrow();
    assertEquals(List.of("fsa"), actors(fsa));
    // "the forces of the Turkish regime shelled the town": Turkey's forces
    Event turkish = first(code("2018-03-10", "وقالت الوكالة إن قوات النظام التركي قصفت البلدة"
        + " بالمدفعية."), "ASSAULT").orElseThrow();
    assertEquals(List.of("turkish-military"), actors(turkish));
  }

  @Test
  void aParticipleAfterACommaIsDoneByTheSubjectOfItsClause() {
    // the nearest name before "refuting" is the hospital; the army refutes
    Event e = first(code("2018-03-17", "The Turkish military released drone footage of the"
        + " undamaged hospital, refuting the claims of the Kurdish militia."), "REJECT")
        .orElseThrow();
    assertEquals(List.of("turkish-military"), actors(e));
  }

  @Test
  void outletsOfTheRegionSpeakByTheirNames() {
    Event sky = first(code("2019-04-08", "Warplanes of the eastern army struck positions near the"
        + " old airport, Sky News Arabia reports."), "ASSAULT").orElseThrow();
    assertEquals("sky-news-arabia", sky.claim().claimants().get(0).identifierId());
    Event ahrar = first(code("2019-04-08", "وذكرت قناة ليبيا الأحرار أن قوات الحكومة استعادت"
        + " السيطرة على المطار."), "COERCE").orElseThrow();
    assertEquals("libya-ahrar", ahrar.claim().claimants().get(0).identifierId());
  }

  @Test
  void aPersonAfterALowerCaseTitleSpeaks() {
    Event e = first(code("2020-02-28", "Government positions came under fire from the border,"
        + " Turkey's communications director Kemal Arslan said on Friday."), "ASSAULT")
        .orElseThrow();
    assertTrue(names(e).contains("Kemal Arslan"), names(e).toString());
  }

  @Test
  void anArabicReportingVerbWithoutHamzaAndASourceThatEndsAtATimeWord() {
    // "many media sources reported this morning the regime forces' control of the town"
    Event e = first(code("2019-08-20", "افادت مصادر إعلامية عديدة صباح اليوم بسيطرة قوات النظام"
        + " على البلدة."), "COERCE").orElseThrow();
    assertTrue(names(e).stream().anyMatch(n -> n.startsWith("مصادر إعلامية")),
        names(e).toString());
  }

  @Test
  void aNounAndItsNisbaOpeningTheClauseBeforeAnArabicVerbAreThatStates() {
    // "sources said that Turkish buses entered Azaz to carry a number of the gunmen"
    Event e = first(code("2016-12-16", "وقالت مصادر ميدانية أن حافلات تركية دخلت إلى البلدة لنقل"
        + " عدد من المسلحين إلى تركيا."), "MOBILIZE").orElseThrow();
    assertEquals(List.of("turkish-military"), actors(e));
  }

  @Test
  void bothSidesAreThePartiesThePageLastNamedTogether() {
    List<Event> ar = code("2018-12-13", "وتوصلت الحكومة اليمنية و\"أنصار الله\" إلى"
        + " اتفاق في السويد.",
        "كما اتفق طرفا النزاع على تبادل الأسرى الشهر المقبل.");
    Event deal = ar.stream().filter(e -> e.textInfo().trigger().startsWith("اتفق"))
        .findFirst().orElseThrow(() -> new AssertionError(ar.toString()));
    assertTrue(actors(deal).size() == 2, actors(deal).toString());
    List<Event> en = code("2018-12-13", "The Yemeni government and the Houthis began talks in"
        + " Sweden on Thursday.", "Both sides agreed to exchange prisoners next month.");
    Event agreed = en.stream().filter(e -> e.event().contains("AGREE")).reduce((a, b) -> b)
        .orElseThrow();
    assertEquals(2, actors(agreed).size(), actors(agreed).toString());
  }

  @Test
  void aBareVerbFormRightAfterTheSpeakerIsTheDeedItAnnounces() {
    // "the Iraqi government announced the lifting of the curfew in Baghdad": "رفع" is the
    // lifting (a verbal noun), not "he lifted"; the minister speaks for his state
    Event e = first(code("2019-10-23", "وأعلنت الحكومة العراقية رفع حظر التجول في بغداد."),
        "CONCEDE").orElseThrow();
    assertEquals(List.of("iraq"), actors(e));
    Event m = first(code("2019-10-23", "وأعلن وزير الداخلية التركي سليمان صويلو رفع حظر"
        + " التجول في المدينة."), "CONCEDE").orElseThrow();
    assertEquals(List.of("turkey"), actors(m));
  }

  @Test
  void aPlaceSeizedInAnAgentlessPassiveIsTheGainOfTheSideThatReportsIt() {
    Event e = first(code("2019-10-12", "The airport has been taken under full control, the Turkish"
        + " Defence Ministry said on Saturday."), "COERCE").orElseThrow();
    assertEquals(List.of("turkish-military"), actors(e));
    Event u = first(code("2019-10-12", "A senior Iraqi army official said the town centre had"
        + " been seized overnight."), "COERCE").orElseThrow();
    assertEquals(List.of("iraqi-army"), actors(u));
    // persons seized are no gain of the side that reports them; nor is what a monitor reports
    Event p = first(code("2019-10-12", "Two engineers were detained near the airport, the"
        + " Turkish Foreign Ministry said."), "COERCE").orElseThrow();
    assertEquals(List.of(), actors(p));
    Event m = first(code("2019-10-12", "The town centre has been captured, the Syrian Observatory"
        + " for Human Rights said."), "COERCE").orElseThrow();
    assertEquals(List.of(), actors(m));
  }

  @Test
  void aFeminineOrPluralPronounBeforeAnArabicVerbIsTheSpeaker() {
    // "the factions said in a statement on their account that they took control of two villages"
    Event e = first(code("2018-02-20", "وقالت فصائل الجيش الحر في بيان على حسابها في تويتر إنها"
        + " سيطرت على قريتين شمال المدينة."), "COERCE").orElseThrow();
    assertEquals(List.of("fsa"), actors(e));
    // "the units said that they welcome the arrival of the popular forces": not the forces
    Event w = first(code("2018-02-20", "وقالت وحدات حماية الشعب في بيان انها ترحب بوصول القوات"
        + " الشعبية إلى المدينة."), "SUPPORT").orElseThrow();
    assertEquals(List.of("ypg"), actors(w));
  }

  @Test
  void theDoerOfAnAttackNamedAsTheCauseOfAKillingIsItsActor() {
    // "three Turkish soldiers were killed and five wounded, by rocket shelling of the regime
    // forces on an observation post": the regime forces, not the soldiers
    Event e = first(code("2020-02-20", "وقتل ثلاثة جنود أتراك وأصيب خمسة آخرون، بقصف صاروخي"
        + " لقوات النظام على نقطة مراقبة في ريف إدلب."), "ASSAULT").orElseThrow();
    assertEquals(List.of("syrian-arab-army"), actors(e));
  }

  @Test
  void aMinistryAsWrittenIsTheClaimantThoughTheCatalogueReadsItsState() {
    Event e = first(code("2019-10-12", "The Turkish Defence Ministry said its forces destroyed two"
        + " ammunition depots near the border."), "ASSAULT").orElseThrow();
    assertTrue(names(e).contains("Turkish Defence Ministry"), names(e).toString());
    // "the Russian foreign ministry announced the start of the fighters' withdrawal"
    Event a = first(code("2019-10-24", "وأعلنت الخارجية الروسية بدء انسحاب المقاتلين من المنطقة."),
        "RETREAT").orElseThrow();
    assertTrue(names(a).contains("الخارجية الروسية"), names(a).toString());
  }

  @Test
  void whoFollowsOfAfterADeedDoneToSomeoneSuffersItAndDoesNotDoIt() {
    Event k = first(code("2019-10-12", "The killing of the journalist drew condemnation from"
        + " rights groups across the region."), "ASSAULT").orElseThrow();
    assertEquals(List.of(), actors(k));
    assertEquals(List.of("agent:journalists"), k.recipient().stream()
        .map(Event.Entity::identifierId).toList());
    // but the fighters' withdrawal is theirs
    Event w = first(code("2019-10-12", "The withdrawal of the fighters began early on Sunday"
        + " morning."), "RETREAT").orElseThrow();
    assertEquals(1, actors(w).size(), actors(w).toString());
  }
}
