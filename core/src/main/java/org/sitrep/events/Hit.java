package org.sitrep.events;

/**
 * A trigger matched in a sentence: its row, its offsets into the document text, and whether its
 * verb carries the Arabic future prefix ("سيخرج").
 */
record Hit(Lexicon.Trigger trigger, int start, int end, boolean future) {
  Hit(Lexicon.Trigger trigger, int start, int end) {
    this(trigger, start, end, false);
  }

  /** The row of the trigger's category in {@code categories.tsv}. */
  Category category() {
    return Category.require(trigger.category());
  }

  /** True when the trigger's row carries the flag ("pos:N", "movement", "deny" …). */
  boolean has(String flag) {
    return trigger.flags().contains(flag);
  }

  /** A speech act: flagged so, or of a speech category (THREATEN, ACCUSE, REJECT). */
  boolean speechAct() {
    return has("speech") || category().speech();
  }
}
