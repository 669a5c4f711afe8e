package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * A page whose header a crawl flattened into the first paragraph, one run of text without line
 * breaks and without commas (as corpora of scraped articles store them): the header's date is
 * the page's when a label opens the run or an agency's name stands before it (our own wording).
 */
class FlattenedHeaderDateTest {
  private final PageReader reader = new PageReader();

  private Document page(String text) {
    PageReader.Result r = reader.read((text + "\n").getBytes(StandardCharsets.UTF_8), "p.txt");
    return assertInstanceOf(PageReader.Ok.class, r).document();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // headline, kicker, agency, weekday and date, then the story
      "Shells kill four in market town Monitor AFP Monday 9 Mar 2015 Four people were killed when"
          + " shells hit a market in the town on Monday a monitor said.; 2015-03-09",
      "Shells kill four in market town Reuters Tuesday 10 Mar 2015 Four people were killed when"
          + " shells hit a market in the town on Monday a monitor said.; 2015-03-10",
      // the agency's dateline place between it and the date
      "Army takes hill near the town SANA Hama 3/24/2016 Army units took a hill near the town"
          + " after killing dozens of gunmen a military source said on Thursday.; 2016-03-24",
      // a label opening the run, a weekday, the clock in two zones
      "Last Updated: Friday 12 June 2015 KSA 10:05 - GMT 07:05 Rebels take a hill town Rebels"
          + " said they took the hill town after a week of fighting.; 2015-06-12",
      "Posted on: 04/08/2016 Army shells rebel district Army guns shelled a rebel district of"
          + " the city on Wednesday killing two people activists said.; 2016-08-04",
      "Published time: 2 Mar 2018 11:20 Drones downed near the base Air defences shot down two"
          + " drones near the base on Thursday the ministry said.; 2018-03-02T11:20",
  })
  void theFlattenedHeadersDateIsThePages(String text, String expected) {
    Document d = page(text);
    assertEquals(expected, d.published().value());
    // the date and its clock are chrome: the story starts after them
    assertFalse(d.body().text().contains(expected.substring(0, 4)), d.body().text());
  }

  @Test
  void theHeadlineBeforeTheAgencyStandsApartFromTheStory() {
    Document d = page("Shells kill four in market town Monitor AFP Monday 9 Mar 2015 Four people"
        + " were killed when shells hit a market in the town on Monday a monitor said.");
    assertTrue(d.body().text().startsWith("Shells kill four in market town Monitor\n"),
        d.body().text());
    assertTrue(d.body().text().contains("\nFour people were killed"), d.body().text());
  }

  @Test
  void aShortArticleOnOneLineKeepsItsDateAndHeadline() {
    // short enough to be read as a headline alone: its header's date and clock still date it
    Document d = page("Sat 08 Apr 2017 at 1130 Town council says shelling hit the market. Shells"
        + " hit the market on Saturday the council said. --AFP");
    assertEquals("2017-04-08", d.published().value());
    assertEquals("Town council says shelling hit the market", d.title());
    assertTrue(d.body().text().startsWith("Town council says"), d.body().text());
  }

  @Test
  void aDateInTheStoryIsNotThePages() {
    // a closed sentence before the date: the date is the story's
    assertNull(page("Rebels said the talks had failed. Fighting resumed on 9 March 2015 in the"
        + " hills north of the town and went on for three days residents said.")
        .published().value());
    // no label and no agency before it: a date the story tells
    assertNull(page("Talks between the two sides in the capital on 9 March 2015 ended without a"
        + " deal and both delegations went home officials said.").published().value());
  }
}
