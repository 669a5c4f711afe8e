package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.knowledge.Actor;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.model.Timex;
import org.sitrep.text.Interruption;
import org.sitrep.text.ScanPattern;
import org.sitrep.text.Sentences;
import org.sitrep.time.DateResolver;

/**
 * Codes PLOVER events from a document's body sentences. For each sentence it finds who says so
 * (attribution, carried over to sentences that continue a report), the event triggers, and for
 * each trigger the actor (the subject before it, or "by X" in a passive), the recipient, the
 * place, the destination of movements, the date (the sentence's own, else the date of the
 * report or of the narrative so far), sizes and the modality. Thread-safe.
 */
public final class EventCoder {
  private static final ScanPattern REPORT_INTRO = ScanPattern.compile(
      "(?:released|published|issued)\\s+(?:a |an )?(?:\\w+ ){0,2}(?:report|statement)",
      Pattern.CASE_INSENSITIVE);

  /* A sentence that introduces a report: "SANA released a report …", "… said:". */
  private static boolean reportIntro(Sent s) {
    return s.text.stripTrailing().endsWith(":") || REPORT_INTRO.foundIn(s.text);
  }

  /*
   * Maintainer notes. The work is split by question, each a package-private class:
   * AttributionFinder and ClaimantFinder (who says so), TriggerFinder (what happened),
   * ActorFinder, RecipientFinder and PlaceFinder (who, to whom, where), DateChooser (when),
   * ModalityClassifier (how sure), EventAssembler (the record), SentenceCoder (one sentence).
   * This class reads a document sentence by sentence, carries the claimant chain and the
   * narrative over, and drops events the page tells twice. What the coder knows of a category
   * is in categories.tsv; closed word lists are in words.tsv.
   */
  private final DateChooser dates = new DateChooser();
  private final AttributionFinder attribution;
  private final SentenceCoder sentences;
  private final Knowledge knowledge;

  public EventCoder(Knowledge knowledge) {
    this.knowledge = knowledge;
    ClaimantFinder claimants = new ClaimantFinder(knowledge);
    ActorFinder actors = new ActorFinder(knowledge);
    this.attribution = new AttributionFinder(claimants);
    this.sentences = new SentenceCoder(claimants, actors, new RecipientFinder(knowledge, actors),
        new Nationality(knowledge), new DestinationFinder(knowledge));
  }

