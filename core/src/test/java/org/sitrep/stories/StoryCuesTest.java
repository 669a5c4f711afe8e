package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.events.EventCoder;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.mentions.MentionFinder;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.testing.Docs;
import org.sitrep.time.DateResolver;

/**
 * What the words of a report tell the linker: a campaign merges over weeks, a strike does not; a
 * refusal of an evacuation against its carrying out, and "armed terrorists" against a named
 * group, are contradictions.
 */
class StoryCuesTest {
  static final Knowledge K = Knowledge.defaults();

  private static List<Event> add(StoryLinker linker, String id, String day,
      String... paragraphs) {
    Document d = Docs.dated(id, new Published(day, "day", "page", day), paragraphs);
    List<Mention> ms = new MentionFinder(K).find(d).mentions();
    List<Event> ev = new EventCoder(K).code(d, ms,
        DateResolver.Anchor.published(LocalDate.parse(day)));
    linker.add(d, ms, ev);
    return ev;
  }

  /* The merged event of each ASSAULT the linker was given, by document. */
  private static Map<String, String> assaults(StoryLinker linker) {
    return linker.linkedEvents().stream().filter(e -> e.event().contains("ASSAULT"))
        .collect(Collectors.toMap(Event::docId, Event::sameAs, (a, b) -> a));
  }

  @Test
  void aCampaignIsOneEventOverWeeks() {
    StoryLinker linker = new StoryLinker(K);
    add(linker, "a", "2018-06-19", "The Syrian army launched a ferocious offensive against"
        + " rebels in Daraa on Tuesday, with support from Russia.");
    add(linker, "b", "2018-07-10", "After three weeks of ferocious bombardment by the Syrian"
        + " army, rebels in Daraa agreed to talks with Russia.");
    Map<String, String> m = assaults(linker);
    assertEquals(2, m.size(), () -> linker.linkedEvents().toString());
    assertEquals(m.get("a"), m.get("b"), () -> linker.stories().toString());
  }

  @Test
  void strikesWeeksApartAreTwoEvents() {
    StoryLinker linker = new StoryLinker(K);
    add(linker, "a", "2018-06-19", "The Syrian army shelled rebels in Daraa on Tuesday, with"
        + " support from Russia.");
    add(linker, "b", "2018-07-10", "The Syrian army shelled rebels in Daraa on Tuesday, with"
        + " support from Russia.");
    Map<String, String> m = assaults(linker);
    assertEquals(2, m.size(), () -> linker.linkedEvents().toString());
    assertNotEquals(m.get("a"), m.get("b"), () -> linker.stories().toString());
  }

  @Test
  void fightingToldTwiceWeeksApartIsTwoEvents() {
    // "معارك" is the fighting of a day ("fierce clashes"), not an offensive: clashes in one town
    // two weeks apart are two events
    StoryLinker linker = new StoryLinker(K);
    add(linker, "a", "2019-08-03", "دارت معارك عنيفة بين الجيش السوري وهيئة تحرير الشام في"
        + " بلدة خان شيخون اليوم السبت.");
    add(linker, "b", "2019-08-17", "دارت معارك عنيفة بين الجيش السوري وهيئة تحرير الشام في"
        + " بلدة خان شيخون اليوم السبت.");
    Map<String, String> m = assaults(linker);
    assertEquals(2, m.size(), () -> linker.linkedEvents().toString());
    assertNotEquals(m.get("a"), m.get("b"), () -> linker.stories().toString());
  }

  private static boolean refusal(StoryLinker linker) {
    return linker.stories().stream().flatMap(s -> s.contradictions().stream())
        .anyMatch(c -> c.kind().equals("negation") && c.note().contains("refused"));
  }

  @Test
  void anEvacuationRefusedAndCarriedOutIsAContradiction() {
    StoryLinker linker = new StoryLinker(K);
    add(linker, "a", "2018-07-14", "Russian forces refused to evacuate the rebels from Daraa"
        + " to Idlib, sources said, and the buses went back to Damascus.");
    add(linker, "b", "2018-07-15", "The Syrian Observatory for Human Rights said hundreds of"
        + " rebels and their families were evacuated from Daraa to Idlib on buses, under the"
        + " deal with Russian forces and the Syrian government in Damascus.");
    assertTrue(refusal(linker), () -> linker.linkedEvents().toString());
  }

  @Test
  void aRefusalDaysBeforeTheActIsASequence() {
    StoryLinker linker = new StoryLinker(K);
    add(linker, "a", "2018-07-12", "Russian forces refused to evacuate the rebels from Daraa"
        + " to Idlib, sources said, and the buses went back to Damascus.");
    add(linker, "b", "2018-07-15", "The Syrian Observatory for Human Rights said hundreds of"
        + " rebels and their families were evacuated from Daraa to Idlib on buses, under the"
        + " deal with Russian forces and the Syrian government in Damascus.");
    assertTrue(!refusal(linker), () -> linker.stories().toString());
  }
}
