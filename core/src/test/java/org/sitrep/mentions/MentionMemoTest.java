package org.sitrep.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Document;
import org.sitrep.testing.Docs;
import org.sitrep.text.Tokens;

/**
 * The finder's shortcuts give what the plain computation gives: the word memo (warm or cold,
 * whatever page came before), the cue words looked up by characters, the edit distance that
 * stops early.
 */
class MentionMemoTest {
  private static final Knowledge KNOWLEDGE = Knowledge.defaults();

  /* Our own wording, both scripts: names repeated in different contexts, cues, clitics. */
  private static final List<Document> PAGES = List.of(
      Docs.doc("Syria said on Monday that shelling in Syria had stopped. Syria denied it.",
          "Turkish troops entered Afrin, and Turkey said the operation near Afrin would go on.",
          "The city of Douma and the outskirts of Idlib were shelled; Idlib province was quiet."),
      Docs.doc("وقالت سوريا إن القصف في سوريا توقف، وقصفت القوات مدينة دوما وريف إدلب.",
          "ولروسيا قاعدة في حميميم، وقال مسؤول لسوريا إن بسوريا هدوءا."),
      Docs.doc("Police in Paris said the Paris attack was planned in Brussels.",
          "The mayor of Paris, Texas, spoke in Paris on Tuesday; the Texas governor was there."),
      Docs.doc("HTS and SANA reported that the U.S. envoy met Hay'at Tahrir al-Sham in Idlib.",
          "Lebanon-based Hezbollah and Iran-backed militias fought in Deir ez-Zor."),
      Docs.doc("The world watched Washington D.C. On 9 September the two sides signed."));

  /*
   * An abbreviation is a place only as the text writes it, with its period: "Washington, D.C."
   * (a comma inside) read on one page must not decide "Washington D.C." on the next.
   */
  @Test
  void aNameWrittenOtherwiseOnAnEarlierPageDecidesNothing() throws InterruptedException {
    MentionFinder finder = new MentionFinder(KNOWLEDGE);
    Document before = Docs.doc("An engineer working out of Washington, D.C., and a colleague met.");
    Document page = Docs.doc("The world watched Washington D.C. On 9 September the sides signed.");
    List<MentionFinder.Result> fresh = new ArrayList<>();
    List<MentionFinder.Result> after = new ArrayList<>();
    Thread a = new Thread(() -> fresh.add(finder.find(page)));
    a.start();
    a.join();
    Thread b = new Thread(() -> {
      finder.find(before);
      after.add(finder.find(page));
    });
    b.start();
    b.join();
    assertTrue(fresh.get(0).mentions().stream().anyMatch(m -> m.text().equals("Washington D.C")),
        fresh.get(0).mentions().toString());
    assertEquals(fresh.get(0), after.get(0));
  }

  @Test
  void findingIsTheSameWhateverWasFoundBefore() {
    MentionFinder finder = new MentionFinder(KNOWLEDGE);
    List<MentionFinder.Result> first = new ArrayList<>();
    for (Document d : PAGES) {
      first.add(finder.find(d));
    }
    // the memo now holds these pages' words and verdicts: in reverse order and again, each page
    // must come out as it did
    for (int round = 0; round < 2; round++) {
      for (int i = PAGES.size() - 1; i >= 0; i--) {
        assertEquals(first.get(i), finder.find(PAGES.get(i)), "page " + i + " round " + round);
      }
    }
    // on a fresh thread the memo starts empty
    List<MentionFinder.Result> cold = new ArrayList<>();
    Thread t = new Thread(() -> {
      for (Document d : PAGES) {
        cold.add(finder.find(d));
      }
    });
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    assertEquals(first, cold);
    assertFalse(first.get(0).mentions().isEmpty());
  }

