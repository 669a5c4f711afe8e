package org.sitrep.model;

/**
 * A reader comment: author (null when anonymous), text, its offsets in the document text, and the
 * index of the comment it replies to (null for top-level comments).
 */
public record Comment(String author, String text, int start, int end, Integer replyTo) {}
