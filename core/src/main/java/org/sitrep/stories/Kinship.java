package org.sitrep.stories;

import java.util.HashSet;
import java.util.Set;
import org.sitrep.text.DataFiles;

/**
 * How a report of one family may join a merged event of another: the ways outlets tell one
 * real-world event under different categories. A report that joins across families must meet
 * the extra condition its kinship names (checked by the linker), besides the usual date window
 * and place.
 */
enum Kinship {
  /** Not one event. */
  NONE,
  /**
   * A denial ("the Houthis denied that the airport fell", REJECT) and a report that the deed
   * is denied (COERCE, denied) tell one event: the denial of that deed.
   */
  DENIAL,
  /**
   * An accusation ("the opposition accused the militias of executing men", ACCUSE) reports
   * the deed of the accused: it joins the deed when the accused take part in it at its place.
   */
  ACCUSATION,
  /**
   * An assault and a seizure ("freed the airport", "took full control of the airport") tell one
   * operation when they are told at one place within the assault's days by the same side
   * against the same foe: outlets code the taking of a place as either.
   */
  OPERATION,
  /**
   * One act told with what it concerns by one outlet and without by another ("the YPG rejected
   * handing the town over", REJECT of an evacuation; "Damascus rejected the claim", REJECT): the
   * same act and certainty, joining as reports of one family do.
   */
  TOPIC;

  /* Pairs of processes that tell one operation ("ASSAULT|COERCE", both ways), and all of them. */
  private static final Set<String> OPERATIONS = new HashSet<>();
  private static final Set<String> SIDED = new HashSet<>();

  static {
    for (String[] r : DataFiles.readTsv(Kinship.class, "operation.tsv")) {
      OPERATIONS.add(r[0] + "|" + r[1]);
      OPERATIONS.add(r[1] + "|" + r[0]);
      SIDED.add(r[0]);
      SIDED.add(r[1]);
    }
  }

  /** Where a family's category ends: "COERCE/denied" is "COERCE". */
  static String process(String family) {
    for (int i = 0; i < family.length(); i++) {
      char c = family.charAt(i);
      if (c == '/' || c == '-') {
        return family.substring(0, i);
      }
    }
    return family;
  }

  /** The kinship of a report of {@code report} family with a merged event of {@code group}. */
  static Kinship of(String report, String group) {
    if (report.equals(group)) {
      return NONE; // the same family: the linker's own case
    }
    if (untopic(report).equals(untopic(group))) {
      return TOPIC;
    }
    if (isDenial(report) && isDenial(group)
        && (Roles.is("refusal", report) || Roles.is("refusal", group))) {
      return DENIAL;
    }
    if (Roles.is("charge", report) && deed(group) && !group.contains("/")) {
      return ACCUSATION;
    }
    if (!report.contains("/") && !group.contains("/")
        && OPERATIONS.contains(process(report) + "|" + process(group))) {
      return OPERATION;
    }
    return NONE;
  }

  /* A family without the topic a demand or a refusal is told of: "evacuation-REJECT" is "REJECT". */
  static String untopic(String family) {
    int dash = family.indexOf('-');
    return dash > 0 && dash + 1 < family.length() && Character.isUpperCase(family.charAt(dash + 1))
        ? family.substring(dash + 1) : family;
  }

  /* A denial: REJECT in the outlet's voice, or any deed told as denied. */
  private static boolean isDenial(String family) {
    return Roles.is("refusal", family) || family.endsWith("/denied");
  }

  /* Assaults and seizures: the deeds an accusation may tell. */
  static boolean deed(String family) {
    String p = process(family);
    return Roles.is("deed", p);
  }

  /* The processes of an operation (operation.tsv), whose doers and targets are sides. */
  static boolean sided(String family) {
    return SIDED.contains(process(family));
  }
}
