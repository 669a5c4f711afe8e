package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.mentions.MentionFinder;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Published;
import org.sitrep.testing.Docs;
import org.sitrep.time.DateResolver;

/** The event coder on sentences of the genre, written for these tests. */
class EventCoderTest {
  static final Knowledge K = Knowledge.defaults();
  static final MentionFinder FINDER = new MentionFinder(K);
  static final EventCoder CODER = new EventCoder(K);

  static List<Event> code(String published, String... paragraphs) {
    Published p = published == null ? Published.NONE
        : new Published(published, "day", "page", published);
    Document d = Docs.dated(p, paragraphs);
    DateResolver.Anchor a = published == null ? DateResolver.Anchor.NONE
        : DateResolver.Anchor.published(LocalDate.parse(published));
    return CODER.code(d, FINDER.find(d).mentions(), a);
  }

  static Optional<Event> first(List<Event> events, String category) {
    return events.stream().filter(e -> e.event().contains(category)).findFirst();
  }

  /** True when an event of the list carries the category. */
  static boolean any(List<Event> events, String category) {
    return first(events, category).isPresent();
  }

  static List<String> ids(List<Event.Entity> es) {
    return es.stream().map(Event.Entity::identifierId).toList();
  }

  @Test
  void coordinatedSubjectsAdvanceOnARecipient() {
    List<Event> ev = code("2019-05-08", "On Monday, the Syrian Arab Army (SAA) and the Tiger Forces"
        + " advanced on Hay'at Tahrir al-Sham positions near Kafr Nabuda.");
    Event e = first(ev, "ASSAULT").orElseThrow();
    assertEquals(List.of("syrian-arab-army", "tiger-forces"), ids(e.actor()));
    assertEquals(List.of("hts"), ids(e.recipient()));
    assertEquals("2019-05-06", e.date());
    assertEquals("asserted", e.claim().modality());
    assertTrue(e.claim().claimants().isEmpty(), "the outlet's own voice");
  }

  @Test
  void claimantsCarryOverTheReport() {
    List<Event> ev = code("2018-07-15", "Rebels began leaving the city of Daraa on Sunday, the"
        + " Syrian Observatory for Human Rights reported.",
        "The monitor added that the fighters handed over their heavy weapons.");
    Event leave = first(ev, "RETREAT").orElseThrow();
    assertEquals("sohr", leave.claim().claimants().get(0).identifierId());
    assertEquals("2018-07-15", leave.date());
    Event disarm = ev.stream().filter(e -> e.mode().contains("disarm")).findFirst().orElseThrow();
    assertEquals("sohr", disarm.claim().claimants().get(0).identifierId());
  }

  @Test
  void unnamedSourcesAreClaimantsOfTheirOwn() {
    List<Event> ev = code("2018-07-15", "According to local sources, government forces shelled"
        + " the town of Busra al-Sham on Saturday.");
    Event e = first(ev, "ASSAULT").orElseThrow();
    assertEquals("local sources", e.claim().claimants().get(0).name());
    assertEquals("unnamed", e.claim().claimants().get(0).kind());
    assertEquals("2018-07-14", e.date());
    assertEquals(List.of("syrian-arab-army"), ids(e.actor()));
  }

  @Test
  void aDenialDeniesItsComplement() {
    List<Event> ev = code("2019-10-12", "The Syrian Democratic Forces denied that they had reached"
        + " an agreement with the Turkish army.");
    Event agree = first(ev, "AGREE").orElseThrow();
    assertEquals("denied", agree.claim().modality());
    assertEquals("sdf", agree.claim().claimants().get(0).identifierId());
    Event reject = first(ev, "REJECT").orElseThrow();
    assertEquals(List.of("sdf"), ids(reject.actor()));
  }

  @Test
  void plannedAndPossibleAndAlleged() {
    List<Event> planned = code("2018-04-01", "Russian military police will be deployed in Douma.");
    assertEquals("planned", first(planned, "MOBILIZE").orElseThrow().claim().modality());
    assertEquals(null, first(planned, "MOBILIZE").orElseThrow().date());
    List<Event> possible = code("2018-04-01", "The Syrian army may launch airstrikes on Idlib.");
    assertEquals("possible", first(possible, "ASSAULT").orElseThrow().claim().modality());
    List<Event> alleged = code("2018-04-08", "Activists reported another “chemical attack”"
        + " conducted by the Syrian Arab Army in Douma.");
    Event chem = first(alleged, "ASSAULT").orElseThrow();
    assertEquals("alleged", chem.claim().modality());
    assertEquals(List.of("syrian-arab-army"), ids(chem.actor()));
    assertEquals(List.of("unconventional"), chem.mode());
  }

