package org.sitrep.model;

/** A headline of another article that the page lists (related, previous, next). */
public record Related(String title, String language) {}