  /* Our own wording: one name in several spellings (articles, case) and in stories set in
   * different countries, so that a name's facts and choices kept from an earlier page meet a
   * page where its spelling or its country differs. */
  private static final List<Document> NAMESAKES = List.of(
      Docs.doc("Shelling hit Ras al-Ain and Tal Abyad on Monday, the Syrian Observatory said.",
          "Residents of RAS AL-AIN fled toward Hasakah; Ras Ain was quiet by evening."),
      Docs.doc("Kurdish officials in Ras Ain said Deir ez-Zor and Deir Zor province saw raids.",
          "In Paris, Texas, the sheriff said the Paris man was arrested near Dallas."),
      Docs.doc("In Paris, ministers met; France said the Paris talks would go on in Brussels.",
          "Athens, Georgia, police said the Athens suspect was held in Atlanta."),
      Docs.doc("Greek police in Athens said protesters marched; Athens and Thessaloniki were calm.",
          "Fighting in Tripoli, Libya, spread; the Tripoli government blamed Haftar's forces."),
      Docs.doc("In Tripoli, Lebanon, the army deployed; Tripoli residents and Beirut officials spoke.",
          "وقال مسؤولون في رأس العين إن القصف طال دير الزور ورأس العين."),
      Docs.doc("Syrian government forces shelled Idlib and Hama; Saraqib residents said Talbiseh "
          + "and Kafranbel were hit, and Douma was quiet. Damascus said Saraqib was retaken."),
      Docs.doc("Texas police in Houston and Dallas said Saraqib and Talbiseh were names of two "
          + "restaurants; Douma, a local singer, and Kafranbel played in Austin, Texas."),
      // names whose keys hold dozens of towns abroad by their consonants alone ("Turkey",
      // "Morek"), in stories set in Syria, the United States and Britain
      Docs.doc("Turkey sent troops to Morek, and Turkish forces near Morek said Turkey would stay.",
          "Tracy and Truckee, California, held a Turkey Trot; Turkey Creek, Texas, did too."),
      Docs.doc("In Torquay, Devon, the council said Turkey and Morocco had sent delegations.",
          "Morek residents in Hama province said Turkey had left the post near Morek."),
      // small namesakes at home in one story's country and far abroad in another's
      Docs.doc("Police in Hebron, Palmyra and Bethlehem, Pennsylvania, said Medina and Cairo "
          + "schools near Harrisburg and Pittsburgh were closed; Lebanon and Aleppo townships too."),
      Docs.doc("Councils in Manchester, Leeds and Sheffield said Hebron, Palmyra, Bethlehem, "
          + "Medina, Cairo, Lebanon and Aleppo were the names of their new community halls."));

  @Test
  void aPageComesOutAsOnAFreshThreadWhateverPagesCameBefore() throws InterruptedException {
    MentionFinder finder = new MentionFinder(KNOWLEDGE);
    // each page alone, each on a thread of its own: nothing kept from another page
    List<MentionFinder.Result> alone = new ArrayList<>();
    for (Document d : NAMESAKES) {
      MentionFinder.Result[] r = new MentionFinder.Result[1];
      Thread t = new Thread(() -> r[0] = finder.find(d));
      t.start();
      t.join();
      alone.add(r[0]);
    }
    // then in three orders on this thread, which keeps what it worked out page after page
    int n = NAMESAKES.size();
    for (int[] order : new int[][] {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
        {10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, {2, 0, 7, 9, 5, 4, 8, 10, 1, 6, 3, 2, 0, 7, 8}}) {
      for (int i : order) {
        assertEquals(alone.get(i), finder.find(NAMESAKES.get(i % n)), "page " + i);
      }
    }
    assertFalse(alone.get(1).mentions().isEmpty());
  }

  @Test
  void cueWordsAsStringsLowerCaseThem() {
    String text = "IN In in OF Of of İn Near near CITY city City Province province County "
        + "Operation operation North north في مدينة";
    Tokens t = new Tokens().reset(text, 0, text.length());
    for (int k = 0; k < t.size(); k++) {
      String w = t.token(k);
      String lower = w.toLowerCase(Locale.ROOT);
      boolean locative = (Cues.of(t, k) & Cues.LOCATIVE) != 0;
      boolean expected = List.of("in", "of", "near", "في", "مدينة").contains(lower);
      assertEquals(expected, locative, w);
      boolean placeNoun = List.of("city", "province", "county", "north").contains(lower);
      assertEquals(placeNoun, Cues.placeNoun(t, k), w);
      assertEquals(w.equals("city") || w.equals("province"), Cues.placeAfter(t, k), w);
      assertEquals(w.equals("Operation"), Cues.operation(t, k), w);
      assertEquals(w.equals("North"), Cues.direction(t, k), w);
    }
    // "İn" lower-cases to "i̇n" (a dotted i and a combining dot): not the word "in"
    int at = 6;
    assertEquals("İn", t.token(at));
    assertEquals(0, Cues.of(t, at));
  }

  @Test
  void boundedSimilarityAgreesWhereItCounts() {
    Random r = new Random(11);
    String letters = "abdiklmnrstuy";
    for (int n = 0; n < 20_000; n++) {
      String form = word(r, letters);
      List<String> forms = List.of(word(r, letters), word(r, letters));
      double full = MentionFinder.similarity(form, forms);
      for (double atLeast : new double[] {0, 0.55, 0.75, 0.8}) {
        double bounded = MentionFinder.similarity(form, forms, atLeast);
        if (full >= atLeast) {
          assertEquals(full, bounded, form + " " + forms + " at least " + atLeast);
        } else {
          assertTrue(bounded < atLeast, form + " " + forms + " at least " + atLeast);
        }
      }
    }
  }

  private static String word(Random r, String letters) {
    int len = 1 + r.nextInt(9);
    StringBuilder b = new StringBuilder(len);
    for (int i = 0; i < len; i++) {
      b.append(letters.charAt(r.nextInt(letters.length())));
    }
    return b.toString();
  }
}
