package org.sitrep.model;

/** A half-open range {@code [start, end)} of UTF-16 offsets into a document's {@code text}. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
