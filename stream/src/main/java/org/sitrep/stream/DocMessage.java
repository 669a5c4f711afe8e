package org.sitrep.stream;

import java.util.Comparator;

/**
 * One document between the job's operators: the page's order fields, the document and its
 * mentions as JSON lines, then its time anchor, then its events. A Flink POJO (public fields of
 * basic types and string arrays, so no generic serializer is involved).
 */
public final class DocMessage {
  /** Input order of the batch pipeline: fetch time, then the producer's sequence, then name. */
  public static final Comparator<DocMessage> ORDER = Comparator
      .<DocMessage>comparingLong(d -> d.fetchTime)
      .thenComparingLong(d -> d.seq)
      .thenComparing(d -> d.input);

  public String input;
  public long fetchTime;
  public long seq;
  public long bytes;
  public String docId;
  /** Publication day (yyyy-MM-dd) or null: what the anchor operator needs without parsing. */
  public String published;
  public String country;
  public String document;
  public String[] mentions;
  public String[] readings;
  /** Anchor: set by the anchor operator ({@code anchorBasis} null means no anchor). */
  public String anchorDate;
  public String anchorBasis;
  public double anchorConfidence;
  public String anchorMode;
  /** Event time at the linker (the record timestamp it arrived with). */
  public long eventTime;
  /**
   * The document's output record when it waits for its anchor (an undated page whose dateline
   * lacks a year: {@link org.sitrep.pipeline.Stages#awaitsStoryYear}), else null.
   */
  public String record;
  /** Events as JSON lines, set by the code operator. */
  public String[] events;

  public DocMessage() {}
}
