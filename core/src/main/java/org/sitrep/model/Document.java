package org.sitrep.model;

import java.util.List;

/**
 * One input page after ingest: metadata, the normalized text, and the spans of body, comments and
 * chrome in that text. Serialized as a line of {@code documents.jsonl} (see RECORDS.md).
 */
public record Document(
    String docId,
    String input,
    Outlet outlet,
    String language,
    String title,
    Published published,
    List<Credit> credits,
    String dateline,
    String section,
    List<String> tags,
    String text,
    Body body,
    List<Comment> comments,
    List<Related> related,
    List<Chrome> chrome) {
  public Document {
    credits = List.copyOf(credits);
    tags = List.copyOf(tags);
    comments = List.copyOf(comments);
    related = List.copyOf(related);
    chrome = List.copyOf(chrome);
  }
}
