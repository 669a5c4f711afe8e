package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.EventCoderTest.code;
import static org.sitrep.events.EventCoderTest.first;
import static org.sitrep.events.EventCoderTest.ids;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Who does the deed, on sentences of the genre written for these tests: subjects that open a
 * phrase trigger, subjects of the main clause carried into participles, and speakers' own forces.
 */
class ActorsTest {
  @Test
  void anArabicSubjectThatOpensAPhraseTriggerIsItsActorNotItsTarget() {
    // the phrase row "قوات * دخلت" begins with the subject's own noun
    Event e = first(code("2018-07-12", "قوات النظام دخلت مدينة درعا صباح اليوم."), "MOBILIZE")
        .orElseThrow();
    assertEquals(List.of("syrian-arab-army"), ids(e.actor()));
    assertTrue(e.recipient().isEmpty(), e.recipient().toString());
  }

  @Test
  void aWeaponThatOpensAnArabicPhraseTriggerIsItsActor() {
    Event e = first(code("2020-06-08", "الطيران المسير استهدف رتلا للمسلحين قرب سرت."), "ASSAULT")
        .orElseThrow();
    assertEquals(List.of("agent:drones"), ids(e.actor()));
  }

  @Test
  void whomAnArabicParticipleAddressesIsNotItsDoer() {
    // no catalogue actor opens the sentence: its first kind of actor does the calling
    Event e = first(code("2021-02-10", "وأعلن محافظ المدينة عن فتح باب التطوع في صفوف الجيش،"
        + " داعياً عناصر الميليشيا إلى الاستسلام."), "REQUEST").orElseThrow();
    assertEquals(List.of("agent:governors"), ids(e.actor()));
  }

  @Test
  void theSpeakerOfASubordinateClauseDoesNotReportTheMainClause() {
    List<Event> ev = code("2018-12-28", "Turkey has massed troops near the border since President"
        + " Ali Mansour said last week that his forces would withdraw from the region.");
    Event massed = first(ev, "MOBILIZE").orElseThrow();
    assertTrue(massed.claim().claimants().isEmpty(), massed.claim().claimants().toString());
    Event withdraw = ev.stream().filter(e -> e.claim().modality().equals("planned"))
        .findFirst().orElseThrow();
    assertEquals("Ali Mansour", withdraw.claim().claimants().get(0).name());
  }

  @Test
  void aGivenNameSpelledLikeAStateIsAPersonsName() {
    List<Event> ev = code("2019-08-10", "Colonel Turki al-Maliki said the strikes hit militia"
        + " positions near the port.");
    Event e = first(ev, "ASSAULT").orElseThrow();
    assertEquals("Turki al-Maliki", e.claim().claimants().get(0).name());
  }

  @Test
  void aRelativeClauseSetOffByCommasLeavesTheMainClausesSubject() {
    List<Event> ev = code("2018-12-28", "The U.S.-led coalition, whose troops patrol the town"
        + " alongside the Kurdish-led fighters, rejected the army's account.");
    Event e = first(ev, "REJECT").orElseThrow();
    assertEquals(List.of("us-led-coalition"), ids(e.actor()));
  }

  @Test
  void aNameRightAfterSaidWithItsOwnDeedOpensTheReportedClause() {
    // "said the rebels shelled": the rebels shell; they are not who speaks
    List<Event> ev = code("2020-02-10", "The statement said the rebels shelled the town.");
    Event e = first(ev, "ASSAULT").orElseThrow(() -> new AssertionError(ev.toString()));
    assertTrue(e.claim().claimants().stream().noneMatch(c -> c.name().contains("rebels")),
        e.claim().claimants().toString());
  }

  @Test
  void aLexiconDeedAfterTheNameOpensTheReportedClauseToo() {
    // "fired on" is a lexicon phrase, not a regex row: it is a deed all the same
    List<Event> ev = code("2020-02-10", "A statement said gunmen fired on a patrol near the town.");
    Event e = first(ev, "ASSAULT").orElseThrow(() -> new AssertionError(ev.toString()));
    assertTrue(e.claim().claimants().stream().noneMatch(c -> c.name().contains("gunmen")),
        e.claim().claimants().toString());
  }

