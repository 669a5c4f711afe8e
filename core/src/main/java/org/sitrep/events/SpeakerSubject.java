package org.sitrep.events;

import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.Mention;

/**
 * A subject pronoun opening the reported clause stands for its speaker: "The GNA said on
 * Saturday it had launched an operation to take Sirte" (the GNA launched it), "the ministry said
 * they would retaliate". Only when no name stands between the attribution and the deed, the deed
 * is not passive, and the pronoun is the deed's own subject, its auxiliaries and adverbs aside.
 * English; thread-safe.
 */
final class SpeakerSubject {
  /* After the attribution: a few words of time or place, the pronoun, its auxiliaries. */
  private static final Pattern PRONOUN_SUBJECT = Pattern.compile(
      "(?i)^[^,.;:\"“”]{0,40}?\\b(?:that\\s+)?(?:it|they|he|she|we)\\s+"
          + "(?:(?:had|has|have|would|will|could|was|were|is|are|also|already|successfully"
          + "|later|then|now|just|jointly|recently)\\s+)*$");

  private SpeakerSubject() {}

  /** The speaker as the deed's actor when a pronoun after its attribution is the subject. */
  static Mention of(Sent s, List<Mention> ms, List<Said> said, Hit h,
      ClaimantFinder claimants) {
    if (s.arabic || said.isEmpty() || !ActorFinder.named(said.get(0).id())
        || h.has("pos:N") || ActorFinder.passive(s, h)) {
      return null;
    }
    Said c = said.get(0);
    int from = c.reach();
    if (from > h.start() || from < s.start) {
      return null;
    }
    for (Mention m : ms) {
      if (m.kind().equals("actor") && m.start() >= from && m.end() <= h.start()) {
        return null; // "said rebels fired": the name is the subject
      }
    }
    return PRONOUN_SUBJECT.matcher(s.text.substring(from - s.start, h.start() - s.start)).find()
        ? claimants.actorMention(c) : null;
  }
}
