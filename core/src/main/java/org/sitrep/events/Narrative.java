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
  /** The paragraph whose sentence set {@link #date}. */
  int dateParagraph = -1;
  /** The first day the page's narrative reached: the day of its lead. */
  String leadDate;
  String leadText;
  /**
   * The first day a sentence of the page tells relative to its publication ("on Sunday",
   * "yesterday"), found before reading: the day a headline or deck above the lead tells of.
   */
  String aheadDate;
  String aheadText;
  int aheadStart = -1;
  Mention lastDestination;
  /** The town the page names most often: "the city" of its sentences ({@link CityAnaphor}). */
  Mention mainTown;
  /** Where the page says movements go ({@link DestinationFinder#ofPage}). */
  List<Mention> pageDestinations = List.of();
  /** The claimant chain the page carries into the sentence being read, before its own voices. */
  List<org.sitrep.model.Event.Claimant> voiceBefore = List.of();
  /** The parties the page last named doing a deed together: talks, a deal ({@link BothSides}). */
  List<Mention> parties = List.of();
  /** The actors the last sentence that named any named, and its paragraph ({@link PronounObjects}). */
  List<Mention> named = List.of();
  int namedParagraph = -10;
  private final Map<String, List<Mention>> doers = new HashMap<>();
  private final Map<String, Integer> doersParagraph = new HashMap<>();
  /* Per family, the one set of doers the page has named for it so far; empty once it named two. */
  private final Map<String, List<String>> soleDoers = new HashMap<>();

  /** The last doers of a deed of the category's family, in this paragraph or the one before. */
  List<Mention> lastActor(String category, int paragraph) {
    String f = Category.require(category).family();
    Integer p = doersParagraph.get(f);
    if (p == null) {
      return List.of();
    }
    if (paragraph - p <= 1) {
      return doers.get(f);
    }
    // "killed in the strike on the centre": a page that names one doer of force throughout
    List<String> sole = soleDoers.get(f);
    return sole != null && !sole.isEmpty() ? doers.get(f) : List.of();
  }

  /* Per category, the doers of the page's first deed of it; per category and noun, the last. */
  private final Map<String, List<Mention>> firstDeed = new HashMap<>();
  private final Map<String, List<Mention>> nounDeed = new HashMap<>();
  /* The doers of the page's first deed of force of any category. */
  private List<Mention> firstForce = List.of();

  /**
   * The doers of a deed the page names again by its definite noun ("the attack", "الهجوم"): of
   * the last deed of the category told with that noun, else of the page's first deed of it,
   * else, when {@code anyKind}, of its first deed of force or armed movement of any kind.
   */
  List<Mention> deedDoers(String category, String noun, boolean anyKind) {
    List<Mention> d = nounDeed.get(category + " " + noun);
    if (d == null) {
      d = firstDeed.get(category);
    }
    // "Turkish tanks crossed into Syria … Damascus condemned the incursion": the page's first
    // deed of force, told as another kind
    return d != null ? d : anyKind ? firstForce : List.of();
  }

  /** Records who did a deed of force of the category, told with its noun ({@link DeedNouns}). */
  void deed(String category, String noun, List<Mention> actors) {
    if (!actors.isEmpty()) {
      if (firstForce.isEmpty()) {
        firstForce = actors;
      }
      firstDeed.putIfAbsent(category, actors);
      nounDeed.put(category + " " + noun, actors);
    }
  }

  /** Records who did a deed of the category in the paragraph, if anyone. */
  void acted(String category, List<Mention> actors, int paragraph) {
    // s45: a country's people ("Yemenis" urged, "الليبيين" called on) are no doer the
    // page's later deeds fall back on
    actors = actors.stream().filter(m -> !org.sitrep.knowledge.Knowledge.people(m.identifierId()))
        .toList();
    if (!actors.isEmpty()) {
      doers.put(Category.require(category).family(), actors);
      String f = Category.require(category).family();
      doersParagraph.put(f, paragraph);
      List<String> ids = actors.stream().map(Mention::identifierId).sorted().toList();
      List<String> sole = soleDoers.get(f);
      soleDoers.put(f, sole == null || sole.equals(ids) ? ids : List.of());
    }
  }
}
