package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which families of reports may tell one deed. */
class KinshipTest {
  @Test
  void aDenialJoinsTheDeedToldAsDenied() {
    assertEquals(Kinship.DENIAL, Kinship.of("REJECT", "COERCE/denied"));
    assertEquals(Kinship.DENIAL, Kinship.of("ASSAULT/denied", "REJECT"));
    // two deeds told as denied are not one by kinship; a denial never joins an assertion
    assertEquals(Kinship.NONE, Kinship.of("ASSAULT/denied", "COERCE/denied"));
    assertEquals(Kinship.NONE, Kinship.of("REJECT", "COERCE"));
  }

  @Test
  void anAccusationJoinsAnAssertedDeed() {
    assertEquals(Kinship.ACCUSATION, Kinship.of("ACCUSE", "ASSAULT"));
    assertEquals(Kinship.ACCUSATION, Kinship.of("ACCUSE", "COERCE"));
    assertEquals(Kinship.NONE, Kinship.of("ACCUSE", "ASSAULT/denied"));
    assertEquals(Kinship.NONE, Kinship.of("ACCUSE", "AGREE"));
    assertEquals(Kinship.NONE, Kinship.of("ASSAULT", "ACCUSE"));
  }

  @Test
  void anAssaultAndASeizureMayTellOneOperation() {
    assertEquals(Kinship.OPERATION, Kinship.of("ASSAULT", "COERCE"));
    assertEquals(Kinship.OPERATION, Kinship.of("COERCE", "ASSAULT"));
    // only asserted deeds: a denial or a possibility is no operation
    assertEquals(Kinship.NONE, Kinship.of("ASSAULT/possible", "COERCE"));
    assertEquals(Kinship.NONE, Kinship.of("COERCE", "ASSAULT/denied"));
  }

  @Test
  void troopsEnteringAPlaceMayTellItsSeizure() {
    assertEquals(Kinship.OPERATION, Kinship.of("MOBILIZE", "COERCE"));
    assertEquals(Kinship.OPERATION, Kinship.of("COERCE", "MOBILIZE"));
    // a deployment is no attack, and a planned or denied one no part of an operation
    assertEquals(Kinship.NONE, Kinship.of("MOBILIZE", "ASSAULT"));
    assertEquals(Kinship.NONE, Kinship.of("MOBILIZE/denied", "COERCE"));
    assertEquals(true, Kinship.sided("MOBILIZE"));
    assertEquals(false, Kinship.sided("AGREE"));
  }

  @Test
  void oneActToldWithAndWithoutItsTopicIsOneFamily() {
    assertEquals(Kinship.TOPIC, Kinship.of("REJECT", "evacuation-REJECT"));
    assertEquals(Kinship.TOPIC, Kinship.of("evacuation-REQUEST/possible", "REQUEST/possible"));
    // not across certainties, and a mode of a process is no topic of an act
    assertEquals(Kinship.NONE, Kinship.of("REJECT/possible", "evacuation-REJECT"));
    assertEquals(Kinship.NONE, Kinship.of("evacuation-disarm", "evacuation"));
    assertEquals("REJECT", Kinship.untopic("evacuation-REJECT"));
  }

  @Test
  void theSameFamilyIsNoKin() {
    assertEquals(Kinship.NONE, Kinship.of("ASSAULT", "ASSAULT"));
    assertEquals("COERCE", Kinship.process("COERCE/denied"));
  }
}