  @Test
  void aTriggerThatIsAnActorsWholeNameIsNoDeed() {
    List<Event> ev = code("2017-08-27", "أعلنت قيادة العمليات المشتركة تحرير بلدة العياضية بالكامل.");
    assertTrue(first(ev, "COOPERATE").isEmpty(), ev.toString()); // a command, none formed
    assertTrue(first(ev, "COERCE").isPresent(), ev.toString());
  }

  @Test
  void anAdverbialParticipleIsTheSpeakersAct() {
    // "، داعيا …": the speaker of the sentence calls, not the fighters named after it
    Event call = first(code("2018-07-06", "وأكد الجيش السوري استمرار العملية، داعيا المسلحين إلى"
        + " تسليم أسلحتهم."), "REQUEST").orElseThrow();
    assertEquals(List.of("syrian-arab-army"), ids(call.actor()));
  }

  @Test
  void arabicQadIsPossibleBeforeAnImperfectOnly() {
    Event had = first(code("2018-12-28", "وكانت القوات التركية قد أرسلت تعزيزات إلى محيط منبج."),
        "MOBILIZE").orElseThrow();
    assertEquals("asserted", had.claim().modality()); // "قد" + past: had sent
    Event may = first(code("2018-12-28", "وقال مصدر إن القوات التركية قد تشن هجوما على منبج."),
        "ASSAULT").orElseThrow();
    assertEquals("possible", may.claim().modality()); // "قد" + imperfect: may launch
  }

  @Test
  void unitsOfANamedForceAreThatForce() {
    // "وحدات من الجيش": و is the first letter of وحدات, no conjunction to strip
    Event e = first(code("2018-12-28", "دخلت وحدات من الجيش العربي السوري إلى مدينة منبج."),
        "MOBILIZE").orElseThrow();
    assertEquals(List.of("syrian-arab-army"), ids(e.actor()));
  }

  @Test
  void craftAndForcesStandForWhoseTheyAre() {
    Event strike = first(code("2020-06-07", "The LNA said its air force had destroyed dozens of"
        + " vehicles west of Sirte on Saturday."), "ASSAULT").orElseThrow();
    assertEquals(List.of("lna"), ids(strike.actor())); // "its": the speaker's
    Event move = first(code("2021-02-14", "Warplanes struck Houthi reinforcements heading to"
        + " Marib on Sunday."), "MOBILIZE").orElseThrow();
    assertEquals(List.of("houthis"), ids(move.actor())); // the name right before the noun deed
    // a craft carried over as the doer of a later sentence is resolved where it was named
    List<Event> two = code("2017-11-13", "The Syrian Observatory for Human Rights documented more"
        + " than thirty airstrikes carried out by warplanes on the town of Saraqib and villages"
        + " around it since dawn today.", "The Syrian Observatory learned that the strikes"
        + " killed at least four people, among them a child, and wounded more than ten others.");
    assertTrue(two.stream().filter(e -> e.event().contains("ASSAULT")).count() >= 2);
  }

  @Test
  void aNameInTheReportedClauseIsNoSpeakerAfterTheVerb() {
    // "said it shelled rebels": "rebels" is the target, not a speaker after the verb ("…, said
    // the rebels"), so the shelling is no part of an attribution and is coded
    for (String text : new String[] {"The army said it shelled rebel positions near the town.",
        "The army said its forces shelled rebel positions near the town."}) {
      assertTrue(first(code("2019-05-08", text), "ASSAULT").isPresent(), text);
    }
    Event e = first(code("2019-05-08", "“The army shelled the town at dawn,” said the rebels."),
        "ASSAULT").orElseThrow();
    assertEquals("rebels", e.claim().claimants().get(0).name());
  }

  @Test
  void territoryTakenByForceIsASeizureAndAnAssault() {
    for (String text : new String[] {"Rebel fighters captured the village of Tel Malah on Monday.",
        "وسيطرت فصائل المعارضة على قرية تل ملح يوم الاثنين."}) {
      Event taken = first(code("2019-05-08", text), "COERCE").orElseThrow();
      assertEquals(List.of("COERCE", "ASSAULT"), taken.event(), text);
    }
    Event seized = first(code("2019-05-08", "Police seized two tonnes of hashish at the port."),
        "COERCE").orElseThrow();
    assertEquals(List.of("COERCE"), seized.event()); // property is no territory
  }

