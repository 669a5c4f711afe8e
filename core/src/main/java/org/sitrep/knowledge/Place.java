package org.sitrep.knowledge;

/**
 * A place of the gazetteer: stable id, name, centroid, country (ISO 3166 alpha-2), admin1 name,
 * feature ("city", "town", "region", "admin1", "country", "camp", "base", …), population, extent.
 */
public record Place(String id, String name, double lat, double lon, String countryCode,
    String admin1, String feature, long population, double radiusKm, boolean curated) {}
