package org.sitrep.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.knowledge.Actor;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * The armed force a name stands for when the text speaks of its forces: "GNA fighters", "GNA
 * vehicles" are the government's forces (the catalogue's military body that belongs to it),
 * "ميليشيات حفتر", "عناصر حفتر" the force its commander belongs to; and the owner of a
 * possessive stands for nothing when a named actor follows it ("Haftar's Libyan National
 * Army": the army). A force noun after an English name ({@code words.tsv} owned) or before an
 * Arabic one ({@code words.tsv} force-of, past a clitic و ف ل ب) makes the name its forces; a
 * military body or armed group is its own force. Thread-safe.
 */
final class Forces {
  private static final Set<String> AFTER = Lexicon.vocabulary("owned");
  private static final Set<String> BEFORE = Lexicon.vocabulary("force-of");
  private static final Pattern ENGLISH_NEXT = Pattern.compile("(?:['’]s)?\\s+([a-z]+)\\b");
  private static final Pattern POSSESSED = Pattern.compile("['’]s\\s+(?:own\\s+)?");
  private static final Pattern CLITICS = Pattern.compile("^(?:و|ف)?(?:ل|ب)?");

  /* The kinds of actor that have forces of their own. */
  private static final Set<String> ARMED_OWNERS = Set.of("state", "government", "military",
      "group", "police", "official", "person");
  /* The sectors of armed actors: militaries, rebels, militias, police, intelligence, gangs. */
  private static final Set<String> ARMED = Set.of("MIL", "REB", "UAF", "COP", "SPY", "CRM");
  /* Words of armed forces a deed's clause may name before it (words.tsv armed-word). */
  private static final Set<String> ARMED_WORDS = Lexicon.vocabulary("armed-word");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{M}]+");
  /* Where a clause opens: a comma or stop, or a complementizer ("said that …", "قال إن …"). */
  private static final Pattern CLAUSE_EDGE = Pattern.compile(
      "[,;:.،؛]|\\bthat\\b|(?:^|\\s)(?:إن|أن|بأن)(?=\\s)");
  private final Knowledge knowledge;

  Forces(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** The mentions with each name of a force's owner replaced by that force, in order. */
  List<Mention> of(Sent s, List<Mention> ms, List<Mention> found) {
    List<Mention> out = null;
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      Mention f = m.start() < s.start || m.end() > s.end ? null : force(s, ms, m);
      if (f != null) {
        if (out == null) {
          out = new ArrayList<>(found);
        }
        out.set(i, f);
      }
    }
    if (out == null) {
      return found;
    }
    List<Mention> kept = new ArrayList<>();
    for (Mention m : out) {
      // "GNA fighters": the fighters are the force now named; one mention of each actor
      boolean inside = out.stream().anyMatch(f -> f != m && f.start() <= m.start()
          && m.end() <= f.end() && f.end() - f.start() > m.end() - m.start());
      if (!inside && kept.stream().noneMatch(k -> k.identifierId() != null
          && k.identifierId().equals(m.identifierId()))) {
        kept.add(m);
      }
    }
    return kept;
  }

  /**
   * The force of {@code owner} written as {@code from}..{@code to} ("قواتها" of the GNA): a
   * government's military body, a person's armed body, else the owner itself, with the words
   * as written; null when the owner is no party that has forces (an outlet, a monitor, an
   * IGO or NGO, a kind of people: "قال المراسل إن … وإن عناصره": the convoy's men).
   */
  Mention owned(Sent s, Mention owner, int from, int to) {
    Actor a = owner.identifierId() == null ? null
        : knowledge.actor(owner.identifierId()).orElse(null);
    if (a == null || !ARMED_OWNERS.contains(a.kind())) {
      return null;
    }
    if ((a.kind().equals("person") || a.kind().equals("official"))
        && owner(a) == null && a.memberOf() != null && !a.memberOf().isEmpty()) {
      a = knowledge.actor(a.memberOf()).orElse(a); // a minister's forces are his government's
    }
    Actor f = owner(a);
    if (f == null) {
      f = a;
    }
    String text = s.text.substring(from - s.start, to - s.start);
    return new Mention(owner.docId(), from, to, text, "actor", f.id(), f.name(), null, null,
        f.country(), null, null, f.code(), f.sector(), "force");
  }

  /* The force {@code m} stands for, or null when it stands for itself. */
  private Mention force(Sent s, List<Mention> ms, Mention m) {
    if (!s.arabic) {
      Matcher p = POSSESSED.matcher(s.text).region(m.end() - s.start, s.text.length());
      if (p.lookingAt()) {
        int at = s.start + p.end();
        for (Mention n : ms) {
          if (n.start() == at && n.kind().equals("actor")) {
            return n; // "Haftar's Libyan National Army"
          }
        }
      }
    }
    if (!ActorFinder.named(m.identifierId())) {
      return null;
    }
    Actor a = knowledge.actor(m.identifierId()).orElse(null);
    if (a == null) {
      return null;
    }
    int from = m.start();
    int to = m.end();
    if (s.arabic) {
      int e = m.start() - s.start;
      while (e > 0 && " \"«“".indexOf(s.text.charAt(e - 1)) >= 0) {
        e--; // only spaces and quotes between the noun and the name
      }
      int b = e;
      while (b > 0 && Character.isLetter(s.text.charAt(b - 1))) {
        b--;
      }
      String w = CLITICS.matcher(s.text.substring(b, e)).replaceFirst("");
      if (b == e || !BEFORE.contains(w) && !BEFORE.contains("ال" + w)
          && !BEFORE.contains("ا" + w)) { // "للقوات"
        return null;
      }
      from = s.start + b;
    } else {
      Matcher n = ENGLISH_NEXT.matcher(s.text).region(m.end() - s.start, s.text.length());
      if (!n.lookingAt() || !AFTER.contains(n.group(1).toLowerCase(Locale.ROOT))) {
        return null;
      }
      to = s.start + n.end();
    }
    Actor f = owner(a);
    if (f == null) {
      return null;
    }
    return new Mention(m.docId(), from, to, s.text.substring(from - s.start, to - s.start),
        "actor", f.id(), f.name(), null, null, f.country(), null, null, f.code(), f.sector(),
        "force");
  }

  /*
   * Whose forces: a commander's or official's armed body ("حفتر": the LNA), a government's
   * or state's military body; null for an armed body itself or an actor without one.
   */
  private Actor owner(Actor a) {
    switch (a.kind()) {
      case "person", "official" -> {
        Actor p = a.memberOf() == null || a.memberOf().isEmpty() ? null
            : knowledge.actor(a.memberOf()).orElse(null);
        return p != null && (p.kind().equals("military") || p.kind().equals("group")) ? p : null;
      }
      case "government" -> {
        for (Actor x : knowledge.actorsIn(a.country())) {
          if (a.id().equals(x.memberOf()) && x.kind().equals("military")) {
            return x;
          }
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * True when the doers of {@code h} are armed forces, as a trigger row flagged {@code armed}
   * asks ("M23 entered Goma", "Israeli tanks pushed deeper into"; not "9,000 people entered the
   * country", "the minister launched a push for talks"): every actor is a military, rebel group,
   * militia, police, security service or gang, or is named by a force's word ("its troops",
   * "قوات النظام"); else the deed's own clause names an armed force before it ("Iraqi government
   * forces took the city"), or, where no actor was found at all or the others are pronouns or a
   * bare "group", the sentence does ("the insurgent group said it had taken the outpost"); an
   * Arabic deed's subject after its verb counts as before it.
   */
  static boolean armed(Sent s, List<Mention> actors, Hit h) {
    boolean all = !actors.isEmpty();
    boolean vague = true; // every doer not known to be armed is a pronoun or a bare "group"
    for (Mention m : actors) {
      boolean a = armed(m);
      all &= a;
      vague &= a || vague(m);
    }
    if (all) {
      return true;
    }
    String before = s.text.substring(0, Math.max(0, h.start() - s.start)).toLowerCase(Locale.ROOT);
    if (!vague) {
      Matcher c = CLAUSE_EDGE.matcher(before);
      int from = 0;
      while (c.find()) {
        from = c.end();
      }
      before = before.substring(from);
    }
    if (s.arabic) {
      // the Arabic subject follows its verb ("تقدمت قوات الجيش"): its first words count too
      String after = s.text.substring(Math.min(s.text.length(), h.end() - s.start));
      String[] next = NON_LETTERS.split(after.strip(), 4);
      before = before + " " + String.join(" ", Arrays.copyOf(next, Math.min(3,
          next.length)));
    }
    for (String w : NON_LETTERS.split(before)) {
      String bare = CLITICS.matcher(w).replaceFirst("");
      if (ARMED_WORDS.contains(w) || AFTER.contains(w) || BEFORE.contains(w)
          || ARMED_WORDS.contains(bare) || BEFORE.contains(bare)) {
        return true;
      }
    }
    return false;
  }

  /* "they", "a group of 32 Brazilians": their sentence says whether they are armed. */
  private static boolean vague(Mention m) {
    String bare = m.text().toLowerCase(Locale.ROOT).strip();
    return "pronoun".equals(m.resolution()) || bare.equals("group") || bare.equals("groups");
  }

  private static boolean armed(Mention m) {
    if ("pronoun".equals(m.resolution()) && m.identifierId() != null && m.sector() != null
        && ARMED.contains(m.sector())) {
      return true; // "the Giants Brigades said they had driven …": the pronoun's armed group
    }
    if (vague(m)) {
      return false;
    }
    if (m.sector() != null && ARMED.contains(m.sector())) {
      return true;
    }
    String[] words = NON_LETTERS.split(m.text().toLowerCase(Locale.ROOT).strip());
    return words.length > 0 && (AFTER.contains(words[words.length - 1])
        || BEFORE.contains(CLITICS.matcher(words[0]).replaceFirst(""))
        || BEFORE.contains(words[0]));
  }
}
