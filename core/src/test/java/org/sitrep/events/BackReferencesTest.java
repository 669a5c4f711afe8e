package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Who acts when the page names a known actor again in short, and whose deed an announcement, an
 * accusation, a cause or a relative clause names (sentences of our own in the style of Arabic
 * and English agency copy): a body named by the head of its name alone ("the League",
 * "الجامعة", "المملكة"), an Arabic person by his family name alone ("واتهم الزبيدي"), a force
 * that announces an arrest or a strike by its noun ("Police announced the arrest of", "أعلنت
 * الشرطة اليوم الأحد اعتقال"), the accused of an Arabic accusation ("اتهمت الحكومة الميليشيا
 * بقصف"), a partisan name with a state's nisba ("قوات الاحتلال التركي"), the force a victim's
 * deed names as its cause ("جراء العدوان الصهيوني", "killed in an Israeli strike"), the subject
 * of a relative clause about the deed ("الهجوم الذي نفذته حركة الشباب"), and a capital after
 * "العاصمة". The naming tests fail on the code of the session's start (f104c8df); the others
 * are guards: "the forces" is any side's, an adjective after a noun is no family name, a toll's
 * announcer dealt no blow, a clause after a title is no man's name.
 */
class BackReferencesTest {
  private static List<Event> code(String... paragraphs) {
    return EventCoderTest.code("2024-01-30", paragraphs);
  }

  private static Event first(List<Event> ev, String category) {
    return EventCoderTest.first(ev, category).orElseThrow(() -> new AssertionError(ev));
  }

  private static List<String> actors(List<Event> ev, String category) {
    return EventCoderTest.ids(first(ev, category).actor());
  }

  @Test
  void aBodyNamedByItsHeadAloneIsTheBodyNamedBefore() {
    assertEquals(List.of("arab-league"), actors(code("The Arab League condemned the bombing.",
        "The League said in a statement that it demands an inquiry."), "REQUEST"));
    // the subject right after the verb, not the body it addresses
    List<Event> ev = code("أدانت المملكة العربية السعودية الهجوم على المدينة.",
        "وطالبت المملكة مجلس الأمن بالتحرك العاجل.");
    assertEquals(List.of("saudi-arabia"), actors(ev, "REQUEST"));
    assertEquals(List.of("un-security-council"),
        EventCoderTest.ids(first(ev, "REQUEST").recipient()));
  }

  @Test
  void anArabicPersonByHisFamilyNameAlone() {
    List<Event> ev = code("ودعا رئيس المجلس الانتقالي الجنوبي اللواء عيدروس الزبيدي في كلمة"
        + " متلفزة أبناء الجنوب إلى التعبئة.",
        "واتهم الزبيدي حكومة الشرعية بالتآمر على الجنوب.");
    assertEquals(List.of("aidarous-al-zubaidi"), actors(ev, "ACCUSE"));
    // a name the catalogue lacks, ended by a drawn-out preposition ("لـ")
    List<Event> told = code("وقال المتحدث باسم الجيش الوطني الرائد يوسف حمود لـ\"نداء الشمال\""
        + " إن المعارك مستمرة.",
        "ونفى حمود الاتهامات التي وجهتها \"قسد\" للجيش الوطني باستخدام أسلحة محرمة.");
    assertEquals(List.of("person:يوسف-حمود"), actors(told, "REJECT"));
  }

  @Test
  void theForcesAndAnAdjectiveAfterANounReferToNoOne() {
    // "the forces" is any side's: not the Rapid Support Forces named before
    List<Event> ev = code("The Rapid Support Forces said they had taken the city on Monday.",
        "The army said the forces withdrew from their positions in the city.");
    for (Event e : ev) {
      if (e.event().contains("RETREAT")) {
        assertFalse(EventCoderTest.ids(e.actor()).contains("rsf"), e.toString());
      }
    }
    // "الريف الحلبي": an adjective, not the family name of "أبو عمر الحلبي"
    List<Event> rural = code("وقال القيادي في الجيش الحر أبو عمر الحلبي إن المعارك مستمرة.",
        "وقصفت قوات النظام الريف الحلبي بالمدفعية.");
    Event shelled = rural.stream().filter(e -> e.textInfo().trigger().contains("قصفت"))
        .findFirst().orElseThrow(() -> new AssertionError(rural));
    assertEquals(List.of("syrian-arab-army"), EventCoderTest.ids(shelled.actor()));
    assertTrue(rural.stream().noneMatch(e -> EventCoderTest.ids(e.recipient())
        .contains("person:أبو-عمر-الحلبي")), rural.toString());
  }

  @Test
  void aForceThatAnnouncesADeedByItsNounDidIt() {
    assertEquals(List.of("agent:police"),
        actors(code("Police announced on Sunday the arrest of 20 suspects."), "COERCE"));
    assertEquals(List.of("agent:police"),
        actors(code("وأعلنت الشرطة اليوم الأحد اعتقال 20 مشتبها بهم."), "COERCE"));
    assertEquals(List.of("islamic-resistance-in-iraq"), actors(code("وكانت المقاومة الإسلامية"
        + " في العراق قد أعلنت فجر الأحد استهداف قاعدة الركبان بطائرة مسيرة."), "ASSAULT"));
  }

  @Test
  void aTollsAnnouncerDealtNoBlow() {
    for (Event e : code("وأعلنت وزارة الصحة العامة اليوم استشهاد سبعة أشخاص بينهم طفلان.")) {
      assertTrue(e.actor().isEmpty(), e.toString());
    }
  }

  @Test
  void theAccusedOfAnArabicAccusationDidTheDeed() {
    List<Event> ev = code("واتهمت الحكومة اليمنية الميليشيا الحوثية بقصف مخيم الزور للنازحين"
        + " بقذائف المدفعية مساء أمس السبت.");
    assertEquals(List.of("agent:militia"), actors(ev, "ASSAULT"));
    assertEquals(List.of("yemen"), actors(ev, "ACCUSE"));
  }

  @Test
  void aPartisanNameWithItsStatesNisbaIsThatStatesForces() {
    assertEquals(List.of("turkish-military"), actors(code("وكانت قوات الاحتلال التركي قد"
        + " استقدمت خلال الأيام الماضية تعزيزات إلى محيط منبج."), "MOBILIZE"));
    assertEquals(List.of("united-states-military"), actors(code(
        "شن العدوان الأمريكي البريطاني فجر أمس الجمعة 73 غارة جوية استهدفت العاصمة صنعاء."),
        "ASSAULT"));
    assertEquals(List.of("israeli-military"), actors(code("وشنت طائرات الاحتلال الإسرائيلي"
        + " غارات على بلدة الخيام."), "ASSAULT"));
  }

  @Test
  void theForceNamedAsAVictimsCauseDidTheDeed() {
    List<Event> ev = code("استشهد ثلاثة مدنيين جراء العدوان الصهيوني على بلدة الخيام.");
    assertEquals(List.of("israeli-military"), actors(ev, "ASSAULT"));
    assertEquals(List.of("civilians"), EventCoderTest.ids(first(ev, "ASSAULT").recipient()));
    List<Event> en = code("Hezbollah said its commander Fuad Shukr was killed in an Israeli"
        + " strike on Beirut's southern suburbs.");
    assertEquals(List.of("israeli-military"), actors(en, "ASSAULT"));
    assertEquals(List.of("person:fuad-shukr"), EventCoderTest.ids(first(en, "ASSAULT").recipient()));
    assertEquals(List.of("usa"), actors(code("Three civilians were killed in a U.S. drone strike"
        + " near Jilib."), "ASSAULT"));
  }

  @Test
  void aWordOfAPersonsNameAndAnAffiliationAreNoActors() {
    // "شكر" (thanks) inside the name of the man killed is no support
    List<Event> ev = code("استشهد القائد فؤاد شكر جراء العدوان الصهيوني على مبنى سكني.");
    assertTrue(ev.stream().noneMatch(e -> e.event().contains("SUPPORT")), ev.toString());
    // "the al Qaeda-linked group" is the group named before, not al-Qaeda
    List<Event> linked = code("Al-Shabaab militants attacked a restaurant on Lido beach.",
        "The al Qaeda-linked group claimed responsibility, saying its fighters had targeted a"
            + " gathering of officials.");
    for (Event e : linked) {
      assertFalse(EventCoderTest.ids(e.actor()).contains("al-qaeda"), e.toString());
    }
  }

  @Test
  void theDoerARelativeClauseNamesAndTheCapitalAfterItsNoun() {
    List<Event> ev = code("ارتفعت حصيلة الهجوم الانتحاري الذي نفذته حركة الشباب مساء الجمعة"
        + " على مطعم شاطئي بالعاصمة الصومالية مقديشو إلى 37 قتيلا.");
    Event attack = first(ev, "ASSAULT");
    assertEquals(List.of("al-shabaab"), EventCoderTest.ids(attack.actor()));
    assertEquals("Mogadishu", attack.eventLoc() == null ? null : attack.eventLoc().name(),
        attack.toString());
    Event damascus = first(code("وقع الانفجار في العاصمة دمشق مساء الجمعة."), "ASSAULT");
    assertEquals("Damascus", damascus.eventLoc() == null ? null : damascus.eventLoc().name(),
        damascus.toString());
  }

  @Test
  void noPersonIsReadFromAClauseAfterATitle() {
    // "رئيس الوزراء تشكيل لجنة تحقيق": a verbal noun and a body's head, no man's name
    List<Event> ev = code("وأعلن مكتب رئيس الوزراء تشكيل لجنة تحقيق عليا في أحداث الناصرية.");
    assertTrue(ev.stream().anyMatch(e -> e.event().contains("ACCUSE")), ev.toString());
    for (Event e : ev) {
      assertTrue(EventCoderTest.ids(e.actor()).stream().noneMatch(id -> id.startsWith("person:")),
          e.toString());
    }
  }

  @Test
  void ourForcesHisCountryThoseForcesAndTheKingdom() {
    // "قواتنا" in a spokesman's quote: his side's forces
    assertEquals(List.of("gna-forces"), actors(code("وقال المتحدث باسم قوات الوفاق العقيد محمد"
        + " قنونو إن \"قواتنا تتقدم في محاور سرت\"."), "ASSAULT"));
    // "بلاده": the speaker's state
    List<Event> iran = code("نفى المتحدث باسم الخارجية الإيرانية ناصر كنعاني أي صلة بالهجوم،"
        + " قائلا إن الفصائل تتخذ قراراتها بنفسها، ومحذرا من أن بلاده \"سترد بحزم على أي"
        + " اعتداء\".");
    assertEquals(List.of("iran"), actors(iran, "THREATEN"));
    // "تلك القوات": the armed actor named last
    List<Event> left = code("وجاءت العملية بعد يوم من إعلان قوات الوفاق السيطرة على مدينة"
        + " ترهونة، آخر معقل لقوات حفتر في غرب البلاد، عقب انسحاب تلك القوات منها.");
    assertEquals(List.of("lna"), actors(left, "RETREAT"));
    assertEquals(List.of("saudi-arabia"), actors(code("Saudi Arabia condemned the attack.",
        "The kingdom called on the Security Council to act."), "REQUEST"));
  }

  @Test
  void theArmedMenNotTheirFamiliesTheFactionAndTheSpeakersHe() {
    assertEquals(List.of("unnamed:militants"), actors(code("About 275 Syrian militants and"
        + " their families left the city under the deal."), "RETREAT"));
    assertEquals(List.of("jaysh-al-islam"), actors(code("وأكد مصدر في جيش الإسلام أن الفصيل"
        + " \"اضطر للقبول بالاتفاق حرصاً على حياة المدنيين\"."), "AGREE"));
    assertEquals(List.of("us-led-coalition"), actors(code("وأعلن التحالف الدولي بقيادة الولايات"
        + " المتحدة أنه لم يكن طرفاً في اتفاق الخروج، مؤكداً أنه يرفض أي ترتيب يسمح لمقاتلي"
        + " داعش بالإفلات من العقاب."), "REJECT"));
  }
}
