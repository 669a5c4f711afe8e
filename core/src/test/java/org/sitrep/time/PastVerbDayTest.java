package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Timex;

/**
 * A weekday hangs on the verb right before it: a past verb dates it back even in a sentence that
 * speaks of the future elsewhere, and a text without commas (as scraped corpora store it) gives
 * no clause to narrow the sentence to (our own wording). The page is of Tuesday 27 June 2017.
 */
class PastVerbDayTest {
  private static String firstDay(String text) {
    DateResolver.Anchor a = DateResolver.Anchor.published(LocalDate.of(2017, 6, 27));
    List<Timex> found = new DateResolver().find(text, 0, text.length(), a);
    return found.get(0).value();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "The ministry said late on Monday that the rebels would pay for any new attack.; 2017-06-26",
      "Gunmen stormed the post on Saturday and officials warned they would strike back.; 2017-06-24",
      "Two fighters were killed in the village on Sunday and the group said it would retaliate.; 2017-06-25",
      // a long object between the verb and its day, and a "would" after it
      "Rebels took control of most of the eastern town on Monday seizing the mayor in what would"
          + " be their first such gain.; 2017-06-26",
      // the future or a deadline: the verb does not date it back
      "The army will resume the assault if the pullout is not completed by Friday evening.; 2017-06-30",
      "The new crossing is expected to be opened on Thursday officials said it would help.; 2017-06-29",
      "The vote scheduled on Monday will decide whether the truce would hold.; 2017-07-03",
  })
  void theVerbBeforeTheWeekdayDecides(String text, String expected) {
    assertEquals(expected, firstDay(text));
  }
}
