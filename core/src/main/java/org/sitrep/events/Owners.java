package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Mention;

/**
 * Forces and craft stand for the force whose they are (CODING.md: "Warplanes, drones or
 * artillery stand for the force that flies or fires them when the text says whose they are"),
 * in English: "the LNA said its air force had destroyed …" (the speaker, or else the named actor
 * before the possessive), "coalition jets struck …" (the name right before); and a noun deed
 * with a name right before it is that name's: "air strikes on Houthi reinforcements heading to
 * Marib" (the Houthis move, whoever strikes); in Arabic, "طائرة حربية تابعة لها" after a named
 * speaker (the speaker's). Thread-safe.
 */
final class Owners {
  /* Kinds of force or craft that stand for their owner (words.tsv "owned"). */
  private static final Set<String> OWNED = Lexicon.vocabulary("owned");
  private static final Pattern POSSESSIVE = Pattern.compile("(?i)\\b(?:its|their)\\s+(?:own\\s+)?$");
  private static final Pattern OWN_WORD = Pattern.compile("(?i)^(?:its|their)\\s+(?:own\\s+)?");
  /*
   * What may stand between a name and the noun deed or craft it owns: a space, "'s", a craft's
   * model designation ("Israeli F-15 jets", "Russian Su-24 warplanes").
   */
  private static final Pattern ADJACENT =
      Pattern.compile("(?:['’]s)?\\s+(?:[A-Z][A-Za-z]{0,2}-?\\d+[A-Za-z0-9]*s?\\s+)?");

  /* Arabic "belonging to it/them" right after a kind of force: "طائرة حربية تابعة لها". */
  private static final Pattern BELONGS = Pattern.compile(
      "\\s+(?:ال)?(?:تابع|تابعة|تابعين|تابعون)[\\u064B-\\u0652]*\\s+(?:لها|له|لهم)(?![\\u0621-\\u064A])");

  private Owners() {}

  /** The actors with each kind of force or craft replaced by its owner where the text says it. */
  static List<Mention> of(Sent s, List<Mention> ms, List<Said> said, List<Mention> actors,
      ClaimantFinder claimants) {
    if (s.arabic) {
      return ofNamed(s, ms, speakers(s, said, actors, claimants));
    }
    if (actors.isEmpty()) {
      return actors;
    }
    List<Mention> out = null;
    for (int i = 0; i < actors.size(); i++) {
      Mention m = actors.get(i);
      if (ActorFinder.named(m.identifierId()) || !owned(m.text()) || m.start() < s.start
          || m.end() > s.end) {
        continue; // a doer carried over from an earlier sentence is resolved there
      }
      Mention owner;
      String before = s.text.substring(Math.max(0, m.start() - s.start - 14), m.start() - s.start);
      if (POSSESSIVE.matcher(before).find() || OWN_WORD.matcher(m.text()).find()) {
        owner = possessor(s, ms, said, m, claimants);
      } else {
        owner = nameRightBefore(s, ms, m.start());
      }
      if (owner != null) {
        if (out == null) {
          out = new ArrayList<>(actors);
        }
        out.set(i, owner);
      }
    }
    return out == null ? actors : out;
  }

  /*
   * Arabic: a kind of force or craft "تابعة لها" (belonging to it) after a named speaker is the
   * speaker's: "أعلنت وزارة الدفاع أن طائرة حربية تابعة لها أسقطت …" — the ministry's state.
   */
  private static List<Mention> speakers(Sent s, List<Said> said, List<Mention> actors,
      ClaimantFinder claimants) {
    if (actors.isEmpty() || said.isEmpty() || !ActorFinder.named(said.get(0).id())) {
      return actors;
    }
    List<Mention> out = null;
    for (int i = 0; i < actors.size(); i++) {
      Mention m = actors.get(i);
      if (ActorFinder.named(m.identifierId()) || m.start() < said.get(0).end()
          || m.end() > s.end || !BELONGS.matcher(s.text).region(m.end() - s.start,
              s.text.length()).lookingAt()) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(actors);
      }
      out.set(i, claimants.actorMention(said.get(0)));
    }
    return out == null ? actors : out;
  }

  /*
   * s46: Arabic: a kind of people or force right before a name, in construct or "belonging to"
   * it, is that name's: "شن مرتزقة داعش هجوما" (the Islamic State's), "وصفت وسائل الإعلام الرسمية
   * التابعة للنظام" (the government's); not an outlet's name, which may be a word of its own
   * ("الزوارق المسيرة", remote-controlled boats): blind-pages-9's 915 and 908, studied.
   */
  private static List<Mention> ofNamed(Sent s, List<Mention> ms, List<Mention> actors) {
    List<Mention> out = null;
    for (int i = 0; i < actors.size(); i++) {
      Mention m = actors.get(i);
      String id = m.identifierId();
      if (id == null || !id.startsWith("agent:") || m.start() < s.start || m.end() > s.end) {
        continue;
      }
      for (Mention n : ms) {
        if (n.kind().equals("actor") && n.start() >= m.end() && n.end() <= s.end
            && ActorFinder.named(n.identifierId()) && !"MED".equals(n.sector())
            && CONSTRUCT.matcher(s.text)
                .region(m.end() - s.start, n.start() - s.start).matches()) {
          if (out == null) {
            out = new ArrayList<>(actors);
          }
          out.set(i, n);
          break;
        }
      }
    }
    return out == null ? actors : out;
  }

  /* Between a kind and the name it is of: a space, or an adjective and "التابعة" ("belonging"). */
  private static final Pattern CONSTRUCT = Pattern.compile(
      "\\s+|\\s+(?:\\S+\\s+)?(?:ال)?(?:تابع|تابعة|تابعين|تابعون|موالية|موالي|موالين|موالون)"
          + "[\\u064B-\\u0652]*\\s+");

  /** The named actor right before noun deed {@code h} ("Houthi reinforcements"), or null. */
  static Mention ofNoun(Sent s, List<Mention> ms, Hit h) {
    return s.arabic || !h.has("pos:N") ? null : nameRightBefore(s, ms, h.start());
  }

  /* Whose "its"/"their" is: the sentence's speaker before it, else the named actor before it. */
  private static Mention possessor(Sent s, List<Mention> ms, List<Said> said, Mention m,
      ClaimantFinder claimants) {
    if (!said.isEmpty() && ActorFinder.named(said.get(0).id())
        && said.get(0).end() <= m.start()) {
      return claimants.actorMention(said.get(0));
    }
    Mention last = null;
    for (Mention n : ms) {
      if (n.kind().equals("actor") && n.start() >= s.start && n.end() <= m.start()
          && ActorFinder.named(n.identifierId())) {
        last = n;
      }
    }
    return last;
  }

  private static Mention nameRightBefore(Sent s, List<Mention> ms, int at) {
    for (Mention n : ms) {
      if (n.kind().equals("actor") && n.end() <= at && n.start() >= s.start
          && ActorFinder.named(n.identifierId()) && ADJACENT.matcher(s.text)
              .region(n.end() - s.start, at - s.start).matches()) {
        return n;
      }
    }
    return null;
  }

  private static boolean owned(String text) {
    String t = OWN_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceFirst("");
    int sp = t.lastIndexOf(' ');
    int sp2 = sp < 0 ? -1 : t.lastIndexOf(' ', sp - 1);
    return OWNED.contains(t) || OWNED.contains(t.substring(sp + 1))
        || sp2 >= -1 && sp > 0 && OWNED.contains(t.substring(sp2 + 1));
  }
}
