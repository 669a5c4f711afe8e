package org.sitrep.events;

import java.util.ArrayList;
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
}
