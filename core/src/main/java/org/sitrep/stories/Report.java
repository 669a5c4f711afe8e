package org.sitrep.stories;

import java.time.LocalDate;
import java.util.List;

/**
 * One event as the story linker keeps it once linked: what linking, the story records and the
 * contradictions read, worked out once when the event is added, without its text, offsets or
 * entities. A run's linker holds one per event, so it stays small (about 150 bytes with its id);
 * the lists and strings it shares with other reports are shared instances.
 */
final class Report {
  /** The day of a report that gives no date. */
  static final int NO_DAY = Integer.MIN_VALUE;
  /** How many days a {@link #guessed} day may be off either way. */
  static final int SLACK = 7;

  /** Where evacuees go, for the destination contradictions. */
  record Place(String name, double lat, double lon) {}

  final String id;
  final String docId;
  /** The process and how sure ({@link StoryLinker#family}), and the process alone. */
  final String family;
  final String base;
  /** The first category, and the event's topic. */
  final String category;
  final String topic;
  /** The event's date as an epoch day, or {@link #NO_DAY}. */
  final int day;
  /**
   * Whether {@link #day} is only worked out from a story's day (a page that states no date of
   * its own, and not an explicit date): "Friday" counted from a guessed anchor may be up to
   * {@link #SLACK} days off, so it neither bounds nor stretches its merged event's window.
   */
  final boolean guessed;
  final String modality;
  /** Who says so: the first claimant of each chain, or the outlet when no one is named. */
  final List<String> claimants;
  final List<String> participants;
  final List<String> doers;
  /**
   * The sides named as doer and as target (assaults and seizures only; targets only as the text
   * names them, not a foe the page implies; for an accusation, the accused as the doer of the
   * deed it tells), the dead it gives.
   */
  final String actorSide;
  final String targetSide;
  final String dead;
  /** The status it gives its process (Status), or null; the talks-over and talks-go-on cues. */
  final String status;
  final boolean over;
  final boolean continuing;
  /**
   * Whether it tells force that holds people or movement (COERCE restrict or arrest: a convoy
   * stopped, men detained) rather than a place taken: no part of an operation (Kinship).
   */
  final boolean holds;
  /** An attack told as a campaign (Campaign): it merges with the campaign over weeks. */
  final boolean campaign;
  /** Where evacuees go (evacuation reports that give a placed destination), or null. */
  final Place destination;
  /** Whether linking doubts its place (Vicinity.foreign): set once, when it is added. */
  boolean doubtful;
  /** Its place (Vicinity), or null; whether it is a statement of denial (Denials). */
  Vicinity.Spot spot;
  boolean denial;
  /** Its place in the order the linker was given the events. */
  int seq;
  /** The merged event it belongs to now (merging two moves their reports). */
  StoryLinker.Group group;

  Report(String id, String docId, String family, String base, String category, String topic,
      int day, boolean guessed, String modality, List<String> claimants, List<String> participants,
      List<String> doers, String actorSide, String targetSide, String dead, String status,
      boolean over, boolean continuing, boolean holds, boolean campaign, Place destination) {
    this.id = id;
    this.docId = docId;
    this.family = family;
    this.base = base;
    this.category = category;
    this.topic = topic;
    this.day = day;
    this.guessed = guessed && day != NO_DAY;
    this.modality = modality;
    this.claimants = claimants;
    this.participants = participants;
    this.doers = doers;
    this.actorSide = actorSide;
    this.targetSide = targetSide;
    this.dead = dead;
    this.status = status;
    this.over = over;
    this.continuing = continuing;
    this.holds = holds;
    this.campaign = campaign;
    this.destination = destination;
  }

  /** The epoch day of an ISO date, or {@link #NO_DAY} for null. */
  static int day(String isoDate) {
    return isoDate == null ? NO_DAY : (int) LocalDate.parse(isoDate).toEpochDay();
  }

  /** Within {@code days} of each other, or either undated. */
  static boolean close(int a, int b, int days) {
    return a == NO_DAY || b == NO_DAY || Math.abs((long) a - b) <= days;
  }
}
