/**
 * Events stage: PLOVER-coded events from article-body sentences, with actor, recipient, place,
 * destination, date, size, claimant chain, modality and evidence. Entry point: {@link
 * org.sitrep.events.EventCoder}. Its data: triggers ({@code triggers*.tsv}), attribution cues
 * ({@code attribution.tsv}), what each category implies ({@code categories.tsv}), nationality
 * adjectives ({@code national.tsv}) and closed word lists ({@code words.tsv}).
 */
package org.sitrep.events;
