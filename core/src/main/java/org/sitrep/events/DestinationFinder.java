package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.sitrep.knowledge.Actor;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.knowledge.Place;
import org.sitrep.model.Mention;
import org.sitrep.text.ScanPattern;

/**
 * Finds where a movement goes: a place behind a destination preposition ("to", "towards",
 * "إلى", "باتجاه"), past the noun group that holds it ("to the besieged area of Aleppo city",
 * "إلى مناطق سيطرة النظام في مدينة حلب"), after a movement word in the trigger's clause or
 * before the trigger ("وصلت إلى حلب قافلة إجلاء"); a state named there is its country ("اتجاه
 * الأردن"); else where the page says the movement goes, in another sentence. Word lists are in
 * {@code words.tsv} (destination, place-noun, source-prep, movement). Thread-safe.
 */
final class DestinationFinder {
  /* A stretch of text with a clause's punctuation in it. */
  private static final Pattern PUNCTUATED = Pattern.compile(".*[.;،,].*");
  private static final Set<String> PREPS = Lexicon.vocabulary("destination");
  private static final Set<String> PLACE_NOUNS = Lexicon.vocabulary("place-noun");
  private static final Set<String> SOURCE_PREPS = Lexicon.vocabulary("source-prep");
  private static final Set<String> DETERMINERS = Lexicon.vocabulary("determiner");
  /** A movement word of {@code words.tsv} ("evacuated", "headed", "خروج", "وصلت"). */
  static final ScanPattern MOVE_SCAN = movePattern(Lexicon.vocabulary("movement"));
  static final Pattern MOVE = MOVE_SCAN.pattern();
  /* Words already asked whether they are a movement word (a bounded memo). */
  private static final ConcurrentHashMap<String, Boolean> MOVE_WORDS = new ConcurrentHashMap<>();
  /* Words of the noun group between the preposition and its place, besides kinds of place. */
  private static final int GROUP_WORDS = 3;

  private final Knowledge knowledge;