  @Test
  void movementsHaveADestination() {
    List<Event> ev = code("2016-12-16", "Buses carrying fighters of Jaysh al-Islam left Douma"
        + " towards Jarablus on Thursday.");
    Event e = first(ev, "RETREAT").orElseThrow();
    assertEquals("geonames:169179", e.destination().gazetteerId());
    assertEquals("geonames:170592", e.eventLoc().gazetteerId());
    assertEquals("2016-12-15", e.date());
  }

  @Test
  void arabicVerbFirstSentences() {
    List<Event> ev = code("2018-02-20", "سيطرت فصائل الجيش السوري الحر على قرى جديدة في منطقة"
        + " عفرين الثلاثاء.");
    Event e = first(ev, "COERCE").orElseThrow();
    assertEquals(List.of("fsa"), ids(e.actor()));
    assertEquals("2018-02-20", e.date());
  }

  @Test
  void victimsAfterAnArabicVerbOfForceSufferIt() {
    // unvocalized "قتل" before its victims reads as "were killed": civilians are no doers
    Event e = first(code("2019-05-02", "قتل سبعة مدنيين في قصف على بلدة كفرنبل أمس."),
        "ASSAULT").orElseThrow();
    assertFalse(ids(e.actor()).contains("civilians"));
  }

  @Test
  void anArabicLightVerbsSubjectDoesTheDeedItGoverns() {
    Event e = first(code("2019-05-02", "وقامت قوات النظام، صباح اليوم، بعدد من الهجمات على"
        + " مواقع فصائل المعارضة قرب كفرنبل."), "ASSAULT").orElseThrow();
    assertEquals(List.of("syrian-arab-army"), ids(e.actor()));
  }

  @Test
  void anArabicNisbaInTheTriggersNounGroupNamesTheState() {
    List<Event> ev = code("2019-08-19",
        "وتعذر على القافلة التقدم بسبب استهداف الطيران الحربي الروسي"
        + " للطريق الدولي قرب خان شيخون.",
        "واستمرت غارات الطيران الحربي الروسي على ريف إدلب الجنوبي.");
    Event e = first(ev, "ASSAULT").orElseThrow(() -> new AssertionError(ev.toString()));
    assertTrue(ids(e.actor()).contains("russian-military") || ids(e.actor()).contains("russia"),
        e.actor().toString());
  }

  @Test
  void aNationalityInTheSubjectOrTheByPhraseNamesTheDoer() {
    List<Event> ev = code("2018-03-17", "A Turkish air raid hit the main bakery in the town on"
        + " Friday night, a monitor said.");
    Event e = first(ev, "ASSAULT").orElseThrow(() -> new AssertionError(ev.toString()));
    assertTrue(ids(e.actor()).contains("turkish-military") || ids(e.actor()).contains("turkey"),
        e.actor().toString());
    List<Event> ev2 = code("2017-06-22", "The bridge was destroyed by an American airstrike,"
        + " the group said.");
    Event e2 = first(ev2, "ASSAULT").orElseThrow(() -> new AssertionError(ev2.toString()));
    assertEquals(List.of("united-states-military"), ids(e2.actor())); // s47: US forces
  }

  @Test
  void aParticipleThatDescribesAnEventIsNoDeed() {
    List<Event> ev = code("2016-12-14", "The evacuation was delayed as a truce brokered by two"
        + " foreign powers collapsed on Wednesday.");
    assertFalse(first(ev, "CONSULT").isPresent(), ev.toString());
  }

  @Test
  void backgroundAndNamesAreNoEvents() {
    List<Event> ev = code("2018-03-25", "Jaysh al-Islam will release soldiers who have been"
        + " captured by the armed group over the last seven years.",
        "The region is under the control of Jaysh al-Islam.");
    assertFalse(first(ev, "COERCE").isPresent(), ev.toString());
    assertTrue(first(ev, "CONCEDE").isPresent(), ev.toString());
  }

  @Test
  void evidenceOffsetsPointAtTheSentence() {
    String p = "On Tuesday, Turkish troops entered the town. Later, the army shelled Saraqib.";
    Document d = Docs.dated(new Published("2020-02-27", "day", "page", "x"), p);
    for (Event e : CODER.code(d, FINDER.find(d).mentions(),
        DateResolver.Anchor.published(LocalDate.parse("2020-02-27")))) {
      assertEquals(e.eventText(), d.text().substring(e.textInfo().start(), e.textInfo().end()));
      assertTrue(e.confidence() > 0 && e.confidence() <= 1);
    }
  }

