package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.model.Comment;
import org.sitrep.model.Document;
import org.sitrep.testing.Golden;

class TextPageParserTest {
  static final Path DIR = Path.of("src/test/resources/ingest");
  private final PageReader reader = new PageReader();

  static Stream<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted()
          .toList().stream();
    }
  }

  static Document read(PageReader reader, Path file) throws IOException {
    PageReader.Result r = reader.read(Files.readAllBytes(file), file.getFileName().toString());
    return assertInstanceOf(PageReader.Ok.class, r, () -> "failed: " + r).document();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void matchesGoldenFile(String name) throws IOException {
    Document d = read(reader, DIR.resolve(name));
    Golden.assertJson(DIR.resolve(name.replace(".txt", ".expected.json")), DocumentView.of(d));
  }

  @Test
  void widgetMonthIsNotAPublicationDate() throws IOException {
    Document d = read(reader, DIR.resolve("widget-comments.txt"));
    assertEquals(null, d.published().value());
    assertEquals("none", d.published().basis());
    assertFalse(d.body().text().contains("MAY 2023"));
  }

  @Test
  void commentsNeverLeakIntoTheBody() throws IOException {
    for (String name : List.of("widget-comments.txt", "unannounced-comments.txt")) {
      Document d = read(reader, DIR.resolve(name));
      assertFalse(d.comments().isEmpty(), name);
      for (Comment c : d.comments()) {
        assertFalse(d.body().text().contains(c.text()), name + ": " + c.text());
      }
    }
  }

  @Test
  void commentsWithoutAWidgetAreFoundByTheirShape() throws IOException {
    Document d = read(reader, DIR.resolve("unannounced-comments.txt"));
    assertEquals("Lena Haddad", d.comments().get(0).author());
    assertTrue(d.body().text().endsWith("before the end of the week."));
    assertEquals(List.of("Lena Haddad", "Marco Bellini", "Yusuf A"),
        d.comments().stream().map(Comment::author).filter(a -> a != null).toList());
  }

  @Test
  void bilingualBylineGivesCreditsDateSectionAndTags() throws IOException {
    Document d = read(reader, DIR.resolve("bilingual-byline.txt"));
    assertEquals("2019-04-14T09:05:12", d.published().value());
    assertEquals("second", d.published().precision());
    assertEquals("Idlib", d.dateline());
    assertEquals("smart", d.outlet().id());
    assertEquals("خبر سياسي", d.section());
    assertEquals(List.of("المجالس المحلية"), d.tags());
    assertEquals(3, d.credits().size());
    assertEquals(2, d.related().size());
  }

  @Test
  void arabicDigitsAndDatelineBeforeTheBody() throws IOException {
    Document d = read(reader, DIR.resolve("arabic-agency.txt"));
    assertEquals("ar", d.language());
    assertEquals("2019-05-03", d.published().value());
    assertEquals("حماة", d.dateline());
    assertEquals("القوات الحكومية تسيطر على قرى جديدة في ريف حماة", d.title());
    assertEquals(1, d.related().size());
  }

  @Test
  void aReportEndingInTheAgencysNameIsNotAPhotoCaption() {
    String page = "قوات شعبية تصل إلى عفرين\n\n"
        + "عناصر من القوات الشعبية في عفرين (سانا)\n\n"
        + "وصلت مجموعات جديدة من القوات الشعبية إلى مدينة عفرين بحسب ما نقلت وكالة الأنباء"
        + " السورية الرسمية (سانا).\n\n"
        + "وقالت الوكالة إن المجموعات وصلت عبر طريق حلب نبل بعد ظهر اليوم.\n";
    PageReader.Result r = reader.read(page.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "afrin.txt");
    Document d = assertInstanceOf(PageReader.Ok.class, r).document();
    String body = d.body().text();
    assertTrue(body.contains("وصلت مجموعات جديدة"), body);
    assertFalse(body.contains("عناصر من القوات الشعبية في عفرين"), "the caption stays out: " + body);
  }

  @Test
  void aHeaderOverABulletedListOfHeadlinesIsRelatedByItsShape() {
    for (String[] c : new String[][] {
        {"Related coverage", "- Army shells rebel positions near the lake"},
        {"الأخبار ذات الصلة", "- الجيش يقصف مواقع المسلحين قرب البحيرة"}}) {
      String page = "Fighting resumes near the lake\n\nNovember 2, 2019\n\n"
          + "Fighting resumed on Saturday near the lake, where the army said it shelled rebel"
          + " positions for a second day.\n\nResidents said dozens of families had left.\n\n"
          + "(Reporting by Lake Desk staff; editing by R. Noor)\n\n"
          + "Share this article: Facebook | Twitter | Email\n\n"
          + c[0] + "\n" + c[1] + "\n- Talks on the lake district postponed again\n";
      PageReader.Result r = reader.read(page.getBytes(java.nio.charset.StandardCharsets.UTF_8),
          "lake.txt");
      Document d = assertInstanceOf(PageReader.Ok.class, r).document();
      assertFalse(d.body().text().contains(c[0]), d.body().text());
      assertEquals(2, d.related().size(), c[0]);
    }
  }

  @Test
  void chromeLinesOfOtherOutletsStayOutOfTheBody() throws IOException {
    Document en = read(reader, DIR.resolve("en-outlet-chrome.txt"));
    String body = en.body().text();
    for (String chrome : List.of("cookies", "4 min read", "Shares", "REUTERS/", "LIVE:", "Rate this",
        "KJ/LM", "moderated", "You might also like", "Aid trucks wait")) {
      assertFalse(body.contains(chrome), chrome);
    }
    assertTrue(body.startsWith("Monitors said on Monday"));
    assertTrue(body.contains("Residents said the road stayed closed overnight."));
    assertEquals("2019-04-09", en.published().value());
    assertEquals(2, en.related().size());
    Document ar = read(reader, DIR.resolve("ar-outlet-chrome.txt"));
    assertEquals("2019-04-09", ar.published().value());
    for (String chrome : List.of("شعبان", "مدة القراءة", "(رويترز)", "المزيد", "س.ن", "آراء أصحابها")) {
      assertFalse(ar.body().text().contains(chrome), chrome);
    }
    assertTrue(ar.body().text().startsWith("قال مراقبون"));
  }

  @Test
  void titlesAreHeadlinesNotCreditsPostsOrMenus() throws IOException {
    Document a = read(reader, DIR.resolve("crawler-date-headline.txt"));
    assertEquals("Coalition Jets Strike Depot Outside The Port City - Reports", a.title());
    assertEquals("2019-04-09", a.published().value());
    Document b = read(reader, DIR.resolve("wire-credits-no-headline.txt"));
    assertEquals(null, b.title());
    assertFalse(b.body().text().contains("رويترز (بيروت)"));
    assertTrue(b.body().text().startsWith("أعلنت فصائل المعارضة"));
    Document c = read(reader, DIR.resolve("post-opens-page.txt"));
    assertEquals(null, c.title());
    assertTrue(c.body().text().startsWith("#عاجل"));
    assertFalse(c.body().text().contains("@local_monitor"));
  }

  private Document readText(String text) {
    PageReader.Result r = reader.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "page.txt");
    return assertInstanceOf(PageReader.Ok.class, r, () -> "failed: " + r).document();
  }

  @Test
  void aSecondDateLineUnderTheMastheadLeavesTheHeadlineTheTitle() {
    Document d = readText(String.join("\n", "Example Times", "Example Times Online",
        "Published: 2019-05-12 10:58", "Last update: 2019-05-13 08:10",
        "Militias shell villages west of the river",
        "Militias shelled several villages west of the river with rockets on Sunday, killing a"
            + " woman and wounding three civilians, a monitor said.",
        "Rebel factions answered by targeting militia positions in the plain.", ""));
    assertEquals("Militias shell villages west of the river", d.title());
    assertEquals("2019-05-12", d.published().value().substring(0, 10));
  }

  @Test
  void aDateRunIntoTheHeadlineGivesTitleAndDate() {
    Document d = readText(String.join("\n",
        "14-11-2019 قوات النظام تقصف بلدات في ريف حماة الشمالي", "شبكة مثال الإخبارية",
        "قصفت قوات النظام اليوم الخميس بلدات في ريف حماة الشمالي بالمدفعية الثقيلة، ما أدى إلى"
            + " دمار في منازل المدنيين.",
        "وقال ناشطون إن القصف تركز على الأحياء السكنية.", ""));
    assertEquals("قوات النظام تقصف بلدات في ريف حماة الشمالي", d.title());
    assertEquals("2019-11-14", d.published().value().substring(0, 10));
  }

  @Test
  void theSiteNoteUnderTheArticleIsNotBody() {
    for (String note : List.of(
        "The Example Agency website carries only part of the stories sent to its subscribers.",
        "Example Agency and its sister newspaper belong to one media group.")) {
      Document d = readText(String.join("\n", "Example Agency", "World", "Middle East",
          "Army says dozens of fighters killed near the border",
          "12.03.2019", "ANKARA",
          "At least 20 fighters were killed near the border on Monday, the army said on"
              + " Tuesday.",
          "The army said shelters and depots were destroyed in the strikes.", note, ""));
      assertFalse(d.body().text().contains(note.substring(0, 20)), note);
      assertTrue(d.body().text().contains("shelters and depots were destroyed"), note);
    }
  }

  @Test
  void aLastParagraphNamingTheOutletWithoutSiteWordsStaysBody() {
    String last = "Example Agency could not independently verify the figures.";
    Document d = readText(String.join("\n", "Example Agency", "World", "Middle East",
        "Army says dozens of fighters killed near the border",
        "12.03.2019", "ANKARA",
        "At least 20 fighters were killed near the border on Monday, the army said on Tuesday.",
        "The army said shelters and depots were destroyed in the strikes.", last, ""));
    assertTrue(d.body().text().contains(last), d.body().text());
  }

  @Test
  void theSiteNameAtopAMenuIsNotTheTitle() {
    for (String menu : List.of("Home\nLocal\nRegional\nSports", "Local\nRegional\nWorld",
        "Home News Politics Economy Sport Contact us")) {
      Document d = readText(String.join("\n", "Desert Coast Press Service (DCPS)", menu,
          "Gunmen attack a checkpoint south of the oasis town", "[03/March/2018]",
          "OASIS, March 3 (DCPS) - Gunmen attacked a checkpoint south of the oasis town on"
              + " Saturday, killing two guards, a security official said.",
          "The official said the attackers fled toward the desert.", ""));
      assertEquals("Gunmen attack a checkpoint south of the oasis town", d.title(), menu);
      assertEquals("2018-03-03", d.published().value(), menu);
      assertFalse(d.body().text().contains("Gunmen attack a checkpoint"), menu);
    }
  }

  @Test
  void aMenuOfWordsWithoutSeparatorsIsNotTheTitle() {
    Document d = readText(String.join("\n", "الرئيسية أخبار سياسة اقتصاد رياضة اتصل بنا",
        "شبكة أخبار المثال", "الأحد 4 مارس 2018",
        "مقتل مدنيين بقذائف على أحياء المدينة القديمة",
        "قتل مدنيان وأصيب ثلاثة آخرون بقذائف سقطت على أحياء سكنية في المدينة القديمة يوم السبت،"
            + " بحسب مصادر طبية.",
        "وقالت المصادر إن بين المصابين طفلا.", ""));
    assertEquals("مقتل مدنيين بقذائف على أحياء المدينة القديمة", d.title());
  }

  @Test
  void theHeadlineAgainWithTheSiteNameAtTheEndIsNotBody() {
    Document d = readText(String.join("\n", "Example Herald", "News",
        "Artillery pounds villages near the northern town", "3 March 2018",
        "Artillery pounded several villages near the northern town on Saturday, forcing families"
            + " to flee, local officials said.",
        "The officials said at least four civilians were wounded.",
        "Artillery pounds villages near the northern town - Example Herald", ""));
    assertEquals("Artillery pounds villages near the northern town", d.title());
    assertFalse(d.body().text().contains("Example Herald"), d.body().text());
  }

  @Test
  void aSiteNameTheLeadNeverSpeaksOfGivesWayToTheHeadlineBelow() {
    // the name atop the page, then menu items, a date and the headline (s11-ingest)
    for (String top : List.of("The Harbour Ledger", "Coastal Wire Service - CWS")) {
      Document d = readText(String.join("\n", top, "12 Iyar 5778", "Region", "Opinion",
          "Blogs", "Militants storm a police post near the river crossing",
          "Militants stormed a police post near the river crossing before dawn on Sunday,"
              + " killing three officers, the interior ministry said.",
          "The ministry said the attackers fled across the river in two boats.", ""));
      assertEquals("Militants storm a police post near the river crossing", d.title(), top);
      assertFalse(d.body().text().contains("Blogs"), top);
    }
    // a short headline the lead speaks of stays the title, the deck under it stays below
    Document d = readText(String.join("\n", "Carnage as shells hit river town",
        "Shelling kills eleven in the market of the river town on Sunday",
        "Shelling killed eleven people in the market of the river town on Sunday morning,"
            + " medics said.",
        "The medics said most of the dead were traders.", ""));
    assertEquals("Carnage as shells hit river town", d.title());
  }

  @Test
  void anOriginalDateBelowTheUpdateDateIsThePublicationDate() {
    Document d = readText(String.join("\n", "Example Gulf Daily",
        "Air defences intercept drones over the port city",
        "Debris fell on a warehouse near the harbour",
        "Last updated: April 3, 2019 08:15", "Published: April 2, 2019 22:40",
        "Air defences intercepted three drones over the port city late on Tuesday, the"
            + " military said.",
        "The military said debris fell on a warehouse but caused no casualties.", ""));
    assertEquals("2019-04-02", d.published().value().substring(0, 10));
  }

  @Test
  void aDateLineBesideACaptionIsTheDateNotTheCaption() {
    // under a site's name, menu items and the headline: the deck, a byline, the date line and a
    // caption, no blank line between them
    Document d = readText(String.join("\n", "The Voice of the Harbour", "12 Iyar 5778", "Region",
        "Opinion", "Blogs",
        "Army says it hit depots in overnight strikes across the border",
        "The strikes targeted weapons depots and a command post, the army said on Thursday",
        "By STAFF WRITERS", "10 May 2018, 2:41 am", "Edit",
        "Smoke over the hills near the border (AP Photo/Jane Roe)",
        "The army said it hit weapons depots and a command post in overnight strikes across the"
            + " border after rockets were fired at its positions.",
        "No casualties were reported on either side.", ""));
    assertEquals("Army says it hit depots in overnight strikes across the border", d.title());
    assertEquals("2018-05-10", d.published().value().substring(0, 10));
    assertFalse(d.body().text().contains("STAFF WRITERS"), d.body().text());
  }

  @Test
  void aShortHeaderUnderTheBodyOpensCommentsOrOtherHeadlines() {
    for (String tail : List.of("Discussion\nTo take part in the discussion, log in.",
        "Similar stories\nTribes meet to settle a land dispute", "مواضيع مرتبطة",
        "Similar stories")) {
      Document d = readText(String.join("\n", "Example Herald",
          "Gunmen kill two guards at an oil field in the desert", "3 March 2018",
          "Gunmen killed two guards at an oil field in the desert on Saturday, officials said.",
          "The officials said the attackers escaped in a pickup truck.", tail, ""));
      String header = tail.split("\n")[0];
      assertFalse(d.body().text().contains(header), tail);
      assertFalse(d.body().text().contains("Tribes meet"), tail);
      assertFalse(d.body().text().contains("log in"), tail);
      assertTrue(d.body().text().contains("escaped in a pickup truck"), tail);
    }
  }

  @Test
  void aCaptionEndingInAnAgencysInitialsIsNotBody() {
    Document d = readText(String.join("\n", "Example Herald",
        "Jets strike hideouts in the mountains", "20.01.2018 14:21",
        "A fighter jet takes off from an air base (AA)",
        "Fighter jets struck hideouts of armed groups in the mountains on Saturday, the general"
            + " staff said in a statement.",
        "The statement said shelters and ammunition depots were destroyed.", ""));
    assertFalse(d.body().text().contains("takes off"), d.body().text());
  }

  @Test
  void anAmbiguousNumericDateIsReadAsTheDatelineSaysIt() {
    for (String[] c : new String[][] {{"4/6/2022 11:42 AM", "OASIS, Desertland, April 6", "2022-04-06"},
        {"6/4/2022 11:42", "OASIS, April 6", "2022-04-06"}, {"03.05.2023", "CAPITAL, May 3", "2023-05-03"}}) {
      Document d = readText(String.join("\n", "Example Wire",
          "Gunmen kill three at a checkpoint south of the oasis", c[0],
          c[1] + " (Reuters) - Gunmen killed three guards at a checkpoint south of the oasis on"
              + " Tuesday, officials said.",
          "The officials said the attackers fled into the desert.", ""));
      assertEquals(c[2], d.published().value().substring(0, 10), c[0]);
    }
  }

  @Test
  void aBreadcrumbIsNeverTheTitle() {
    for (String crumb : List.of("Home / Middle East",
        "الرئيسية » سياسة » مقتل أربعة مسلحين بعملية أمنية جنوب المدينة")) {
      Document d = readText(String.join("\n", "Example Herald", crumb,
          "مقتل أربعة مسلحين بعملية أمنية جنوب المدينة", "الأربعاء 3 مايو 2023",
          "أعلنت قيادة العمليات يوم الأربعاء مقتل أربعة مسلحين في عملية أمنية جنوب المدينة،"
              + " بحسب بيان رسمي.",
          "وأضاف البيان أن القوات ضبطت أسلحة وذخائر في المكان.", ""));
      assertEquals("مقتل أربعة مسلحين بعملية أمنية جنوب المدينة", d.title(), crumb);
    }
  }

  @Test
  void notesUnderTheArticleAreNotBody() {
    for (String note : List.of("Get the morning's top stories straight to your inbox",
        "Jane Roe is a correspondent covering the southern provinces.",
        "Posted by Jane Roe at 9:30 PM", "Enditem", "اشترك في نشرتنا اليومية",
        "Enter your email\nSubscribe", "Please keep comments civil and on topic",
        "الآراء الواردة في التعليقات تعبر عن أصحابها", "Accept all cookies",
        "You might also be interested in\nTribes meet to settle a land dispute")) {
      Document d = readText(String.join("\n", "Example Herald",
          "Gunmen kill two guards at an oil field in the desert", "By Jane Roe", "3 March 2018",
          "Gunmen killed two guards at an oil field in the desert on Saturday, officials said.",
          "The officials said the attackers escaped in a pickup truck.", note, ""));
      assertFalse(d.body().text().contains(note.substring(0, 6)), note);
      assertTrue(d.body().text().contains("escaped in a pickup truck"), note);
    }
    Document d = readText(String.join("\n", "Example Herald",
        "Gunmen kill two guards at an oil field in the desert", "3 March 2018",
        "Gunmen killed two guards at an oil field in the desert on Saturday, officials said.",
        "The officials said the attackers escaped in a pickup truck. Enditem", ""));
    assertTrue(d.body().text().endsWith("pickup truck."), d.body().text());
  }
}
