package org.sitrep.events;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.text.DataFiles;

/**
 * What the event coder knows of a PLOVER category, as a row of {@code categories.tsv} says it.
 * The rows are loaded once; see the file's header for examples of each column.
 *
 * @param name the PLOVER category
 * @param family deeds whose doer carries over to a clause that names none: "force", "move", or
 *     the category itself
 * @param speech a speech act whatever its trigger (THREATEN, ACCUSE, REJECT)
 * @param governs a trigger after it in its clause is its content, not a deed of its own
 * @param moving a place after a movement word and "to" in its clause is a destination
 * @param victim the subject of a passive trigger suffers the deed and is no actor of the sentence
 * @param suffers the subject of a passive trigger is not its actor
 * @param forces a nationality adjective names the state's forces, not the state
 * @param outlets an outlet or monitor may be the actor (as of any speech act)
 * @param dropDenied a denied trigger of the category is no event
 * @param speakerActs the speaker is the actor of a subject-is-target trigger
 * @param plannedAs the category put first when the event is planned, or null
 * @param terms a deal's terms before it make it planned
 * @param topic "evacuation", "negotiation", "words" (read from the words around the trigger), or
 *     null
 * @param context PLOVER contexts, possibly none
 * @param enters the place named right after its trigger is where its forces go
 * @param foe where no recipient is named, the side the page sets against the doer is it
 * @param crowd what a deed of it is when a crowd does it ("PROTEST/riot"), or null
 * @param aim in the clause of a protest it is the protest's aim, not a deed of its own
 * @param mutual the parties that do it together do it to each other (talks, agreements)
 * @param claimed a place it befalls in an agentless passive is the gain of the party reporting it
 * @param forcible what a deed of it taken by force (a trigger flagged "forcible": "captured the
 *     town", "سيطرت على البلدة") is as well, or null
 */
record Category(String name, String family, boolean speech, boolean governs, boolean moving,
    boolean victim, boolean suffers, boolean forces, boolean outlets, boolean dropDenied,
    boolean speakerActs, String plannedAs, boolean terms, String topic, List<String> context,
    boolean enters, boolean foe, String crowd, boolean aim, boolean mutual,
    boolean claimed, String forcible) {
  private static final Map<String, Category> BY_NAME = load();

  /**
   * Returns the row of a category.
   *
   * @throws IllegalStateException when {@code categories.tsv} has no row for it
   */
  static Category require(String name) {
    Category c = BY_NAME.get(name);
    if (c == null) {
      throw new IllegalStateException("categories.tsv has no row for " + name);
    }
    return c;
  }

  /** The categories a crowd's deeds become (the targets of the "crowd" column: PROTEST). */
  static Set<String> crowdTargets() {
    Set<String> out = new TreeSet<>();
    for (Category c : BY_NAME.values()) {
      if (c.crowd() != null) {
        out.add(c.crowd().substring(0, c.crowd().indexOf('/')));
      }
    }
    return out;
  }

  private static Map<String, Category> load() {
    Map<String, Category> out = new HashMap<>();
    for (String[] r : DataFiles.readTsv(Category.class, "categories.tsv")) {
      if (r.length != 21) {
        throw new IllegalStateException("categories.tsv: 21 columns expected in "
            + Arrays.toString(r));
      }
      String passive = oneOf(r, 5, "victim", "target", "doer");
      Category c = new Category(r[0], r[1], yes(r, 2), yes(r, 3), yes(r, 4),
          passive.equals("victim"), !passive.equals("doer"),
          oneOf(r, 6, "forces", "state").equals("forces"), yes(r, 7),
          oneOf(r, 8, "drop", "code").equals("drop"),
          oneOf(r, 9, "speaker", "none").equals("speaker"), none(r[10]), yes(r, 11),
          none(oneOf(r, 12, "evacuation", "negotiation", "words", "-")),
          r[13].equals("-") ? List.of() : List.of(r[13].split(",")), yes(r, 14), yes(r, 15),
          none(r[16]), yes(r, 17), yes(r, 18), yes(r, 19), none(r[20]));
      if (out.put(c.name(), c) != null) {
        throw new IllegalStateException("categories.tsv: two rows for " + c.name());
      }
    }
    return Map.copyOf(out);
  }

  private static boolean yes(String[] r, int column) {
    return oneOf(r, column, "yes", "no").equals("yes");
  }

  private static String oneOf(String[] r, int column, String... values) {
    for (String v : values) {
      if (v.equals(r[column])) {
        return v;
      }
    }
    throw new IllegalStateException("categories.tsv: bad value '" + r[column] + "' in column "
        + (column + 1) + " of " + r[0] + "; one of " + Arrays.toString(values) + " expected");
  }

  private static String none(String value) {
    return value.equals("-") ? null : value;
  }
}
