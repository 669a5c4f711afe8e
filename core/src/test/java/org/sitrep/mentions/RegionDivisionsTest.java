package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;

/**
 * Governorates and provinces of the region, in our own wording: named in Arabic and English,
 * named as written (no near spelling), and the Arabic word for "city" read as a cue, never as
 * part of a gazetteer name.
 */
class RegionDivisionsTest {
  private static final MentionFinder FINDER = new MentionFinder(Knowledge.defaults());

  private static List<Mention> places(String text) {
    Document d = MentionFinderTest.doc(text);
    return FINDER.find(d).mentions().stream().filter(m -> m.kind().equals("place"))
        .collect(Collectors.toList());
  }

  private static String id(List<Mention> ms, String textPart) {
    return ms.stream().filter(m -> m.text().contains(textPart)).map(Mention::identifierId)
        .findFirst().orElse(null);
  }

  @Test
  void aGovernorateWithoutATownOfItsNameIsAPlaceInBothLanguages() {
    assertEquals("shabwah-governorate", id(places("اندلعت اشتباكات في محافظة شبوة أمس."), "شبوة"));
    assertEquals("salah-ad-din-governorate",
        id(places("Gunmen attacked a checkpoint in Salahuddin province on Monday."), "Salahuddin"));
    assertEquals("nineveh-governorate", id(places("وصلت تعزيزات إلى محافظة نينوى."), "نينوى"));
  }

  @Test
  void aDivisionIsNamedAsWrittenNotByItsConsonants() {
    List<Mention> ms = places("Leaders of the West met the Mission staff in Baghdad and Basra on"
        + " Monday.");
    assertTrue(ms.stream().noneMatch(m -> m.identifierId().endsWith("-governorate")),
        ms.toString());
  }

  @Test
  void theArabicWordForCityIsACueNotPartOfAName() {
    // GeoNames names Zanzibar "مدينة زنجبار"; beside Abyan the town is Yemen's Zinjibar
    List<Mention> ms = places("اندلعت اشتباكات عنيفة في مدينة زنجبار بمحافظة أبين.");
    Mention town = ms.stream().filter(m -> m.text().contains("زنجبار")).findFirst()
        .orElseThrow(() -> new AssertionError(ms.toString()));
    assertEquals("YE", town.countryCode(), ms.toString());
  }

  private static String admin1(List<Mention> ms, String textPart) {
    return ms.stream().filter(m -> m.text().contains(textPart)).map(Mention::admin1)
        .findFirst().orElse(null);
  }

  @Test
  void aDivisionHasOneNameAsTheNewsWritesIt() {
    // GeoNames names them "Rif-dimashq" and "Damascus Governorate"; the curated regions and the
    // GeoNames towns of one governorate must agree on its name, the one analysts use
    List<Mention> ms = places("Shelling hit Douma and other towns of Eastern Ghouta, and mortar"
        + " rounds fell on central Damascus, on Tuesday.");
    assertEquals("Rif Dimashq", admin1(ms, "Douma"), ms.toString());
    assertEquals("Rif Dimashq", admin1(ms, "Ghouta"), ms.toString());
    assertEquals("Damascus", admin1(ms, "Damascus"), ms.toString());
    assertEquals("Taiz", admin1(places("قصفت المدفعية أحياء في مدينة تعز."), "تعز"));
  }

  @Test
  void aSeasonIsNoPlace() {
    // "صيف" (summer) is also a village of Hadramawt in GeoNames
    assertTrue(places("أعلن التنظيم في صيف 2014 قيام دولته في المدينة.").isEmpty());
  }
  @Test
  void theOtherCountriesOfTheRegionKeepTheirProvinces() {
    // only Syria's, Iraq's, Lebanon's, Libya's and Yemen's divisions are curated; the others'
    // come from GeoNames and were left out with them
    List<Mention> ms = places("A roadside bomb hit a convoy in Helmand on Sunday, and troops"
        + " moved into North Sinai while settlers and farmers clashed in the West Bank.");
    assertEquals("admin1:AF.10", id(ms, "Helmand"), ms.toString());
    assertEquals("admin1:EG.27", id(ms, "North Sinai"), ms.toString());
    assertEquals("admin1:PS.WE", id(ms, "West Bank"), ms.toString());
  }

  @Test
  void aProvinceNamedAsItsSeatIsTheCityUnlessCalledAProvince() {
    List<Mention> city = places("Police in Kandahar arrested three men on Tuesday.");
    assertEquals("geonames:1138336", id(city, "Kandahar"), city.toString());
    List<Mention> province = places("Police in Kandahar province arrested three men on Tuesday.");
    assertEquals("admin1:AF.23", id(province, "Kandahar"), province.toString());
  }

  @Test
  void aRegionPlaceSpelledAsWrittenBeatsABigCityAbroadThatSoundsAlike() {
    // the page's country (Palestine, from its towns) is neither's; Chennai's names fold alike
    List<Mention> ms = places("Clashes were reported in Gaza, Nablus and Hebron. Egyptian troops"
        + " fought militants in Sinai on Monday.");
    assertEquals("region:sinai", id(ms, "Sinai"), ms.toString());
  }
  @Test
  void theirArabicNamesAreTheirsToo() {
    List<Mention> ms = places("داهمت القوات بلدات في الضفة الغربية، فيما قصفت الطائرات قطاع غزة،"
        + " وهاجم مسلحون حاجزا في شمال سيناء، وسقطت قذائف في ولاية هاتاي.");
    assertEquals("admin1:PS.WE", id(ms, "الضفة الغربية"), ms.toString());
    assertEquals("admin1:PS.GZ", id(ms, "قطاع غزة"), ms.toString());
    assertEquals("admin1:EG.27", id(ms, "شمال سيناء"), ms.toString());
    assertEquals("admin1:TR.31", id(ms, "هاتاي"), ms.toString());
  }
}
