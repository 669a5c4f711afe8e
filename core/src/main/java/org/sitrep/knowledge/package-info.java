/**
 * Knowledge stage: the gazetteer (GeoNames-derived places, curated regions, admin1 divisions and
 * countries) and the actor catalogue, with descriptions that refer back to actors, loaded from
 * versioned resource files and optional user files. Entry point: {@link
 * org.sitrep.knowledge.Knowledge}.
 */
package org.sitrep.knowledge;