  @Test
  void theWarsFactionsAreNamedInBothScripts() {
    List<Event> ev = code("2021-06-14",
        "Hurras al-Din fighters attacked army posts near Jisr al-Shughour on Monday.",
        "هاجمت عصائب أهل الحق مواقع لمسلحين في ديالى.",
        "قصفت القوات التركية مواقع حزب الاتحاد الديمقراطي قرب عفرين.",
        "Security Belt forces clashed with Islah fighters in Abyan on Monday.",
        "Misrata forces shelled positions south of Sirte on Monday.",
        "قصفت الفرقة الذهبية مواقع للمسلحين غرب الموصل.");
    for (String id : List.of("hurras-al-din", "asaib-ahl-al-haq", "security-belt",
        "misrata-brigades", "golden-division")) {
      assertTrue(ev.stream().anyMatch(e -> ids(e.actor()).contains(id)), id);
    }
    assertTrue(ev.stream().anyMatch(e -> ids(e.recipient()).contains("pyd")), "pyd");
  }

  @Test
  void theTargetBeforeAClauseFinalSpeakerIsNotItsSpeaker() {
    List<Event> ev = code("2021-06-14", "Turkish warplanes bombed PKK hideouts in Qandil"
        + " on Sunday, the ministry said.",
        "Rockets hit SDF positions near Manbij overnight, a military statement said.");
    Event raid = ev.stream().filter(e -> ids(e.recipient()).contains("pkk")).findFirst()
        .orElseThrow();
    assertEquals("the ministry", raid.claim().claimants().get(0).name());
    Event rockets = ev.stream().filter(e -> ids(e.recipient()).contains("sdf")).findFirst()
        .orElseThrow();
    assertEquals("a military statement", rockets.claim().claimants().get(0).name());
  }

  @Test
  void theDoerBeforeAReportingVerbIsNotItsSpeaker() {
    List<Event> ev = code("2019-08-22", "The Syrian army regained control of the town of Morek on"
        + " Wednesday, Aksoy said.",
        "Holding parts of Mosul, ISIS blew up the main city mosque, announced on Wednesday the"
        + " Iraqi military command.");
    Event take = first(ev, "COERCE").orElseThrow();
    assertEquals(List.of("syrian-arab-army"), ids(take.actor()));
    assertEquals("Aksoy", take.claim().claimants().get(0).name());
    Event blast = ev.stream().filter(e -> e.event().equals(List.of("ASSAULT"))).findFirst()
        .orElseThrow(); // the town regained is an assault too
    assertEquals(List.of("isis"), ids(blast.actor()));
    assertEquals("destroy", blast.mode().get(0));
  }

  @Test
  void theSubjectOfAPassiveAttackIsItsTarget() {
    List<Event> ev = code("2020-02-28", "Two Turkish soldiers were killed in an airstrike by"
        + " Syrian warplanes near Saraqib, the Turkish Defence Ministry said.");
    Event e = first(ev, "ASSAULT").orElseThrow();
    assertEquals(List.of("syrian-arab-army"), ids(e.actor()));
    assertEquals(List.of("turkish-military"), ids(e.recipient()));
    List<Event> noAgent = code("2020-02-28", "Two Turkish soldiers were killed in an airstrike"
        + " near Saraqib, the Turkish Defence Ministry said.");
    assertTrue(noAgent.stream().noneMatch(x -> x.event().contains("ASSAULT")
        && ids(x.actor()).contains("turkish-military")), () -> noAgent.toString());
  }

  @Test
  void aDeedToldAsNotDoneIsDenied() {
    List<Event> en = code("2018-12-29", "Government troops massed west of Manbij but did not enter"
        + " the city itself, residents told the agency on Saturday.");
    // (s40: "troops massed" is a deployment of its own, asserted; the entry is the denied one)
    assertEquals("denied", en.stream().filter(e -> e.event().contains("MOBILIZE")
        && e.textInfo().trigger().startsWith("enter")).findFirst().orElseThrow().claim()
        .modality(), () -> en.toString());
    List<Event> ar = code("2020-06-08", "وقال المتحدث إن المدينة آمنة ولم يدخلها أي عنصر من"
        + " الميليشيات.");
    assertEquals("denied", first(ar, "MOBILIZE").orElseThrow().claim().modality(),
        () -> ar.toString());
    // a habit told in the present denies no deed of the story's days
    List<Event> habit = code("2021-02-15", "\"Our forces do not target civilians,\" the"
        + " spokesman said.");
    assertTrue(habit.stream().noneMatch(x -> x.claim().modality().equals("denied")),
        () -> habit.toString());
  }

