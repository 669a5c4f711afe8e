package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * A comment-section line above the lead ("Join the conversation", under the deck and the date)
 * whose section's own label comes again below the story's paragraphs is a link to that section:
 * the body does not end there. An ad slot's placeholder note ("… has not loaded yet, but your
 * article continues below.") is chrome. From transfer-21's study half (s30: a chain of local
 * dailies); the page is of our own wording and fails on the code before the change.
 */
class CommentLinkAboveLeadTest {

  @Test
  void aCommentLinkAboveTheLeadDoesNotEndTheBody() {
    Document d = TextPages.read("""
        Subscribe now | Sign In
        News
        Opinion
        Sports
        News / World
        Flood barriers hold as river peaks at record level, officials say

        Engineers say the new walls spared the old town for the first time in decades

        Author of the article:
        The Canadian Press
        Published Apr 3, 2019 • 3 minute read
        Join the conversation

        WINNIPEG — The river crested overnight at its highest level since records began, but the new flood walls along the old town held, city officials said on Wednesday.

        Advertisement 3
        This advertisement has not loaded yet, but your article continues below.

        Crews had raised the walls by half a metre over the weekend after forecasters warned of a late thaw upstream, the city's emergency manager told reporters.

        About 40 households on the low ground north of the bridge were asked to leave as a precaution and most were expected to return home by Friday.

        Share this article in your social network
        Comments
        You must be logged in to join the discussion or read more comments.
        """);
    String body = d.body().text();
    assertTrue(body.contains("The river crested overnight"), body);
    assertTrue(body.contains("expected to return home by Friday"), body);
    assertFalse(body.contains("has not loaded yet"), body);
    assertFalse(body.contains("logged in to join"), body);
  }
}
