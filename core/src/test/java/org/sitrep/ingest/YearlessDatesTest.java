package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/** A lead's day and month without a year date a text page when the page gives the year. */
class YearlessDatesTest {
  private final PageReader reader = new PageReader();

  private String published(String text) {
    PageReader.Result r = reader.read(text.getBytes(StandardCharsets.UTF_8), "page.txt");
    Document d = assertInstanceOf(PageReader.Ok.class, r).document();
    return d.published().value();
  }

  @Test
  void agencyTodayTakesTheYearOfTheCaptionOnThatDay() {
    String text = "مجموعات جديدة تصل إلى المدينة\n\n"
        + "camera iconعناصر من القوات في المدينة-21 شباط 2018 (فيس بوك)\n\n"
        + "وصلت مجموعات جديدة إلى المدينة بحسب ما نقلت وكالة الأنباء الرسمية.\n\n"
        + "وقالت الوكالة اليوم، الأربعاء 21 شباط، إن المجموعات وصلت لدعم الأهالي.\n\n"
        + "وأعلنت الحكومة، أمس الثلاثاء، دخول العشرات إلى المنطقة.\n";
    assertEquals("2018-02-21", published(text));
  }

  @Test
  void datelineTakesTheYearOfTheSameDayElsewhere() {
    String text = "Airport under army control, official says\n\n"
        + "SANAA, June 20 (YPA) - The army took control of the airport on Wednesday, an official"
        + " said.\n\n"
        + "The official said the battle for the coast went on.\n\n"
        + "Photo: the airport road, 20 June 2018.\n";
    assertEquals("2018-06-20", published(text));
  }

  @Test
  void noYearOnThePageNoDate() {
    String text = "Airport under army control, official says\n\n"
        + "SANAA, June 20 (YPA) - The army took control of the airport on Wednesday, an official"
        + " said.\n\n"
        + "The official said the battle for the coast, which began in 2017, went on.\n";
    assertEquals(null, published(text));
  }

  @Test
  void anotherDayOfThePageGivesNoYear() {
    String text = "Airport under army control, official says\n\n"
        + "SANAA, June 20 (YPA) - The army took control of the airport on Wednesday, an official"
        + " said.\n\n"
        + "The offensive began on 13 June 2018, the official said.\n";
    assertEquals(null, published(text));
  }
}