  /** Codes the events of one document against its time anchor. */
  public List<Event> code(Document doc, List<Mention> mentions, DateResolver.Anchor anchor) {
    List<Sent> sents = new ArrayList<>();
    int pi = 0;
    for (Span p : doc.body().paragraphs()) {
      for (int[] s : Sentences.split(doc.text(), p.start(), p.end())) {
        sents.add(new Sent(s[0], s[1], pi, doc.text().substring(s[0], s[1])));
      }
      pi++;
    }
    List<Timex> times = dates.times(doc, anchor);
    mentions = PlaceFinder.withoutRivers(PlaceFinder.withoutFragments(doc.text(),
        PlaceFinder.withoutDatelines(doc.text(), mentions)));
    for (Sent s : sents) {
      if (s.arabic) {
        s.names = within(mentions, s.start, s.end).stream()
            .filter(m -> m.kind().equals("actor"))
            .map(m -> new int[] {m.start() - s.start, m.end() - s.start}).toArray(int[][]::new);
      }
    }
    Mention mainPlace = PlaceFinder.mainPlace(doc.text(), mentions);
    List<Event> out = new ArrayList<>();
    List<Event.Claimant> carried = List.of();
    Said reportIntro = null;
    int carriedParagraph = -1;
    List<Event.Claimant> lastVoice = List.of();
    int lastVoiceParagraph = -1;
    Narrative story = new Narrative();
    story.pageDestinations = DestinationFinder.ofPage(sents, mentions);
    story.mainTown = CityAnaphor.mainTown(mentions);
    int seq = 0;
    DateChooser.ahead(sents, times, story);
    java.time.LocalDate pageDay = DateChooser.pageDay(times, anchor);
    // who says so, sentence by sentence; a report's date (the day its source spoke) is known
    // only once the whole report is read, so attribution is found first
    List<List<Said>> saidBy = new ArrayList<>();
    List<Said> introBy = new ArrayList<>();
    List<Boolean> opensReport = new ArrayList<>(); // "SANA released a report …", "… said:"
    Map<Said, String> reportDates = new HashMap<>();
    Said intro = null;
    SourceAnaphor sources = new SourceAnaphor(); // "the source added": the one named before
    for (Sent s : sents) {
      List<Said> said = sources.resolve(
          attribution.find(s, within(mentions, s.start, s.end), timesIn(times, s)));
      boolean opens = !said.isEmpty() && reportIntro(s);
      opensReport.add(opens);
      if (opens) {
        intro = said.get(0);
      } else if (!said.isEmpty() && intro != null && !said.get(0).kind().equals("unnamed")
          && !said.get(0).name().equals(intro.name())) {
        intro = null;
      }
      saidBy.add(said);
      introBy.add(intro);
      if (intro != null && Said.reportDate(said) != null) {
        reportDates.putIfAbsent(intro, Said.reportDate(said));
      }
    }
    for (int si = 0; si < sents.size(); si++) {
      Sent s = sents.get(si);
      List<Mention> ms = within(mentions, s.start, s.end);
      List<Timex> ts = timesIn(times, s);
      List<Said> said = saidBy.get(si);
      String reportDay = Said.reportDate(said) != null ? Said.reportDate(said)
          : introBy.get(si) != null ? reportDates.get(introBy.get(si)) : null;
      List<Event.Claimant> chain;
      story.voiceBefore = continues(s, carriedParagraph, reportIntro) ? carried : List.of();
      if (!said.isEmpty()) {
        Said c = said.get(0);
        List<Event.Claimant> own = new ArrayList<>();
        boolean inner = c.kind().equals("unnamed") && reportIntro != null;
        if (inner && !reportIntro.name().equalsIgnoreCase(c.name())) {
          own.add(reportIntro.claimant());
        }
        if (!inner && reportIntro != null && !reportIntro.name().equals(c.name())
            && s.paragraph != carriedParagraph) {
          reportIntro = null; // a new source takes over
        }
        own.add(c.claimant());
        if (c.person() != null) {
          own.add(c.person().claimant()); // "Marvan Qamishlo, an SDF official, said": SDF, then he
        }
        chain = own;
        lastVoice = own;
        lastVoiceParagraph = s.paragraph;
      } else if (!lastVoice.isEmpty() && s.paragraph - lastVoiceParagraph <= 3
          && AttributionFinder.pronounSpeaker(s)) {
        chain = lastVoice; // "He said …", "وأضاف أن …": the last one named speaks on
      } else if (continues(s, carriedParagraph, reportIntro)) {
        chain = carried;
      } else {
        chain = List.of();
      }
      if (opensReport.get(si)) {
        reportIntro = said.get(0);
      }
      carried = chain;
      carriedParagraph = s.paragraph;
      // what happened
      Interruption.check(); // a page over its time limit stops here
      List<Event> coded = sentences.code(doc, s, ms, ts, said, chain, mainPlace, story, seq,
          reportDay);
      seq += coded.size();
      List<Mention> named = ms.stream().filter(m -> m.kind().equals("actor")).toList();
      if (!named.isEmpty()) {
        story.named = named; // what "them" or "its positions" may stand for in the next sentence
        story.namedParagraph = s.paragraph;
      }
      for (Event e : coded) {
        // a deed the page tells again is another report of it: the story's merged event
        // gathers them
        out.add(e);
        if (e.destination() != null) {
          story.lastDestination = findMention(ms, e.destination().text());
        }
      }
      for (Timex t : ts) {
        if (t.value() != null && t.precision().equals("day") && !t.kind().equals("span")
            && DateChooser.since(s, t) <= s.start) { // "… since the offensive began on Jan 20"
          if (DateChooser.recall(s, t, pageDay)) {
            // "The offensive began October 17.": that day dates this sentence's deeds only; the
            // sentences after it are back at the lead's day, or keep the page's day they had
            if (story.leadDate != null) {
              story.date = story.leadDate;
              story.dateText = story.leadText;
              story.dateParagraph = s.paragraph;
            }
            continue;
          }
          story.date = t.value();
          story.dateText = t.text();
          story.dateParagraph = s.paragraph;
          if (story.leadDate == null && !DateChooser.datelineDay(doc, s, t)) {
            story.leadDate = t.value();
            story.leadText = t.text();
          }
        }
      }
    }
    out = Companions.resolve(out, doc.text(), mentions); // "مليشيات “وحدات حماية الشعب”"
    BiPredicate<String, String> related =
        (a, b) -> knowledge.lineage(a).contains(b) || knowledge.lineage(b).contains(a);
    out = Adversaries.fill(Counterparts.fill(out), Adversaries.holders(doc.text(), mentions),
        related, this::compatriots, this::government);
    return Denials.fill(out, related, id -> knowledge.actor(id)
        .map(a -> new Event.Entity(null, a.id(), a.name(), a.code(), a.sector())).orElse(null));
  }

