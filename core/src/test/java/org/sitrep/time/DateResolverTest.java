package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.model.Timex;

class DateResolverTest {
  private final DateResolver resolver = new DateResolver();

  static Stream<Arguments> expressions() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/time/expressions.tsv"),
        StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      out.add(Arguments.of(c[0], c[1], c[2], c[3], c[4]));
    }
    assertTrue(out.size() >= 150, "at least 150 expressions, have " + out.size());
    return out.stream();
  }

  @ParameterizedTest(name = "{0} @ {1}")
  @MethodSource("expressions")
  void normalizes(String sentence, String ref, String value, String precision, String end) {
    String text = sentence.replace("NOANCHOR ", "");
    DateResolver.Anchor anchor = ref.isEmpty() ? DateResolver.Anchor.NONE
        : DateResolver.Anchor.published(LocalDate.parse(ref));
    List<Timex> found = resolver.find(text, 0, text.length(), anchor);
    assertFalse(found.isEmpty(), () -> "no expression in: " + text);
    Timex x = found.get(0);
    assertEquals(value.isEmpty() ? null : value, x.value(), () -> text + " -> " + x);
    assertEquals(precision, x.precision(), () -> text + " -> " + x);
    assertEquals(end.isEmpty() ? null : end, x.endValue(), () -> text + " -> " + x);
    assertEquals(x.text(), text.substring(x.start(), x.end()));
  }

  @Test
  void offsetsAreIntoTheWholeText() {
    String text = "Title\n\nOn April 4, militants burned the council building.";
    int from = text.indexOf("On");
    List<Timex> found = resolver.find(text, from, text.length(),
        DateResolver.Anchor.published(LocalDate.parse("2018-04-05")));
    assertEquals("April 4", text.substring(found.get(0).start(), found.get(0).end()));
  }

  @Test
  void storyAnchorMarksItsBasis() {
    String text = "On April 4, militants burned the building.";
    List<Timex> found = resolver.find(text, 0, text.length(),
        new DateResolver.Anchor(LocalDate.parse("2018-04-01"), "story", 0.8));
    assertEquals("2018-04-04", found.get(0).value());
    assertEquals("story", found.get(0).basis());
  }

  @Test
  void lowerCaseMonthWordsAreNotDates() {
    String text = "The militants may 3 times refuse, and march 5 km.";
    assertTrue(resolver.find(text, 0, text.length(),
        DateResolver.Anchor.published(LocalDate.parse("2018-04-05"))).isEmpty());
  }

  @Test
  void aWeekdayTakesTheTenseOfItsOwnClause() {
    DateResolver.Anchor monday = DateResolver.Anchor.published(LocalDate.parse("2018-04-09"));
    String past = "Under the truce agreed by both sides on Sunday, the fighters will leave the"
        + " town within two days.";
    assertEquals("2018-04-08", resolver.find(past, 0, past.length(), monday).get(0).value());
    String ahead = "On Sunday, the fighters will leave the town.";
    assertEquals("2018-04-15", resolver.find(ahead, 0, ahead.length(), monday).get(0).value());
    String clause = "The fighters will leave the town on Sunday, a local official said.";
    assertEquals("2018-04-15", resolver.find(clause, 0, clause.length(), monday).get(0).value());
  }

  @Test
  void aWeekdayBesideAMonthDayGivesItsYear() {
    // read against a story day of March 2021, "August 21" alone is the August before it (2020,
    // a Friday); its weekday names the year in which the 21st was a Wednesday
    DateResolver.Anchor story = new DateResolver.Anchor(LocalDate.parse("2021-03-01"), "story",
        0.8, DateResolver.Mode.NEAREST);
    String text = "Government troops entered the town on Wednesday, August 21st, a monitor said.";
    Timex day = resolver.find(text, 0, text.length(), story).stream()
        .filter(t -> t.text().startsWith("August")).findFirst().orElseThrow();
    assertEquals("2019-08-21", day.value());
    assertEquals("explicit", day.basis());
    String arabic = "دخلت القوات البلدة يوم الأربعاء 21 آب الجاري.";
    Timex ar = resolver.find(arabic, 0, arabic.length(), story).stream()
        .filter(t -> t.text().startsWith("21")).findFirst().orElseThrow();
    assertEquals("2019-08-21", ar.value());
    String alone = "Government troops entered the town on August 21st, a monitor said.";
    assertEquals("2020-08-21", resolver.find(alone, 0, alone.length(), story).get(0).value());
  }
}
