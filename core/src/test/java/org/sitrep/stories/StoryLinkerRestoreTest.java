package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.pipeline.Stages;
import org.sitrep.time.DateResolver;

/**
 * A linker restored from the links an earlier one gave (no linking done again) goes on exactly
 * as the earlier one would have: same stories, merged events, report order and contradictions.
 * Pages are the project's story test pages, and the dev pages when ../shared is there, each
 * repeated as distinct documents so that merged events grow past the reports the linker reads
 * and reports bridge merged events.
 */
class StoryLinkerRestoreTest {
  static final Knowledge K = Knowledge.defaults();

  record Coded(Document doc, List<Mention> mentions, List<Event> events) {}

  static List<Coded> pages = new ArrayList<>();
  /* Whether ../shared/dev-pages were there to be read with the project's story pages. */
  static boolean withDevPages;

  @BeforeAll
  static void code() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/stories"))) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    Path dev = Path.of("../../shared/dev-pages");
    if (!Files.isDirectory(dev)) {
      dev = Path.of("../shared/dev-pages");
    }
    withDevPages = Files.isDirectory(dev);
    if (withDevPages) {
      try (Stream<Path> s = Files.list(dev)) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(30).forEach(files::add);
      }
    } else {
      System.err.println("StoryLinkerRestoreTest: ../shared/dev-pages absent, the project's"
          + " story pages only");
    }
    Stages stages = new Stages(K, 16L << 20);
    List<Stages.Page> read = new ArrayList<>();
    for (int copy = 0; copy < 3; copy++) {
      for (Path f : files) {
        byte[] b = Files.readAllBytes(f);
        String mark = "\n\n" + " ".repeat(copy + 1);
        byte[] m = mark.getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(b, b.length + m.length);
        System.arraycopy(m, 0, all, b.length, m.length);
        read.add(stages.read(all, "copy" + copy + "/" + f.getFileName()));
      }
    }
    Map<String, DateResolver.Anchor> anchors = Stages.anchors(read);
    for (Stages.Page p : read) {
      if (p.document() != null) {
        pages.add(new Coded(p.document(), p.mentions(),
            stages.code(p, anchors.get(p.document().docId()))));
      }
    }
  }

  @Test
  void aRestoredLinkerGoesOnAsTheOriginal() {
    StoryLinker whole = new StoryLinker(K).trackLinks();
    Map<String, StoryLinker.Link> wholeLinks = new HashMap<>();
    for (Coded c : pages) {
      whole.add(c.doc(), c.mentions(), c.events());
    }
    whole.drainLinks().forEach(l -> wholeLinks.put(l.eventId(), l));
    int events = 0;
    int bigMerged = 0;
    for (Story s : whole.stories()) {
      for (Story.Merged m : s.events()) {
        events += m.reports().size();
        bigMerged += m.reports().size() > 25 ? 1 : 0;
      }
    }
    assertEquals(wholeLinks.size(), events, "every event has a link");
    // the project's story pages alone (../shared absent) give 18 events over their three copies
    assertTrue(events > (withDevPages ? 20 : 10), "the pages give events: " + events);

    for (int split : new int[] {1, pages.size() / 3, pages.size() / 2, pages.size() - 1}) {
      // a first run links the first pages and keeps their links and story ids
      StoryLinker first = new StoryLinker(K).trackLinks();
      Map<String, StoryLinker.Link> kept = new HashMap<>();
      List<String> storyOf = new ArrayList<>();
      for (int i = 0; i < split; i++) {
        Coded c = pages.get(i);
        storyOf.add(first.add(c.doc(), c.mentions(), c.events()));
        if (i % 3 == 0) {
          first.drainLinks().forEach(l -> kept.put(l.eventId(), l)); // drained per batch
        }
      }
      first.drainLinks().forEach(l -> kept.put(l.eventId(), l));
      // a second run restores them and adds the rest
      StoryLinker second = new StoryLinker(K).trackLinks();
      for (int i = 0; i < split; i++) {
        Coded c = pages.get(i);
        List<StoryLinker.Link> links = new ArrayList<>();
        c.events().forEach(e -> links.add(kept.get(e.id())));
        second.restore(c.doc(), c.mentions(), c.events(), links, storyOf.get(i), null);
      }
      assertTrue(second.drainLinks().isEmpty(), "restoring changes no link");
      for (int i = split; i < pages.size(); i++) {
        Coded c = pages.get(i);
        second.add(c.doc(), c.mentions(), c.events());
      }
      second.drainLinks().forEach(l -> kept.put(l.eventId(), l));
      assertEquals(wholeLinks, kept, "links after restoring at " + split);
      assertEquals(whole.linkedEvents(), second.linkedEvents(), "events at " + split);
      assertEquals(whole.stories(), second.stories(), "stories at " + split);
    }
    System.err.println("StoryLinkerRestoreTest: " + pages.size() + " documents, " + events
        + " events, " + bigMerged + " merged events of more than 25 reports");
  }

  @Test
  void onlyTheStoriesAskedFor() {
    StoryLinker l = new StoryLinker(K);
    for (Coded c : pages) {
      l.add(c.doc(), c.mentions(), c.events());
    }
    List<Story> all = l.stories();
    Story last = all.get(all.size() - 1);
    assertEquals(List.of(last), l.stories(java.util.Set.of(last.storyId())));
  }

  @Test
  void linksAreKeptOnlyWhenAsked() {
    StoryLinker l = new StoryLinker(K);
    assertThrows(IllegalStateException.class, l::drainLinks);
  }
}