  @Test
  void aDenialOfTheRivalsDeedIsNotTheDeniersDeed() {
    List<Event> ev = code("2018-06-20", "Houthi officials, however, denied that their rivals had"
        + " taken control of the airport of Hodeidah.");
    assertTrue(ev.stream().noneMatch(x -> x.event().contains("COERCE")
        && ids(x.actor()).contains("houthis")), () -> ev.toString());
    assertEquals(List.of("houthis"), ids(first(ev, "REJECT").orElseThrow().actor()));
  }

  @Test
  void theMainClauseWinsOverALaterOneOfTheSameCategory() {
    List<Event> ev = code("2019-08-19", "According to local reports, the Turkish military has"
        + " arrived in Khan Sheikhoun after sending two convoys to the city this morning.");
    Event e = first(ev, "MOBILIZE").orElseThrow();
    assertEquals(List.of("turkish-military"), ids(e.actor()));
    assertEquals("Khan Shaykhun", e.eventLoc().name());
  }

  @Test
  void aircraftBeforeTheVerbAreTheActor() {
    List<Event> ev = code("2019-05-08", "Russian jets struck the town of Kafr Nabuda on Monday,"
        + " a local military source told Sputnik.");
    Event e = first(ev, "ASSAULT").orElseThrow();
    assertEquals(List.of("russian-military"), ids(e.actor()));
    assertEquals("aerial", e.mode().get(0));
    // the agency told relays its source: Sputnik, then the source (outermost first)
    assertEquals("sputnik", e.claim().claimants().get(0).identifierId());
    assertEquals("a local military source", e.claim().claimants().get(1).name().toLowerCase(
        java.util.Locale.ROOT));
  }

  @Test
  void arabicSubjectsAfterThatAndTheSpeakersOwnControl() {
    List<Event> ev = code("2019-08-19", "وقالت الوكالة إن آليات تركية محملة بالذخائر اجتازت الحدود"
        + " ودخلت مدينة خان شيخون صباح اليوم.",
        "لكن التحالف السعودي الإماراتي أعلن عن سيطرته التامة على مطار الحديدة.",
        "كذلك أعلنت فصائل “الحر” سيطرتها على قرى في ناحية جنديرس غرب عفرين، خلال معاركها مع"
        + " “الوحدات” الكردية.");
    Event move = first(ev, "MOBILIZE").orElseThrow();
    assertEquals(List.of("turkish-military"), ids(move.actor()));
    List<Event> taken = ev.stream().filter(e -> e.event().contains("COERCE")).toList();
    assertEquals(2, taken.size(), () -> taken.toString());
    assertEquals(List.of("saudi-led-coalition"), ids(taken.get(0).actor()));
    assertEquals(List.of("fsa"), ids(taken.get(1).actor()));
    assertEquals(List.of("ypg"), ids(taken.get(1).recipient()));
  }

  @Test
  void anArabicSpeakerBeforeTheReportDoesNotSwallowIt() {
    List<Event> ev = code("2019-08-20", "وقال المرصد إن قوات النظام قصفت مواقع الفصائل في ريف حماة"
        + " الشمالي صباح اليوم.",
        "وقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن إن قوات سوريا الديمقراطية انسحبت"
        + " من ست قرى.");
    Event shelling = first(ev, "ASSAULT").orElseThrow();
    assertEquals(List.of("syrian-arab-army"), ids(shelling.actor()));
    assertEquals("sohr", shelling.claim().claimants().get(0).identifierId());
    Event retreat = first(ev, "RETREAT").orElseThrow();
    assertEquals(List.of("sdf"), ids(retreat.actor()));
    assertEquals("sohr", retreat.claim().claimants().get(0).identifierId());
  }

  @Test
  void footageWebAddressesAndLooseSelfReferencesAreNoDeeds() {
    List<Event> ev = code("2018-03-18", "The Turkish military has released aerial footage that shows"
        + " an undamaged hospital in Afrin.",
        "A video captured by Turkish drones shows the building intact.",
        "https://www.example.org/news/1234/militants-begin-leaving-daraa",
        "A spokeswoman for the UN human rights office said it had “deeply alarming reports” of"
        + " civilians killed in Afrin.");
    assertTrue(ev.stream().noneMatch(e -> e.event().contains("RETREAT")
        || e.event().contains("COERCE")), () -> ev.toString());
    assertTrue(ev.stream().noneMatch(e -> ids(e.actor()).contains("un")), () -> ev.toString());
  }

