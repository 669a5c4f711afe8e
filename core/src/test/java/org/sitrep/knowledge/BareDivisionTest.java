package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The bare name of a division GeoNames names with the word for it. Names chosen for the test. */
class BareDivisionTest {
  @Test
  void theWordForTheDivisionIsDropped() {
    assertEquals("Borno", Knowledge.bareDivision("Borno State"));
    assertEquals("Akwa Ibom", Knowledge.bareDivision("Akwa Ibom State"));
    assertEquals("Kerman", Knowledge.bareDivision("Kerman Province"));
  }

  @Test
  void aNameWithoutTheWordHasNone() {
    assertNull(Knowledge.bareDivision("Lagos"));
    assertNull(Knowledge.bareDivision("Oyo State Government"));
    assertNull(Knowledge.bareDivision("Imo State")); // too short to stand alone
  }
}
