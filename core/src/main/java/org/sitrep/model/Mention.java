package org.sitrep.model;

/**
 * An actor or place named in a document body: offsets into the document text, what it resolved
 * to, and how ({@code resolution}: name, description, pronoun or context). Places carry their
 * coordinates, country, admin1 and feature; actors their PLOVER-style code and sector.
 * Serialized as a line of {@code mentions.jsonl}.
 */
public record Mention(
    String docId,
    int start,
    int end,
    String text,
    String kind,
    String identifierId,
    String identifierText,
    Double lat,
    Double lon,
    String countryCode,
    String admin1,
    String feature,
    String code,
    String sector,
    String resolution) {}
