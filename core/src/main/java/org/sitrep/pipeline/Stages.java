package org.sitrep.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.events.EventCoder;
import org.sitrep.ingest.PageReader;
import org.sitrep.ingest.YearlessDates;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.mentions.MentionFinder;
import org.sitrep.mentions.PlaceReadings;
import org.sitrep.model.Chrome;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Failure;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Timex;
import org.sitrep.output.RecordWriter;
import org.sitrep.time.DateResolver;
import org.sitrep.time.StoryAnchors;

/**
 * The pipeline's stages as separate steps, for any driver (the batch {@link Analyzer}, an
 * incremental store, a stream job): {@link #read} a page and find its mentions (per document,
 * stateless); {@link #anchors} choose every document's time anchor (over a set of documents);
 * {@link #code} code one document's events. Story linking is {@link
 * org.sitrep.stories.StoryLinker}.
 *
 * <p>Thread-safe: one instance serves every worker.
 */
public final class Stages {
  /**
   * One page after reading and mention finding. {@code result} is the document or the failure
   * that replaced it; {@code stageFailure} is set when the document stands but its mentions were
   * lost.
   */
  public record Page(String input, PageReader.Result result, List<Mention> mentions,
      List<Mention> readings, String country, long bytes, Failure stageFailure) {
    /** The document, or null when the page could not be read. */
    public Document document() {
      return result instanceof PageReader.Ok ok ? ok.document() : null;
    }
  }

  private final PageReader reader;
  private final MentionFinder mentions;
  private final PlaceReadings placeReadings;
  private final EventCoder coder;

  public Stages(Knowledge knowledge, long maxPageBytes) {
    this(knowledge, maxPageBytes, "the page limit");
  }

  /**
   * Stages whose reader refuses pages over {@code maxPageBytes}; {@code limitName} says what that
   * limit is in failure messages ("the page limit", "the memory budget per page").
   */
  public Stages(Knowledge knowledge, long maxPageBytes, String limitName) {
    this.reader = new PageReader(maxPageBytes, limitName);
    this.mentions = new MentionFinder(knowledge);
    this.placeReadings = new PlaceReadings(knowledge);
    this.coder = new EventCoder(knowledge);
  }

  /** Reads a page from a file ({@code input} is the name it goes by) and finds its mentions. */
  public Page read(Path path, String input) {
    return read(path, input, s -> {});
  }

  /**
   * Reads a page from a file and finds its mentions, telling {@code stage} which stage it enters
   * ("ingest", then "mentions"), so a driver that abandons a slow page can say where it was.
   */
  public Page read(Path path, String input, Consumer<String> stage) {
    long size;
    try {
      size = Files.size(path);
    } catch (IOException | SecurityException e) {
      size = 0;
    }
    stage.accept("ingest");
    PageReader.Result r = reader.read(path, input);
    stage.accept("mentions");
    return mentions(input, r, size);
  }

  /** Reads a page from its bytes and finds its mentions. */
  public Page read(byte[] bytes, String input) {
    return mentions(input, reader.read(bytes, input), bytes.length);
  }

  private Page mentions(String input, PageReader.Result r, long size) {
    List<Mention> found = List.of();
    List<Mention> readings = List.of();
    String country = null;
    Failure failed = null;
    if (r instanceof PageReader.Ok ok) {
      try {
        MentionFinder.Result m = mentions.find(ok.document());
        found = m.mentions();
        country = m.country();
        readings = placeReadings.of(ok.document(), found, m.headline());
      } catch (RuntimeException e) {
        // the document stands; its mentions are lost and said so
        failed = new Failure(input, "mentions", e.getClass().getSimpleName() + ": "
            + e.getMessage());
      }
    }
    return new Page(input, r, found, readings, country, size, failed);
  }

  /**
   * Chooses the time anchor of every document read (pages that failed are skipped): its
   * publication date, else a date embedded in the page, else its story's, from documents that
   * share its rarest names. Keyed by doc id.
   */
  public static Map<String, DateResolver.Anchor> anchors(List<Page> read) {
    List<StoryAnchors.Dated> dated = new ArrayList<>();
    Map<String, DateResolver.Anchor> embedded = new HashMap<>();
    for (Page d : read) {
      if (d.document() == null) {
        continue;
      }
      dated.add(anchorInput(d));
      DateResolver.Anchor e = embeddedAnchor(d);
      if (e != null) {
        embedded.put(d.document().docId(), e);
      }
    }
    return anchors(dated, embedded);
  }

  /**
   * What {@link #anchors(List, Map)} needs of a document read (a few hundred bytes, where the
   * page holds its whole text): a driver with more pages than memory keeps only this.
   */
  public static StoryAnchors.Dated anchorInput(Page d) {
    Document doc = d.document();
    Set<String> ids = new HashSet<>();
    Set<String> places = new HashSet<>();
    for (Mention m : d.mentions()) {
      String id = m.identifierId();
      if (id != null && !id.startsWith("country:") && !id.startsWith("agent:")
          && !"MED".equals(m.sector()) && !"NGO".equals(m.sector())) {
        // kinds of actors ("officials", "police"), wire agencies and monitors (a war's observatory
        // and its director) are in every story of a war: they tell none apart
        ids.add(id);
        if ("place".equals(m.kind())) {
          places.add(id);
        }
      }
    }
    String p = doc.published().value();
    return new StoryAnchors.Dated(doc.docId(), p == null ? null
        : LocalDate.parse(p.substring(0, 10)), ids, d.country(), places);
  }

