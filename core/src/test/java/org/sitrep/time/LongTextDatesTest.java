package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Timex;

/**
 * Date finding on long text without full stops: every date used to rescan its whole sentence
 * (26 s at 95 KB, 96 s at 190 KB). The bound below is a guard far above the linear cost (well
 * under a second here), not a timing.
 */
class LongTextDatesTest {
  private static String text(int dates) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < dates; i++) {
      b.append("on March ").append(i % 28 + 1).append(", 2018 the army shelled the town of Douma")
          .append(" and rebels said on Monday that they would withdraw to Jarabulus and ");
    }
    return b.toString();
  }

  @Test
  void datesInAVeryLongSentenceAreFoundInLinearTime() {
    String t = text(3000); // about 400 KB, one sentence
    DateResolver r = new DateResolver();
    DateResolver.Anchor a = DateResolver.Anchor.published(LocalDate.of(2018, 4, 1));
    List<Timex> found = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> r.find(t, 0, t.length(), a));
    assertEquals(3000, found.stream().filter(x -> x.text().startsWith("March")).count());
    // the sentence speaks of the future ("would"), as it did when each date rescanned it
    assertEquals(found.size(), r.find(t, 0, t.length(), a).size());
  }

  @Test
  void theSameDatesWithAndWithoutFullStops() {
    String one = "The army shelled Douma on March 5, 2018. Rebels will leave on March 9. Talks"
        + " resumed on Monday.";
    DateResolver r = new DateResolver();
    DateResolver.Anchor a = DateResolver.Anchor.published(LocalDate.of(2018, 3, 7));
    List<String> values = r.find(one, 0, one.length(), a).stream().map(Timex::value).toList();
    assertEquals(List.of("2018-03-05", "2018-03-09", "2018-03-05"), values);
  }
}
