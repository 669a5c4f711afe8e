package org.sitrep.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Event;
import org.sitrep.stories.Story;

/**
 * Writes {@code timeline.md}: per story, one dated line per real-world event in date order
 * (undated ones last) with what happened, who to whom, where, who says so and through which
 * outlets, and how well it is corroborated; the contradictions beneath.
 */
public final class TimelineWriter {
  private TimelineWriter() {}

  /**
   * What the timeline reads of a report: its id, document, categories, date, claim and where to
   * (a destination's name, or null); a run keeps one per event rather than the whole event.
   */
  public record Report(String id, String docId, List<String> event, String date,
      Event.Claim claim, String destination) {
    /** What the timeline reads of {@code e}. */
    public static Report of(Event e) {
      return new Report(e.id(), e.docId(), e.event(), e.date(), e.claim(),
          e.destination() == null ? null : e.destination().name());
    }
  }

  /** Renders the timeline of {@code stories}; {@code events} gives every report by id. */
  public static String render(List<Story> stories, Map<String, Event> events,
      Map<String, String> outlets) {
    StringBuilder b = new StringBuilder();
    try {
      render(stories, reports(events), outlets, b);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
    }
    return b.toString();
  }

  private static Map<String, Report> reports(Map<String, Event> events) {
    Map<String, Report> out = new java.util.HashMap<>();
    events.forEach((id, e) -> out.put(id, Report.of(e)));
    return out;
  }

  /**
   * Renders the timeline of {@code stories} into {@code b} (a file's writer: a timeline of many
   * reports is not built as one string); {@code events} gives every report by id.
   */
  public static void render(List<Story> stories, Map<String, Report> events,
      Map<String, String> outlets, Appendable b) throws IOException {
    b.append("# Sitrep timeline\n");
    for (Story s : stories) {
      if (s.events().isEmpty()) {
        continue;
      }
      b.append("\n## ").append(s.title()).append("\n\n");
      b.append("Story `").append(s.storyId()).append("`, ")
          .append(String.valueOf(s.documents().size()))
          .append(s.documents().size() == 1 ? " document" : " documents").append(", ")
          .append(String.valueOf(s.events().size())).append(" events.\n\n");
      for (Story.Merged m : s.events()) {
        b.append("- ").append(line(m, events, outlets)).append('\n');
        if (m.reports().size() > 1) {
          // each report of the merged event, in date order: what it says and who says so
          List<Report> reports = new ArrayList<>();
          for (String r : m.reports()) {
            if (events.containsKey(r)) {
              reports.add(events.get(r));
            }
          }
          reports.sort((x, y) -> x.date() == null ? (y.date() == null ? 0 : 1)
              : y.date() == null ? -1 : x.date().compareTo(y.date()));
          for (Report e : reports) {
            b.append("  - ").append(e.date() == null ? "undated" : e.date()).append(' ')
                .append(String.join("/", e.event()));
            if (!e.claim().modality().equals("asserted")) {
              b.append(" (").append(e.claim().modality()).append(')');
            }
            b.append(", ").append(chain(e, outlets)).append(" [").append(e.id()).append("]\n");
          }
        }
      }
      if (!s.contradictions().isEmpty()) {
        b.append("\n### Contradictions\n\n");
        for (Story.Contradiction c : s.contradictions()) {
          b.append("- **").append(c.kind()).append(" (").append(c.field()).append(")**: ");
          List<String> sides = new ArrayList<>();
          for (Story.Value v : c.values()) {
            sides.add("“" + v.value() + "” says " + String.join(", ", v.claimants()) + " ("
                + String.join(", ", v.reports()) + ")");
          }
          b.append(String.join(" vs ", sides)).append(". ").append(c.note()).append('\n');
        }
      }
    }
  }

  private static String line(Story.Merged m, Map<String, Report> events,
      Map<String, String> outlets) {
    StringBuilder b = new StringBuilder();
    String when = m.date() == null ? "*undated*"
        : "**" + m.date() + (m.enddate() == null ? "" : " – " + m.enddate()) + "**";
    b.append(when).append(" — ").append(String.join("/", m.event())).append(": ");
    b.append(names(m.actor()));
    if (!m.recipient().isEmpty()) {
      b.append(" → ").append(names(m.recipient()));
    }
    Report first = events.get(m.reports().get(0));
    if (m.eventLoc() != null) {
      b.append(", in ").append(m.eventLoc().get("name"));
    }
    if (first != null && first.destination() != null && (m.eventLoc() == null
        || !first.destination().equals(m.eventLoc().get("name")))) {
      b.append(", to ").append(first.destination()); // "deployed in Duma": once
    }
    Set<String> modalities = new LinkedHashSet<>();
    Set<String> says = new LinkedHashSet<>();
    for (String r : m.reports()) {
      Report e = events.get(r);
      if (e == null) {
        continue;
      }
      if (!e.claim().modality().equals("asserted")) {
        modalities.add(e.claim().modality());
      }
      says.add(chain(e, outlets));
    }
    if (!modalities.isEmpty()) {
      b.append(" (").append(String.join(", ", modalities)).append(')');
    }
    b.append(". Says: ").append(String.join("; ", says)).append(". ");
    Story.Corroboration c = m.corroboration();
    b.append(c.reports()).append(c.reports() == 1 ? " report" : " reports").append(", ")
        .append(c.outlets()).append(c.outlets() == 1 ? " outlet" : " outlets").append(", ")
        .append(c.independentOrigins())
        .append(c.independentOrigins() == 1 ? " independent origin." : " independent origins.");
    return b.toString();
  }

  /** "SouthFront ← SANA ← an official source": the outlet, then who it says says so. */
  private static String chain(Report e, Map<String, String> outlets) {
    List<String> chain = new ArrayList<>();
    chain.add(outlets.getOrDefault(e.docId(), "unknown outlet"));
    for (Event.Claimant c : e.claim().claimants()) {
      chain.add(c.name());
    }
    return String.join(" ← ", chain);
  }

  private static String names(List<Map<String, Object>> entities) {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> e : entities) {
      Object n = e.get("identifier_text") != null ? e.get("identifier_text") : e.get("entity_text");
      out.add(String.valueOf(n));
    }
    return out.isEmpty() ? "(unknown)" : String.join(", ", out);
  }

  /** Writes the timeline to a file. */
  public static void write(Path file, List<Story> stories, Map<String, Event> events,
      Map<String, String> outlets) throws IOException {
    writeReports(file, stories, reports(events), outlets);
  }

  /** Writes the timeline to a file from what it reads of each report. */
  public static void writeReports(Path file, List<Story> stories, Map<String, Report> events,
      Map<String, String> outlets) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      render(stories, events, outlets, w);
    }
  }
}
