package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * A report dated only by its month ("the offensive the Houthis launched in February") names no
 * day: it is linked as an undated report would be, not as one of the month's first day, two
 * weeks before the reports of the same offensive dated by their day.
 */
class MonthDateLinkTest {
  static Event deed(int n, String date, String precision) {
    return new Event("p-e" + n, "p", List.of("ASSAULT"), List.of(), List.of(), date, null,
        new Event.DateInfo(precision, "explicit", "in February"),
        List.of(ReturnedBlowTest.HOUTHIS), List.of(ReturnedBlowTest.ARMY), ReturnedBlowTest.TOWN,
        null, null, new Event.Claim("asserted",
            List.of(new Event.Claimant("a source", "unnamed", null)), null),
        "the Houthi offensive at Sirwah", null, null, 0.9, null, null, null);
  }

  @Test
  void aMonthDateJoinsTheDayDatedReportsOfItsMonth() {
    StoryLinker linker = ReturnedBlowTest.link(deed(1, "2021-02-14", "day"),
        deed(2, "2021-02-14", "day"), deed(3, "2021-02-01", "month"));
    assertEquals(ReturnedBlowTest.mergedOf(linker, "p-e1"),
        ReturnedBlowTest.mergedOf(linker, "p-e3"));
  }
}
