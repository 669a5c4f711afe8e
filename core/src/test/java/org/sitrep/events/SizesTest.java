package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sizes a sentence gives: the dead and injured from the words that count them. */
class SizesTest {
  private static Map<String, Object> sizes(String text) {
    return Sizes.of(new Sent(0, text.length(), 0, text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Warplanes pounded a village east of the city on Sunday, killing six civilians.|dead|6",
      "A total of 33 Turkish soldiers died in the air strike.|dead|33",
      "A fighter who tried to resist was killed along with four others.|dead|5",
      "Militias killed three men and injured 7 others.|injured|7",
      "Militias killed three men and injured 7 others.|dead|3",
      "The death toll from the bombing rose to 42.|dead|42",
      "أعلنت الوزارة عن مقتل 3 مدنيين وجرح 12 آخرين في المدينة.|dead|3",
      "أعلنت الوزارة عن مقتل 3 مدنيين وجرح 12 آخرين في المدينة.|injured|12",
      "وأشار إلى سقوط 28 قتيلا و92 جريحا في صفوف القوات.|dead|28",
      "وأشار إلى سقوط 28 قتيلا و92 جريحا في صفوف القوات.|injured|92",
      "قتل ثلاثة عناصر من الشرطة في الهجوم.|dead|3",
      "A convoy carrying 800 people left the city.|people|800",
  })
  void countsTheDeadAndTheInjured(String text, String key, long value) {
    assertEquals(value, sizes(text).get(key), () -> sizes(text).toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Dozens were wounded when police opened fire.|injured|24|Dozens",
      "أسفر القصف عن سقوط عشرات القتلى.|dead|24|عشرات",
  })
  void vagueAmountsAreApproximate(String text, String key, long value, String words) {
    Object v = sizes(text).get(key);
    assertEquals(Map.of("value", value, "text", words, "approx", true), v, () -> sizes(text)
        .toString());
  }
}
