package org.sitrep.stories;

import java.util.List;
import java.util.Map;

/**
 * A story as {@code stories.jsonl} carries it: its documents, the merged cross-document events
 * with their reports and corroboration, and the contradictions between reports.
 */
public record Story(String storyId, String title, List<String> documents, List<Merged> events,
    List<Contradiction> contradictions) {

  /** One real-world event and every report of it. */
  public record Merged(String id, List<String> event, String date, String enddate,
      List<Map<String, Object>> actor, List<Map<String, Object>> recipient,
      Map<String, Object> eventLoc, List<String> reports, Corroboration corroboration) {}

  /** How many reports, outlets and independent origins say so. */
  public record Corroboration(int reports, int outlets, int independentOrigins,
      List<String> origins) {}

  /** Two or more reports that cannot all be true. */
  public record Contradiction(String kind, String field, List<String> eventIds,
      List<Value> values, String note) {}

  /** One side of a contradiction: the value, who says so, in which reports. */
  public record Value(Object value, List<String> claimants, List<String> reports) {}
}