  @Test
  void statesAndPreventedDeedsAreNotEvents() {
    List<Event> ev = code("2019-10-24", "ويتوقع أن تتوجه الفصائل إلى القرى التي تسيطر عليها"
        + " الوحدات الكردية في ريف حلب.",
        "Civilians are being prevented from leaving Afrin city by Kurdish forces, she said.");
    assertTrue(ev.stream().noneMatch(e -> e.event().contains("COERCE")
        || e.event().contains("RETREAT")), () -> ev.toString());
  }

  @Test
  void controlAnnouncedByItsSpeakerIsTheSpeakers() {
    List<Event> ev = code("2018-06-21", "أعلن الجيش اليمني المدعوم بتحالف دعم الشرعية، السيطرة على"
        + " مطار الحديدة بالكامل، أمس.");
    assertEquals(List.of("yemeni-army"), ids(first(ev, "COERCE").orElseThrow().actor()));
  }

  @Test
  void aNationalityAdjectiveNamesTheActorOfANominalTrigger() {
    List<Event> ev = code("2018-07-06", "It followed a Russian ultimatum to Syrian rebels late"
        + " Thursday in Daraa.",
        "Rebels withdrew from the district after hours of heavy Turkish shelling on Friday.");
    assertEquals(List.of("russia"), ids(first(ev, "THREATEN").orElseThrow().actor()));
    assertEquals(List.of("turkish-military"), ids(first(ev, "ASSAULT").orElseThrow().actor()));
    List<Event> verb = code("2018-07-06", "Syrian rebels shelled the town of Daraa on Friday.");
    assertTrue(verb.stream().noneMatch(e -> ids(e.actor()).contains("syrian-government")
        || ids(e.actor()).contains("syrian-arab-army")), () -> verb.toString());
  }

  @Test
  void theOneAfterSaidStartsTheReportUnlessItClosesTheClause() {
    List<Event> ev = code("2019-10-18", "Marvan Qamishlo, an SDF military media official, said"
        + " Turkish-backed forces had entered one neighborhood of Ras al Ain on Friday.");
    Event e = first(ev, "MOBILIZE").orElseThrow();
    assertEquals(List.of("fsa"), ids(e.actor()));
    assertEquals("sdf", e.claim().claimants().get(0).identifierId());
    assertEquals("Marvan Qamishlo", e.claim().claimants().get(1).name()); // then the person
    List<Event> quoted = code("2019-08-21", "“Regime forces took full control of the town of"
        + " Khan Sheikhun,” said the Syrian Observatory for Human Rights on Wednesday.");
    assertEquals("sohr", first(quoted, "COERCE").orElseThrow().claim().claimants().get(0)
        .identifierId());
  }

  @Test
  void anArabicSpeakerIsTheNounGroupAfterItsVerb() {
    // a source with modifiers longer than a fixed window, then the outlet it told
    List<Event> src = code("2019-03-02", "من جهته، أكد مصدر عسكري في القوات الموالية للحكومة"
        + " اليمنية لوكالة الأنباء السيطرة على الميناء.");
    assertTrue(first(src, "COERCE").orElseThrow().claim().claimants().stream()
        .anyMatch(c -> c.name().startsWith("مصدر عسكري في القوات")), () -> src.toString());
    // a person the catalogue does not know speaks as written; shadda does not hide the verb
    List<Event> person = code("2019-03-02", "أكّد الناشط سامر الحلبي لموقع محلي التوصل إلى اتفاق"
        + " لوقف إطلاق النار في المدينة.");
    assertEquals("الناشط سامر الحلبي", first(person, "AGREE").orElseThrow().claim().claimants()
        .get(0).name(), () -> person.toString());
    // the speaker's group ends before the deed it announces
    List<Event> deed = code("2019-03-02", "وأعلن الرئيس الأمريكي رفع العقوبات عن تركيا.");
    Event lift = deed.stream().filter(e -> !e.claim().claimants().isEmpty()).findFirst()
        .orElseThrow(() -> new AssertionError(deed.toString()));
    // "الرئيس الأمريكي" is the United States' president: the state, not the deed after it
    assertEquals("usa", lift.claim().claimants().get(0).identifierId(), lift::toString);
  }

