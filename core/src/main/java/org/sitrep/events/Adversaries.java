package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;

/**
 * The side a page sets against each doer of force. Where the page names both sides of a deed of
 * force ("the army shelled rebel positions"), the other deeds of force by the same doer that
 * name no target ("shelling resumed on Sunday", "the army took the airport") are against the
 * side the page most often names against it; so are its retreats and concessions ("handed over
 * their heavy weapons"). A side the page says gave ground up ("the YPG withdrew from the town")
 * held it: the deeds of force of the other sides with no named target are against it, before any
 * holder's word (words.tsv "yields"). A side the page says holds ground ("rebel-held", "under the control
 * of the SDF", "الخاضعة لسيطرة الفصائل") is weaker evidence: it is against every other side
 * that uses force on the page. Weakest of all: two sides that both use force on the page, with
 * nothing else to tell, are against each other. Only sides the page itself names; one page.
 */
final class Adversaries {
  private static final Set<String> HOLDER_AFTER = Lexicon.vocabulary("holder-after");
  private static final Set<String> HOLDER_BEFORE = Lexicon.vocabulary("holder-before");
  private static final Set<String> YIELDS = Lexicon.vocabulary("yields");

  private Adversaries() {}

  /**
   * The actors a page says hold ground: "rebel-held", "YPG-controlled", "held by the SDF",
   * "تحت سيطرة المعارضة".
   */
  static List<Mention> holders(String text, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.kind().equals("actor") && m.identifierId() != null
          && (holdsAfter(text, m.end()) || holdsBefore(text, m.start()))) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean holdsAfter(String text, int end) {
    int i = end;
    if (i < text.length() && text.charAt(i) == '-') {
      i++;
    } else {
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
    }
    int j = i;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return j > i && HOLDER_AFTER.contains(text.substring(i, j).toLowerCase(Locale.ROOT));
  }

  /* The one or two words before a mention (past "the"), as a cue: "control of", "لسيطرة". */
  private static boolean holdsBefore(String text, int start) {
    int floor = Math.max(0, start - 40);
    int[] w1 = wordBefore(text, start, floor);
    if (w1 == null) {
      return false;
    }
    String a = text.substring(w1[0], w1[1]).toLowerCase(Locale.ROOT);
    if (a.equals("the")) {
      w1 = wordBefore(text, w1[0], floor);
      if (w1 == null) {
        return false;
      }
      a = text.substring(w1[0], w1[1]).toLowerCase(Locale.ROOT);
    }
    if (HOLDER_BEFORE.contains(a)) {
      return true;
    }
    int[] w2 = wordBefore(text, w1[0], floor);
    return w2 != null && HOLDER_BEFORE.contains(
        text.substring(w2[0], w2[1]).toLowerCase(Locale.ROOT) + " " + a);
  }

