package org.sitrep.model;

import java.util.List;
import java.util.Map;

/**
 * A PLOVER-coded event as {@code events.jsonl} carries it (a superset of the PLOVER JSON event):
 * categories, modes and contexts; when, who to whom, where and where to; sizes; who says so and
 * how sure; the evidence and its offsets; the story links.
 */
public record Event(
    String id,
    String docId,
    List<String> event,
    List<String> mode,
    List<String> context,
    String date,
    String enddate,
    DateInfo dateInfo,
    List<Entity> actor,
    List<Entity> recipient,
    Location eventLoc,
    Location destination,
    Map<String, Object> size,
    Claim claim,
    String eventText,
    TextInfo textInfo,
    CiteInfo citeInfo,
    double confidence,
    String topic,
    String storyId,
    String sameAs) {

  /** How the date was found: precision, basis and the words it came from. */
  public record DateInfo(String precision, String basis, String text) {}

  /** An actor or recipient: as written, its identity, PLOVER-style code and sector. */
  public record Entity(String entityText, String identifierId, String identifierText, String code,
      String sector) {}

  /** A place: name, as written, coordinates, country, admin1, feature, gazetteer id. */
  public record Location(String name, String text, Double lat, Double lon, String countryCode,
      String admin1, String feature, String gazetteerId) {}

  /** Who says so, outermost first, and how sure the text is. */
  public record Claim(String modality, List<Claimant> claimants, String outlet) {}

  /** One link of an attribution chain. */
  public record Claimant(String name, String kind, String identifierId) {}

  /**
   * Offsets of the evidence in the document text, and the trigger: the words that name the
   * deed ("pounded", "took full control", "بانسحاب") and their offsets.
   */
  public record TextInfo(int sequence, int start, int end, String trigger, int triggerStart,
      int triggerEnd) {}

  /** PLOVER cite info. */
  public record CiteInfo(String publication, String title, String language, String url) {}

  /** This event with its story links set. */
  public Event withStory(String story, String merged) {
    return new Event(id, docId, event, mode, context, date, enddate, dateInfo, actor, recipient,
        eventLoc, destination, size, claim, eventText, textInfo, citeInfo, confidence, topic, story,
        merged);
  }

  /**
   * This event with recipients the page implies but this sentence does not write: each keeps
   * its identity only (no text span).
   */
  public Event withImpliedRecipients(List<Entity> others) {
    List<Entity> implied = new java.util.ArrayList<>();
    for (Entity r : others) {
      implied.add(new Entity(null, r.identifierId(), r.identifierText(), r.code(), r.sector()));
    }
    return withRecipients(implied);
  }

  /** This event with these recipients in place of its own. */
  public Event withRecipients(List<Entity> recipients) {
    return new Event(id, docId, event, mode, context, date, enddate, dateInfo, actor,
        List.copyOf(recipients), eventLoc, destination, size, claim, eventText, textInfo,
        citeInfo, confidence, topic, storyId, sameAs);
  }
}
