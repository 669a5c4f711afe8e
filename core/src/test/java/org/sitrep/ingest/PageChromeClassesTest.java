package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Document;

/**
 * Each class of chrome that flattened pages carry, in wording of our own and in both languages,
 * stays out of the title and the body: menus above the headline, captions and credits, read-time
 * lines, ratings, share bars and counts, related links and lists, cookie notices, comment
 * policies, desk and rights lines, tags. A line {@code \n} in a row is a line break.
 */
class PageChromeClassesTest {
  private static final String TITLE_EN = "Army shells rebel positions near the northern dam";
  private static final List<String> BODY_EN = List.of(
      "Government artillery shelled rebel positions near the northern dam on Tuesday, killing at"
          + " least five fighters, a war monitor said.",
      "The monitor said the shelling began before dawn and lasted several hours.",
      "Rebel officials accused the army of targeting homes in nearby villages.");
  private static final String TITLE_AR = "الجيش يقصف مواقع الفصائل قرب السد الشمالي";
  private static final List<String> BODY_AR = List.of(
      "قصفت مدفعية الجيش مواقع الفصائل قرب السد الشمالي يوم الثلاثاء، ما أدى إلى مقتل خمسة"
          + " مقاتلين على الأقل، بحسب مرصد.",
      "وقال المرصد إن القصف بدأ قبل الفجر واستمر ساعات.",
      "واتهم مسؤولون في الفصائل الجيش باستهداف منازل في القرى المجاورة.");

  private final PageReader reader = new PageReader();

