package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExporterTest {
  @Test
  void csvCellsAreQuotedAndNeverFormulas() {
    assertEquals("plain", Exporter.cell("plain"));
    assertEquals("\"'=1+2,3\"", Exporter.cell("=1+2,3"));
    assertEquals("\"a \"\"b\"\"\"", Exporter.cell("a \"b\""));
    assertEquals("'@SUM(A1)", Exporter.cell("@SUM(A1)"));
  }
}
