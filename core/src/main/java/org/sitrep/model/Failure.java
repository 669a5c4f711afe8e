package org.sitrep.model;

/** An input that could not be analyzed: where it came from, the stage that gave up, and why. */
public record Failure(String input, String stage, String error) {}
