/**
 * Events stage: PLOVER-coded events from article-body sentences, with actor, recipient, place,
 * destination, date, size, claimant chain, modality and evidence. Entry point: {@link
 * org.sitrep.events.EventCoder}.
 */
package org.sitrep.events;
