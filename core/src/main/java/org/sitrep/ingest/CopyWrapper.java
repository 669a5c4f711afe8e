package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.text.DataFiles;
import org.sitrep.text.RequiredText;

/**
 * Finds the banner and toolbar that a search engine's cache or a web archive puts above the page
 * it copied ("This is Google's cache of https://…", "The Wayback Machine - https://web.archive.org/
 * web/…", "47 captures", "About this capture"), so that the page is read from its own first line;
 * likewise a forwarded e-mail's sharer's note, marker and header lines (s46). The services and
 * their labels are data ({@code copy-wrappers.tsv}).
 */
final class CopyWrapper {
  private static final List<Pattern> OPENS = new ArrayList<>();
  private static final List<Pattern> ENDS = new ArrayList<>();
  private static final List<Pattern> TOOLBAR = new ArrayList<>();
  private static final List<Pattern> FORWARD = new ArrayList<>();
  private static final List<Pattern> MAIL_HEADER = new ArrayList<>();
  /* What every match of each pattern holds (RequiredText's clauses), tested before it runs. */
  private static final java.util.Map<Pattern, String[][]> NEEDS = new java.util.IdentityHashMap<>();
  /* How far under the opening line a toolbar's last line is looked for (non-blank lines). */
  private static final int TOOLBAR_LINES = 14;

  static {
    for (String[] r : DataFiles.readTsv(CopyWrapper.class, "copy-wrappers.tsv")) {
      if (r.length < 2) {
        throw new IllegalStateException("copy-wrappers.tsv: row needs 2 columns: " + r[0]);
      }
      Pattern p = Pattern.compile(r[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      NEEDS.put(p, RequiredText.allClauses(p));
      switch (r[0]) {
        case "opens" -> OPENS.add(p);
        case "ends" -> ENDS.add(p);
        case "toolbar" -> TOOLBAR.add(p);
        case "forward" -> FORWARD.add(p);
        case "mail-header" -> MAIL_HEADER.add(p);
        default -> throw new IllegalStateException("copy-wrappers.tsv: unknown kind " + r[0]);
      }
    }
  }

  private CopyWrapper() {}

  /**
   * Returns how many of the page's first lines (trimmed, blank ones included) are a copy's
   * wrapper: 0 when the first non-blank line does not open one; else down to the toolbar's last
   * line when one is found close under it, or the opening line and the toolbar lines right under
   * it.
   */
  static int lines(List<String> texts) {
    return find(texts).lines();
  }

  /** The wrapper's lines (as {@link #lines}) and whether they are a forwarded mail's. */
  record Found(int lines, boolean forwarded) {}

  /** As {@link #lines}, saying also whether the wrapper is a forwarded e-mail's (s46). */
  static Found find(List<String> texts) {
    int first = 0;
    while (first < texts.size() && texts.get(first).isBlank()) {
      first++;
    }
    if (first == texts.size()) {
      return new Found(0, false);
    }
    if (!any(OPENS, texts.get(first))) {
      int n = forwarded(texts, first);
      return new Found(n, n > 0);
    }
    for (int j = first + 1, seen = 0; j < texts.size() && seen < TOOLBAR_LINES; j++) {
      String t = texts.get(j);
      if (t.isBlank()) {
        continue;
      }
      seen++;
      if (any(ENDS, t)) {
        return new Found(j + 1, false);
      }
    }
    int j = first + 1;
    while (j < texts.size() && (texts.get(j).isBlank() || any(TOOLBAR, texts.get(j)))) {
      j++;
    }
    return new Found(j, false);
  }

  /*
   * s46: a forwarded e-mail ("---------- Forwarded message ---------", "Begin forwarded
   * message:") under its sharer's note, its mail header lines under it ("From: …", "Date: …",
   * "Subject: …"): the note, the marker and the header lines are the wrapper, the mail's own
   * text begins under them (its "Date:" is when it was sent on, not the date). 0 when no
   * marker stands among the first lines or no header line follows it (transfer-46's 4604 and
   * 4616, studied).
   */
  private static int forwarded(List<String> texts, int first) {
    for (int i = first, seen = 0; i < texts.size() && seen < FORWARD_LINES; i++) {
      String t = texts.get(i);
      if (t.isBlank()) {
        continue;
      }
      seen++;
      if (!any(FORWARD, t)) {
        continue;
      }
      int end = -1;
      for (int j = i + 1; j < texts.size(); j++) {
        String h = texts.get(j);
        if (h.isBlank()) {
          continue;
        }
        if (!any(MAIL_HEADER, h)) {
          break;
        }
        end = j + 1;
      }
      return Math.max(end, 0);
    }
    return 0;
  }

  /* How many lines of text a forwarded mail's marker is looked for in (its sharer's note). */
  private static final int FORWARD_LINES = 12;

  private static boolean any(List<Pattern> patterns, String line) {
    String t = line.strip();
    String folded = null;
    for (Pattern p : patterns) {
      String[][] needs = NEEDS.get(p);
      if (needs.length > 0) {
        folded = folded == null ? RequiredText.fold(t) : folded;
        if (!holds(folded, needs)) {
          continue; // the line lacks text every match holds: the regex is not run
        }
      }
      if (p.matcher(t).find()) {
        return true;
      }
    }
    return false;
  }

  /* True when the folded text holds one of the texts of each clause. */
  private static boolean holds(String folded, String[][] needs) {
    for (String[] clause : needs) {
      boolean any = false;
      for (int i = 0; i < clause.length && !any; i++) {
        any = folded.contains(clause[i]);
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }
}
