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
 * Main content on 40 real HTML pages from many outlets and blogs (the htmldate dev split in
 * {@code ../shared/bench/htmldate/html}), checked against snippets annotated blind in
 * {@code html-real/html-real.gold.json}: a page is <em>complete</em> when the first and last
 * words of its text and two snippets from its middle are in the body, and <em>clean</em> when none
 * of its chrome snippets (navigation, teasers, captions, comments, footers) is. Odd list
 * positions are the study half, even ones the check half; both are printed and held to floors a
 * little under the figures reached. Text is compared with all whitespace and soft hyphens
 * removed. Skips when {@code ../shared} is absent.
 */
class HtmlRealEval {
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00AD\\u200B\\u200C\\u200D\\uFEFF]+");
  /** Floors: complete and clean pages out of 20, for the study and the check half. */
  static final int STUDY_COMPLETE = 18;
  static final int STUDY_CLEAN = 17;
  static final int CHECK_COMPLETE = 17;
  static final int CHECK_CLEAN = 11;

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
    JsonNode gold;
    try (InputStream in = HtmlRealEval.class.getResourceAsStream("html-real/html-real.gold.json")) {
      gold = new ObjectMapper().readTree(in);
    }
    PageReader reader = new PageReader();
    Tally study = new Tally();
    Tally check = new Tally();
    int position = 0;
    for (JsonNode page : gold.get("pages")) {
      position++;
      String file = page.get("file").asText();
      Path path = html.resolve(file);
      if (!Files.exists(path)) {
        System.out.println("html-real: " + file + " absent, skipped");
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
      Tally t = position % 2 == 1 ? study : check;
      t.pages++;
      if (missing.isEmpty()) {
        t.complete++;
      }
      if (leaked.isEmpty()) {
        t.clean++;
      }
      if (!missing.isEmpty() || !leaked.isEmpty()) {
        System.out.printf(Locale.ROOT, "html-real %s %s (%s): missing %s leaked %s%n",
            position % 2 == 1 ? "study" : "check", file, r instanceof PageReader.Ok ? "ok" : r,
            missing, leaked);
      }
    }
    System.out.println("html-real study: " + study);
    System.out.println("html-real check: " + check);
    assertTrue(study.complete >= STUDY_COMPLETE && study.clean >= STUDY_CLEAN, "study " + study);
    assertTrue(check.complete >= CHECK_COMPLETE && check.clean >= CHECK_CLEAN, "check " + check);
  }
}
