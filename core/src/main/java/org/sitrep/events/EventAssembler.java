package org.sitrep.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;

/**
 * Builds the event record of a trigger from what the finders found: its categories, mode and
 * contexts, date, entities and places, sizes ("hundreds of fighters"), claim, evidence, topic
 * and a confidence that grows with what is known.
 */
final class EventAssembler {
  private static final Pattern NEGOTIATION = Pattern.compile(
      "(?i)\\b(?:negotiat\\w*|talks|mediat\\w*)\\b|مفاوضات|تفاوض|محادثات");

  /**
   * What was found for one trigger: its actors and recipients, where it happened and where it
   * goes, its date, modality and claimants; {@code threat}: a deed promised on a condition or
   * a pledge to fight, a threat (s53); {@code refused}: a concession or contact the doer says it
   * will not make, a refusal (s54).
   */
  record Findings(Hit hit, List<Mention> actors, List<Mention> recipients, Mention place,
      Mention destination, DateChooser.Dated dated, String modality,
      List<Event.Claimant> claims, boolean threat, boolean refused) {}

  private EventAssembler() {}

  /** Builds the event of {@code f} in sentence {@code s}, the {@code number}th of the page. */
  static Event assemble(Document doc, Sent s, Findings f, int number) {
    Hit h = f.hit();
    List<Mention> actors = f.actors();
    List<Mention> recipients = f.recipients();
    Mention place = f.place();
    String modality = f.modality();
    List<String> modes = h.trigger().mode() == null ? List.of() : List.of(h.trigger().mode());
    boolean dated = f.dated().timex() != null;
    double conf = 0.45 + (recipients.isEmpty() ? 0 : 0.15) + (dated ? 0.1 : 0)
        + (place != null ? 0.1 : 0)
        + (actors.isEmpty() ? -0.15 : actors.get(0).resolution().equals("name") ? 0.1 : 0);
    String outlet = doc.outlet() == null ? null : doc.outlet().name();
    return new Event(doc.docId() + "-e" + number, doc.docId(),
        ModalityClassifier.categories(h, modality, f.threat(), f.refused()), modes, context(h),
        f.dated().date(), f.dated().end(), f.dated().info(), entities(actors),
        entities(recipients),
        location(place), location(f.destination()), Sizes.of(s),
        new Event.Claim(modality, f.claims(), outlet),
        s.text, new Event.TextInfo(number, s.start, s.end,
            doc.text().substring(h.start(), h.end()), h.start(), h.end()),
        new Event.CiteInfo(outlet, doc.title(), doc.language(), doc.input()),
        Math.min(0.95, conf), topic(s, h), null, null);
  }

  /**
   * The process an event belongs to: evacuation (agreements, demands and moves to leave) or
   * negotiation (talks, asking or agreeing to talk), read from the words around the trigger.
   */
  private static String topic(Sent s, Hit h) {
    String topic = h.category().topic();
    if (topic == null || !topic.equals("words")) {
      return topic; // "negotiation" for talks, "evacuation" for withdrawals and concessions
    }
    // agreements, demands and refusals: to leave, or to talk
    int a = Math.max(0, h.start() - s.start - 40);
    int b = s.clauseEnd(h.end()) - s.start;
    if (DestinationFinder.moveIn(s, a, Math.max(a, Math.min(s.text.length(), b)))) {
      return "evacuation";
    }
    String after = s.text.substring(h.start() - s.start, Math.max(h.start() - s.start, b));
    if (NEGOTIATION.matcher(after).find()) {
      return "negotiation";
    }
    return null;
  }

  /** The event's PLOVER contexts: its category's; unconventional weapons are "cbrn" as well. */
  private static List<String> context(Hit h) {
    if ("unconventional".equals(h.trigger().mode())) {
      return List.of("military", "cbrn");
    }
    return h.category().context();
  }

  private static List<Event.Entity> entities(List<Mention> ms) {
    List<Event.Entity> out = new ArrayList<>();
    for (Mention m : ms) {
      out.add(new Event.Entity(m.text(), m.identifierId(), m.identifierText(), m.code(),
          m.sector()));
    }
    return out;
  }

  private static Event.Location location(Mention m) {
    if (m == null) {
      return null;
    }
    return new Event.Location(m.identifierText(), m.text(), m.lat(), m.lon(), m.countryCode(),
        m.admin1(), m.feature(), m.identifierId());
  }
}
