/**
 * Time stage: finds temporal expressions in English and Arabic and normalizes them against a
 * reference date (the publication date, or a date the story supplies). Entry point: {@link
 * org.sitrep.time.DateResolver}. No class here reads the clock.
 */
package org.sitrep.time;