  @Test
  void aPronounOpeningTheReportedClauseStandsForItsSpeaker() {
    Event e = first(code("2020-06-06", "The Government of National Accord said on Saturday it had"
        + " launched an offensive to retake the port."), "ASSAULT").orElseThrow();
    assertEquals(List.of("gna"), ids(e.actor()));
  }

  @Test
  void anArabicSubjectBetweenKanaAndQadIsTheSubject() {
    // "كانت … قد دعت": a pluperfect whose subject stands between its auxiliary and its verb
    Event e = first(code("2018-12-28", "وكانت \"وحدات حماية الشعب\" الكردية قد دعت الحكومة"
        + " السورية إلى نشر قواتها على الحدود."), "REQUEST").orElseThrow();
    assertEquals(List.of("ypg"), ids(e.actor()));
  }

  @Test
  void arabicFightersFromANamedGroupAreThatGroup() {
    // "مقاتلون من X": the fighters of a named group act as that group
    Event e = first(code("2018-04-08", "وغادر مقاتلون من جيش الإسلام مدينة دوما مساء الأحد"
        + " باتجاه الشمال."), "RETREAT").orElseThrow();
    assertEquals(List.of("jaysh-al-islam"), ids(e.actor()));
  }

  @Test
  void aCraftsModelBetweenItsOwnerAndItDoesNotHideTheOwner() {
    Event e = first(code("2018-04-09", "Two Israeli F-16 jets fired four missiles at the air base"
        + " from Lebanese airspace."), "ASSAULT").orElseThrow();
    assertEquals(List.of("israel"), ids(e.actor()));
  }

  @Test
  void theRegionsOfficialsAreKnownByTheirArabicNames() {
    // a minister and a governor known to the catalogue in Latin letters only were no one
    List<Event> ev = code("2021-03-02", "وأعلن محافظ مأرب سلطان العرادة أن قوات الجيش استعادت"
        + " مواقع في جبهة صرواح.");
    Event e = ev.stream().filter(x -> !x.claim().claimants().isEmpty()).findFirst()
        .orElseThrow(() -> new AssertionError(ev.toString()));
    assertEquals("sultan-al-arada", e.claim().claimants().get(0).identifierId(),
        e.claim().claimants().toString());
  }

  @Test
  void twoMinistersNamedInArabicMeet() {
    Event e = first(code("2019-04-08", "والتقى سيرغي لافروف مع مولود جاويش أوغلو في"
        + " موسكو أمس لبحث الوضع في إدلب."), "CONSULT").orElseThrow();
    assertEquals(List.of("sergey-lavrov"), ids(e.actor()));
    assertEquals(List.of("mevlut-cavusoglu"), ids(e.recipient()));
  }

  @Test
  void anEnvoyIsNoDoerOfForce() {
    // the UN envoy named nearest the deed is a party to talks, not to the shelling
    List<Event> ev = code("2018-06-16", "وجاءت السيطرة على الميناء بالتزامن مع مغادرة المبعوث"
        + " الأممي مارتن غريفيث العاصمة صنعاء.");
    Event e = first(ev, "COERCE").orElseThrow(() -> new AssertionError(ev.toString()));
    assertTrue(!ids(e.actor()).contains("martin-griffiths"), ids(e.actor()).toString());
    assertTrue(!ids(e.recipient()).contains("martin-griffiths"), ids(e.recipient()).toString());
  }

  @Test
  void whoCondemnsADeedIsNotItsDoer() {
    // the deed named as what the speech act is about is coded, without the speaker as its doer
    List<Event> ev = code("2019-03-04", "Jordan condemned the shelling of the border crossing"
        + " near Ramtha.");
    Event accuse = first(ev, "ACCUSE").orElseThrow(() -> new AssertionError(ev.toString()));
    assertEquals(List.of("jordan"), ids(accuse.actor()));
    Event shelling = first(ev, "ASSAULT").orElseThrow(() -> new AssertionError(ev.toString()));
    assertTrue(ids(shelling.actor()).isEmpty(), shelling.actor().toString());
  }

