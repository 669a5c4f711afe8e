/**
 * Mentions stage: finds actors and places in document bodies with transliteration-aware name
 * keys over a token trie, resolves ambiguous place names with the document's country prior,
 * and links descriptions and pronouns to the entity they refer to. Entry point: {@link
 * org.sitrep.mentions.MentionFinder}.
 */
package org.sitrep.mentions;
