package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Document;

/**
 * The mechanisms the blind probe pages of issue #12 asked for, on pages of our own wording (not
 * the blind pages'): menus one item to a line above a date line, another calendar's date and an
 * issue number beside the Gregorian date, dashed dates, a date line under the deck, share counts
 * and buttons, the makers' credit lines, desk lines, footers before a comment widget, a
 * dateline naming the page's masthead, a byline above the date line, and the chrome lines the
 * lexicon learned. A {@code |} in a row is a line break.
 */
class UnseenOutletPagesTest {
  private static final String HEAD_EN = "Rebels shell army posts near the river crossing";
  private static final String LEAD_EN = "Rebel fighters shelled army posts near the river crossing"
      + " on Thursday, wounding four soldiers, a monitoring group said.";
  private static final String MID_EN = "The group said the shelling lasted for two hours.";
  private static final String LAST_EN = "The army answered with rockets on nearby farms.";
  private static final String HEAD_AR = "الفصائل تقصف مواقع للجيش قرب معبر النهر";
  private static final String LEAD_AR = "قصفت الفصائل مواقع للجيش قرب معبر النهر يوم الخميس، ما"
      + " أدى إلى إصابة أربعة جنود، بحسب مرصد.";
  private static final String MID_AR = "وقال المرصد إن القصف استمر ساعتين.";
  private static final String LAST_AR = "ورد الجيش بقصف صاروخي على المزارع المجاورة.";

  private final PageReader reader = new PageReader();

  private Document read(String lines) {
    String text = lines.replace("|", "\n") + "\n";
    return assertInstanceOf(PageReader.Ok.class,
        reader.read(text.getBytes(StandardCharsets.UTF_8), "page.txt")).document();
  }

  private static String en(String top, String afterLead, String end) {
    return top + "|" + LEAD_EN + "|" + MID_EN + (afterLead.isEmpty() ? "" : "|" + afterLead)
        + "|" + LAST_EN + (end.isEmpty() ? "" : "|" + end);
  }

  private static String ar(String top, String afterLead, String end) {
    return top + "|" + LEAD_AR + "|" + MID_AR + (afterLead.isEmpty() ? "" : "|" + afterLead)
        + "|" + LAST_AR + (end.isEmpty() ? "" : "|" + end);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // menu items one to a line, then the date line, then the headline
      "Valley Post|Home|World|Sport|Friday, 13 April 2018|" + HEAD_EN + "; 2018-04-13",
      "The River Daily|Opinion|Thu 12 Apr 2018 10:05AM|" + HEAD_EN + "; 2018-04-12",
      // a menu whose items are apart by runs of spaces
      "River Daily|Region  World  Sport  Culture|" + HEAD_EN + "|River Daily|13-04-2018; 2018-04-13",
      // a short label between the date line and the headline
      "Valley Post|Friday, 13 April 2018|Photo Gallery|" + HEAD_EN + "; 2018-04-13",
      "صحيفة الوادي|الرئيسية|محليات|الجمعة 13 نيسان 2018|" + HEAD_AR + "; 2018-04-13",
      // another calendar's date and an issue number beside the Gregorian date
      "صحيفة الوادي|الجمعة - 27 رجب 1439 هـ - 13 أبريل 2018 مـ رقم العدد [ 5120]|" + HEAD_AR
          + "; 2018-04-13",
      // day, month and year apart by dashes
      "صحيفة الوادي|13 - أبريل - 2018|" + HEAD_AR + "; 2018-04-13",
  })
  void theHeadlineUnderMenusAndDateLinesIsTheTitle(String top, String date) {
    boolean arabic = top.codePoints().anyMatch(c -> c >= 0x600 && c <= 0x6ff);
    Document d = read(arabic ? ar(top, "", "") : en(top, "", ""));
    assertEquals(arabic ? HEAD_AR : HEAD_EN, d.title());
    assertEquals(date, d.published().value().substring(0, 10));
    assertTrue(d.body().text().startsWith(arabic ? LEAD_AR : LEAD_EN), d.body().text());
  }

  @Test
  void aDateLineUnderTheDeckGivesTheOriginalDate() {
    String text = String.join("\n", HEAD_EN,
        "Both sides blame each other for the breach of the truce.",
        "Published date: Friday 13 April 2018 09:00 UTC | Last update: 3 days 2 hours ago",
        LEAD_EN, MID_EN, LAST_EN) + "\n";
    Document d = assertInstanceOf(PageReader.Ok.class,
        reader.read(text.getBytes(StandardCharsets.UTF_8), "page.txt")).document();
    assertEquals("2018-04-13", d.published().value().substring(0, 10));
    assertFalse(d.body().text().contains("Last update"), d.body().text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '~', value = {
      // chrome between two paragraphs (left) or at the end (right)
      "Reporting by Jane Roe; editing by John Doe ~ ",
      "تحرير: سامر خليل ~ ",
      " ~ Facebook 120 Twitter 8",
      " ~ فيسبوك 120 تويتر 8",
      " ~ Share|WhatsApp|Telegram",
      " ~ شارك|واتساب|تيليغرام",
      " ~ K. Adel / Hani|Print",
      " ~ ك.ع / هـ.س|طباعة",
      " ~ Samer Khalil|Font size|Comments",
      " ~ سامر خليل|حجم الخط|تعليقات",
      " ~ Comments are closed.",
      " ~ التعليقات مغلقة",
      " ~ Leave a Reply|Your email address will not be published. Required fields are marked *",
      " ~ Did you like this article?",
      " ~ هل أعجبك هذا المقال؟",
      " ~ قيّم هذا الخبر|(14 تقييمات)",
      " ~ Loading ...",
      " ~ To continue reading, sign up for free and read three articles a month.",
      " ~ This story was produced with support from a press freedom grant.",
      " ~ Show more|In other media|Valley officials meet farmers",
      " ~ تابعوا الوادي على",
  })
  void chromeOfUnseenOutletsStaysOutOfTheBody(String afterLead, String end) {
    String a = afterLead == null ? "" : afterLead.strip();
    String e = end == null ? "" : end.strip();
    boolean arabic = (a + e).codePoints().anyMatch(c -> c >= 0x600 && c <= 0x6ff);
    String top = arabic ? HEAD_AR + "|الجمعة 13 نيسان 2018" : HEAD_EN + "|Friday, 13 April 2018";
    Document d = read(arabic ? ar(top, a, e) : en(top, a, e));
    String body = d.body().text();
    for (String chrome : (a + "|" + e).split("\\|")) {
      if (!chrome.isBlank()) {
        assertFalse(body.contains(chrome.strip()), chrome + " in " + body);
      }
    }
    assertTrue(body.contains(arabic ? LAST_AR : LAST_EN), body);
  }

  @Test
  void aDatelineNamingThePagesMastheadIsChrome() {
    Document d = read("Valley Post|Friday, 13 April 2018|" + HEAD_EN
        + "|Valley Post - Hama (exclusive)|" + LEAD_EN + "|" + MID_EN);
    assertEquals(HEAD_EN, d.title());
    assertFalse(d.body().text().contains("Valley Post"), d.body().text());
    assertEquals("Hama (exclusive)", d.dateline());
  }

  @Test
  void aNameAboveTheDateLineUnderTheDeckIsTheByline() {
    Document d = read(HEAD_EN + "|Both sides blame each other for the breach of the truce."
        + "|Samer Khalil|April 13, 2018|" + LEAD_EN + "|" + MID_EN);
    assertEquals("2018-04-13", d.published().value().substring(0, 10));
    assertFalse(d.body().text().contains("Samer Khalil"), d.body().text());
  }
}
