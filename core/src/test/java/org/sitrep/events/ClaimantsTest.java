package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.events.EventCoderTest.code;
import static org.sitrep.events.EventCoderTest.first;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Claimants on sentences of the genre, written for these tests: a source that only points back
 * is the one the page named before, and a kind of people speaks in its own words.
 */
class ClaimantsTest {
  private static String names(Event e) {
    return e.claim().claimants().stream().map(Event.Claimant::name)
        .collect(Collectors.joining(" | "));
  }

  @Test
  void aSourceThatPointsBackIsTheOneNamedBefore() {
    List<Event> ev = code("2018-07-06", "قال مصدر عسكري إن الجيش سيطر على البلدة صباح الجمعة.",
        "وأكد المصدر أن المسلحين انسحبوا من التلال المحيطة بها.");
    Event e = first(ev, "RETREAT").orElseThrow();
    assertEquals("مصدر عسكري", names(e), ev.toString());
    List<Event> en = code("2018-07-06", "A military source said the army captured the town on"
        + " Friday.", "The source added that the rebels withdrew from the nearby hills.");
    Event w = first(en, "RETREAT").orElseThrow();
    assertEquals("A military source", names(w), en.toString());
  }

  @Test
  void pointingSourcesAgreeInNumber() {
    // "the sources" are the local sources, not the military source named after them
    List<Event> ev = code("2018-07-06", "قالت مصادر محلية إن الجيش قصف البلدة صباح الجمعة.",
        "وقال مصدر عسكري إن الجيش سيطر على التلال المحيطة بها.",
        "وأكدت المصادر أن المسلحين انسحبوا من البلدة مساء السبت.");
    Event e = first(ev, "RETREAT").orElseThrow();
    assertEquals("مصادر محلية", names(e), ev.toString());
  }

  @Test
  void sourcesNamedAfterABodyAreTheSourcesNotTheBody() {
    // "Turkish military sources": unnamed sources the body qualifies, not the body's statement
    List<Event> ev = code("2019-10-20", "Turkish military sources said YPG fighters shelled the"
        + " border town overnight.");
    Event e = first(ev, "ASSAULT").orElseThrow();
    assertEquals("Turkish military sources", names(e), ev.toString());
  }

  @Test
  void aKindOfPeopleSpeaksInItsOwnWords() {
    // the catalogue reads "residents" as civilians; the claim names them as the page does
    List<Event> ev = code("2019-08-10", "Gunmen stormed the village on Saturday, residents said.");
    Event e = first(ev, "COERCE").or(() -> first(ev, "ASSAULT")).orElseThrow();
    assertEquals("residents", names(e), ev.toString());
  }

  @Test
  void anAsideBeforeTheVerbIsAboutTheSpeaker() {
    // the Islamic State named inside the aside says nothing; the army does, and the fight
    // the aside names is no deed that rules the army out as the speaker
    Event p = first(code("2019-05-08", "The Iraqi army, leading the fight against the Islamic"
        + " State, said its troops had captured the bridge on Monday."), "COERCE").orElseThrow();
    assertEquals(List.of("iraqi-army"), p.claim().claimants().stream()
        .map(Event.Claimant::identifierId).toList(), p.toString());
  }

  @Test
  void theMonitorsUsualEpithetNamesIt() {
    Event e = first(code("2019-05-08", "The town was retaken by government forces on Monday,"
        + " according to the Britain-based watchdog."), "COERCE").orElseThrow();
    assertEquals(List.of("sohr"), e.claim().claimants().stream()
        .map(Event.Claimant::identifierId).toList(), e.toString());
  }

  @Test
  void reportsOfAStageOrStandingAreTheSource() {
    // "preliminary", "unconfirmed" describe the reports as "local" does: the reports speak
    List<Event> ev = code("2019-10-10", "According to preliminary reports from the district"
        + " council, Turkish troops have entered the village after sending two convoys.");
    assertEquals("preliminary reports", names(first(ev, "MOBILIZE").orElseThrow()), ev.toString());
    List<Event> said = code("2019-10-10", "Unconfirmed reports said Turkish troops entered the"
        + " village on Monday.");
    assertEquals("Unconfirmed reports", names(first(said, "MOBILIZE").orElseThrow()),
        said.toString());
  }

  @Test
  void aPronounAfterAClosingQuoteIsTheLastOneNamed() {
    // "…,” he told Reuters": the pronoun that follows the quotation is the speaker named before
    List<Event> ev = code("2019-10-12", "A military source said Turkish troops had entered the"
        + " town on Friday.", "\"Now the Turkish attack has started and the clashes are very"
        + " heavy,\" he told Reuters.");
    Event e = ev.stream().filter(x -> x.textInfo().trigger().equals("attack")).findFirst()
        .orElseThrow(() -> new AssertionError(ev.toString()));
    assertEquals("A military source", names(e), ev.toString());
  }
  @Test
  void aSpeechActInItsSpeakersOwnClauseIsTheSpeakers() {
    // the monitor speaks for the clause after "and", not for the commanders' denial before it
    Event d = first(code("2019-10-14", "Rebel commanders denied the report, and the monitor said"
        + " fighting went on near the bridge."), "REJECT").orElseThrow();
    assertEquals("Rebel", names(d), d.toString());
    // a closing attribution still speaks for the rejection before it
    Event c = first(code("2019-10-14", "Turkey rejected the proposal on Monday, officials"
        + " said."), "REJECT").orElseThrow();
    assertEquals("officials", names(c), c.toString());
  }

  @Test
  void aVoicelessSentenceOfSpeechIsTheOutletsNotTheSourceBefore() {
    // the aid agency spoke in the sentence before; the government's blame is its own word,
    // told in the outlet's voice (and the army's words that the president dismisses are no
    // voice of his)
    List<Event> ev = code("2021-02-10", "The International Organization for Migration said"
        + " some 1,200 families had fled the camps near the front on Tuesday.",
        "The government blamed the Houthis for the shelling of the camps.");
    Event e = first(ev, "ACCUSE").orElseThrow();
    assertEquals("", names(e), ev.toString());
    List<Event> d = code("2019-10-14", "The Syrian army said on Sunday that its units had"
        + " entered the town.", "In Ankara, President Recep Tayyip Erdogan dismissed the army's"
        + " announcement as a stunt.");
    assertEquals("", names(first(d, "REJECT").orElseThrow()), d.toString());
  }
  @Test
  void aCommandIsNoCommandoSpelledOtherwise() {
    // "Command" of a body's name shares its consonants with "commandos", not its word
    Event e = first(code("2017-10-17", "The Peshmerga General Command said in a statement that"
        + " Iraqi forces had shelled Peshmerga positions south of the city."), "ASSAULT")
        .orElseThrow();
    assertEquals(List.of("peshmerga"), e.claim().claimants().stream()
        .map(Event.Claimant::identifierId).toList(), e.toString());
    // the word itself still names them
    Event c = first(code("2017-10-17", "Army commandos stormed the building on Monday."),
        "ASSAULT").orElseThrow();
    assertEquals("agent:commandos", c.actor().get(0).identifierId(), c.toString());
  }
}
