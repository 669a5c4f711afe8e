package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.knowledge.Actor;
import org.sitrep.model.Mention;

/**
 * A place seized in an agentless passive that a party's own voice reports is that party's gain:
 * "the town centre has been taken under control, the Turkish Defence Ministry said" (Turkey's),
 * as a side announces what it took and a victim what it lost. Only places and sites: persons
 * seized ("two engineers were kidnapped, their ministry said") are no gain of the reporter.
 * Categories whose row says so ({@code categories.tsv}, "claimed"); English only (Arabic names
 * the owner: "أعلن … سيطرته"). Thread-safe.
 */
final class ClaimedGain {
  private static final Set<String> SITES = Lexicon.vocabulary("site");
  private static final Set<String> PLACE_NOUNS = Lexicon.vocabulary("place-noun");
  private static final Set<String> VOICES = Lexicon.vocabulary("party-voice");
  private static final Set<String> VICTIMS = Lexicon.vocabulary("victim");
  /* Catalogue kinds that take and hold ground: states, their bodies, and armed groups. */
  private static final Set<String> PARTIES =
      Set.of("state", "military", "police", "government", "official", "group");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private ClaimedGain() {}

  /** The reporting party as the doer of {@code h}, or null when the rule does not apply. */
  static Mention doer(Sent s, List<Mention> ms, List<Said> said, Hit h,
      ClaimantFinder claimants, Nationality nationality) {
    if (s.arabic || !h.category().claimed() || said.isEmpty() || !ActorFinder.passive(s, h)) {
      return null;
    }
    int from = Said.clauseStart(s, said, h.start());
    boolean place = false;
    for (Mention m : ms) {
      if (m.start() >= from && m.end() <= h.start()
          && !Said.inAttribution(said, m.start(), m.end())) {
        if (m.kind().equals("actor")) {
          return null; // "Turkish soldiers were captured": the seized are a party
        }
        place |= m.kind().equals("place");
      }
    }
    Matcher w = WORD.matcher(s.text).region(from - s.start, h.start() - s.start);
    while (w.find()) {
      String word = w.group().toLowerCase(Locale.ROOT);
      if (VICTIMS.contains(word) || VICTIMS.contains(word + "s")) {
        return null; // "two journalists were detained"
      }
      place |= SITES.contains(word) || PLACE_NOUNS.contains(word) && !word.equals("the")
          && !word.equals("of");
    }
    if (!place) {
      return null;
    }
    Said voice = said.get(0);
    if (voice.id() != null) {
      Actor a = claimants.actor(voice);
      return a != null && PARTIES.contains(a.kind()) ? claimants.partyMention(voice) : null;
    }
    // "a senior Turkish security official said": the state its official speaks for
    if (!voice.kind().equals("unnamed") || !speaksForParty(voice.name())) {
      return null;
    }
    return nationality.within(s, h, voice.start(), voice.end());
  }

  private static boolean speaksForParty(String name) {
    Matcher w = WORD.matcher(name);
    while (w.find()) {
      if (VOICES.contains(w.group().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
