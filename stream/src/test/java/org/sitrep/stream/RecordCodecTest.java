package org.sitrep.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.PageReader;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.output.RecordWriter;
import org.sitrep.pipeline.Inputs;
import org.sitrep.pipeline.Stages;
import org.sitrep.stories.StoryLinker;
import org.sitrep.time.DateResolver;

/**
 * The job passes documents, mentions and events between operators as JSON lines: reading them
 * back gives records that code and link exactly as the originals do.
 */
class RecordCodecTest {
  @Test
  void recordsReadBackCodeAndLinkAsTheOriginals() throws Exception {
    Path seeds = Path.of("..", "..", "shared", "seeds");
    assumeTrue(Files.isDirectory(seeds), "skipped: ../shared/seeds is absent");
    Stages stages = new Stages(Knowledge.defaults(), PageReader.DEFAULT_MAX_BYTES);
    List<Stages.Page> read = new ArrayList<>();
    for (Inputs.Page p : Inputs.expand(List.of(seeds.toString())).pages()) {
      read.add(stages.read(Files.readAllBytes(p.path()), p.input()));
    }
    Map<String, DateResolver.Anchor> anchors = Stages.anchors(read);
    StoryLinker direct = new StoryLinker(Knowledge.defaults());
    StoryLinker viaJson = new StoryLinker(Knowledge.defaults());
    for (Stages.Page p : read) {
      DocMessage d = new DocMessage();
      d.input = p.input();
      d.document = RecordWriter.toJson(p.document());
      d.mentions = RecordCodec.writeAll(p.mentions());
      d.readings = RecordCodec.writeAll(p.readings());
      d.country = p.country();
      RecordCodec.setAnchor(d, anchors.get(p.document().docId()));
      Stages.Page back = RecordCodec.page(d);
      assertEquals(d.document, RecordWriter.toJson(back.document()));
      assertEquals(List.of(d.mentions), List.of(RecordCodec.writeAll(back.mentions())));
      assertEquals(anchors.get(p.document().docId()), RecordCodec.anchor(d));
      List<Event> events = stages.code(p, anchors.get(p.document().docId()));
      String[] json = RecordCodec.writeAll(events);
      assertEquals(List.of(json), List.of(RecordCodec.writeAll(stages.code(back,
          RecordCodec.anchor(d)))));
      direct.add(p.document(), p.mentions(), events);
      viaJson.add(RecordCodec.read(d.document, Document.class),
          RecordCodec.readAll(d.mentions, Mention.class), RecordCodec.readAll(json, Event.class));
    }
    assertEquals(RecordCodec.writeAll(direct.linkedEvents()).length, viaJson.linkedEvents().size());
    assertEquals(List.of(RecordCodec.writeAll(direct.linkedEvents())),
        List.of(RecordCodec.writeAll(viaJson.linkedEvents())));
    assertEquals(List.of(RecordCodec.writeAll(direct.stories())),
        List.of(RecordCodec.writeAll(viaJson.stories())));
  }
}
