package org.sitrep.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    CUES = Patterns.compile("(?<![\\p{L}])(?:" + Patterns.alternationWithMarks(STATUS.keySet())
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
   * The status contradictions among a story's reports, given by process (what a report tells)
   * and status, each list in the order the reports were added. Reports disagree when they are
   * within two days of each other and their origins (the first claimant of each) differ. Read in
   * time linear in the reports: each side is found through the other's reports by day.
   */
  static List<Story.Contradiction> contradictions(
      Map<String, Map<String, List<Report>>> byProcess) {
    List<Story.Contradiction> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<Report>>> p : byProcess.entrySet()) {
      for (List<String> c : CONFLICTS) {
        List<Report> a = p.getValue().getOrDefault(c.get(0), List.of());
        List<Report> b = p.getValue().getOrDefault(c.get(1), List.of());
        if (a.isEmpty() || b.isEmpty()) {
          continue;
        }
        // a report of one side is in when a report of the other, close in time, has another
        // origin; the other side in the order pairs are met reading a's, then b's, reports
        Earliest inA = new Earliest(a);
        Earliest inB = new Earliest(b);
        List<Report> sideA = new ArrayList<>();
        for (Report x : a) {
          if (inB.find(x) >= 0) {
            sideA.add(x);
          }
        }
        if (sideA.isEmpty()) {
          continue;
        }
        List<long[]> order = new ArrayList<>();
        for (int j = 0; j < b.size(); j++) {
          int i = inA.find(b.get(j));
          if (i >= 0) {
            order.add(new long[] {i, j});
          }
        }
        order.sort(Comparator.<long[]>comparingLong(o -> o[0]).thenComparingLong(o -> o[1]));
        List<Report> sideB = new ArrayList<>();
        for (long[] o : order) {
          sideB.add(b.get((int) o[1]));
        }
        List<String> ids = new ArrayList<>();
        List<Story.Value> values = new ArrayList<>();
        List<Map.Entry<String, List<Report>>> sides = new ArrayList<>(List.of(
            Map.entry(c.get(0), sideA), Map.entry(c.get(1), sideB)));
        sides.sort(Map.Entry.comparingByKey());
        for (Map.Entry<String, List<Report>> side : sides) {
          Set<String> names = new LinkedHashSet<>();
          List<String> reports = new ArrayList<>();
          for (Report x : side.getValue()) {
            names.addAll(x.claimants);
            reports.add(x.id);
            if (ids.size() < 20) {
              ids.add(x.id);
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

  /*
   * The reports of one list by day, to find the first (in the list's order) within two days of
   * a given report whose origin differs from its: per day (and for the undated, and for all),
   * the first report and the first whose origin differs from that one's.
   */
  private static final class Earliest {
    private final Map<Integer, int[]> byDay = new HashMap<>();
    private final int[] undated = {-1, -1};
    private final int[] all = {-1, -1};
    private final List<Report> list;

    Earliest(List<Report> list) {
      this.list = list;
      for (int i = 0; i < list.size(); i++) {
        Report r = list.get(i);
        note(all, i);
        note(r.day == Report.NO_DAY ? undated : byDay.computeIfAbsent(r.day,
            k -> new int[] {-1, -1}), i);
      }
    }

    private void note(int[] firsts, int i) {
      if (firsts[0] < 0) {
        firsts[0] = i;
      } else if (firsts[1] < 0 && !origin(list.get(i)).equals(origin(list.get(firsts[0])))) {
        firsts[1] = i;
      }
    }

    /* The index of the first report close in time to {@code r} with another origin, or -1. */
    int find(Report r) {
      if (r.day == Report.NO_DAY) {
        return first(all, r, -1);
      }
      int best = first(undated, r, -1);
      for (int d = r.day - 2; d <= r.day + 2; d++) {
        int[] f = byDay.get(d);
        if (f != null) {
          best = first(f, r, best);
        }
      }
      return best;
    }

    private int first(int[] firsts, Report r, int best) {
      int i = firsts[0] >= 0 && !origin(list.get(firsts[0])).equals(origin(r)) ? firsts[0]
          : firsts[1];
      return i >= 0 && (best < 0 || i < best) ? i : best;
    }
  }

  private static String origin(Report r) {
    return r.claimants.get(0);
  }
}
