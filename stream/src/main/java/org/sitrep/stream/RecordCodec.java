package org.sitrep.stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.ingest.PageReader;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.output.RecordWriter;
import org.sitrep.pipeline.Stages;
import org.sitrep.stories.Story;
import org.sitrep.time.DateResolver;

/**
 * Reads the JSON lines of RECORDS.md back into core records (the same mapper writes them), and
 * rebuilds a {@link Stages.Page} from a {@link DocMessage}. The round trip is exact for what the
 * stages and the linker read: {@code RecordCodecTest} checks it on every page at hand.
 */
public final class RecordCodec {
  private static final ObjectMapper READER = RecordWriter.mapper().copy()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private RecordCodec() {}

  /** Reads one JSON line as a record of type {@code type}. */
  public static <T> T read(String json, Class<T> type) {
    try {
      return READER.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a " + type.getSimpleName() + " record", e);
    }
  }

  /** Reads JSON lines as records. */
  public static <T> List<T> readAll(String[] lines, Class<T> type) {
    List<T> out = new ArrayList<>(lines == null ? 0 : lines.length);
    if (lines != null) {
      for (String l : lines) {
        out.add(read(l, type));
      }
    }
    return out;
  }

  /** Writes records as JSON lines. */
  public static String[] writeAll(List<?> records) {
    String[] out = new String[records.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = RecordWriter.toJson(records.get(i));
    }
    return out;
  }

  /** The page a document message carries (its document, mentions and readings). */
  public static Stages.Page page(DocMessage d) {
    Document doc = read(d.document, Document.class);
    return new Stages.Page(d.input, new PageReader.Ok(doc, null), readAll(d.mentions,
        Mention.class), readAll(d.readings, Mention.class), d.country, d.bytes, null);
  }

  /** The anchor a document message carries, or null. */
  public static DateResolver.Anchor anchor(DocMessage d) {
    if (d.anchorBasis == null) {
      return null;
    }
    return new DateResolver.Anchor(d.anchorDate == null ? null : LocalDate.parse(d.anchorDate),
        d.anchorBasis, d.anchorConfidence, DateResolver.Mode.valueOf(d.anchorMode));
  }

  /** Sets the anchor fields of a document message. */
  public static void setAnchor(DocMessage d, DateResolver.Anchor a) {
    if (a == null) {
      d.anchorBasis = null;
      return;
    }
    d.anchorDate = a.date() == null ? null : a.date().toString();
    d.anchorBasis = a.basis();
    d.anchorConfidence = a.confidence();
    d.anchorMode = a.mode().name();
  }

  /** Reads a story line. */
  public static Story story(String json) {
    return read(json, Story.class);
  }

  /** Reads an event line. */
  public static Event event(String json) {
    return read(json, Event.class);
  }
}