  /* The government or state a catalogue force belongs to (the Syrian army's), or null. */
  private Event.Entity government(String id) {
    Actor a = knowledge.actor(id).orElse(null);
    if (a == null || !a.kind().equals("military") || a.memberOf() == null
        || a.memberOf().isEmpty()) {
      return null;
    }
    return knowledge.actor(a.memberOf())
        .filter(g -> g.kind().equals("government") || g.kind().equals("state"))
        .map(g -> new Event.Entity(null, g.id(), g.name(), g.code(), g.sector())).orElse(null);
  }

  /*
   * Two catalogue actors of one country, or any doer and a catalogue group of no country (the
   * Islamic State fights the forces of every country it is in: no foreign doer is its ally).
   */
  private boolean compatriots(String a, String b) {
    Actor other = knowledge.actor(b).orElse(null);
    if (other != null && other.country().isEmpty() && other.kind().equals("group")) {
      return true;
    }
    String ca = knowledge.actor(a).map(Actor::country).orElse("");
    return !ca.isEmpty() && other != null && ca.equals(other.country());
  }

  /**
   * What makes two events of one page the same report: category, mode, actors, recipients,
   * place, date, modality and claimants. A later sentence with a new claimant is a second
   * report and stays.
   */
  private static Mention findMention(List<Mention> ms, String text) {
    for (Mention m : ms) {
      if (m.text().equals(text)) {
        return m;
      }
    }
    return null;
  }

  /** A sentence continues the report before it: same paragraph, or a continuation opening. */
  private static boolean continues(Sent s, int lastParagraph, Said intro) {
    if (s.paragraph == lastParagraph) {
      return true;
    }
    if (intro != null) {
      return true;
    }
    return Lexicon.cue("continue").matcher(s.text).lookingAt();
  }

  private static List<Timex> timesIn(List<Timex> times, Sent s) {
    List<Timex> ts = new ArrayList<>();
    for (int i = firstAtOrAfter(times, s.start, Timex::start); i < times.size(); i++) {
      Timex t = times.get(i);
      if (t.start() >= s.end) {
        break;
      }
      if (t.end() <= s.end) {
        ts.add(t);
      }
    }
    return ts;
  }

  /** The mentions inside [s, e); mentions are in text order, so a binary search finds them. */
  private static List<Mention> within(List<Mention> all, int s, int e) {
    List<Mention> out = new ArrayList<>();
    for (int i = firstAtOrAfter(all, s, Mention::start); i < all.size(); i++) {
      Mention m = all.get(i);
      if (m.start() >= e) {
        break;
      }
      if (m.end() <= e) {
        out.add(m);
      }
    }
    return out;
  }

  private static <T> int firstAtOrAfter(List<T> sorted, int pos,
      java.util.function.ToIntFunction<T> start) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start.applyAsInt(sorted.get(mid)) < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
