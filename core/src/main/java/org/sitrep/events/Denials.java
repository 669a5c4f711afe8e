package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sitrep.model.Event;

/**
 * Whom a denial answers. A page that tells of an accusation or a report and then of its denial
 * ("Sunni politicians accused the PMF of torturing men … The PMF leadership denied that any
 * abuses took place"; "Houthi television said Saleh had been killed … a GPC official said the
 * reports were false") sets the denier against the accuser or the one who made the report: the
 * denial's recipient when its own sentence names none. One page; only parties the page names.
 */
final class Denials {
  /*
   * A denial's trigger: "denied", "denies that", "the reports were false", "dismissed the
   * claims", "rejected the accusations", "refuting", "نفى", "ونفت", "نافيا".
   */
  private static final Pattern DENIAL = Pattern.compile(
      "(?iu)(?:den(?:y|ies|ied|ying|ial)|refut\\p{L}*|.*\\b(?:was|were|are|is)\\s+(?:false|baseless"
          + "|untrue|fabricated)|(?:dismiss|reject)\\p{L}*\\s+(?:the\\s+)?(?:[\\p{L}.'’-]+\\s+)?"
          + "(?:claims?|accusations?|allegations?|reports?|charges?)\\b.*"
          + "|[وف]?(?:نف[ىتيه]|[يت]نفي|نافي|نفي)\\p{L}*)(?:\\s+\\p{L}+)?");

  private Denials() {}

  /** True when a REJECT trigger denies a report or an accusation ({@link #DENIAL}). */
  static boolean denial(String trigger) {
    return trigger != null && DENIAL.matcher(trigger.strip()).matches();
  }

  /**
   * The events with each denial that names no recipient answering the page's last accusation
   * against its denier (its accusers), else the last report of a deed by or against the denier
   * made by a named party (that party). {@code related} says two actor ids are one party or
   * one's part; {@code entity} makes a recipient of a catalogue id (null when the catalogue
   * lacks it).
   */
  static List<Event> fill(List<Event> events, BiPredicate<String, String> related,
      Function<String, Event.Entity> entity) {
    List<Event> out = null;
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (!e.event().contains("REJECT") || !e.recipient().isEmpty() || e.actor().isEmpty()
          || !denial(e.textInfo().trigger())) {
        continue;
      }
      List<Event.Entity> answered = answered(events, i, related, entity);
      if (!answered.isEmpty()) {
        if (out == null) {
          out = new ArrayList<>(events);
        }
        out.set(i, e.withImpliedRecipients(answered));
      }
    }
    return out == null ? events : out;
  }

  /* Whom the denial {@code events[i]} answers: see {@link #fill}. */
  private static List<Event.Entity> answered(List<Event> events, int i,
      BiPredicate<String, String> related, Function<String, Event.Entity> entity) {
    Event denial = events.get(i);
    for (int j = i - 1; j >= 0; j--) {
      Event e = events.get(j);
      if (e.event().contains("REJECT") || !Objects.equals(e.docId(), denial.docId())) {
        continue;
      }
      if (e.event().contains("ACCUSE") && involves(e.recipient(), denial.actor(), related)) {
        List<Event.Entity> accusers = new ArrayList<>();
        for (Event.Entity a : e.actor()) {
          if (a.identifierId() != null
              && !involvesId(a.identifierId(), denial.actor(), related)) {
            accusers.add(a);
          }
        }
        if (!accusers.isEmpty()) {
          return accusers; // "accused the PMF of torturing men": the PMF's denial answers them
        }
      }
      if ((involves(e.actor(), denial.actor(), related)
          || involves(e.recipient(), denial.actor(), related)) && e.claim() != null) {
        List<Event.Claimant> chain = e.claim().claimants();
        for (int k = chain.size() - 1; k >= 0; k--) {
          Event.Claimant c = chain.get(k);
          if (c.identifierId() == null || involvesId(c.identifierId(), denial.actor(), related)) {
            continue;
          }
          Event.Entity reporter = entity.apply(c.identifierId());
          if (reporter != null) {
            return List.of(reporter); // "Houthi television said Saleh was killed": the Houthis
          }
        }
      }
    }
    return List.of();
  }

  private static boolean involves(List<Event.Entity> some, List<Event.Entity> parties,
      BiPredicate<String, String> related) {
    for (Event.Entity a : some) {
      if (a.identifierId() != null && involvesId(a.identifierId(), parties, related)) {
        return true;
      }
    }
    return false;
  }

  private static boolean involvesId(String id, List<Event.Entity> parties,
      BiPredicate<String, String> related) {
    for (Event.Entity p : parties) {
      if (p.identifierId() != null && (p.identifierId().equals(id)
          || related.test(p.identifierId(), id))) {
        return true;
      }
    }
    return false;
  }
}
