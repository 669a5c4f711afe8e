package org.sitrep.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Mention;

/**
 * What a page has told so far, read sentence by sentence: the narrative's date, the last
 * destination and, per family of deeds ({@code categories.tsv}), the last doers. One per
 * document.
 */
final class Narrative {
  String date;
  String dateText;
  Mention lastDestination;
  /** Where the page says movements go ({@link DestinationFinder#ofPage}). */
  List<Mention> pageDestinations = List.of();
  /** The claimant chain the page carries into the sentence being read, before its own voices. */
  List<org.sitrep.model.Event.Claimant> voiceBefore = List.of();
  private final Map<String, List<Mention>> doers = new HashMap<>();
  private final Map<String, Integer> doersParagraph = new HashMap<>();

  /** The last doers of a deed of the category's family, in this paragraph or the one before. */
  List<Mention> lastActor(String category, int paragraph) {
    String f = Category.require(category).family();
    Integer p = doersParagraph.get(f);
    return p != null && paragraph - p <= 1 ? doers.get(f) : List.of();
  }

  /** Records who did a deed of the category in the paragraph, if anyone. */
  void acted(String category, List<Mention> actors, int paragraph) {
    if (!actors.isEmpty()) {
      doers.put(Category.require(category).family(), actors);
      doersParagraph.put(Category.require(category).family(), paragraph);
    }
  }
}