  /* The span of the word that ends before {@code at} (past non-letters), not before floor. */
  private static int[] wordBefore(String text, int at, int floor) {
    int e = at;
    while (e > floor && !Character.isLetter(text.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > floor && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return b < e ? new int[] {b, e} : null;
  }

  /** The events with the target a page implies filled in where none was named. */
  static List<Event> fill(List<Event> events, List<Mention> holders,
      BiPredicate<String, String> kin) {
    return fill(events, holders, kin, (a, b) -> false);
  }

  /**
   * The events with the target a page implies filled in where none was named; {@code
   * compatriots} tells two actors of one country, whose forces fight the armed group of their
   * own country that the page's deeds of force target.
   */
  static List<Event> fill(List<Event> events, List<Mention> holders,
      BiPredicate<String, String> kin, BiPredicate<String, String> compatriots) {
    return fill(events, holders, kin, compatriots, id -> null);
  }

  /**
   * As above; {@code government} tells the political body a state's force answers to (the
   * Syrian army: the Syrian government), or null: a withdrawal, concession or deal the page sets
   * against that force is made with its government too ("the gunmen's exit" under a deal with
   * the regime, whose army holds the front).
   */
  static List<Event> fill(List<Event> events, List<Mention> holders,
      BiPredicate<String, String> kin, BiPredicate<String, String> compatriots,
      Function<String, Event.Entity> government) {
    Map<String, Map<String, Integer>> against = new HashMap<>();
    Map<String, Event.Entity> entity = new HashMap<>();
    Map<String, Integer> targeted = new LinkedHashMap<>();
    for (Event e : events) {
      if (!force(e) || e.recipient().isEmpty() || e.actor().isEmpty()) {
        continue;
      }
      for (Event.Entity a : e.actor()) {
        for (Event.Entity r : e.recipient()) {
          if (side(a) && side(r) && !a.identifierId().equals(r.identifierId())) {
            pair(against, entity, a, r, NAMED);
            targeted.merge(r.identifierId(), 1, Integer::sum);
          }
        }
      }
    }
    for (Mention h : holders) {
      Event.Entity held = new Event.Entity(h.text(), h.identifierId(), h.identifierText(),
          h.code(), h.sector());
      if (!side(held)) {
        continue;
      }
      for (Event.Entity a : othersUsingForce(events, held, kin)) {
        pair(against, entity, a, held, HELD);
      }
    }
    // a side that withdraws or hands over ground held it: against every other doer of force
    for (Event e : events) {
      if (!yields(e)) {
        continue;
      }
      for (Event.Entity y : e.actor()) {
        if (!side(y)) {
          continue;
        }
        for (Event.Entity a : othersUsingForce(events, y, kin)) {
          // one way: the doer's target, not the retreat's (a withdrawal names none)
          against.computeIfAbsent(a.identifierId(), k -> new LinkedHashMap<>())
              .merge(y.identifierId(), YIELDED, Integer::sum);
          entity.putIfAbsent(a.identifierId(), a);
          entity.putIfAbsent(y.identifierId(), y);
        }
      }
    }
    // the doers of force a page names are against each other where no deed pairs them
    List<Event.Entity> doers = new ArrayList<>();
    for (Event e : events) {
      if (!force(e)) {
        continue;
      }
      for (Event.Entity a : e.actor()) {
        if (side(a) && doers.stream().noneMatch(d -> d.identifierId().equals(a.identifierId()))) {
          doers.add(a);
        }
      }
    }
    for (int i = 0; i < doers.size(); i++) {
      for (int j = i + 1; j < doers.size(); j++) {
        Event.Entity a = doers.get(i);
        Event.Entity b = doers.get(j);
        if (!kin.test(a.identifierId(), b.identifierId())) {
          pair(against, entity, a, b, FOUGHT);
        }
      }
    }
    commonFoe(against, entity, targeted, doers, kin, compatriots);
    if (against.isEmpty()) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      String foe = Category.require(e.event().get(0)).foe() && e.recipient().isEmpty()
          ? foeOf(e, against, kin) : null;
      if (foe == null && e.actor().isEmpty() && e.recipient().isEmpty() && force(e)) {
        foe = main(targeted); // "airstrikes destroyed the airport": at whom the page's force aims
      }
      if (foe == null) {
        out.add(e);
        continue;
      }
      Event.Entity f = entity.get(foe);
      Event.Entity g = force(e) ? null : government.apply(foe);
      // not written in this sentence
      out.add(e.withImpliedRecipients(g == null ? List.of(f) : List.of(f, g)));
    }
    return out;
  }

  /* Weights: a deed that names both sides outweighs any number of holders' names. */
  private static final int NAMED = 1000;
  private static final int COMMON = 10;
  private static final int YIELDED = 5;
  private static final int HELD = 1;
  private static final int FOUGHT = 1;

  /*
   * The page's common enemy: the side its deeds of force name as their target most often ("the
   * coalition seized the airport from the Houthis") is the target of every other doer of force
   * of its own country with no named target of its own and no kin of that side ("government
   * forces captured the gate"), before any mere pairing of doers. Only compatriots: a foreign
   * doer may be the target's ally (rebels shelled by Russia; the regime is no foe of Russia).
   */
  private static void commonFoe(Map<String, Map<String, Integer>> against,
      Map<String, Event.Entity> entity, Map<String, Integer> targeted,
      List<Event.Entity> doers, BiPredicate<String, String> kin,
      BiPredicate<String, String> compatriots) {
    String foe = main(targeted);
    if (foe == null) {
      return;
    }
    for (Event.Entity d : doers) {
      String id = d.identifierId();
      Map<String, Integer> own = against.get(id);
      boolean named = own != null && own.values().stream().anyMatch(w -> w >= NAMED);
      if (!named && !id.equals(foe) && !kin.test(id, foe) && compatriots.test(id, foe)) {
        pair(against, entity, d, entity.get(foe), COMMON);
      }
    }
  }

  private static void pair(Map<String, Map<String, Integer>> against,
      Map<String, Event.Entity> entity, Event.Entity a, Event.Entity r, int weight) {
    against.computeIfAbsent(a.identifierId(), k -> new LinkedHashMap<>())
        .merge(r.identifierId(), weight, Integer::sum);
    against.computeIfAbsent(r.identifierId(), k -> new LinkedHashMap<>())
        .merge(a.identifierId(), weight, Integer::sum);
    entity.putIfAbsent(a.identifierId(), a);
    entity.putIfAbsent(r.identifierId(), r);
  }

  /* The one side named against every actor of an event, or null. */
  private static String foeOf(Event e, Map<String, Map<String, Integer>> against,
      BiPredicate<String, String> kin) {
    String foe = null;
    for (Event.Entity a : e.actor()) {
      String f = side(a) ? main(foes(a.identifierId(), against, kin)) : null;
      if (f == null || foe != null && !foe.equals(f)) {
        return null;
      }
      foe = f;
    }
    return foe;
  }

  /* The sides against a doer, or else against its kin ("the government": its forces' foes). */
  private static Map<String, Integer> foes(String id, Map<String, Map<String, Integer>> against,
      BiPredicate<String, String> kin) {
    Map<String, Integer> own = against.get(id);
    if (own != null) {
      return own;
    }
    Map<String, Integer> merged = null;
    for (Map.Entry<String, Map<String, Integer>> x : against.entrySet()) {
      if (kin.test(id, x.getKey())) {
        merged = merged == null ? new LinkedHashMap<>() : merged;
        for (Map.Entry<String, Integer> f : x.getValue().entrySet()) {
          if (!kin.test(id, f.getKey())) {
            merged.merge(f.getKey(), f.getValue(), Integer::sum);
          }
        }
      }
    }
    return merged;
  }

  /* The side named most often against a doer, if one leads. */
  private static String main(Map<String, Integer> foes) {
    if (foes == null) {
      return null;
    }
    String best = null;
    int top = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> f : foes.entrySet()) {
      if (f.getValue() > top) {
        best = f.getKey();
        top = f.getValue();
        tie = false;
      } else if (f.getValue() == top) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /*
   * A side giving up ground it held: a withdrawal or a handover of arms the page reports ("the
   * Peshmerga pulled back", "انسحب المسلحون"), not a release of captives nor a truce.
   */
  private static boolean yields(Event e) {
    if (e.actor().isEmpty()) {
      return false;
    }
    for (String m : e.mode()) {
      if (YIELDS.contains(e.event().get(0) + "/" + m)) {
        return true;
      }
    }
    return false;
  }

  /*
   * The sides that use force on the page other than {@code x} and its kin, once per deed they do
   * it in (in the page's order).
   */
  private static List<Event.Entity> othersUsingForce(List<Event> events, Event.Entity x,
      BiPredicate<String, String> kin) {
    List<Event.Entity> out = new ArrayList<>();
    for (Event e : events) {
      if (!force(e)) {
        continue;
      }
      for (Event.Entity a : e.actor()) {
        if (side(a) && !a.identifierId().equals(x.identifierId())
            && !kin.test(a.identifierId(), x.identifierId())) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /* A deed of force, not a word of it (a threat speaks). */
  private static boolean force(Event e) {
    Category c = Category.require(e.event().get(0));
    return c.family().equals("force") && !c.speech();
  }

  /* A side is a named actor or kind of armed actor, not civilians, captives … or a pronoun. */
  private static boolean side(Event.Entity x) {
    String id = x.identifierId();
    return id != null && !id.startsWith("pronoun") && !ActorFinder.victim(id);
  }
}
