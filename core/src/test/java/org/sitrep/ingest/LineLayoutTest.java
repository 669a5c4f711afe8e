package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Credit;
import org.sitrep.model.Document;

/**
 * How a crawler laid out an article's lines (s55, wording of our own in the style of
 * transfer-56's studied half): a body hard-wrapped at a fixed width is read paragraph by
 * paragraph, with or without blank rows between them, and a headline the wrapper broke is one
 * title; a sidebar set between the paragraphs and a table flattened one cell to a line stand
 * inside the story, which goes on under them; an interview's editing note is no part of it and
 * its interviewer is credited; a writer's name beside a city is credited whatever given name
 * opens it, and words in lower case after it are no one's name. The first seven fail on the
 * code of the session's start (b9e3faa5); the last two hold what the rules must not do.
 */
class LineLayoutTest {
  private static final String[] EN = {
    "Engineers reopened the main bridge over the river on Thursday after three weeks of repairs,"
        + " letting trucks of flour and fuel reach the eastern districts for the first time since"
        + " the shelling began.",
    "The municipality said the crossing would carry only light vehicles at first, while divers"
        + " inspect the piers that were hit, and that heavy lorries would have to wait until the"
        + " end of the month.",
    "\"We waited at the checkpoint for two days with medicine for the clinic,\" said a driver from"
        + " the northern bank, who gave only his first name. \"Now the road is open again.\"",
    "Aid groups welcomed the reopening but warned that the old quarter still has no running"
        + " water and that families who fled in the spring are not yet able to return home."};
  private static final String[] AR = {
    "أعادت فرق الهندسة فتح الجسر الرئيسي على النهر يوم الخميس بعد ثلاثة أسابيع من الإصلاحات،"
        + " ما سمح لشاحنات الطحين والوقود بالوصول إلى الأحياء الشرقية لأول مرة منذ بدء القصف.",
    "وقالت البلدية إن الجسر سيقتصر في البداية على المركبات الخفيفة، ريثما يفحص الغواصون الدعائم"
        + " التي أصيبت، وإن الشاحنات الثقيلة ستنتظر حتى نهاية الشهر.",
    "وقال سائق من الضفة الشمالية اكتفى بذكر اسمه الأول: «انتظرنا عند الحاجز يومين ومعنا أدوية"
        + " للمستوصف، والآن عادت الطريق مفتوحة من جديد».",
    "ورحبت منظمات الإغاثة بإعادة الفتح، لكنها حذرت من أن الحي القديم ما زال بلا مياه جارية، وأن"
        + " العائلات التي نزحت في الربيع لم تتمكن بعد من العودة إلى منازلها."};

  /* The paragraph broken into rows as a greedy wrapper of {@code width} columns breaks it. */
  static List<String> wrap(String paragraph, int width) {
    List<String> rows = new ArrayList<>();
    StringBuilder row = new StringBuilder();
    for (String w : paragraph.split(" ")) {
      if (row.length() > 0 && row.length() + 1 + w.length() > width) {
        rows.add(row.toString());
        row.setLength(0);
      }
      row.append(row.length() > 0 ? " " : "").append(w);
    }
    rows.add(row.toString());
    return rows;
  }

  private static String wrapped(String[] paragraphs, int width, String between) {
    List<String> out = new ArrayList<>();
    for (String p : paragraphs) {
      out.add(String.join("\n", wrap(p, width)));
    }
    return String.join(between, out);
  }

  @Test
  void aBodyWrappedWithNoBlankRowIsReadParagraphByParagraph() {
    Document d = TextPages.read("RIVER TIMES - text edition\nHome - Region - Economy - Archive\n"
        + "Engineers reopen the main bridge over the river as trucks of\n"
        + "flour reach the east\nBy Nadia Farouk\n14 March 2024 - 09:30 GMT\n"
        + wrapped(EN, 64, "\n") + "\nKeywords: bridge, aid, river\n(c) 2024 River Times\n");
    assertEquals("Engineers reopen the main bridge over the river as trucks of flour reach the"
        + " east", d.title());
    assertEquals(4, d.body().paragraphs().size(), d.body().text());
    assertTrue(d.body().text().contains(EN[1].substring(0, 120)), d.body().text());
    assertTrue(d.body().text().contains(EN[3]), d.body().text());
    assertFalse(d.body().text().contains("Keywords"), d.body().text());
  }

