package org.sitrep.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageMessageTest {
  @Test
  void anEnvelopeRoundTrips() {
    byte[] bytes = "<html><body>قصف</body></html>".getBytes(StandardCharsets.UTF_8);
    PageMessage m = new PageMessage("https://example.org/a", "text/html", 1522180051000L, 7, bytes);
    PageMessage back = PageMessage.fromEnvelope(null, m.toEnvelope(), 99, 5);
    assertNull(back.error);
    assertEquals("https://example.org/a", back.input);
    assertEquals("text/html", back.contentType);
    assertEquals(1522180051000L, back.fetchTime);
    assertEquals(7, back.seq);
    assertArrayEquals(bytes, back.bytes);
  }

  @Test
  void missingFieldsComeFromTheKafkaRecord() {
    PageMessage m = PageMessage.fromEnvelope("a.html".getBytes(StandardCharsets.UTF_8),
        "{\"bytes\":\"aGk=\"}".getBytes(StandardCharsets.UTF_8), 42, 1000);
    assertNull(m.error);
    assertEquals("a.html", m.input);
    assertEquals(42, m.seq);
    assertEquals(1000, m.fetchTime);
    assertArrayEquals("hi".getBytes(StandardCharsets.UTF_8), m.bytes);
  }

  @Test
  void aBadEnvelopeIsAnErrorNotAnException() {
    for (String v : new String[] {"not json", "[1,2]", "{\"input\":\"x\"}", "{\"bytes\":\"%%%\"}"}) {
      PageMessage m = PageMessage.fromEnvelope(null, v.getBytes(StandardCharsets.UTF_8), 3, 0);
      assertNotNull(m.error, v);
      assertEquals("offset 3", m.input);
    }
    assertNotNull(PageMessage.fromEnvelope(null, null, 0, 0).error);
  }
}
