package org.sitrep.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.text.DataFiles;

/**
 * The roles PLOVER categories play for the story linker ({@code roles.tsv}): which are deeds of
 * force, refusals, charges, deals, demands; how many days reports of one deed may span. The
 * linker's code names roles, never categories.
 */
final class Roles {
  private static final Map<String, List<String>> BY_ROLE = new LinkedHashMap<>();
  private static final Map<String, Integer> WINDOWS = new HashMap<>();

  static {
    for (String[] r : DataFiles.readTsv(Roles.class, "roles.tsv")) {
      if (r.length < 2) {
        throw new IllegalStateException("roles.tsv: a row needs a role and a category: "
            + String.join(" | ", r));
      }
      if (r[0].equals("window")) {
        if (r.length < 3) {
          throw new IllegalStateException("roles.tsv: a window row needs its days: " + r[1]);
        }
        WINDOWS.put(r[1], Integer.parseInt(r[2].strip()));
      } else {
        BY_ROLE.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
      }
    }
  }

  private Roles() {}

  /** Whether {@code category} plays {@code role}. */
  static boolean is(String role, String category) {
    return categories(role).contains(category);
  }

  /** Whether one of {@code categories} plays {@code role}. */
  static boolean anyIs(String role, List<String> categories) {
    for (String c : categories(role)) {
      if (categories.contains(c)) {
        return true;
      }
    }
    return false;
  }

  /** The one category of a role that has one ("refusal": REJECT). */
  static String one(String role) {
    List<String> cs = categories(role);
    if (cs.size() != 1) {
      throw new IllegalStateException("roles.tsv: role " + role + " has " + cs.size()
          + " categories, not one");
    }
    return cs.get(0);
  }

  /** The days reports of one deed of {@code category} may span, or {@code otherwise}. */
  static int window(String category, int otherwise) {
    return WINDOWS.getOrDefault(category, otherwise);
  }

  private static List<String> categories(String role) {
    List<String> cs = BY_ROLE.get(role);
    if (cs == null) {
      throw new IllegalStateException("roles.tsv: no role " + role);
    }
    return cs;
  }
}
