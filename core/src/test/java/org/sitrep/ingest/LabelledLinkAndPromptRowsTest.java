package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * Links inside the text known by their label ("Related post: …", "[Related: …]", "Also on
 * site.com …"), a prompt to share the story, a note that the links open a new window and a
 * trust badge are chrome (boilerplate.tsv rows of s28); a sentence of the story that begins
 * with "Related" stays. A page of our own wording; it fails on the code before the rows.
 */
class LabelledLinkAndPromptRowsTest {
  @Test
  void labelledLinksAndPromptsInsideTheTextAreChrome() {
    Document d = TextPages.read("""
        Port reopens after strike

        Dock workers returned to the container port on Thursday after a two-week strike over pay ended with a new contract, the port authority said.

        Related post: Strike halts container traffic at the port

        The contract raises wages by six percent over two years, union officials said.

        [Related: Shipping lines divert vessels as strike drags on]

        Also on portnews.com Fuel prices climb as tankers wait offshore

        Related talks on overtime rules will resume next month, the authority said.

        Like this story? Share it with a friend!

        These are external links and will open in a new window

        Why you can trust Port News
        """);
    String body = d.body().text();
    assertFalse(body.contains("Related post:"), body);
    assertFalse(body.contains("[Related:"), body);
    assertFalse(body.contains("Also on portnews.com"), body);
    assertFalse(body.contains("Like this story?"), body);
    assertFalse(body.contains("external links"), body);
    assertFalse(body.contains("Why you can trust"), body);
    assertTrue(body.contains("The contract raises wages by six percent"), body);
    assertTrue(body.contains("Related talks on overtime rules will resume next month"), body);
  }
}
