package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * Finds the recipient of a trigger: the first actor after it in its own term of the clause that
 * is not one of its actors or their kin nor a weapon ("using artillery"), civilians only when no
 * one else is named and, but for deeds of force ("air raids, killing dozens of civilians"),
 * only as the deed's own object ("the exit of civilians", "خروج المدنيين"; not "the withdrawal of
 * the gunmen from the two districts and the exit of civilians"). Its term ends where a coordinated deed begins ("the withdrawal of the
 * gunmen and the exit of civilians": the civilians are the exit's), where a later attribution
 * begins, and at the "by" of a passive trigger (the agent is no recipient). Thread-safe.
 */
final class RecipientFinder {
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  /* A gap that holds punctuation ending a phrase. */
  private static final java.util.regex.Pattern BROKEN =
      java.util.regex.Pattern.compile(".*[،,.:].*");
  private static final java.util.Set<String> TITLES = Lexicon.vocabulary("person-title");
  private static final java.util.Set<String> SITE_AGENTS = Lexicon.vocabulary("site-agent");
  private final Knowledge knowledge;
  private final ActorFinder doers;
  private final Forces forces;
  private final Nationality nationality;

  RecipientFinder(Knowledge knowledge, ActorFinder doers) {
    this.knowledge = knowledge;
    this.doers = doers;
    this.forces = new Forces(knowledge);
    this.nationality = new Nationality(knowledge);
  }

  /** The actors or recipients with each name of a force's owner read as that force. */
  List<Mention> forces(Sent s, List<Mention> ms, List<Mention> found) {
    return forces.of(s, ms, found);
  }

  /* "فصائل في الحشد الشعبي", "units of the PMF", "عناصر من داعش": a part, then its whole. */
  private static final java.util.regex.Pattern PART_OF = java.util.regex.Pattern.compile(
      "\\s+(?:(?:units?|members|elements|fighters|factions|brigades|battalions)\\s+)?"
          + "(?:في|من|ضمن|(?:with)?in(?:\\s+the)?|of(?:\\s+the)?|from(?:\\s+the)?)\\s+");

