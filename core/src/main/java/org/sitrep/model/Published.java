package org.sitrep.model;

/**
 * When a page was published, as the page states it.
 *
 * <p>{@code value} is an ISO-8601 local date or date-time ({@code 2018-03-27} or {@code
 * 2018-03-27T19:47:31}) or null; {@code precision} is one of second, minute, day, month, year,
 * unknown; {@code basis} is page, url, inferred or none; {@code evidence} the words it came from.
 */
public record Published(String value, String precision, String basis, String evidence) {
  /** The record for a page that does not say when it was published. */
  public static final Published NONE = new Published(null, "unknown", "none", null);
}