  @Test
  void aPronounSpeakerCarriesTheLastNamedVoice() {
    List<Event> en = code("2019-10-13", "Yusuf Hamdan, a spokesman for the rebels, said the"
        + " talks had failed.", "He said rebel fighters shelled the town of Tal Abyad on Sunday.");
    assertTrue(first(en, "ASSAULT").orElseThrow().claim().claimants().stream()
        .anyMatch(c -> c.name().equals("Yusuf Hamdan")), () -> en.toString());
    List<Event> ar = code("2019-10-13", "وقال المرصد السوري لحقوق الإنسان إن المفاوضات فشلت.",
        "وأضاف أن قوات النظام قصفت بلدة كفرنبل صباح اليوم.");
    assertEquals("sohr", first(ar, "ASSAULT").orElseThrow().claim().claimants().get(0)
        .identifierId(), () -> ar.toString());
  }

  @Test
  void aSourceAfterAccordingToIsNamedAsWrittenAndAPassiveVerbNamesNoOne() {
    List<Event> ev = code("2019-03-02", "Dozens of buses arrived at the crossing on Saturday,"
        + " shortly after the truce was announced, according to Nabaa television.");
    Event arrival = first(ev, "AID").orElseThrow(() -> new AssertionError(ev.toString()));
    assertEquals("Nabaa television", arrival.claim().claimants().get(0).name());
    assertEquals("outlet", arrival.claim().claimants().get(0).kind());
  }

  @Test
  void aDeedOfForceWithoutATargetIsAgainstTheSideThePageSetsAgainstItsDoer() {
    List<Event> ev = code("2019-03-02", "The Syrian army shelled positions of Hay'at Tahrir"
        + " al-Sham near the town of Kafranbel on Saturday.",
        "The Syrian army also captured the village of Hish after heavy fighting.");
    Event capture = first(ev, "COERCE").orElseThrow(() -> new AssertionError(ev.toString()));
    assertEquals(List.of("hts"), ids(capture.recipient()), () -> ev.toString());
    assertEquals(null, capture.recipient().get(0).entityText()); // implied, not written
  }

  @Test
  void whatADeedCausedIsItsTollNotASecondDeed() {
    List<Event> en = code("2019-05-12", "Warplanes pounded a village east of Idlib on Sunday,"
        + " killing six civilians.");
    assertEquals(1, en.stream().filter(e -> e.event().contains("ASSAULT")).count(),
        () -> en.toString());
    assertEquals(6L, first(en, "ASSAULT").orElseThrow().size().get("dead"));
    List<Event> ar = code("2019-05-12", "قصفت الطائرات الحربية قرية شرق إدلب مما أدى إلى مقتل"
        + " ستة مدنيين.");
    assertEquals(1, ar.stream().filter(e -> e.event().contains("ASSAULT")).count(),
        () -> ar.toString());
  }

  @Test
  void aProgressiveIsNoPassiveAndAnAgentMayCarryModifiers() {
    List<Event> ing = code("2018-07-01", "Since June 19, the Syrian army has been conducting an"
        + " offensive in Daraa province.");
    assertEquals(List.of("syrian-arab-army"), ids(first(ing, "ASSAULT").orElseThrow().actor()),
        () -> ing.toString());
    List<Event> by = code("2016-12-17", "A convoy that left the city on Friday was stopped by"
        + " Iranian-commanded militias at a checkpoint.");
    assertEquals(List.of("agent:militia"), ids(first(by, "COERCE").orElseThrow().actor()),
        () -> by.toString());
  }

  @Test
  void aDeedAnArabicSpeakerAnnouncesAsItsObjectIsItsOwn() {
    List<Event> ev = code("2018-06-20", "وأعلن الجيش اليمني أسر 40 عنصرا من الحوثيين قرب المطار.");
    assertEquals(List.of("yemeni-army"), ids(first(ev, "COERCE").orElseThrow().actor()),
        () -> ev.toString());
  }

  @Test
  void aRepeatDroppedLeavesEveryEventIdUnique() {
    List<Event> ev = code("2018-06-20", "The Syrian army shelled the town of Kafranbel on Monday.",
        "The Syrian army shelled the town of Kafranbel on Monday, and rebels withdrew from two"
            + " villages.", "Rebels later agreed to a ceasefire.");
    assertEquals(ev.size(), ev.stream().map(Event::id).distinct().count(), () -> ev.toString());
  }

  @Test
  void aDestinationMayBeNamedWithItsKindOfPlace() {
    List<Event> ev = code("2018-02-20", "وصلت مجموعات جديدة من القوات الشعبية إلى مدينة عفرين مساء"
        + " اليوم.");
    Event arrival = first(ev, "MOBILIZE").orElseThrow(() -> new AssertionError(ev.toString()));
    assertEquals("عفرين", arrival.destination().text(), () -> ev.toString());
  }

