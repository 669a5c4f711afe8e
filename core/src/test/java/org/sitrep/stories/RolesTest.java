package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.text.DataFiles;

/** roles.tsv: the linker's knowledge of categories, checked against the coder's categories. */
class RolesTest {
  @Test
  void everyCategoryOfTheRolesIsOneTheCoderCodes() {
    Set<String> plover = new HashSet<>();
    for (String[] r : DataFiles.readTsv(org.sitrep.events.EventCoder.class, "categories.tsv")) {
      plover.add(r[0]);
    }
    for (String[] r : DataFiles.readTsv(Roles.class, "roles.tsv")) {
      assertTrue(plover.contains(r[1]), "roles.tsv: " + r[1] + " is no category of categories.tsv");
    }
  }

  @Test
  void theRolesTheLinkerNamesAreThere() {
    for (String role : List.of("deed", "refusal", "charge", "deal", "demand", "pressure", "talks",
        "seizure", "attack")) {
      Roles.is(role, "ASSAULT"); // throws for a role roles.tsv lacks
    }
    assertThrows(IllegalStateException.class, () -> Roles.is("no-such-role", "ASSAULT"));
    assertTrue(Roles.is("deed", "ASSAULT") && Roles.is("deed", "COERCE"));
    assertFalse(Roles.is("deed", "ACCUSE"));
    assertEquals("AGREE", Roles.one("deal"));
    assertTrue(Roles.anyIs("pressure", List.of("SANCTION")));
    assertEquals(5, Roles.window("COERCE", 3));
    assertEquals(3, Roles.window("PROTEST", 3));
  }
}