  /* The page: headline, date line, body, with the chrome above the headline, under the date,
   * after the lead or at the end. */
  private Document page(String chrome, String where) {
    boolean ar = chrome.codePoints().anyMatch(c -> c >= 0x600 && c <= 0x6ff);
    String title = ar ? TITLE_AR : TITLE_EN;
    String date = ar ? "الثلاثاء 10 نيسان 2018" : "Tuesday, 10 April 2018";
    List<String> body = ar ? BODY_AR : BODY_EN;
    String c = chrome.replace("\\n", "\n");
    List<String> parts = switch (where) {
      case "above" -> List.of(c, title, date, body.get(0), body.get(1), body.get(2));
      case "top" -> List.of(title, date, c, body.get(0), body.get(1), body.get(2));
      case "mid" -> List.of(title, date, body.get(0), c, body.get(1), body.get(2));
      default -> List.of(title, date, body.get(0), body.get(1), body.get(2), c);
    };
    String text = String.join("\n\n", parts) + "\n";
    return assertInstanceOf(PageReader.Ok.class,
        reader.read(text.getBytes(StandardCharsets.UTF_8), "page.txt")).document();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "above; Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
      "above; Home | World | Middle East",
      "above; News > Middle East > Syria",
      "above; السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة",
      "above; الرئيسية | أخبار | سوريا",
      "above; Last updated 3 hours ago",
      "above; آخر تحديث منذ 3 ساعات",
      "above; Middle East & North Africa",
      "above; أخبار سوريا والعالم العربي",
      "top; الثلاثاء 10 نيسان الساعة 10:45",
      "top; Tuesday, April 10",
      "mid; Smoke rises over the dam area after the shelling. (AFP Photo)",
      "top; Smoke rises over the dam area after the shelling\\nCredit: Reuters",
      "top; A fighter walks past a damaged building in the village, April 9, 2018. © AFP",
      "mid; دخان يتصاعد فوق منطقة السد بعد القصف - تصوير: أحمد مثال",
      "top; 2 min read · 340 words",
      "end; Rating: ★★★★☆ (23 votes)",
      "end; Was this article helpful? Yes No",
      "end; تقييم المقال: 4 من 5",
      "end; Share this article: Facebook Twitter WhatsApp Email",
      "top; Share on Facebook Share on Twitter",
      "top; 0 Comments",
      "end; شارك هذا المقال: فيسبوك تويتر واتساب",
      "mid; Read also: Aid convoy reaches besieged town",
      "mid; اقرأ أيضا: قافلة مساعدات تصل إلى البلدة المحاصرة",
      "end; مواضيع قد تهمك\\nقافلة مساعدات تصل إلى البلدة المحاصرة\\nتعثر المحادثات حول السد مجددا",
      "end; We and our partners use cookies to personalise content and ads. Accept all",
      "end; We welcome comments that are respectful and on topic. Comments that include abuse will be removed.",
      "end; Please read our comment policy before posting. Comments are reviewed before publication.",
      "end; التعليقات المنشورة لا تعبر عن رأي الموقع وإنما عن رأي أصحابها",
      "end; م.ع/ح.س (أ ف ب، رويترز)",
      "end; — With agency inputs",
      "end; © 2018 Example News Agency. All rights reserved.",
      "end; جميع الحقوق محفوظة © 2018",
      "end; Tags: Syria, dam, shelling",
      "end; الكلمات الدالة: سوريا، السد، قصف",
      "mid; Smoke rises over the town after the overnight strikes\\nPhoto credit: Jane Roe",
      "mid; Image caption, Families wait at the crossing point",
      "top; Getty Images",
      "mid; Rescue workers search the rubble of a building (Xinhua/Jane Roe)",
      "end; You might also like:\\nTalks on the dam stall again\\nAid reaches the besieged town",
      "end; MORE FROM SYRIA\\nTalks on the dam stall again",
      "end; Trending now\\nTalks on the dam stall again",
      "end; Latest news\\nTalks on the dam stall again",
      "end; الأكثر مشاهدة\\nتعثر المحادثات حول السد مجددا",
      "end; آخر الأخبار\\nتعثر المحادثات حول السد مجددا",
      "end; مقالات مقترحة\\nتعثر المحادثات حول السد مجددا",
      "end; Leave a Reply Cancel reply",
      "end; Log in to comment",
      "end; 12 comments\\nSort by: newest",
      "end; Sign up for our daily newsletter\\nEmail address\\nSubscribe",
      "mid; Advertisement",
      "mid; إعلان",
      "top; Reading Time: 2 minutes",
      "top; Estimated reading time: 3 min",
      "top; وقت القراءة: 2 دقيقة",
      "top; قراءة 3 دقائق",
      "end; Tags Syria Idlib Russia",
      "end; الوسوم سوريا إدلب روسيا",
      "end; Topics: Syria, Idlib",
      "top; Updated 2 hours ago",
      "top; منذ ساعتين",
      "end; Print this article",
      "end; Copy link",
      "end; Link copied",
      "end; رابط مختصر",
      "end; Share this:\\nClick to share on Twitter (Opens in new window)\\nClick to share on Facebook (Opens in new window)",
      "end; Like this:\\nLike Loading...",
      "end; Related\\nTalks on the dam stall again\\nIn \"Syria\"",
      "mid; Follow the latest updates on our Telegram channel",
      "end; تابعونا على تلغرام",
      "end; لمتابعة آخر الأخبار اشترك في قناتنا على يوتيوب",
      "end; Download our app",
      "end; حمل تطبيقنا",
      "end; Report an error",
      "end; أبلغ عن خطأ",
      "end; The opinions expressed are the author's own.",
      "end; Previous article\\nArmy shells rebel positions near the southern dam",
      "end; Source: Example News Agency",
      "end; المصدر: وكالة مثال للأنباء",
      "end; Translated by: Jane Roe",
      "end; ترجمة: أحمد مثال",
      "end; Edited by Jane Roe",
      "end; إعداد: أحمد مثال",
      "mid; Displaced families at a camp near the border. Photo: Jane Roe/Example",
      "end; Talks on the dam stall again\\nAid convoy reaches the besieged town\\nFuel prices rise in the northern city",
      "end; 3 thoughts on “Army shells rebel positions near the northern dam”\\nJohn Roe says:\\nMarch 5, 2018 at 10:22 am\\nThis is terrible news for the villages.\\nReply",
      "end; تعليقات الزوار\\nأحمد مثال\\nنسأل الله السلامة لأهلنا في القرى",
      "end; Editor's note: This story has been updated with the monitor's figures.",
      "end; This article was originally published by Example Monitor.",
      "end; — Reuters",
      "end; With AFP",
      "end; Agencies contributed to this report.",
      "end; (د ب أ)",
      "end; المصدر: وكالات",
      "end; Source: agencies",
      "end; ع.م",
      "end; JR/SM",
      "top; Listen to this article",
      "top; استمع إلى المقال",
      "top; Text size\\nA\\nA\\nA",
      "top; Print Email Facebook Twitter",
      "end; Back to top",
      "end; العودة إلى الأعلى",
      "end; Page 1 of 2\\nNext",
      "top; BREAKING",
      "top; عاجل",
      "top; EXCLUSIVE",
      "top; Photos",
      "mid; 1 / 5",
      "mid; Video Player is loading.",
      "mid; (Image: Example Times)",
      "top; Written by Jane Roe",
      "top; كتب: أحمد مثال",
      "top; Jane Roe, Staff Writer",
      "top; 1,234 views",
      "top; ١٬٢٣٤ مشاهدة",
      "end; Join our community of readers",
      "end; انضم إلى قناتنا على تلغرام",
      "end; Hits: 97",
      "end; عدد القراءات: ٢١٥",
      "end; شارك الخبر\\n١٥ مشاركة",
      "end; Comments (12)",
      "end; تعليقات (3)",
      "end; Write a comment",
      "end; أضف تعليقك",
      "end; Promoted stories\\nFive ways to sleep better this winter",
      "end; طالع أيضاً\\nتعثر المحادثات حول السد مجددا",
      "end; Edition No. 15120",
      "end; العدد: 4512",
      "mid; Residents inspect a damaged house in the village [Jane Roe/Reuters]",
      "end; The views expressed in this article do not necessarily reflect those of the site.",
      "end; الآراء الواردة في المقال لا تعبر بالضرورة عن رأي الصحيفة",
      "end; '(Reporting by Jane Roe in Beirut and John Doe in Amman; editing by Sam Poe)'",
      // s12-ingest: captions by their opening word, follow prompts, share counts one to a line,
      // mirror addresses, a last button under a cookie notice, author notes, bylines
      "mid; صورة أرشيفية لمدخل بلدة على الحدود - الوكالة",
      "mid; 'Picture taken on April 9, 2018 shows smoke rising over the dam. (Agency)'",
      "end; تابعوا آخر التطورات عبر قناتنا على تيليغرام",
      "end; Follow us on Telegram for breaking updates",
      "end; شارك\\nفيسبوك ٣١\\nتويتر ٧\\nواتساب",
      "end; The site can also be reached at these addresses:\\nexample-news.net\\nexample-news.org",
      "end; يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.\\nموافق",
      "end; 'About the author: Jane Roe is a freelance analyst based in Beirut.'",
      "end; 'Jane Roe is a freelance journalist who has covered the war since 2013.'",
      "end; سامر العلي صحفي سوري يكتب عن شؤون الشمال",
      "top; Author: Jane Roe",
      "top; كتب سامر العلي\\nتعليقات (4)",
  })
  void chromeStaysOutOfTitleAndBody(String where, String chrome) {
    Document d = page(chrome, where);
    boolean ar = chrome.codePoints().anyMatch(c -> c >= 0x600 && c <= 0x6ff);
    assertEquals(ar ? TITLE_AR : TITLE_EN, d.title(), chrome);
    List<String> paragraphs = Arrays.stream(d.body().text().split("\n"))
        .filter(x -> !x.isBlank()).toList();
    assertEquals(ar ? BODY_AR : BODY_EN, paragraphs, chrome);
    assertEquals("2018-04-10", d.published().value(), chrome);
  }
}
