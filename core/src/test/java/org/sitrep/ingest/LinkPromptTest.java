package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Document;

/**
 * Chrome written as sentences, by shape (wording of our own): links and buttons in the
 * imperative ({@code link-verb}), citation lines ({@code cite-label}), a row of title-cased
 * buttons, a live page's entry times alone on a line, a caption under a "… image:" label. The
 * page tests fail on BodyLines before linkPrompt, timeAlone and the picture label.
 */
class LinkPromptTest {
  private static Document read(String page) {
    return TextPages.read(page);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Click to read this report in French", "Find out more about our work in the valley",
      "Download the full brief", "اضغط هنا لقراءة التقرير كاملا", "Cite as: Valley Institute, Floods in the south, 2021.",
      "للاستشهاد: معهد الوادي، الفيضانات في الجنوب، 2021.", "Lite Version Go To Full Site"})
  void linksAndCitationsAreChrome(String line) {
    assertTrue(BodyLines.LineShapes.linkPrompt(line, org.sitrep.text.TextNormalizer.fold(line)), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Click, the spokesman said, was the sound the fuse made before the blast.",
      "Download speeds fell across the region after the strike on the exchange, officials said.",
      "Protesters go to the governor's office every Friday"})
  void sentencesAreNot(String line) {
    assertFalse(BodyLines.LineShapes.linkPrompt(line, org.sitrep.text.TextNormalizer.fold(line)), line);
  }

  @Test
  void aLivePagesTimesAndAPromptLeaveTheBody() {
    Document d = read("""
        Valley Live
        Floods in the south – live
        12 May 2021
        منذ ساعة
        Rescue teams reached the village of Marsa by boat after the river broke its banks overnight, the civil defence said.
        منذ 40 دقيقة
        The governor said that the road to the coast would stay closed until engineers had checked the bridges.
        Header image: Rescue boats on the flooded main street of Marsa. — Valley Photo
        The weather service said more rain was expected on Thursday in the hills above the town.
        Click to read this coverage in French
        """);
    String body = d.body().text();
    assertTrue(body.contains("Rescue teams reached the village"), body);
    assertTrue(body.contains("more rain was expected on Thursday"), body);
    assertFalse(body.contains("منذ ساعة"), body);
    assertFalse(body.contains("Header image"), body);
    assertFalse(body.contains("Click to read"), body);
    assertEquals("Floods in the south – live", d.title());
  }

  @Test
  void aPrintedCopysPageBreakAndFootnotedSentencesStayInTheBody() {
    Document d = read("""
        4/2/22, 7:41 AM Drought dries up wells in three southern villages – Plains Daily
        https://plainsdaily.example/drought-wells-2022
        Page 1 of 2
        Drought dries up wells in three southern villages
        April 1, 2022
        The drought has dried up the wells of three southern villages, forcing families to buy water from tankers at high prices, the local council said on Friday.
        The council said it had asked the ministry for new wells to be drilled before the summer.
        4/2/22, 7:41 AM Drought dries up wells in three southern villages – Plains Daily
        https://plainsdaily.example/drought-wells-2022
        Page 2 of 2
        Farmers in the villages said they had lost most of their wheat this season, and that some had sold their sheep to pay for water.
        """);
    assertTrue(d.body().text().contains("sold their sheep to pay for water"), d.body().text());
    assertTrue(BodyLines.closed("The council said it had asked for new wells.[3]"));
    assertTrue(BodyLines.closed("وقال المجلس إنه طلب حفر آبار جديدة.[12][13]"));
  }

  @Test
  void aShortClosedSentenceOverTheLeadEndingInAnAgencyIsACaption() {
    Document d = read("""
        Valley Wire
        Floods cut the coastal road near Marsa
        The governor says the road will stay closed until engineers have checked the bridges
        12 MAY 2021
        Rescue boats on the main street of Marsa. (AA)
        Floods cut the coastal road near the town of Marsa on Wednesday after two days of heavy rain, officials said.
        Crews worked through the night to clear the mud, the officials said.
        """);
    assertFalse(d.body().text().contains("Rescue boats on the main street"), d.body().text());
    assertTrue(d.body().text().contains("Crews worked through the night"), d.body().text());
  }

  @Test
  void aBylineNamingATeamAboveTheLeadIsNoBody() {
    Document d = read("""
        Valley Institute
        Floods cut the coastal road near Marsa
        May 12, 2021
        By Jane Roe with the Institute's Coast Team
        Floods cut the coastal road near the town of Marsa on Wednesday after two days of heavy rain, officials said.
        Crews worked through the night to clear the mud, the officials said.
        """);
    assertFalse(d.body().text().contains("Coast Team"), d.body().text());
  }
}
