package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A single class word's kinds, read without a list, agree with the kinds of a one-word list. */
class ContentHintsWordTest {
  private final ContentHints hints = ContentHints.get();

  @Test
  void oneWordKindsAgreeWithTheListLookUp() {
    for (String w : List.of("sidebar", "signature", "advertisement", "subscribers", "content",
        "post", "story", "widget", "zzz", "most", "popular", "cookiebar")) {
      assertEquals(hints.kinds(List.of(w)), hints.wordKinds(w), w);
    }
    assertNotEquals(0, hints.wordKinds("signature") & ContentHints.bit(ContentHints.Kind.NEGATIVE));
  }
}
