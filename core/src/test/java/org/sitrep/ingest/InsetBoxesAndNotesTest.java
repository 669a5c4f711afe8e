package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Chrome set inside the text by transfer-25's and transfer-26's study halves (s33), on a page of
 * our own wording: an edited pull quote, a one-line fact box under a label in capitals, a
 * reader's appeal, a caption saying it describes a photo over its handout credit, an embedded
 * post's author and signature, a tip line's and a crisis line's calls, a translation note. The
 * story's own lines stay, among them a paragraph opening "Context:" in sentence case. Fails on
 * the code before the change.
 */
class InsetBoxesAndNotesTest {

  @Test
  void boxesCallsAndAnEmbeddedPostsSignatureGo() {
    String body = TextPages.read("""
        Lake Region Monitor
        Militia drones hit market towns as talks stall
        By Jane Roe
        4 March 2025 · 6 min read
        Traders at the market in the lake town, in a photo released by the council on Monday.
        Handout / Lake Town Council
        Militia drones struck two market towns on the eastern shore of the lake on Sunday, killing at least six people, local officials said.
        "Every strike that kills traders is a gift to the men with guns," said a council member, who asked not to be named.
        "Every strike that kills traders becomes a gift to the militias."
        The army said it had shot down three drones and that it was pursuing the men who launched them from the hills.
        KEY CONTEXT: The militia is one of more than forty armed groups in the region. It took up arms again in 2022 and holds much of the northern shore.
        Context: the militia has held the hills above the towns since its offensive two years ago, and the army has never retaken them.
        Lake Town Council (Official)
        "Two of our traders were killed this morning. We ask everyone to stay away from the market until further notice."
        View on Telegram · 3 Mar 2025, 21:14
        Independent journalism like this depends on readers. Support the Monitor with a monthly gift.
        Officials said the market would stay closed until the end of the week while the army searched the hills.
        Know something we should report? Reach our newsroom securely on Signal: @monitor.tips
        Crisis Line: Dial 988 then Press 1, or text 838255. Help is there around the clock.
        The council said it would ask the government for compensation for the families of those killed.
        Translated from Swahili by the Monitor's news desk.
        """).body().text();
    assertTrue(body.contains("Militia drones struck two market towns"), body);
    assertTrue(body.contains("is a gift to the men with guns"), body);
    assertTrue(body.contains("Context: the militia has held the hills"), body);
    assertTrue(body.contains("Two of our traders were killed"), body);
    assertTrue(body.contains("compensation for the families"), body);
    assertFalse(body.contains("in a photo released"), body);
    assertFalse(body.contains("becomes a gift to the militias"), body);
    assertFalse(body.contains("KEY CONTEXT"), body);
    assertFalse(body.contains("Lake Town Council (Official)"), body);
    assertFalse(body.contains("View on Telegram"), body);
    assertFalse(body.contains("monthly gift"), body);
    assertFalse(body.contains("Signal"), body);
    assertFalse(body.contains("Crisis Line"), body);
    assertFalse(body.contains("Translated from Swahili"), body);
  }
}
