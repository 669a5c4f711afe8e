package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.testing.SharedData;

/**
 * Main content on real HTML pages from many outlets and blogs (the htmldate dev split in
 * {@code ../shared/bench/htmldate/html}), checked against snippets annotated blind in six sets of
 * 40 pages, {@code html-real/html-real.gold.json}, {@code html-real/html-real-2.gold.json},
 * {@code html-real/html-real-3.gold.json}, {@code html-real/html-real-4.gold.json},
 * {@code html-real/html-real-5.gold.json} and {@code html-real/html-real-6.gold.json}
 * (other pages of the same folder, annotated before Sitrep ran on them; see
 * {@code tools/htmlreal/README.md}): a page is <em>complete</em> when the first and last
 * words of its text and two snippets from its middle are in the body, and <em>clean</em> when none
 * of its chrome snippets (navigation, teasers, captions, comments, footers) is. In each set odd
 * list positions are one half, even ones the other: html-real's two halves were its study and
 * check halves and are now both studied; html-real-2's to html-real-5's odd halves are studied
 * and their even halves are the checks (html-real-3's and html-real-4's studied too since s31).
 * html-real-6's halves are both unstudied (s32). All twelve are printed and held to floors a
 * little under the figures reached. Text is compared with all whitespace and soft hyphens removed. Skips when
 * {@code ../shared} is absent.
 */
class HtmlRealEval {
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00AD\\u200B\\u200C\\u200D\\uFEFF]+");
  /**
   * Floors: complete and clean pages out of 20 for html-real's odd and even halves,
   * html-real-2's odd (study) and even (check) halves, html-real-3's odd (study) and even
   * (check) halves, html-real-4's odd (study) and even (check) halves and html-real-5's odd
   * (study) and even (check) halves, in that order; one under the figures of s31 (19/18, 19/16,
   * 20/17, 18/19, 19/15, 20/14, 19/14, 20/15, 19/14, 19/13). html-real-5 was scored blind once
   * (s31, 0d18e9d9): snippet F1 odd 0.884, even 0.899; its odd half studied since.
   * html-real-6 (annotated blind by a helper in s32) was scored once with main at 2b4bd28a:
   * snippet F1 odd 0.964, even 0.927 (all 0.945), complete/clean odd 20/14, even 18/15; not
   * studied yet; floors one under. Its odd half studied in s33 (German 'Stand: … Uhr' dates,
   * 'Zum Thema', 'Das könnte Dich auch interessieren', a read time alone, Chinese buttons): odd
   * clean 14 -> 19; its even half unchanged.
   */
  static final int[][] FLOORS = {{18, 17}, {18, 16}, {19, 16}, {17, 18}, {18, 14}, {19, 13}, {18, 13}, {19, 14},
      {18, 13}, {18, 12}, {19, 18}, {17, 14}};

  static String squeeze(String s) {
    return SPACE.matcher(s).replaceAll("");
  }

  /** Counts for one half: pages, complete pages, clean pages. */
  static final class Tally {
    int pages;
    int complete;
    int clean;

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d pages, complete %d, clean %d", pages, complete, clean);
    }
  }

  @Test
  void realPagesKeepTheirTextAndShedTheirChrome() throws IOException {
    Path html = SharedData.require().resolve("bench/htmldate/html");
    PageReader reader = new PageReader();
    Tally[] one = score(reader, html, "html-real", "html-real/html-real.gold.json");
    Tally[] two = score(reader, html, "html-real-2", "html-real/html-real-2.gold.json");
    Tally[] three = score(reader, html, "html-real-3", "html-real/html-real-3.gold.json");
    Tally[] four = score(reader, html, "html-real-4", "html-real/html-real-4.gold.json");
    Tally[] five = score(reader, html, "html-real-5", "html-real/html-real-5.gold.json");
    Tally[] six = score(reader, html, "html-real-6", "html-real/html-real-6.gold.json");
    Tally[] all = {one[0], one[1], two[0], two[1], three[0], three[1], four[0], four[1],
        five[0], five[1], six[0], six[1]};
    String[] names = {"html-real odd (old study)", "html-real even (old check)",
        "html-real-2 odd (study)", "html-real-2 even (check)",
        "html-real-3 odd (study)", "html-real-3 even (check)",
        "html-real-4 odd (study)", "html-real-4 even (check)",
        "html-real-5 odd (study)", "html-real-5 even (check)",
        "html-real-6 odd (study)", "html-real-6 even (check)"};
    for (int k = 0; k < all.length; k++) {
      System.out.println(names[k] + ": " + all[k]);
    }
    for (int k = 0; k < all.length; k++) {
      assertTrue(all[k].complete >= FLOORS[k][0] && all[k].clean >= FLOORS[k][1],
          names[k] + ": " + all[k]);
    }
  }

  /** Scores one gold file; returns the tallies of its odd and its even positions. */
  private static Tally[] score(PageReader reader, Path html, String set, String resource)
      throws IOException {
    JsonNode gold;
    try (InputStream in = HtmlRealEval.class.getResourceAsStream(resource)) {
      gold = new ObjectMapper().readTree(in);
    }
    Tally odd = new Tally();
    Tally even = new Tally();
    int position = 0;
    for (JsonNode page : gold.get("pages")) {
      position++;
      String file = page.get("file").asText();
      Path path = html.resolve(file);
      if (!Files.exists(path)) {
        System.out.println(set + ": " + file + " absent, skipped");
        continue;
      }
      PageReader.Result r = reader.read(path, file);
      String body = r instanceof PageReader.Ok ok ? squeeze(ok.document().body().text()) : "";
      List<String> missing = new ArrayList<>();
      List<String> leaked = new ArrayList<>();
      for (String field : List.of("body_first", "body_last")) {
        if (!body.contains(squeeze(page.get(field).asText()))) {
          missing.add(field + ": " + page.get(field).asText());
        }
      }
      for (JsonNode mid : page.get("body_mid")) {
        if (!body.contains(squeeze(mid.asText()))) {
          missing.add("mid: " + mid.asText());
        }
      }
      for (JsonNode chrome : page.get("chrome_not_body")) {
        if (body.contains(squeeze(chrome.asText()))) {
          leaked.add(chrome.asText());
        }
      }
      Tally t = position % 2 == 1 ? odd : even;
      t.pages++;
      if (missing.isEmpty()) {
        t.complete++;
      }
      if (leaked.isEmpty()) {
        t.clean++;
      }
      if (!missing.isEmpty() || !leaked.isEmpty()) {
        System.out.printf(Locale.ROOT, "%s %s %s (%s): missing %s leaked %s%n", set,
            position % 2 == 1 ? "odd" : "even", file, r instanceof PageReader.Ok ? "ok" : r,
            missing, leaked);
      }
    }
    return new Tally[] {odd, even};
  }
}
