package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.events.EventCoder;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.mentions.MentionFinder;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.testing.Docs;
import org.sitrep.time.DateResolver;

/**
 * The taking of a place, told as a capture (COERCE) by one outlet and as an attack (ASSAULT) by
 * another, is one merged event; force that stops a convoy is no part of it.
 */
class OperationTest {
  static final Knowledge K = Knowledge.defaults();
  static final LocalDate DAY = LocalDate.parse("2018-06-16");

  private static Event add(StoryLinker linker, String id, String category, String text) {
    Document d = Docs.dated(id, new Published("2018-06-16", "day", "page", "2018-06-16"), text);
    List<Mention> ms = new MentionFinder(K).find(d).mentions();
    List<Event> ev = new EventCoder(K).code(d, ms, DateResolver.Anchor.published(DAY));
    linker.add(d, ms, ev);
    return ev.stream().filter(e -> e.event().get(0).equals(category)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + category + " coded in: " + ev));
  }

  private static String mergedOf(StoryLinker linker, Event e) {
    return linker.linkedEvents().stream().filter(x -> x.id().equals(e.id())).findFirst()
        .orElseThrow().sameAs();
  }

  @Test
  void aCaptureAndAnAttackOnOneSiteByOneSideAreOneEvent() {
    StoryLinker linker = new StoryLinker(K);
    Event a = add(linker, "a", "COERCE", "The Saudi-led coalition captured Hodeidah airport"
        + " from the Houthis on Saturday.");
    Event b = add(linker, "b", "ASSAULT", "The Saudi-led coalition attacked the Houthis at"
        + " Hodeidah airport on Saturday.");
    assertEquals(mergedOf(linker, a), mergedOf(linker, b));
  }

  @Test
  void troopsEnteringATownAndTakingItAreOneOperation() {
    StoryLinker linker = new StoryLinker(K);
    Event a = add(linker, "a", "MOBILIZE", "Syrian army troops entered Manbij on Saturday"
        + " and raised the national flag.");
    Event b = add(linker, "b", "COERCE", "The Syrian army took control of Manbij on"
        + " Saturday.");
    assertEquals(mergedOf(linker, a), mergedOf(linker, b));
  }

  @Test
  void troopsEnteringATownJoinItsTakingThoughOneReportTellsAnEncirclement() {
    // one outlet tells the encirclement before the fall, two tell the town taken: the taking is
    // no blockade, and the troops' entry is part of it
    StoryLinker linker = new StoryLinker(K);
    add(linker, "a", "COERCE", "The Syrian army encircled Manbij on Saturday.");
    Event b = add(linker, "b", "COERCE", "The Syrian army took control of Manbij on Saturday.");
    add(linker, "c", "COERCE", "The Syrian army captured Manbij on Saturday.");
    Event d = add(linker, "d", "MOBILIZE", "Syrian army troops entered Manbij on Saturday"
        + " and raised the national flag.");
    assertEquals(mergedOf(linker, b), mergedOf(linker, d));
  }

  @Test
  void troopsEnteringATownJoinNoSiegeOfIt() {
    StoryLinker linker = new StoryLinker(K);
    Event a = add(linker, "a", "COERCE", "The Syrian army encircled Manbij on Saturday.");
    add(linker, "b", "COERCE", "The Syrian army imposed a siege on Manbij on Saturday.");
    Event c = add(linker, "c", "MOBILIZE", "Syrian army troops entered Manbij on Saturday"
        + " and raised the national flag.");
    assertNotEquals(mergedOf(linker, a), mergedOf(linker, c));
  }

  @Test
  void aSeizureToldWithoutItsDoersJoinsTheSeizureNearby() {
    StoryLinker linker = new StoryLinker(K);
    Event a = add(linker, "a", "COERCE", "Government forces captured Tal Afar from the Islamic"
        + " State on Saturday.");
    Event b = add(linker, "b", "COERCE", "The last districts near Mosul were captured on"
        + " Saturday. The Islamic State has lost Tal Afar as well.");
    assertEquals(mergedOf(linker, a), mergedOf(linker, b), a + "\n" + b);
  }

  @Test
  void theFoeFightingBackIsAnotherAct() {
    StoryLinker linker = new StoryLinker(K);
    Event a = add(linker, "a", "COERCE", "The Saudi-led coalition captured Hodeidah airport"
        + " from the Houthis on Saturday.");
    Event b = add(linker, "b", "ASSAULT", "The Houthis attacked the Saudi-led coalition at"
        + " Hodeidah airport on Saturday.");
    assertNotEquals(mergedOf(linker, a), mergedOf(linker, b));
  }

  @Test
  void aDeedAPageTellsAgainIsAnotherReportOfOneMergedEvent() {
    StoryLinker linker = new StoryLinker(K);
    Document d = Docs.dated("a", new Published("2017-06-22", "day", "page", "2017-06-22"),
        "ISIS blew up the al-Nuri mosque in Mosul on Wednesday.",
        "Residents said ISIS blew up the al-Nuri mosque in Mosul on Wednesday.",
        "ISIS blew up the al-Nuri mosque in Mosul on Wednesday, a massive blast in the old city.");
    List<Mention> ms = new MentionFinder(K).find(d).mentions();
    List<Event> ev = new EventCoder(K).code(d, ms,
        DateResolver.Anchor.published(LocalDate.parse("2017-06-22")));
    linker.add(d, ms, ev);
    List<Event> blasts = ev.stream().filter(e -> e.event().contains("ASSAULT")).toList();
    assertEquals(3, blasts.size(), blasts::toString); // each telling keeps its own evidence
    assertEquals(1, blasts.stream().map(e -> mergedOf(linker, e)).distinct().count());
  }

  @Test
  void anAttackJoinsAPlaceBothSidesClaimToHold() {
    // a site both sides claim: the coalition took it, the Houthis kept it; the coalition's
    // attack there on the day is the same operation, though the Houthis' claim names the
    // coalition as a target
    StoryLinker linker = new StoryLinker(K);
    Event a = add(linker, "a", "COERCE", "The Saudi-led coalition captured Hodeidah airport"
        + " from the Houthis on Saturday.");
    Event b = add(linker, "b", "COERCE", "The Saudi-led coalition took full control of Hodeidah"
        + " airport on Saturday, but the Houthis said they seized the airport back from the"
        + " coalition on Saturday.");
    Event c = add(linker, "c", "ASSAULT", "The Saudi-led coalition attacked the Houthis at"
        + " Hodeidah airport on Saturday.");
    assertEquals(mergedOf(linker, a), mergedOf(linker, c));
  }
}
