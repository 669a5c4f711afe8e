package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Document;

/**
 * The jusText-style second opinion on body lines ({@link ProseLines}): function-word shares in
 * both languages, the classes of single lines, and whole text pages (wording of our own) whose
 * chrome has no word the rules know but the shape of chrome: a forum's member panel above the
 * post, a tag list and a contact block under it, a photo's credit line, a print column's wrapped
 * paragraphs; and body lines it must keep: a short last sentence, a page cut mid-sentence.
 */
class ProseLinesTest {
  private final PageReader reader = new PageReader();

  @Test
  void functionWordsCountInBothLanguagesAndBehindArabicClitics() {
    assertTrue(ProseLines.functionWord("the"));
    assertTrue(ProseLines.functionWord("في"));
    assertTrue(ProseLines.functionWord("وفي")); // و + في
    assertTrue(ProseLines.functionWord("بان")); // ب + أن, folded
    assertFalse(ProseLines.functionWord("وزارة"));
    assertFalse(ProseLines.functionWord("army"));
    ProseLines.Stats s = ProseLines.stats("The army said it had shelled the town.");
    assertEquals(8, s.words());
    assertEquals(4, s.function()); // the, it, had, the
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "GOOD; Government artillery shelled rebel positions near the dam on Tuesday, killing at least five fighters, a war monitor said.",
      "GOOD; وقال المرصد إن القصف الذي بدأ قبل الفجر استمر عدة ساعات على القرى الواقعة في محيط السد الشمالي وفي الأحياء الشرقية من البلدة.",
      "NEAR_GOOD; Nobody has claimed responsibility for the attack.",
      "NEAR_GOOD; وتشهد المدينة نزوحا كبيرا للأهالي باتجاه القرى",
      "SHORT; Senior Member",
      "SHORT; قصف روسي",
      "BAD; Posts: 4,212",
      "BAD; Rescue workers search the rubble © Agency/Staff",
      "BAD; https://example.org/news/2019/07/strike-on-market",
  })
  void aLineHasItsOwnClass(String kind, String line) {
    assertEquals(ProseLines.Kind.valueOf(kind), ProseLines.own(ProseLines.stats(line)), line);
  }

  private List<String> body(String page) {
    Document d = assertInstanceOf(PageReader.Ok.class,
        reader.read(page.getBytes(StandardCharsets.UTF_8), "page.txt")).document();
    return Arrays.stream(d.body().text().split("\n")).filter(x -> !x.isBlank()).toList();
  }

  private static final String LEAD_EN = "Government artillery shelled rebel positions near the"
      + " northern dam on Tuesday, killing at least five fighters, a war monitor said.";
  private static final String SECOND_EN = "The monitor said the shelling began before dawn and"
      + " lasted for several hours, and that families had left two villages near the dam.";
  private static final String LEAD_AR = "قصفت مدفعية الجيش مواقع الفصائل قرب السد الشمالي يوم"
      + " الثلاثاء، ما أدى إلى مقتل خمسة مقاتلين على الأقل، بحسب مرصد محلي.";
  private static final String SECOND_AR = "وقال المرصد إن القصف بدأ قبل الفجر واستمر عدة ساعات، وإن"
      + " عائلات غادرت قريتين قريبتين من السد.";

  @Test
  void aMemberPanelAboveThePostIsChrome() {
    String page = String.join("\n", "Army shells rebel positions near the northern dam",
        "Tuesday, 10 April 2018", "frontline_watch", "Veteran Poster", "Posts: 2,871",
        LEAD_EN, SECOND_EN, "") ;
    assertEquals(List.of(LEAD_EN, SECOND_EN), body(page));
  }

  @Test
  void anUnlabelledTagListUnderTheBodyIsChrome() {
    String page = String.join("\n", "الجيش يقصف مواقع الفصائل قرب السد الشمالي",
        "الثلاثاء 10 نيسان 2018", LEAD_AR, SECOND_AR, "السد الشمالي", "قصف مدفعي", "");
    assertEquals(List.of(LEAD_AR, SECOND_AR), body(page));
  }

  @Test
  void aSentenceOverAPhotosCreditLineIsItsCaption() {
    String page = String.join("\n", "Army shells rebel positions near the northern dam",
        "Tuesday, 10 April 2018", LEAD_EN,
        "Smoke rises over a village near the dam.", "© Agency/Staff", SECOND_EN, "");
    assertEquals(List.of(LEAD_EN, SECOND_EN), body(page));
  }

  @Test
  void aShortLastSentenceAndACutLastLineStayInTheBody() {
    String closed = "Nobody has claimed the attack.";
    String page = String.join("\n", "Army shells rebel positions near the northern dam",
        "Tuesday, 10 April 2018", LEAD_EN, SECOND_EN, closed, "");
    assertEquals(List.of(LEAD_EN, SECOND_EN, closed), body(page));
    String cut = "وكان قائد الفصيل قد";
    String pageAr = String.join("\n", "الجيش يقصف مواقع الفصائل قرب السد الشمالي",
        "الثلاثاء 10 نيسان 2018", LEAD_AR, SECOND_AR, cut);
    assertEquals(List.of(LEAD_AR, SECOND_AR, cut), body(pageAr));
  }

  @Test
  void aPrintColumnsWrappedParagraphStaysWhole() {
    String page = String.join("\n", "Army shells rebel positions near the northern dam",
        "Tuesday, 10 April 2018",
        "DAMASCUS: Government artillery shelled",
        "rebel positions near the northern dam",
        "on Tuesday, killing at least five",
        "fighters, a war monitor said.",
        SECOND_EN, "");
    String text = String.join(" ", body(page));
    assertTrue(text.contains("rebel positions near the northern dam"), text);
    assertTrue(text.contains("on Tuesday, killing at least five"), text);
  }
}