  /** How far from its story's date a year-less dateline may be given that story's year. */
  private static final int LEAD_DAY_REACH = 92;

  /**
   * The publication day of an undated page whose lead writes the day and month without a year
   * ("SANAA, June 20 (YPA) –", "Dubai. June 22. INTERFAX –"), the year supplied by its story:
   * the one that puts the day nearest the story's date (as the events read the dateline), with
   * basis "inferred". Null when the page has a date, no such lead, no story date, or the day
   * would lie more than three months from the story's.
   */
  public static Published inferredPublished(Document doc, DateResolver.Anchor anchor) {
    if (doc.published().value() != null || anchor == null || anchor.date() == null
        || !"story".equals(anchor.basis()) || doc.body().paragraphs().isEmpty()) {
      return null;
    }
    YearlessDates.LeadDay lead = YearlessDates.leadDay(doc.text(), doc.body().paragraphs());
    if (lead == null) {
      return null;
    }
    LocalDate story = anchor.date();
    LocalDate best = null;
    for (int y = story.getYear() - 1; y <= story.getYear() + 1; y++) {
      LocalDate d;
      try {
        d = LocalDate.of(y, lead.month(), lead.day());
      } catch (DateTimeException e) {
        continue; // 29 February of a common year
      }
      if (best == null || Math.abs(ChronoUnit.DAYS.between(story, d))
          < Math.abs(ChronoUnit.DAYS.between(story, best))) {
        best = d;
      }
    }
    if (best == null || Math.abs(ChronoUnit.DAYS.between(story, best)) > LEAD_DAY_REACH) {
      return null;
    }
    return new Published(best.toString(), "day", "inferred",
        lead.words() + " (the year from the story's pages of " + story + ")");
  }

  /**
   * Whether {@link #inferredPublished} may give this document a publication day once its story
   * is known: it is undated and its lead writes a day and month without a year. A driver that
   * writes document records before the anchors may hold such a record back until then.
   */
  public static boolean awaitsStoryYear(Document doc) {
    return doc.published().value() == null && !doc.body().paragraphs().isEmpty()
        && YearlessDates.leadDay(doc.text(), doc.body().paragraphs()) != null;
  }

  /** A document record's JSON line with its {@code published} set to {@code day}. */
  public static String withPublished(String line, Published day) throws IOException {
    com.fasterxml.jackson.databind.node.ObjectNode n =
        (com.fasterxml.jackson.databind.node.ObjectNode) RecordWriter.mapper().readTree(line);
    n.set("published", RecordWriter.mapper().valueToTree(day));
    return RecordWriter.toJson(n);
  }

  /** The anchor a dated post embedded in an undated page gives it, or null. */
  public static DateResolver.Anchor embeddedAnchor(Page d) {
    return d.document() == null ? null : embeddedPostDate(d.document());
  }

  /**
   * Anchors for documents given by their {@link #anchorInput}s, in a canonical order, and the
   * {@link #embeddedAnchor}s some of them have (which win). Keyed by doc id.
   */
  public static Map<String, DateResolver.Anchor> anchors(List<StoryAnchors.Dated> dated,
      Map<String, DateResolver.Anchor> embedded) {
    Map<String, DateResolver.Anchor> anchors = new HashMap<>(StoryAnchors.anchors(dated));
    anchors.putAll(embedded);
    return anchors;
  }

  /** Codes the events of one document read, with its anchor from {@link #anchors} (or null). */
  public List<Event> code(Page page, DateResolver.Anchor anchor) {
    Document doc = page.document();
    return doc == null ? List.of() : coder.code(doc, page.mentions(), anchor);
  }

  /*
   * An undated page that embeds a dated post ("— Ministry (@mod) February 20, 2020") was
   * written on or after that day: the post's date anchors its weekdays better than a story
   * guessed from shared names. It is never the publication date (the page did not say so).
   */
  private static DateResolver.Anchor embeddedPostDate(Document doc) {
    if (doc.published().value() != null) {
      return null;
    }
    LocalDate latest = null;
    for (Chrome c : doc.chrome()) {
      if (!c.kind().equals("embed")) {
        continue;
      }
      for (Timex t : DATES.find(doc.text(), c.start(), c.end(), DateResolver.Anchor.NONE)) {
        if (t.value() != null && t.precision().equals("day")) {
          LocalDate d = LocalDate.parse(t.value().substring(0, 10));
          latest = latest == null || d.isAfter(latest) ? d : latest;
        }
      }
    }
    return latest == null ? null
        : new DateResolver.Anchor(latest, "story", 0.7, DateResolver.Mode.NEAREST);
  }

  private static final DateResolver DATES = new DateResolver();

  /**
   * The repairs a reader's note lists, one per warning (a truncated gzip, replaced bytes, a
   * guessed encoding): the {@code warnings} field of a document record.
   */
  public static List<String> warnings(String note) {
    if (note == null || note.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String s : note.split("; ")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return List.copyOf(out);
  }
}
