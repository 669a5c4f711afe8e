package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.events.EventCoderTest.code;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Arabic event places: a facility or part of a town names the town ("مطار كركوك"), "the city"
 * (المدينة) is the town the page is about, and a town named only for its airport is not what the
 * page is about. Sentences written for these tests.
 */
class ArabicPlacesTest {
  /* The event whose trigger holds {@code words}. */
  private static Event with(List<Event> ev, String words) {
    return ev.stream().filter(e -> e.textInfo().trigger().contains(words)).findFirst()
        .orElseThrow();
  }

  private static String place(Event e) {
    return e.eventLoc() == null ? null : e.eventLoc().text();
  }

  @Test
  void anAirportNamesItsTown() {
    Event e = with(code("2017-10-16", "سيطرت القوات على مطار كركوك العسكري صباح اليوم."),
        "سيطرت");
    assertEquals("كركوك", place(e));
  }

  @Test
  void theCityOfTheDeedsClauseIsThePagesTown() {
    List<Event> ev = code("2019-10-23", "دخل الجيش الوطني أحياء مدينة رأس العين في ريف الحسكة"
        + " الشمالي، بعد انسحاب آخر المقاتلين من المدينة مساء أمس.");
    assertEquals("رأس العين", place(with(ev, "انسحاب")));
  }

  @Test
  void aTownNamedForItsAirportIsNotWhatThePageIsAbout() {
    List<Event> ev = code("2020-03-02", "تقدمت قوات الجيش في مدينة سراقب صباح اليوم.",
        "وأغلقت السلطات مطار تفتناز أمام الرحلات، ثم أعادت فتح مطار تفتناز مساءً.",
        "وقتل ثلاثة مقاتلين في الاشتباكات.");
    assertEquals("سراقب", place(with(ev, "وقتل")));
  }

  @Test
  void aPlaceInAnOfficesTitleIsNoPlaceOfTheDeed() {
    List<Event> ev = code("2017-10-22", "ومن المقرر أن يزور وزير الدولة لشؤون الخليج العربي مدينة"
        + " الرقة الأسبوع المقبل.");
    assertEquals("الرقة", place(with(ev, "يزور")));
  }

  @Test
  void whereTheSponsorSitsIsNotWhereTheTalksWere() {
    List<Event> ev = code("2018-07-05", "دخلت وحدات الجيش مدينة بصرى الشام صباح اليوم.",
        "وجاء ذلك بعد مفاوضات جرت أمس برعاية مركز المصالحة الروسي في حميميم.");
    assertEquals("بصرى الشام", place(with(ev, "مفاوضات")));
  }
}