  @Test
  void wordsAboutAStatementAreASpeechActNotARecording() {
    // a media or document noun after a deed word makes it about a recording ("released a
    // video"), but not after a speech act: the statement is what is denounced
    List<Event> ev = code("2019-03-04", "Qatar denounced the Egyptian statement as slander.");
    Event e = first(ev, "ACCUSE").orElseThrow(() -> new AssertionError(ev.toString()));
    assertEquals(List.of("qatar"), ids(e.actor()));
  }

  @Test
  void theSubjectAfterAnArabicSpeechVerbIsNotTheDoerOfWhatItCondemns() {
    // verb, subject, object: the League condemns; the attack is no deed of the League's
    List<Event> ev = code("2019-03-04", "استنكرت الجامعة العربية الاعتداء على مقر البعثة.");
    Event accuse = first(ev, "ACCUSE").orElseThrow(() -> new AssertionError(ev.toString()));
    assertEquals(List.of("arab-league"), ids(accuse.actor()));
    Event attack = first(ev, "ASSAULT").orElseThrow(() -> new AssertionError(ev.toString()));
    assertTrue(ids(attack.actor()).isEmpty(), attack.actor().toString());
  }

  @Test
  void anArabicNationalityAdjectiveNamesTheDoerBehindAPreposition() {
    // "بالقصف الإيراني": the head noun carries the preposition, its adjective is still its own
    List<Event> ev = code("2019-03-04", "نددت الحكومة العراقية بالقصف الإيراني على قرى الحدود.");
    Event shelling = first(ev, "ASSAULT").orElseThrow(() -> new AssertionError(ev.toString()));
    assertTrue(ids(shelling.actor()).stream().anyMatch(x -> x.startsWith("iran")),
        shelling.actor().toString());
  }

  @Test
  void theHolderOfTheTargetedPositionsIsNoArabicSubject() {
    // "مواقع X": X holds the positions struck; the doer is not named by a catalogue name here
    List<Event> ev = code("2019-03-04", "استهدفت ضربات مجهولة مواقع حزب الله قرب الحدود.");
    Event e = first(ev, "ASSAULT").orElseThrow(() -> new AssertionError(ev.toString()));
    assertTrue(ids(e.actor()).stream().noneMatch(x -> x.contains("hezbollah")), e.actor().toString());
  }

  @Test
  void forcesAPronounOwnsAreTheSpeakersForces() {
    // "قواتها" (its forces), "القوات الموالية لها" (the forces loyal to it): the speaker's army,
    // not the rival named earlier in the sentence
    Event e = first(code("2019-04-21", "وأعلنت حكومة الوفاق أمس أن قواتها سيطرت على منطقة"
        + " السواني جنوب طرابلس."), "COERCE").orElseThrow();
    assertEquals(List.of("gna-forces"), ids(e.actor()), e.actor().toString());
    List<Event> all = code("2019-04-21", "وكان الجيش الليبي أعلن سيطرته على المطار بينما قال"
        + " وزير الداخلية في حكومة الوفاق إن القوات الموالية لها استعادت السيطرة على المطار.");
    Event r = all.stream().filter(x -> x.textInfo().trigger().startsWith("استعادت")).findFirst()
        .orElseThrow(() -> new AssertionError(all.toString()));
    assertEquals(List.of("gna-forces"), ids(r.actor()), r.actor().toString());
  }

  @Test
  void aReportersPronounOwnsNoForces() {
    // the correspondent has no men: "عناصره" are the convoy's, and the correspondent is no doer
    List<Event> ev = code("2019-10-15", "وقال المراسل إن رتلا للنظام وصل إلى القرية، وإن عناصره"
        + " رفعوا علم النظام على مبنى البلدية.");
    for (Event e : ev) {
      assertTrue(ids(e.actor()).stream().noneMatch(id -> id.contains("journalist")),
          e.toString());
    }
  }
}
