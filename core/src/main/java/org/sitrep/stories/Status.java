package org.sitrep.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Event;
import org.sitrep.text.DataFiles;
import org.sitrep.text.Patterns;

/**
 * What a report says of the state of the process it tells, read next to its trigger: halted,
 * completed or ongoing ({@code status.tsv}); and the story's "status" contradictions, where
 * reports of one process from different origins, within two days, disagree on whether it is
 * over ("the operation has been completed" against "tens of thousands remain", or against "the
 * evacuation was halted").
 */
final class Status {
  private static final Map<String, String> STATUS = new HashMap<>();
  private static final Pattern CUES;

  static {
    for (String[] r : DataFiles.readTsv(Status.class, "status.tsv")) {
      STATUS.put(r[1], r[0]);
    }
    CUES = Pattern.compile("(?<![\\p{L}])(?:" + Patterns.alternationWithMarks(STATUS.keySet())
        + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /* Statuses that cannot both hold of one process at one time. */
  private static final List<List<String>> CONFLICTS = List.of(
      List.of("completed", "halted"), List.of("completed", "ongoing"));

  private Status() {}

  /** The status the report gives near its trigger, or null: the cue nearest the trigger. */
  static String of(Event e) {
    Event.TextInfo ti = e.textInfo();
    String text = e.eventText();
    if (ti == null || text == null || ti.triggerEnd() <= ti.triggerStart()) {
      return null;
    }
    int t0 = Math.max(0, ti.triggerStart() - ti.start());
    int t1 = Math.min(text.length(), ti.triggerEnd() - ti.start());
    if (t0 >= t1) {
      return null;
    }
    Matcher m = CUES.matcher(text).region(Math.max(0, t0 - 60), Math.min(text.length(), t1 + 80));
    String best = null;
    int nearest = Integer.MAX_VALUE;
    while (m.find()) {
      int d = m.start() >= t1 ? m.start() - t1 : Math.max(0, t0 - m.end());
      if (d < nearest) {
        nearest = d;
        best = STATUS.get(m.group().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ")
            .replaceAll("[\\u064B-\\u0652\\u0640]", ""));
      }
    }
    return best;
  }

  /**
   * The status contradictions among a story's events: {@code process} names the process a report
   * tells, {@code origins} who says so (the first claimant of each chain).
   */
  static List<Story.Contradiction> contradictions(List<Event> events,
      Function<Event, String> process, Function<Event, List<String>> origins) {
    Map<String, Map<String, List<Event>>> byProcess = new LinkedHashMap<>();
    for (Event e : events) {
      String s = of(e);
      if (s != null && !e.claim().modality().equals("denied")) {
        byProcess.computeIfAbsent(process.apply(e), k -> new LinkedHashMap<>())
            .computeIfAbsent(s, k -> new ArrayList<>()).add(e);
      }
    }
    List<Story.Contradiction> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<Event>>> p : byProcess.entrySet()) {
      for (List<String> c : CONFLICTS) {
        List<Event> a = p.getValue().getOrDefault(c.get(0), List.of());
        List<Event> b = p.getValue().getOrDefault(c.get(1), List.of());
        Set<Event> sideA = new LinkedHashSet<>();
        Set<Event> sideB = new LinkedHashSet<>();
        for (Event x : a) {
          for (Event y : b) {
            if (closeInTime(x, y) && !origins.apply(x).get(0).equals(origins.apply(y).get(0))) {
              sideA.add(x);
              sideB.add(y);
            }
          }
        }
        if (sideA.isEmpty()) {
          continue;
        }
        List<String> ids = new ArrayList<>();
        List<Story.Value> values = new ArrayList<>();
        for (Map.Entry<String, Set<Event>> side : Map.of(c.get(0), sideA, c.get(1), sideB)
            .entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
          Set<String> names = new LinkedHashSet<>();
          List<String> reports = new ArrayList<>();
          for (Event x : side.getValue()) {
            names.addAll(origins.apply(x));
            reports.add(x.id());
            if (ids.size() < 20) {
              ids.add(x.id());
            }
          }
          values.add(new Story.Value(side.getKey(), List.copyOf(names), List.copyOf(reports)));
        }
        out.add(new Story.Contradiction("status", "status", List.copyOf(ids), List.copyOf(values),
            p.getKey() + ": reports disagree on whether it is " + c.get(0)));
      }
    }
    return out;
  }

  private static boolean closeInTime(Event a, Event b) {
    if (a.date() == null || b.date() == null) {
      return true;
    }
    return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(a.date()), LocalDate.parse(b.date())))
        <= 2;
  }
}