  @Test
  void wordingThatIsNoEventMasksTheTriggersItOverlaps() {
    // NONE rows of the trigger files: the earthquake's "struck" is no assault, the market's
    // "rallied" no protest; the same verbs with an armed subject still are
    assertEquals(List.of(), code("2021-05-03", "A strong earthquake struck the mountain"
        + " villages on Monday."));
    assertEquals(List.of(), code("2021-05-03", "Oil prices rallied for a third day."));
    assertEquals(List.of(), code("2021-05-03", "وضربت عاصفة رملية أجزاء واسعة من البادية."));
    assertTrue(first(code("2021-05-03", "Warplanes struck the mountain villages on Monday."),
        "ASSAULT").isPresent());
    assertTrue(first(code("2021-05-03", "Supporters of the opposition rallied in the capital."),
        "PROTEST").isPresent());
  }

  @Test
  void aDatelineIsWhereTheReportWasFiledNotWhereItHappened() {
    List<Event> ev = code("2019-05-08", "BEIRUT \u2014 Shelling killed three people on Monday,"
        + " residents of the northern Syrian town of Saraqib said.");
    Event e = first(ev, "ASSAULT").orElseThrow();
    assertTrue(e.eventLoc() != null && !"LB".equals(e.eventLoc().countryCode()),
        String.valueOf(e.eventLoc()));
  }

  @Test
  void aTriggerThatOpensInsideANameIsNoDeedThoughItsGapReachesPastTheName() {
    // "after the retreat of the armed groups of Hayat Tahrir al-Sham from the town": "تحرير"
    // is a word of the group's name, not a liberation of the town
    List<Event> ev = code("2019-08-20", "بعد تراجع المجموعات المسلحة التابعة لهيئة تحرير الشام"
        + " من البلدة.");
    assertTrue(first(ev, "COERCE").isEmpty(), ev.toString());
    // the armed groups of Hay'at Tahrir al-Sham are that group: it retreats, not a kind
    assertEquals("hts", first(ev, "RETREAT").orElseThrow().actor().get(0).identifierId());
  }
  @Test
  void aCommandToArmedMenIsTheCommandersOwnDeed() {
    List<Event> ev = code(null, "The defence minister of Ruritania ordered 3,000 soldiers to take"
        + " part in military exercises along the northern border.");
    assertTrue(first(ev, "MOBILIZE").isPresent(), ev.toString());
    assertFalse(first(ev, "REQUEST").isPresent(), "no request to one's own troops: " + ev);
    List<Event> named = code(null, "The army chief ordered an offensive on the rebel-held port"
        + " town late on Friday.");
    assertTrue(first(named, "ASSAULT").isPresent(), named.toString());
    assertFalse(first(named, "REQUEST").isPresent(), named.toString());
    // a command to civilians stays a demand
    List<Event> shops = code(null, "The provincial governor ordered traders in the old market to"
        + " close their stalls at noon.");
    assertTrue(first(shops, "REQUEST").isPresent(), shops.toString());
  }

  @Test
  void aReportAfterADeedIsItsOccasionNotItsObject() {
    List<Event> ev = code(null, "Ruritania put its border guards on high alert after reports of"
        + " armed men crossing from the north.");
    assertTrue(first(ev, "MOBILIZE").isPresent(), ev.toString());
  }

  @Test
  void aDefiniteEventNounAfterACausePrepositionIsToldAlready() {
    List<Event> en = code(null, "The council imposed sanctions on four police commanders over the"
        + " crackdown on students.");
    assertTrue(first(en, "SANCTION").isPresent(), en.toString());
    assertFalse(first(en, "COERCE").isPresent(), "the crackdown is the sanctions' cause: " + en);
    List<Event> ar = code(null, "انتشرت قوات مكافحة الشغب في محيط الجامعة قبيل التظاهرات.");
    assertTrue(first(ar, "MOBILIZE").isPresent(), ar.toString());
    assertFalse(first(ar, "PROTEST").isPresent(), "the protests are the deployment's occasion: " + ar);
    List<Event> fronts = code(null, "أرسل الجيش تعزيزات عسكرية إلى محاور القتال في ريف المدينة.");
    assertTrue(first(fronts, "MOBILIZE").isPresent(), fronts.toString());
    assertFalse(first(fronts, "ASSAULT").isPresent(), "fronts of the fighting are a place: " + fronts);
  }
}