  @Test
  void anArabicBodyWrappedWithBlankRowsAndItsWrappedHeadline() {
    Document d = TextPages.read("صحيفة النهر | النسخة النصية\n[الرئيسية] [محليات] [اقتصاد]\n\n"
        + "فرق الهندسة تعيد فتح الجسر الرئيسي وشاحنات الطحين تصل إلى الأحياء\n"
        + "الشرقية بعد ثلاثة أسابيع\n\nكتب: سامر الحلبي\nالخميس 14 مارس 2024 - 09:30\n\n"
        + wrapped(AR, 70, "\n\n") + "\n\n----------\nجميع الحقوق محفوظة © 2024 صحيفة النهر\n");
    assertEquals("فرق الهندسة تعيد فتح الجسر الرئيسي وشاحنات الطحين تصل إلى الأحياء"
        + " الشرقية بعد ثلاثة أسابيع", d.title());
    assertEquals(4, d.body().paragraphs().size(), d.body().text());
    assertTrue(d.body().text().contains(AR[2]), d.body().text());
  }

  @Test
  void aSidebarSetBetweenTheParagraphs() {
    Document d = TextPages.read("The Delta Courier\nNews | Region | Business\n\n"
        + "Engineers reopen the main bridge over the river\nBy Nadia Farouk\n14 March 2024\n\n"
        + EN[0] + "\n\n" + EN[1] + "\n\nMost read\n1. Port workers end their strike\n\n"
        + EN[2] + "\n\n2. Fuel prices rise again\n3. Schools reopen in the south\n\n"
        + EN[3] + "\n\nLatest\n11:20\nCouncil approves the new budget\n\n"
        + "The governor said a second bridge downstream would be repaired before the rains,"
        + " and that a ferry would run in the meantime for people on foot.\n\n"
        + "Tags: bridge | aid\n© 2024 The Delta Courier\n");
    String body = d.body().text();
    assertTrue(body.contains(EN[0].substring(0, 60)) && body.contains("a ferry would run"), body);
    assertFalse(body.contains("Fuel prices") || body.contains("Most read")
        || body.contains("Council approves"), body);
  }

  @Test
  void aTableFlattenedOneCellToALine() {
    // a caption, three heads, four rows of three cells, a blank row between every two
    StringBuilder table = new StringBuilder("جدول: الأضرار الأولية بحسب الحي\n\nالحي\n\n"
        + "المنازل\n\nالمحال\n\n");
    for (String[] row : new String[][] {{"الحي الشرقي", "120", "330"}, {"الحي القديم", "85", "610"},
        {"حي الميناء", "40", "120"}, {"حي السوق", "17", "90"}}) {
      table.append(String.join("\n\n", row)).append("\n\n");
    }
    Document d = TextPages.read("بوابة النهر\nالرئيسية | محليات | اقتصاد\n\n"
        + "فرق الهندسة تعيد فتح الجسر الرئيسي على النهر\nكتب: سامر الحلبي\n"
        + "الخميس 14 مارس 2024 - 09:30\n\n" + AR[0] + "\n\n" + AR[1] + "\n\n" + table
        + "المصدر: البلدية، والأرقام أولية\n\n" + AR[2] + "\n\n" + AR[3]
        + "\n\nالوسوم: الجسر | الإغاثة\n");
    String body = d.body().text();
    assertTrue(body.contains(AR[0].substring(0, 40)) && body.contains(AR[2])
        && body.contains(AR[3]), body);
    assertFalse(body.contains("المحال") || body.contains("حي الميناء"), body);
  }

