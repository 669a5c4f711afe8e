package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * A page that opens with a notice and a share bar is read from its first line, so its byline
 * with the date ("By Name on 3 March 2021") falls among the body's first paragraphs: when
 * nothing else dated the page, that line dates it and leaves the story. Pages of our own
 * wording; the first fails on the code before the change (undated, the byline a paragraph), the
 * guard holds on both.
 */
class DateLineInTheBodyTest {
  @Test
  void aBylineWithItsDateUnderANoticeAndAShareBarDatesThePage() {
    Document d = TextPages.read("""
        We notice you are using an ad blocker. Our reporting is paid for by advertising, so please consider switching it off for this site. Thank you for reading.

        Share:

        Like

        Regional news - Dam repairs delayed as river rises

        Engineers wanted to begin before the spring floods. Now the water decides when the work can start, and the town waits.

        The old dam below the town / Regional Archive

        By Tomas Hale on 3 March 2021

        Engineers postponed repairs to the old river dam on Tuesday after heavy rain raised the water level by a metre overnight, the regional water authority said.

        The work, planned for two weeks, will start once the river falls back below its spring mark, the authority said.
        """);
    assertEquals("2021-03-03", TextPages.day(d));
    assertFalse(d.body().text().contains("By Tomas Hale"), d.body().text());
    assertTrue(d.body().text().contains("Engineers postponed repairs"), d.body().text());
  }

  @Test
  void aSentenceNamingADayIsNoDateLine() {
    Document d = TextPages.read("""
        Dam repairs delayed as river rises

        Engineers postponed repairs to the old river dam on 2 March 2021 after heavy rain raised the water level by a metre overnight.

        The work will start once the river falls.
        """);
    assertTrue(d.body().text().contains("Engineers postponed repairs to the old river dam on 2 March 2021"),
        d.body().text());
  }
}
