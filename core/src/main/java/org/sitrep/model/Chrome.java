package org.sitrep.model;

/** A span of site chrome in the document text: donation, share, comment-widget, caption, … */
public record Chrome(int start, int end, String kind) {}