  @Test
  void anInterviewsEditingNoteAndItsInterviewer() {
    Document d = TextPages.read("Relief Notes\nNews | Interviews\n\n"
        + "\"The road is open again\": a driver on the river crossing\n"
        + "Interview by Karim Aboud\n14 March 2024 | 10:00 GMT\n\n" + EN[0] + "\n\n"
        + "Q: How long did you wait?\n\nA: " + EN[2] + "\n\nQ: What comes next?\n\nA: " + EN[3]
        + "\n\nThis interview has been condensed and edited for clarity.\n\nTags: bridge\n");
    assertFalse(d.body().text().contains("condensed"), d.body().text());
    assertTrue(d.body().text().contains(EN[3].substring(0, 50)), d.body().text());
    assertTrue(d.credits().contains(new Credit("author", "Karim Aboud")),
        String.valueOf(d.credits()));
    Document ar = TextPages.read("مجلة النهر\nالرئيسية | حوارات\n\n"
        + "سائق على الجسر: «انتظرنا يومين عند الحاجز»\nحاوره: سامر الحلبي\n"
        + "الخميس 14 مارس 2024 - 09:30\n\n" + AR[0] + "\n\nس: كم انتظرتم؟\n\nج: " + AR[2]
        + "\n\n" + AR[3] + "\n\nأجريت المقابلة عبر الهاتف، وحُررت بغرض الاختصار.\n\n"
        + "الوسوم: الجسر\n");
    assertFalse(ar.body().text().contains("عبر الهاتف"), ar.body().text());
    assertTrue(ar.credits().contains(new Credit("author", "سامر الحلبي")),
        String.valueOf(ar.credits()));
  }

  @Test
  void aWriterBesideACityWhateverGivenNameOpensIt() {
    Document d = TextPages.read("بوابة النهر\nالرئيسية | محليات | اقتصاد\n\n"
        + "فرق الهندسة تعيد فتح الجسر الرئيسي على النهر\nصيدا - ميار قبلان\n"
        + "الخميس 14 مارس 2024 - 09:30\n\n" + AR[0] + "\n\n" + AR[1] + "\n\n" + AR[3] + "\n");
    assertTrue(d.credits().contains(new Credit("author", "ميار قبلان")),
        String.valueOf(d.credits()));
  }

  @Test
  void wordsInLowerCaseAfterAWritersNameAreNoOnesName() {
    Document d = TextPages.read("The Delta Courier\nNews | Region | Business\n\n"
        + "Engineers reopen the main bridge over the river\n"
        + "By Nadia Farouk, with agency reporters\n14 March 2024\n\n" + EN[0] + "\n\n" + EN[1]
        + "\n\n" + EN[3] + "\n");
    assertEquals(List.of(new Credit("author", "Nadia Farouk")), d.credits());
  }

  @Test
  void anOutletBesideACityIsNoWriter() {
    // the same shape, but the name is the site's own, said again in its masthead and footer
    Document d = TextPages.read("موقع نبض الشارع\nالرئيسية | محليات | اقتصاد\n\n"
        + "فرق الهندسة تعيد فتح الجسر الرئيسي على النهر\nصيدا - نبض الشارع\n"
        + "الخميس 14 مارس 2024 - 09:30\n\n" + AR[0] + "\n\n" + AR[1] + "\n\n" + AR[3]
        + "\n\n© 2024 نبض الشارع\n");
    assertFalse(d.credits().contains(new Credit("author", "نبض الشارع")),
        String.valueOf(d.credits()));
  }

  @Test
  void headlinesOfLikeLengthOneToARowAreNoWrappedParagraph() {
    // a list of headlines near one width, none going on in the next, and one box of links with
    // a line of prose under it: no paragraph is joined and the body ends at the box
    StringBuilder page = new StringBuilder("The Delta Courier\nNews | Region | Business\n\n"
        + "Engineers reopen the main bridge over the river\nBy Nadia Farouk\n14 March 2024\n\n");
    for (String p : EN) {
      page.append(p).append("\n\n");
    }
    page.append("Related\nPort workers end their strike after a week of talks with owners\n"
        + "Fuel prices rise again as the currency loses more of its value\n"
        + "Schools reopen in the south after the winter storms damage roofs\n"
        + "Council approves the new budget with more money for the hospitals\n"
        + "Farmers count their losses after the floods reach the delta fields\n"
        + "Ferry services resume between the two banks of the river at noon\n"
        + "Power cuts return to the capital for a third night in a row now\n"
        + "Doctors warn of cholera in the camps as the summer heat arrives\n\n"
        + "Nadia Farouk is a reporter for the Courier who covers the river towns and their"
        + " markets.\n");
    Document d = TextPages.read(page.toString());
    assertFalse(d.body().text().contains("Port workers"), d.body().text());
    assertFalse(d.body().text().contains("covers the river towns"), d.body().text());
    assertTrue(d.text().contains("talks with owners\nFuel prices"), d.text());
  }
}