  /**
   * The mentions with each unnamed part of an armed body written before its named whole read
   * as that whole: "فصائل في الحشد الشعبي" (factions in the PMF), "militia units in the
   * Popular Mobilisation Forces" (a description the page read as another group's too); the
   * people of a place ("أهالي من الصقلاوية") and names stay.
   */
  static List<Mention> wholes(Sent s, List<Mention> ms, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (ActorFinder.named(m.identifierId()) && !"description".equals(m.resolution())
          || civil(m) || m.start() < s.start
          || m.end() > s.end) {
        continue;
      }
      for (Mention n : ms) {
        if (n.start() > m.end() && n.kind().equals("actor") && ActorFinder.named(n.identifierId())
            && PART_OF.matcher(s.text.substring(m.end() - s.start, n.start() - s.start))
                .matches()) {
          if (out == null) {
            out = new ArrayList<>(found);
          }
          out.set(i, n);
          break;
        }
      }
    }
    return out == null ? found : ActorFinder.distinct(out);
  }

  /** The force of {@code owner} written as {@code from}..{@code to} ("قواتها"). */
  Mention owned(Sent s, Mention owner, int from, int to) {
    return forces.owned(s, owner, from, to);
  }

  /* "of" and an article after a weapon's word: its owner follows ("Warplanes of the coalition"). */
  private static final java.util.regex.Pattern OF_OWNER = java.util.regex.Pattern.compile(
      "^\\s+of\\s+(?:the\\s+)?");

  /**
   * s52: the owner of a weapon or an aircraft named as a deed's doer, when the words name it
   * ("Warplanes of the U.S.-led coalition carried out strikes", "طائرات التحالف", "Iranian
   * missiles have killed"): the actor written right after it (after "of" in English), or the
   * state written right before it; null when {@code m} is no weapon or no owner is written.
   */
  Mention weaponOwner(Sent s, List<Mention> ms, Mention m) {
    if (!knowledge.weapon(m.identifierId()) || m.start() < s.start || m.end() > s.end) {
      return null;
    }
    String after = s.text.substring(m.end() - s.start);
    java.util.regex.Matcher of = OF_OWNER.matcher(after);
    int from = m.end() + (s.arabic ? 0 : of.lookingAt() ? of.end() : -1);
    for (Mention o : ms) {
      if (o == m || !o.kind().equals("actor") || knowledge.weapon(o.identifierId())
          || o.identifierId() == null) {
        continue;
      }
      if (from >= m.end() && o.start() >= from && o.start() <= from + 1) {
        return o; // "Warplanes of the coalition", "طائرات التحالف"
      }
      if (!s.arabic && o.end() <= m.start() && m.start() - o.end() <= 1
          && knowledge.actor(o.identifierId()).map(a -> a.kind().equals("state")).orElse(false)) {
        return o; // "Iranian missiles"
      }
    }
    return null;
  }

  /** The recipients of {@code h} whose actors are {@code actors}; empty when none is named. */
  List<Mention> recipients(Sent s, List<Mention> ms, List<Said> said, Hit h,
      List<Mention> actors) {
    return recipients(s, ms, said, h, actors, List.of(h));
  }

  /**
   * The recipients of {@code h} whose actors are {@code actors}, among the sentence's triggers
   * {@code hits}; empty when none is named.
   */
  List<Mention> recipients(Sent s, List<Mention> ms, List<Said> said, Hit h,
      List<Mention> actors, List<Hit> hits) {
    return recipients(s, ms, said, h, actors, hits, List.of());
  }

  /**
   * As above, with {@code before} the actors named in the sentence before (in its paragraph or
   * the one before), for a pronoun object ("bombed them", "its positions", "مواقعه").
   */
  List<Mention> recipients(Sent s, List<Mention> ms, List<Said> said, Hit h,
      List<Mention> actors, List<Hit> hits, List<Mention> before) {
    int limit = Terms.end(s, said, h, hits);
    List<String> actorIds = new ArrayList<>();
    for (Mention a : actors) {
      if (a.identifierId() != null) {
        actorIds.addAll(knowledge.lineage(a.identifierId())); // Alloush's "they" is his group
      }
    }
    int from = h.end();
    for (Mention a : actors) {
      if (subjectAfter(s, h, a, limit)) {
        from = Math.max(from, a.end()); // "دعا رئيس المجلس اللواء X أبناء الجنوب": after X
      }
    }
    if (PronounObjects.pronounObject(s, h, from, limit)) {
      Mention named = PronounObjects.antecedent(h, ms, before,
          m -> !actorIds.contains(m.identifierId()) && !member(m, actors, actorIds)
              && !knowledge.weapon(m.identifierId()));
      if (named != null) {
        return forces.of(s, ms, List.of(named)); // "Iraqi jets bombed them": the fighters
      }
    }
    List<Mention> out = new ArrayList<>();
    Mention population = null;
    boolean force = h.category().family().equals("force");
    int word = s.text.indexOf(' ', h.start() - s.start); // the trigger's first word's end
    for (Mention m : s.arabic || word < 0 ? List.<Mention>of() : ms) {
      // "called on the UAE to stop": the object the trigger's own phrase names comes first
      if (m.kind().equals("actor") && m.start() > s.start + word && m.start() > h.start()
          && ActorFinder.named(m.identifierId())
          && m.end() <= h.end() && !actorIds.contains(m.identifierId())
          && !knowledge.weapon(m.identifierId()) && !Terms.byAgent(s, h, m)
          && !"CVL".equals(m.code())
          && s.text.substring(word, m.start() - s.start).indexOf(", ") < 0) {
          // a name after a comma inside the phrase is in an aside the phrase crossed ("warned
          // the tribes, in a statement read on state television, that"), not its object
        out.add(m);
        return forces.of(s, ms, out);
      }
    }
    for (Mention m : ms) {
      if (m.kind().equals("actor") && m.start() >= from && m.end() <= limit
          && !Said.inAttribution(said, m.start(), m.end()) && !actorIds.contains(m.identifierId())
          && !member(m, actors, actorIds)
          && !knowledge.weapon(m.identifierId()) && doers.canAct(m, h)
          && !seizedSite(h, m) && !placeOnly(s, m)
          && !Companions.companion(s, m)) { // "backed by Russian jets": a helper
        Mention name = Companions.named(s, m, ms); // "the militia group Hezbollah"
        if (name != null && actorIds.contains(name.identifierId())) {
          continue; // "فصائل الجيش السوري الحر" is the doer itself
        }
        Mention r = name != null && name.end() <= limit ? name : m;
        if ("CVL".equals(r.code()) && population == null && !h.has("pos:N")
            && !h.category().family().equals("move") && !s.headWord(r.start()).equals("with")
            && Terms.counted(s, h.end(), r.start())) {
          out.add(r); // "detained dozens of protesters outside the parliament": its own object
          break;
        }
        if ("CVL".equals(r.code())) {
          if (population == null
              && (force || Terms.near(s, Math.max(h.end(), from), r.start()))) {
            // "ودعا حاكم الإقليم مني أركو مناوي أهالي الفاشر إلى": the population after the
            // subject is the appeal's own object
            population = r; // civilians only if no one else; force kills them further on
          }
          continue;
        }
        out.add(r);
        break;
      }
    }
    if (out.isEmpty() && population != null) {
      out.add(population);
    }
    if (out.isEmpty()) {
      out.addAll(Terms.between(s, ms, h)); // "the truce between the army and the rebels began"
    }
    // "advanced on Jaish al-Islam positions": an object inside the trigger's own phrase
    for (Mention m : ms) {
      if (out.isEmpty() && m.kind().equals("actor") && m.start() >= h.start()
          && m.end() <= h.end() && !actorIds.contains(m.identifierId())
          && !knowledge.weapon(m.identifierId()) && !Terms.byAgent(s, h, m)) {
        out.add(m);
      }
    }
    if (force && !h.has("forcible") && (out.isEmpty() || civil(out.get(0)))) {
      Mention served = Sites.civilians(s, h, limit); // "struck a hospital": its civilians
      if (served != null) {
        return List.of(served);
      }
    }
    if (force && out.isEmpty()) {
      Mention owner = Sites.owner(s, h, limit, nationality); // "an attack on a Saudi airbase"
      if (owner != null) {
        out.add(owner);
      }
    }
    return forces.of(s, ms, out); // "a convoy of Haftar's militias": the LNA
  }

  /*
   * s49: a state written as a place's owner or as where something is ("Yemen's capital Sanaa",
   * "off Yemen", "fired from Lebanon"): a place, no recipient.
   */
  private static final java.util.regex.Pattern PLACE_AFTER = java.util.regex.Pattern.compile(
      "^['’]s\\s+(?:capital|city|cities|province|provinces|port|ports|coast|coastline|border|"
      + "borders|airport|north|south|east|west|northern|southern|eastern|western|interior)\\b");
  private static final java.util.Set<String> PLACE_BEFORE = java.util.Set.of("off", "from",
      "across", "inside", "near", "over", "within");

  private boolean placeOnly(Sent s, Mention m) {
    if (s.arabic || m.identifierId() == null || !knowledge.actor(m.identifierId())
        .map(a -> a.kind().equals("state")).orElse(false)) {
      return false;
    }
    return PLACE_BEFORE.contains(s.lastWord(m.start()))
        || PLACE_AFTER.matcher(s.text).region(m.end() - s.start, s.text.length()).lookingAt();
  }

  /* Civilians, or a kind of actor that is also a site ("the hospital"): what a site serves. */
  private static boolean civil(Mention m) {
    String id = m.identifierId();
    return "CVL".equals(m.code()) || id != null && id.startsWith("agent:")
        && SITE_AGENTS.contains(id.substring(6));
  }

  /* A kind of actor that is also a site ("captured the national hospital"): seized, a place. */
  private static boolean seizedSite(Hit h, Mention m) {
    String id = m.identifierId();
    return h.has("forcible") && id != null && id.startsWith("agent:")
        && SITE_AGENTS.contains(id.substring(6));
  }

  /*
   * True when {@code m} is written inside an actor ("Khalifa Haftar's forces") or is a person
   * who belongs to one ("Haftar" when the LNA acts, its spokesman): the doer, no recipient.
   */
  private boolean member(Mention m, List<Mention> actors, List<String> actorIds) {
    for (Mention a : actors) {
      if (a.start() < m.end() && m.start() < a.end()) {
        return true;
      }
    }
    return m.identifierId() != null && !actorIds.isEmpty() && knowledge.actor(m.identifierId())
        .map(x -> x.kind().equals("person") || x.kind().equals("official")).orElse(false)
        && knowledge.lineage(m.identifierId()).stream().anyMatch(actorIds::contains);
  }

  /*
   * True when actor {@code a} is the subject right after the trigger (VSO), written at once or
   * after a title ("دعا رئيس المجلس اللواء X"): no comma between, at most 60 characters.
   */
  private static boolean subjectAfter(Sent s, Hit h, Mention a, int limit) {
    if (a.start() < h.end() || a.end() > limit || a.start() - h.end() > 60) {
      return false;
    }
    String gap = s.text.substring(h.end() - s.start, a.start() - s.start).strip();
    return gap.isEmpty() || !BROKEN.matcher(gap).matches()
        && TITLES.contains(SPACES.split(gap)[0]);
  }
}