  DestinationFinder(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /**
   * The destination of the deed at {@code h} in sentence {@code s} (mentions {@code ms}), or
   * null: its own, else for a planned movement the narrative's last, else for a movement the
   * page's nearest.
   */
  Mention find(Sent s, List<Mention> ms, Hit h, String modality, Narrative story) {
    List<Mention> places = places(s, ms);
    Mention dest = null;
    if (h.has("movement")) {
      dest = after(s, places, h.start(), s.end);
      if (dest == null) {
        dest = arrivedBefore(s, places, h); // "وصلت إلى مدينة حلب قافلة إجلاء"
      }
      if (dest == null && modality.equals("planned")) {
        dest = story.lastDestination;
      }
    }
    if (dest == null) {
      // "agreed on evacuating the fighters to Jarablus", "forced the convoy to go back to X",
      // "صاروخ أطلقته … باتجاه مدينة خميس مشيط": a movement word in the deed's clause
      int limit = h.category().moving() ? s.end : clauseEnd(s, h.end());
      dest = movedTo(s, places, h, limit);
    }
    if (dest == null && h.category().enters()) {
      dest = entered(s, places, h); // "ودخلت خان شيخون", "arrived in Khan Sheikhoun"
    }
    if (dest == null && (h.has("movement") && !h.category().family().equals("force")
        || "withdraw".equals(h.trigger().mode()))) {
      // "… set off for Idlib" elsewhere; an advance goes where its own sentence says only
      dest = nearest(story.pageDestinations, s, ms, h);
    }
    return dest;
  }

  /**
   * Where the page says movements go: places behind a destination preposition after a movement
   * word in their sentence ("the buses … before setting off for the province of Idlib").
   */
  static List<Mention> ofPage(List<Sent> sents, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    for (Sent s : sents) {
      while (i < mentions.size() && mentions.get(i).start() < s.start) {
        i++;
      }
      for (int j = i; j < mentions.size() && mentions.get(j).start() < s.end; j++) {
        Mention m = mentions.get(j);
        if (m.kind().equals("place") && m.end() <= s.end && behindPreposition(s, m)
            && moveIn(s, 0, m.start() - s.start)) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /* The page's destination nearest the trigger, unless the sentence names that place itself. */
  private static Mention nearest(List<Mention> page, Sent s, List<Mention> ms, Hit h) {
    Mention best = null;
    for (Mention d : page) {
      boolean named = false;
      for (Mention m : ms) {
        named |= m.kind().equals("place") && m.identifierId().equals(d.identifierId());
      }
      if (!named && (best == null
          || Math.abs(d.start() - h.start()) < Math.abs(best.start() - h.start()))) {
        best = d;
      }
    }
    return best;
  }

  /* The place mentions of a sentence, and the states named there read as their countries. */
  private List<Mention> places(Sent s, List<Mention> ms) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : ms) {
      if (m.kind().equals("place")) {
        out.add(m);
      } else if (m.kind().equals("actor") && "name".equals(m.resolution())
          && m.identifierId() != null) {
        Actor a = knowledge.actor(m.identifierId()).orElse(null);
        Place p = a == null || !a.kind().equals("state") || a.country().isEmpty() ? null
            : knowledge.place("country:" + a.country()).orElse(null);
        if (p != null) {
          out.add(new Mention(m.docId(), m.start(), m.end(), m.text(), "place", p.id(), p.name(),
              p.lat(), p.lon(), p.countryCode(), p.admin1(), p.feature(), null, null, "actor"));
        }
      }
    }
    return out;
  }

  /* The first place in [from, to) behind a destination preposition. */
  private static Mention after(Sent s, List<Mention> places, int from, int to) {
    for (Mention m : places) {
      if (m.start() >= from && m.end() <= to && behindPreposition(s, m)) {
        return m;
      }
    }
    return null;
  }

  /* A place behind a destination preposition before the trigger, a movement word before it. */
  private static Mention arrivedBefore(Sent s, List<Mention> places, Hit h) {
    for (Mention m : places) {
      if (m.end() <= h.start() && behindPreposition(s, m)
          && moveIn(s, 0, m.start() - s.start)
          && !PUNCTUATED.matcher(s.text.substring(m.end() - s.start, h.start() - s.start))
              .matches()) {
        return m;
      }
    }
    return null;
  }

  /* A place behind a destination preposition in [trigger, limit) with a movement word before. */
  private static Mention movedTo(Sent s, List<Mention> places, Hit h, int limit) {
    for (Mention m : places) {
      if (m.start() >= h.start() && m.end() <= limit && behindPreposition(s, m)
          && moveIn(s, h.start() - s.start, m.start() - s.start)) {
        return m;
      }
    }
    return null;
  }

  /*
   * Where forces sent, deployed or arriving go: a place after the trigger in its clause that a
   * destination preposition, "in"/"into"/"في" or nothing at all (a direct object: "دخلت خان
   * شيخون", "entered Afrin") puts there.
   */
  private static Mention entered(Sent s, List<Mention> places, Hit h) {
    int limit = s.clauseEnd(h.end());
    for (Mention m : places) {
      if (m.start() < h.end() || m.end() > limit) {
        continue;
      }
      String before = s.lastWord(m.start());
      if (m.start() - h.end() <= 2 || PREPS.contains(before) || before.equals("in")
          || before.equals("في") || behindPreposition(s, m)) { // "إلى منطقة عين العرب"
        return m;
      }
    }
    return null;
  }

  /*
   * True when a destination preposition governs the place: walking back over the noun group
   * ("to the besieged area of", "إلى مناطق سيطرة النظام في مدينة"), kinds of place and
   * determiners freely, at most three other words, no punctuation, no "from"/"من" and no movement
   * word between (an infinitive's "to": "refused to leave Duma").
   */
  static boolean behindPreposition(Sent s, Mention m) {
    String t = s.text;
    int pos = m.start() - s.start;
    int others = 0;
    for (int k = 0; k < 10; k++) {
      int e = pos;
      while (e > 0 && !Character.isLetter(t.charAt(e - 1))) {
        char c = t.charAt(e - 1);
        if (c != ' ' && c != '-' && "\"“”«»'’".indexOf(c) < 0) {
          return false; // punctuation: another phrase
        }
        e--;
      }
      int b = e;
      while (b > 0 && (Character.isLetter(t.charAt(b - 1))
          || Character.getType(t.charAt(b - 1)) == Character.NON_SPACING_MARK)) {
        b--;
      }
      if (b == e) {
        return false;
      }
      String w = t.substring(b, e).toLowerCase(Locale.ROOT);
      if (PREPS.contains(w)) {
        return true;
      }
      if (SOURCE_PREPS.contains(w) || moveWord(w)
          || !PLACE_NOUNS.contains(w) && !DETERMINERS.contains(w) && ++others > GROUP_WORDS) {
        return false; // "to leave Tafas": "to" opens the verb, the place is what it leaves
      }
      pos = b;
    }
    return false;
  }

  /* Arabic clauses have no English clause words: the next comma ends them too. */
  private static int clauseEnd(Sent s, int from) {
    int end = s.clauseEnd(from);
    for (int i = from - s.start; i < end - s.start; i++) {
      char c = s.text.charAt(i);
      if (c == ',' || c == '،' || c == ';') {
        return s.start + i;
      }
    }
    return end;
  }

  /**
   * Whether the sentence text [x, y) holds a movement word, as {@code MOVE_SCAN.opaqueMatcher(
   * s.text, x, y).find()} says, answered from the sentence's movement words found once. A match
   * opens and ends with a letter, with no letter before or after it, and holds only letters and
   * spaces: so a match of the whole text inside [x, y) is one of the part, and where no match of
   * the whole text touches [x, y) the part has none unless a letter stands right before x or
   * right before y (there the part's edges change what its lookarounds see); then it is searched.
   */
  static boolean moveIn(Sent s, int x, int y) {
    int[] spans = s.moves;
    if (spans == null) {
      ScanPattern.Finder f = MOVE_SCAN.matcher(s.text);
      List<Integer> l = new ArrayList<>();
      while (f.find()) {
        l.add(f.start());
        l.add(f.end());
      }
      spans = s.moves = l.stream().mapToInt(Integer::intValue).toArray();
    }
    boolean touched = false;
    for (int k = 0; k < spans.length; k += 2) {
      if (spans[k] >= x && spans[k + 1] <= y) {
        return true;
      }
      touched |= spans[k] < y && spans[k + 1] > x;
    }
    String t = s.text;
    if (!touched && (x == 0 || !Character.isLetter(t.charAt(x - 1)))
        && (y == 0 || !Character.isLetter(t.charAt(y - 1)))) {
      return false;
    }
    return x < y && MOVE_SCAN.opaqueMatcher(t, x, y).find();
  }

  /* Whether a lower-case word is a movement word: MOVE.matcher(w).matches(), remembered. */
  private static boolean moveWord(String w) {
    Boolean b = MOVE_WORDS.get(w);
    if (b == null) {
      b = MOVE.matcher(w).matches();
      if (MOVE_WORDS.size() < 50_000) {
        MOVE_WORDS.put(w, b);
      }
    }
    return b;
  }

  private static ScanPattern movePattern(Set<String> words) {
    List<String> latin = new ArrayList<>();
    List<String> arabic = new ArrayList<>();
    for (String w : words) {
      boolean prefix = w.endsWith("*");
      String q = Pattern.quote(prefix ? w.substring(0, w.length() - 1) : w);
      if (w.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)) {
        arabic.add(q);
      } else {
        latin.add(prefix ? q + "\\p{L}*" : q);
      }
    }
    return ScanPattern.compile("(?<![\\p{L}])(?:" + String.join("|", latin) + ")(?![\\p{L}])"
        + "|(?<![\\p{L}])[وف]?[بل]?(?:ال)?(?:" + String.join("|", arabic) + ")(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
